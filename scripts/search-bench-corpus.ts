/**
 * A synthetic newsroom for the search benchmark (scripts/search-bench.mjs): N articles per
 * language as HTML files shaped like the site's built article pages (`<html lang>`, chrome
 * around an `<article data-pagefind-body>`, filter, sort and metadata attributes).
 *
 * The words follow a Zipf law over a realistic vocabulary: the 300 most frequent words of the
 * sample content (content/, where 8.6 % of Vietnamese words carry đ) first, then generated
 * syllables for the long tail (about 3,000 Vietnamese syllables with their tone marks, 8,000
 * English words). Each article is about one "focus" phrase, in its title and three to five times
 * in its body, so a query for a phrase has a known set of relevant pages among many that share
 * its words. Deterministic: the same seed gives the same corpus.
 */

/** A small seeded PRNG (mulberry32), so every run indexes the same text. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The most frequent words of the sample content, most frequent first. */
const common = {
	vi: `
  học và giáo trường của các sinh được sở dục nhà phòng có thông không năm trong công theo viên số
  lớp một nhân cho trung thi bộ tin văn là khi sách dạy về ở chính với trình môn cô cơ lý làm định
  từ người chức em để toàn tại những cấp nghiệp kết điểm tổ đã chỉ quy tỉnh tạo trên thời thực gia
  hiện xã hai đến nam báo ngày vào lại việc đồng địa phổ điện huyện hợp mỗi chương dụng thị mẹ
  hướng đăng tự sau tra hà chuyên tập ký hội tuyển dân đào thành thêm kiểm hoặc đơn cha tiếp nhận
  cần trước liên chất thường nghị tiểu vị dẫn hệ ban an gian đề bảo tốt quả bị con đầu tiêu động kế
  hoạch dự thể hiệu bản phí mới nhiều hơn bằng bài tiên phát nguyện ba kỳ thu liệu tham xuyên thí
  quản thư ra trực lượng trợ câu cá thứ cán bạ đổi điều nước nghỉ phụ nội hỗ thảo nhiệm chọn ngành
  lập chủ khoản luật ủy bình cả phải trưởng khai gửi bồi dưỡng đạo buộc sử bà từng ai giá dung bắt
  nào tâm quan anh vọng quốc sẽ thầy đang chuyển giờ đại phản đường thức nhóm gì sự do xét phương
  qua nhất nếu đọc tư xây dựng khoa còn giám ánh vùng hỏi năng phủ tài ghi triển cao miễn quyết mầm
  non cuối pháp đi vật độ dùng hành tình thanh mở tục hồ sơ giấy trang này thiết nghề đình sáng vụ
  ngoài tiền viện mục hoàn đưa ngữ mà vì ngay quá cùng biết duy tác tháng khen kinh thoại vẫn chế
  cổng trẻ chí tử ao tổng đủ đây gần đạt chuẩn phạm buổi vệ như tôi khoảng
`
		.split(/\s+/)
		.filter(Boolean),
	en: `
  the and of to in a education school for students is on schools at their department secondary from
  with training or are has that who district grade office by as year not parents was it exam lower
  teachers every nam what offices under each departments an than results no can two she if years
  children more province do up they you upper continuing compulsory contact out all one teacher
  about where them this september its time her had paper which number centres division only home
  when peoples committee books after primary records digital so duy should candidates teaching
  public reading he library been how record once follow were graduation programme vietnamese three
  scores published information plan provincial town press admission high pupils head first old
  phone your personal details will vocational candidate mathematics literature subjects score
  subject preschool stay document director staff local thanh feedback book may class sectors form
  legal be longer through set but deputy sessions managers give still general papers choice over
  good english quality portal ministry apply within issued official any week back open ask help
  specialised units city guidance spokesperson programmes summer just minutes june someone ms i mr
  water his work have signed page move system part into whole some equipment use check full name
  next student second four history geography since plans very start place friday return kept day
  authorities now break off buildings before away trees unit including own content website email
  morning per topics register there places cutoff april without asked database several need new
  step sit late ran writing earlier completed uppersecondary registered across among those studied
  rules room regulations physics choose social sciences natural informatics technology university
  college anyone diplomas media storm service provinces safe closure areas keep around come canals
  call hotline far divisions level professional planning communication
`
		.split(/\s+/)
		.filter(Boolean),
};

const initials = [
	'b',
	'c',
	'ch',
	'd',
	'đ',
	'g',
	'gi',
	'h',
	'kh',
	'l',
	'm',
	'n',
	'ng',
	'nh',
	'ph',
	'qu',
	'r',
	's',
	't',
	'th',
	'tr',
	'v',
	'x',
	'',
];
const rimes = [
	'a',
	'ai',
	'am',
	'an',
	'ang',
	'anh',
	'ao',
	'au',
	'ay',
	'ăn',
	'ăng',
	'âm',
	'ân',
	'âu',
	'ây',
	'e',
	'em',
	'en',
	'eo',
	'ê',
	'êm',
	'ên',
	'ênh',
	'i',
	'ia',
	'im',
	'in',
	'inh',
	'iêm',
	'iên',
	'iêu',
	'o',
	'oa',
	'oai',
	'oan',
	'oang',
	'oanh',
	'oi',
	'om',
	'on',
	'ong',
	'ô',
	'ôi',
	'ôm',
	'ôn',
	'ông',
	'ơ',
	'ơi',
	'ơm',
	'ơn',
	'u',
	'ua',
	'uân',
	'ui',
	'um',
	'un',
	'ung',
	'uy',
	'uyên',
	'uôi',
	'uôn',
	'uông',
	'ư',
	'ưa',
	'ưng',
	'ươi',
	'ương',
	'ưu',
];
const stopRimes = [
	'ac',
	'ach',
	'at',
	'ăc',
	'ăt',
	'âc',
	'ât',
	'ep',
	'et',
	'êt',
	'ich',
	'ip',
	'it',
	'iêt',
	'oc',
	'ot',
	'ôc',
	'ôt',
	'ơt',
	'uc',
	'ut',
	'uôc',
	'ưc',
	'ươc',
	'ươt',
];
/** Combining tone marks: level (none), grave, acute, hook, tilde, dot below. */
const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** A Vietnamese syllable: an initial, a rime and a tone on its main vowel (stop rimes take acute or dot). */
function syllable(rnd: () => number): string {
	const stop = rnd() < 0.18;
	const rime = stop
		? stopRimes[Math.floor(rnd() * stopRimes.length)]!
		: rimes[Math.floor(rnd() * rimes.length)]!;
	const tone = stop
		? rnd() < 0.5
			? tones[2]!
			: tones[5]!
		: tones[Math.floor(rnd() * tones.length)]!;
	const vowels = [...rime].map((c, i) => (/[aăâeêioôơuưy]/.test(c) ? i : -1)).filter((i) => i >= 0);
	const at =
		vowels.find((i) => /[ăâêôơư]/.test(rime[i]!)) ??
		vowels[vowels.length > 1 && !/[^aeiouy]$/.test(rime) ? 0 : vowels.length - 1] ??
		0;
	const initial = initials[Math.floor(rnd() * initials.length)]!;
	return (initial + rime.slice(0, at + 1) + tone + rime.slice(at + 1)).normalize('NFC');
}

/** An English-looking word of two or three syllables. */
function englishWord(rnd: () => number): string {
	const on = [
		'b',
		'c',
		'd',
		'f',
		'g',
		'h',
		'l',
		'm',
		'n',
		'p',
		'r',
		's',
		't',
		'v',
		'w',
		'br',
		'cl',
		'st',
		'tr',
		'pr',
		'sh',
		'ch',
	];
	const nu = ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'ai', 'io'];
	const co = ['', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'ng', 'tion', 'ment', 'ly'];
	const parts = 2 + Math.floor(rnd() * 2);
	let w = '';
	for (let i = 0; i < parts; i++)
		w +=
			on[Math.floor(rnd() * on.length)]! +
			nu[Math.floor(rnd() * nu.length)]! +
			(i === parts - 1 ? co[Math.floor(rnd() * co.length)]! : '');
	return w;
}

/** The vocabulary of a language, most frequent first: the sample content's words, then the long tail. */
function vocabulary(locale: BenchLocale): string[] {
	const rnd = random(locale === 'vi' ? 11 : 12);
	const words = new Set(common[locale]);
	const target = locale === 'vi' ? 3000 : 8000;
	while (words.size < target) words.add(locale === 'vi' ? syllable(rnd) : englishWord(rnd));
	return [...words];
}

/** Draw ranks from a Zipf law (s = 1) by binary search over the cumulative weights. */
function zipf(size: number): (rnd: () => number) => number {
	const cumulative: number[] = [];
	let sum = 0;
	for (let k = 0; k < size; k++) cumulative.push((sum += 1 / (k + 1)));
	return (rnd) => {
		const x = rnd() * sum;
		let lo = 0;
		let hi = size - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid]! < x) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
}

/**
 * What articles are about. Most Vietnamese phrases carry đ (the words the folding is for); some
 * only look alike once unmarked ("dao động" and "đào tạo", "dạy" and "đây"); English pages keep
 * Vietnamese names with their marks, as the site's translations do.
 */
export const focusPhrases = {
	vi: [
		'đào tạo nghề',
		'điểm chuẩn lớp 10',
		'đề thi tốt nghiệp',
		'đồ dùng dạy học',
		'đội tuyển học sinh giỏi',
		'điểm trường lẻ',
		'định mức kinh phí',
		'đường đến trường',
		'đánh giá ngoài',
		'đạo đức nhà giáo',
		'đổi mới sách giáo khoa',
		'đoàn viên thanh niên',
		'đại hội công đoàn',
		'đề án ngoại ngữ',
		'đăng ký dự thi',
		'điều chỉnh học phí',
		'đợt kiểm tra liên ngành',
		'đồng phục học sinh',
		'điện mặt trời mái nhà',
		'dao động điểm thi',
		'dạy thêm học thêm',
		'dân tộc thiểu số',
		'dự án nhà đa năng',
		'giáo dục hòa nhập',
		'bữa ăn bán trú',
		'thư viện xanh',
		'bơi an toàn',
		'học bạ số',
		'tuyển sinh đầu cấp',
		'phụ cấp đứng lớp',
	],
	en: [
		'vocational training',
		'grade 10 cut-off scores',
		'graduation exam papers',
		'teaching aids',
		'gifted student teams',
		'satellite schools',
		'funding norms',
		'the road to school',
		'external assessment',
		'teacher ethics',
		'new textbooks',
		'Đinh Công Tráng school',
		'Đồng Văn industrial park',
		'Đọi Sơn commune',
		'boarding school meals',
		'green libraries',
		'swimming safety',
		'digital school records',
		'tuition fee changes',
		'rooftop solar power',
	],
};

const meta = {
	vi: {
		types: ['Tin tức', 'Gương sáng', 'Chính sách'],
		topics: [
			'Chuyển đổi số và hội nhập',
			'Đội ngũ nhà giáo và cán bộ quản lý',
			'Thi tốt nghiệp và tuyển sinh',
			'An toàn trường học',
			'Nguồn lực đầu tư cho giáo dục',
			'Phong trào thi đua',
		],
		units: [
			'Sở Giáo dục và Đào tạo Hà Nam',
			'Phòng GDĐT huyện Lý Nhân',
			'Phòng GDĐT thị xã Duy Tiên',
			'Phòng Giáo dục Trung học',
			'Văn phòng Sở',
		],
		chrome:
			'Sở Giáo dục và Đào tạo Hà Nam · Trang chủ · Tin tức · Gương sáng · Chính sách · Đơn vị · Liên hệ',
	},
	en: {
		types: ['News', 'Role models', 'Policies'],
		topics: [
			'Digital transformation',
			'Teachers and managers',
			'Exams and admissions',
			'School safety',
			'Investment in education',
			'Emulation movements',
		],
		units: [
			'Ha Nam Department of Education and Training',
			'Ly Nhan District Education Office',
			'Duy Tiên Town Education Office',
			'Secondary Education Division',
			'Office of the Department',
		],
		chrome:
			'Ha Nam Department of Education and Training · Home · News · Role models · Policies · Units · Contact',
	},
};

/** Languages of the corpus; Vietnamese at the root, English under /en/, as on the site. */
export type BenchLocale = keyof typeof common;

const vocabularies = new Map<
	BenchLocale,
	{ words: string[]; rank: (rnd: () => number) => number }
>();
function words(locale: BenchLocale) {
	let v = vocabularies.get(locale);
	if (!v)
		vocabularies.set(
			locale,
			(v = { words: vocabulary(locale), rank: zipf(vocabulary(locale).length) }),
		);
	return v;
}

const escape = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One generated article: where it goes, what it is about, and its page. */
export interface BenchPage {
	/** Path under the site folder, e.g. `en/news/article-12/index.html`. */
	file: string;
	focus: string;
	html: string;
}

/** The `i`-th article of a language: 450 to 900 words about one focus phrase, a cover on two in three. */
export function benchPage(locale: BenchLocale, i: number, seed = 1): BenchPage {
	const { words: vocab, rank } = words(locale);
	const m = meta[locale];
	const rnd = random(seed * 1_000_003 + i * 7919 + (locale === 'en' ? 1 : 0));
	const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
	const focus = pick(focusPhrases[locale]);
	const run = (length: number) => Array.from({ length }, () => vocab[rank(rnd)]!).join(' ');
	const sentence = (withFocus = false) => {
		const s = run(8 + Math.floor(rnd() * 14));
		return `${cap(withFocus ? `${s.split(' ').slice(0, 4).join(' ')} ${focus} ${s.split(' ').slice(4).join(' ')}` : s)}.`;
	};
	const title = cap(`${focus} ${run(4 + Math.floor(rnd() * 5))}`);
	const paragraphs = Array.from({ length: 6 + Math.floor(rnd() * 5) }, () =>
		Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(rnd() < 0.09)),
	);
	paragraphs[0]![0] = sentence(true);
	const date = new Date(
		Date.UTC(2021 + Math.floor(rnd() * 6), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), 1),
	);
	const day = date.toISOString().slice(0, 10);
	const type = pick(m.types);
	const topics = [...new Set([pick(m.topics), pick(m.topics)])];
	const cover = rnd() < 0.66 ? `/_astro/cover.${i.toString(36)}_360.webp` : undefined;
	const prefix = locale === 'en' ? 'en/' : '';
	const html = `<!doctype html><html lang="${locale}" dir="ltr"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<header class="site-header"><a href="/">${escape(m.chrome)}</a><form role="search" action="/${prefix}search/"><input name="q"></form></header>
<nav>${escape(m.chrome)}</nav>
<main id="main"><article class="wrap article" data-pagefind-body>
<header class="article__head"><span class="eyebrow" data-pagefind-ignore data-pagefind-filter="type:${escape(type)}">${escape(type)}</span>
<h1>${escape(title)}</h1><p class="article__summary">${escape(sentence(true))}</p>
<p class="meta" data-pagefind-ignore><time datetime="${date.toISOString()}" data-pagefind-meta="date:${day}" data-pagefind-sort="date:${date.toISOString()}" data-pagefind-filter="year:${day.slice(0, 4)}">${day}</time> · <a href="/" data-pagefind-filter="unit:${escape(pick(m.units))}">unit</a></p></header>
${cover ? `<figure data-pagefind-meta="image:${cover}"><img src="${cover}" alt=""></figure>` : ''}
<div class="prose">${paragraphs.map((p) => `<p>${escape(p.join(' '))}</p>`).join('\n')}</div>
<footer class="aside-block" data-pagefind-ignore><ul>${topics.map((t) => `<li><a href="/" data-pagefind-filter="topic:${escape(t)}">${escape(t)}</a></li>`).join('')}</ul></footer>
</article></main>
<footer class="site-footer">${escape(m.chrome)}</footer></body></html>`;
	return { file: `${prefix}news/article-${i}/index.html`, focus, html };
}
