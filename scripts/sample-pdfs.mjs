#!/usr/bin/env node
/**
 * Prints the sample content's PDFs (drafts under consultation, the legal documents of the register)
 * with the machine's Chromium, in the layout of a Vietnamese administrative document (Decree
 * 30/2020/NĐ-CP): issuing body and national motto, number, place and date, title, articles.
 * Be Vietnam Pro comes from node_modules, so every tone mark prints and nothing is downloaded.
 *
 *   node scripts/sample-pdfs.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const font = (weight) =>
	pathToFileURL(
		join(
			root,
			`node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-${weight}-normal.woff2`,
		),
	).href;
const latin = (weight) =>
	pathToFileURL(
		join(
			root,
			`node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-${weight}-normal.woff2`,
		),
	).href;

export const documents = [
	{
		file: 'content/consultations/du-thao-quy-dinh-thu-chi-dau-nam-hoc-tai-cac-truong-cong-lap/du-thao.pdf',
		body: 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM',
		number: 'Số: /2026/QĐ-UBND',
		date: 'Hà Nam, ngày     tháng     năm 2026',
		draft: true,
		kind: 'QUYẾT ĐỊNH',
		title:
			'Ban hành Quy định các khoản thu, chi đầu năm học tại các cơ sở giáo dục mầm non, phổ thông công lập trên địa bàn tỉnh Hà Nam',
		articles: [
			'Điều 1. Phạm vi điều chỉnh. Quy định này quy định các khoản thu theo quy định, khoản thu theo thỏa thuận và các khoản không được thu tại các cơ sở giáo dục mầm non, phổ thông công lập trên địa bàn tỉnh.',
			'Điều 2. Khoản thu theo quy định. Bảo hiểm y tế học sinh; tiền ăn bán trú, nước uống, trông giữ xe đạp, xe đạp điện theo mức trần do Ủy ban nhân dân tỉnh quy định.',
			'Điều 3. Khoản thu theo thỏa thuận. Chỉ thu khi cha mẹ học sinh tự nguyện, có biên bản thống nhất của ban đại diện cha mẹ học sinh; nhà trường công khai trên bảng tin và sổ liên lạc điện tử trước khi thu.',
			'Điều 4. Khoản không được thu. Tiền xây dựng trường; tiền mua sắm trang thiết bị thuộc trách nhiệm của ngân sách nhà nước; tiền quỹ lớp thu hộ qua giáo viên chủ nhiệm.',
			'Điều 5. Hoàn trả. Học sinh chuyển trường, thôi học được hoàn trả các khoản đã nộp tương ứng với thời gian chưa học.',
		],
	},
	{
		file: 'content/consultations/du-thao-ke-hoach-chuyen-doi-so-nganh-giao-duc-2026-2030/du-thao.pdf',
		body: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NAM',
		number: 'Số: /KH-SGDĐT',
		date: 'Hà Nam, ngày     tháng 4 năm 2026',
		draft: true,
		kind: 'KẾ HOẠCH',
		title: 'Chuyển đổi số ngành Giáo dục Hà Nam giai đoạn 2026–2030',
		articles: [
			'I. Mục tiêu. 100% trường phổ thông dùng học bạ số có chữ ký số từ năm học 2026-2027; 100% trường dùng sổ liên lạc điện tử miễn phí; hồ sơ giáo viên điện tử thay sổ sách giấy từ năm 2027.',
			'II. Nhiệm vụ. Hoàn thiện cơ sở dữ liệu ngành; tập huấn kỹ năng số cho giáo viên; bảo đảm an toàn thông tin và dữ liệu cá nhân của học sinh.',
			'III. Tổ chức thực hiện. Văn phòng Sở chủ trì; các phòng Giáo dục và Đào tạo, các trường xây dựng kế hoạch của đơn vị.',
		],
	},
	{
		file: 'content/consultations/du-thao-ke-hoach-chuyen-doi-so-nganh-giao-duc-2026-2030/bao-cao-tiep-thu.pdf',
		body: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NAM',
		number: 'Số: 812/BC-SGDĐT',
		date: 'Hà Nam, ngày 15 tháng 6 năm 2026',
		kind: 'BÁO CÁO',
		title:
			'Tiếp thu, giải trình ý kiến góp ý dự thảo Kế hoạch chuyển đổi số ngành Giáo dục giai đoạn 2026–2030',
		articles: [
			'1. Số ý kiến nhận được: 412 (giáo viên 186; cán bộ quản lý 97; cha mẹ học sinh 104; khác 25).',
			'2. Tiếp thu: lùi mốc hồ sơ giáo viên điện tử sang năm 2028; bổ sung tập huấn cho giáo viên lớn tuổi và giáo viên ở điểm trường xa.',
			'3. Giải trình: giữ mục tiêu học bạ số toàn tỉnh năm 2026 vì hạ tầng và chữ ký số đã sẵn sàng ở 100% trường.',
		],
	},
	{
		file: 'content/documents/quyet-dinh-15-2026-qd-ubnd/quyet-dinh-15-2026.pdf',
		body: 'ỦY BAN NHÂN DÂN TỈNH HÀ NAM',
		number: 'Số: 15/2026/QĐ-UBND',
		date: 'Hà Nam, ngày 12 tháng 8 năm 2026',
		kind: 'QUYẾT ĐỊNH',
		title:
			'Quy định mức thu các dịch vụ phục vụ, hỗ trợ hoạt động giáo dục tại cơ sở giáo dục công lập trên địa bàn tỉnh Hà Nam',
		articles: [
			'Điều 1. Mức thu tối đa: tiền ăn bán trú 25.000 đồng/ngày; nước uống 10.000 đồng/tháng; trông giữ xe đạp 30.000 đồng/tháng.',
			'Điều 2. Nhà trường công khai mức thu trước khi thu và hoàn trả cho thời gian học sinh không học.',
			'Điều 3. Quyết định có hiệu lực từ ngày 01 tháng 9 năm 2026.',
		],
	},
	{
		file: 'content/documents/ke-hoach-1234-kh-sgddt/ke-hoach-1234.pdf',
		body: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NAM',
		number: 'Số: 1234/KH-SGDĐT',
		date: 'Hà Nam, ngày 05 tháng 3 năm 2026',
		kind: 'KẾ HOẠCH',
		title: 'Tuyển sinh vào lớp 10 trung học phổ thông năm học 2026-2027',
		articles: [
			'1. Môn thi: Toán, Ngữ văn, Tiếng Anh. Ngày thi: 03 và 04/6/2026.',
			'2. Đăng ký dự tuyển trực tuyến từ ngày 20/4 đến hết ngày 05/5/2026.',
			'3. Công bố kết quả trước ngày 20/6/2026.',
		],
	},
	{
		file: 'content/documents/cong-van-2150-sgddt-gdtrh/cong-van-2150.pdf',
		body: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NAM',
		number: 'Số: 2150/SGDĐT-GDTrH',
		date: 'Hà Nam, ngày 20 tháng 12 năm 2025',
		kind: 'CÔNG VĂN',
		title: 'V/v hướng dẫn thực hiện quy định về dạy thêm, học thêm năm học 2025-2026',
		articles: [
			'1. Các trường rà soát, công khai kế hoạch dạy thêm trong nhà trường; không thu tiền của học sinh.',
			'2. Giáo viên tham gia dạy thêm ngoài nhà trường báo cáo hiệu trưởng về môn học, địa điểm, thời gian.',
		],
	},
	{
		file: 'content/documents/thong-tu-29-2024-tt-bgddt/thong-tu-29-2024.pdf',
		body: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO',
		number: 'Số: 29/2024/TT-BGDĐT',
		date: 'Hà Nội, ngày 30 tháng 12 năm 2024',
		kind: 'THÔNG TƯ',
		title: 'Quy định về dạy thêm, học thêm',
		articles: [
			'Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng.',
			'Điều 5. Dạy thêm, học thêm trong nhà trường không được thu tiền của học sinh và chỉ dành cho học sinh có kết quả học tập chưa đạt, học sinh được bồi dưỡng học sinh giỏi, học sinh lớp cuối cấp ôn thi.',
			'Điều 6. Tổ chức, cá nhân tổ chức dạy thêm ngoài nhà trường phải đăng ký kinh doanh và công khai môn học, thời lượng, địa điểm, học phí.',
		],
	},
	{
		file: 'content/documents/ke-hoach-845-kh-sgddt/ke-hoach-845.pdf',
		body: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NAM',
		number: 'Số: 845/KH-SGDĐT',
		date: 'Hà Nam, ngày 10 tháng 6 năm 2026',
		kind: 'KẾ HOẠCH',
		title: 'Chuyển đổi số ngành Giáo dục Hà Nam giai đoạn 2026–2030',
		articles: [
			'I. Mục tiêu. Học bạ số cho mọi trường phổ thông từ năm học 2026-2027; sổ liên lạc điện tử miễn phí; hồ sơ giáo viên điện tử từ năm 2028.',
			'II. Tổ chức thực hiện. Văn phòng Sở chủ trì, phối hợp các phòng chuyên môn, các phòng Giáo dục và Đào tạo và các trường.',
		],
	},
];

const escape = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

/**
 * The PDF's Title (Chromium copies the page's <title>; without one a reader's PDF viewer and tab
 * showed "page.html"): the document's title with its number, "Dự thảo" for a draft.
 */
export function pdfTitle(d) {
	const number = d.number.replace(/^Số:\s*/, '');
	return d.draft ? `Dự thảo: ${d.title}` : `${d.title} (${number})`;
}

function html(d) {
	return `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${escape(pdfTitle(d))}</title><style>
@font-face { font-family: BVP; src: url(${font(400)}); unicode-range: U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB; }
@font-face { font-family: BVP; src: url(${latin(400)}); unicode-range: U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD; }
@font-face { font-family: BVP; font-weight: 700; src: url(${font(700)}); unicode-range: U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB; }
@font-face { font-family: BVP; font-weight: 700; src: url(${latin(700)}); unicode-range: U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD; }
@page { size: A4; margin: 20mm 20mm 20mm 30mm; }
body { font: 13pt/1.5 BVP; }
.head { display: flex; justify-content: space-between; text-align: center; font-size: 12pt; }
.draft { text-align: right; font-weight: 700; border: 1px solid; display: inline-block; padding: 2pt 8pt; float: right; }
h1 { text-align: center; font-size: 14pt; margin: 24pt 0 4pt; }
h2 { text-align: center; font-size: 13pt; margin: 0 0 18pt; }
p { text-align: justify; }
</style><body>
${d.draft ? '<p class="draft">DỰ THẢO</p><div style="clear:both"></div>' : ''}
<div class="head"><div><b>${escape(d.body)}</b><br>${escape(d.number)}</div><div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>${escape(d.date)}</i></div></div>
<h1>${escape(d.kind)}</h1><h2>${escape(d.title)}</h2>
${d.articles.map((a) => `<p>${escape(a)}</p>`).join('\n')}
</body></html>`;
}

/** Prints every sample PDF. */
function printAll() {
	const work = mkdtempSync(join(tmpdir(), 'sample-pdfs-'));
	try {
		for (const d of documents) {
			const page = join(work, 'page.html');
			writeFileSync(page, html(d));
			const out = join(root, d.file);
			execFileSync(
				process.env.CHROMIUM ?? 'chromium',
				[
					'--headless',
					'--no-sandbox',
					'--disable-gpu',
					'--no-pdf-header-footer',
					`--print-to-pdf=${out}`,
					pathToFileURL(page).href,
				],
				{ stdio: 'ignore' },
			);
			const head = readFileSync(out).subarray(0, 5).toString('latin1');
			if (head !== '%PDF-') throw new Error(`${d.file}: Chromium did not write a PDF`);
			console.log(`${d.file}: ${readFileSync(out).length} bytes`);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

// Printing only when run, not when a test imports the list.
if (process.argv[1] === fileURLToPath(import.meta.url)) printAll();
