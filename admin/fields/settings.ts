/** Fields of the settings files: the Department's identity ("Thông tin chung"). */
import { logoPattern } from '~/schemas/settings';
import { emailCheck, optional, pattern, perLocale, type CmsField } from './common';

/** A value per language: Vietnamese required, the others optional (the site falls back to it). */
function perLanguage(
	name: string,
	label: string,
	required: boolean,
	hint: string,
	// 'text' for values longer than a line (office hours): a one-line box hides their end.
	widget = 'string',
): CmsField {
	return {
		name,
		label,
		widget: 'object',
		hint,
		// Folded, the bar shows the Vietnamese value instead of nothing.
		summary: '{{fields.vi}}',
		...(!required && optional),
		fields: perLocale(widget),
	};
}

/** Fields of `content/settings/identity.yml`. */
export const identityFields: CmsField[] = [
	perLanguage(
		'name',
		'Tên cơ quan',
		true,
		'Tên đầy đủ, hiện ở đầu và cuối mọi trang, trong kết quả tìm kiếm và ảnh chia sẻ.',
	),
	perLanguage(
		'shortName',
		'Tên viết tắt',
		true,
		'Ví dụ "Sở GDĐT Hà Nam": hiện sau tên bài trên thẻ của trình duyệt và trong ảnh chia sẻ.',
	),
	perLanguage('tagline', 'Khẩu hiệu', true, 'Một dòng dưới tên cơ quan.'),
	perLanguage(
		'address',
		'Địa chỉ',
		true,
		'Địa chỉ trụ sở, hiện ở chân mọi trang và trang Liên hệ. Bản tiếng Anh ghi đủ đường, phường, tỉnh và "Vietnam".',
		'text',
	),
	{
		name: 'phone',
		label: 'Điện thoại Văn phòng',
		widget: 'string',
		hint: 'Hiện ở chân mọi trang và trang Liên hệ, ví dụ "0226 3000 100".',
	},
	{
		name: 'hotline',
		label: 'Đường dây nóng',
		widget: 'string',
		hint: 'Số tiếp nhận phản ánh, góp ý và tin khẩn cấp về an toàn của học sinh; hiện ở chân mọi trang và trang Liên hệ.',
	},
	{
		name: 'email',
		label: 'Thư điện tử',
		widget: 'string',
		pattern: emailCheck,
		hint: 'Địa chỉ nhận công văn và góp ý của bạn đọc, hiện ở chân mọi trang và trang Liên hệ.',
	},
	perLanguage(
		'officeHours',
		'Giờ làm việc',
		true,
		'Ví dụ "Thứ Hai đến thứ Sáu, 7h30 – 16h30". Ghi cả giờ mùa hè và mùa đông nếu khác nhau.',
		'text',
	),
	{
		name: 'social',
		label: 'Trang mạng xã hội chính thức',
		label_singular: 'trang mạng xã hội',
		widget: 'list',
		...optional,
		hint: 'Hiện ở trang Liên hệ, theo thứ tự này. Kéo để đổi thứ tự.',
		fields: [
			{ name: 'name', label: 'Tên mạng', widget: 'string', hint: 'Ví dụ "Facebook", "Zalo".' },
			{
				name: 'url',
				label: 'Địa chỉ trang',
				widget: 'string',
				hint: 'Chép từ thanh địa chỉ của trình duyệt khi mở trang, bắt đầu bằng https://',
			},
		],
	},
	{
		name: 'logo',
		label: 'Biểu trưng (logo)',
		widget: 'string',
		pattern: pattern(
			logoPattern,
			'cần là đường dẫn tệp .svg hoặc .png bắt đầu bằng /, ví dụ /logo.svg',
		),
		// A file of public/, as the site's schema requires: the editor names it, the webmaster puts it there.
		hint: 'Đường dẫn tới tệp logo (.svg hoặc .png) đã có trên trang, ví dụ /logo.svg. Chỉ đổi khi người quản trị kỹ thuật đã đưa tệp logo mới lên.',
	},
];
