/** Fields of static pages and of the legal documents register. */
import vi from '~/i18n/ui/vi';
import { documentTypes } from '~/schemas/documents';
import { pageBlocks } from '~/schemas/page';
import {
	translated,
	duplicated,
	optional,
	registryChoice,
	title,
	slug,
	summary,
	translatedDate,
	body,
	updated,
	day,
	pdf,
	draft,
	type CmsField,
} from './common';

/** What each block of data a page can show is called in the CMS. */
const pageBlockLabels: Record<(typeof pageBlocks)[number], string> = {
	contact: 'Liên hệ: thông tin chung, người phát ngôn, các phòng GDĐT',
	organisation: 'Cơ cấu tổ chức: thông tin chung của Sở',
};

/** Fields of a static page. */
export const pageFields: CmsField[] = [
	title,
	slug,
	translatedDate,
	summary,
	{
		name: 'order',
		label: 'Thứ tự',
		widget: 'number',
		value_type: 'int',
		default: 100,
		...optional,
		hint: 'Số nhỏ đứng trước trong danh mục "Về Sở".',
	},
	updated,
	{
		name: 'show',
		label: 'Hiện kèm dữ liệu',
		widget: 'select',
		...optional,
		options: pageBlocks.map((value) => ({ label: pageBlockLabels[value], value })),
		hint: 'Trang "Liên hệ": địa chỉ, điện thoại lấy từ Thông tin chung, người phát ngôn và các phòng GDĐT lấy từ danh mục; không gõ lại trong nội dung.',
	},
	draft,
	body,
];

/** Fields of a legal document of the register (Decree 42/2022/NĐ-CP): as printed on it, plus the PDF. */
export const documentFields: CmsField[] = [
	{
		name: 'docType',
		label: vi['document.type'],
		widget: 'select',
		options: documentTypes.map((type) => ({
			label: vi[`document.type.${type}` as const],
			value: type,
		})),
	},
	{
		name: 'number',
		label: vi['document.number'],
		widget: 'string',
		hint: 'Đúng như in trên văn bản, ví dụ "15/2026/QĐ-UBND".',
	},
	{
		...title,
		label: vi['document.abstract'],
		widget: 'text',
		hint: 'Trích yếu nội dung như in dưới số ký hiệu, ví dụ "Ban hành Quy định về dạy thêm, học thêm trên địa bàn tỉnh Hà Nam". Không quá 300 ký tự.',
	},
	slug,
	{
		...summary,
		hint: 'Một hoặc hai câu nói văn bản thay đổi điều gì, cho ai; hiện ở danh sách văn bản và khi tìm kiếm.',
	},
	{
		name: 'issuer',
		label: vi['document.issuer'],
		widget: 'string',
		...translated,
		hint: 'Ví dụ "Ủy ban nhân dân tỉnh Hà Nam", "Sở Giáo dục và Đào tạo".',
	},
	{
		name: 'signer',
		label: vi['document.signer'],
		widget: 'string',
		hint: 'Họ tên người ký, ví dụ "Nguyễn Văn A".',
	},
	day('issued', vi['document.issued']),
	{
		...day(
			'effective',
			vi['document.effective'],
			'Để trống nếu văn bản không ghi ngày có hiệu lực riêng. Không trước ngày ban hành.',
		),
		...optional,
	},
	{
		...day(
			'expired',
			vi['document.expired'],
			'Chỉ điền khi văn bản đã hết hiệu lực (bị thay thế, bãi bỏ).',
		),
		...optional,
	},
	pdf('file', 'Toàn văn (PDF)', 'Bản scan hoặc bản điện tử có chữ ký của văn bản.'),
	{
		...registryChoice(
			'topics',
			'Chủ đề',
			'topics',
			true,
			'Không bắt buộc: chọn 1–5 chủ đề để văn bản hiện ở trang chủ đề.',
		),
		...duplicated,
		...optional,
	},
	draft,
	{
		...body,
		...optional,
		hint: 'Không bắt buộc: những điểm chính của văn bản. Toàn văn nằm trong tệp PDF.',
	},
];

/** A name in each language, as the registries store it. */
