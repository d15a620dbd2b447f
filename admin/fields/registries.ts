/** Fields of the registries: topics, units, spokespeople, urgent notices. */
import { optional, perLocale, registry, registryChoice, emailCheck, type CmsField } from './common';

function names(name: string, label: string, required: boolean, widget = 'string'): CmsField {
	return {
		name,
		label,
		widget: 'object',
		...(!required && optional),
		fields: perLocale(widget),
	};
}

/** Fields of a topic of the communication plan. */
export const topicFields: CmsField[] = [
	names('name', 'Tên chủ đề', true),
	{
		name: 'code',
		label: 'Mục trong kế hoạch',
		widget: 'string',
		...optional,
		hint: 'Chữ cái của mục, ví dụ "g": để đối chiếu kế hoạch và báo cáo, không hiện với bạn đọc. Để trống với chủ đề khác.',
	},
	names('description', 'Mô tả', false, 'text'),
	{
		name: 'order',
		label: 'Thứ tự',
		widget: 'number',
		value_type: 'int',
		default: 100,
		...optional,
	},
];

/** Fields of a unit (the Department, its divisions, district offices, schools). */
export const unitFields: CmsField[] = [
	{
		...names('name', 'Tên đơn vị', false),
		hint: 'Bắt buộc, trừ với Sở: tên, địa chỉ, điện thoại của Sở ghi ở mục "Thông tin chung".',
	},
	{
		name: 'type',
		label: 'Loại đơn vị',
		widget: 'select',
		options: [
			{ label: 'Sở', value: 'department' },
			{ label: 'Phòng chuyên môn thuộc Sở', value: 'division' },
			{ label: 'Phòng GDĐT cấp huyện', value: 'district' },
			{ label: 'Trường học', value: 'school' },
		],
	},
	{ ...registry('parent', 'Trực thuộc', 'units', false, 'Đơn vị cấp trên, nếu có.'), ...optional },
	{ name: 'address', label: 'Địa chỉ', widget: 'string', ...optional },
	{ name: 'phone', label: 'Điện thoại', widget: 'string', ...optional },
	{ name: 'email', label: 'Thư điện tử', widget: 'string', ...optional, pattern: emailCheck },
	{ name: 'website', label: 'Trang web', widget: 'string', ...optional },
	{
		name: 'order',
		label: 'Thứ tự',
		widget: 'number',
		value_type: 'int',
		default: 100,
		...optional,
	},
];

/** Fields of an official spokesperson (content/spokespeople/*.yml), named by press releases. */
export const spokespersonFields: CmsField[] = [
	{
		name: 'name',
		label: 'Họ và tên',
		widget: 'string',
		hint: 'Viết giống nhau ở mọi ngôn ngữ, ví dụ "Nguyễn Văn A".',
	},
	{ ...names('title', 'Chức vụ', true), hint: 'Ví dụ "Phó Giám đốc Sở" / "Deputy Director".' },
	registry(
		'unit',
		'Phát ngôn cho đơn vị',
		'units',
		false,
		'Thường là Sở; người phát ngôn của một phòng thì chọn phòng đó.',
	),
	{
		name: 'phone',
		label: 'Điện thoại',
		widget: 'string',
		hint: 'Số dành cho báo chí, hiện công khai ở Phòng báo chí.',
	},
	{
		name: 'email',
		label: 'Thư điện tử',
		widget: 'string',
		pattern: emailCheck,
		hint: 'Hộp thư công vụ, hiện công khai ở Phòng báo chí.',
	},
	{
		name: 'order',
		label: 'Thứ tự',
		widget: 'number',
		value_type: 'int',
		default: 100,
		...optional,
		hint: 'Số nhỏ đứng trước ở Phòng báo chí.',
	},
];

/** Fields of an urgent notice (content/alerts/*.yml). */
export const alertFields: CmsField[] = [
	{
		name: 'severity',
		label: 'Mức độ',
		widget: 'select',
		options: [
			{ label: 'Thông báo', value: 'info' },
			{ label: 'Lưu ý (thay đổi lịch, địa điểm…)', value: 'warning' },
			{ label: 'Khẩn cấp (bão, lũ, nghỉ học…)', value: 'danger' },
		],
	},
	{
		...names('text', 'Nội dung thông báo', true, 'text'),
		hint: 'Một hoặc hai câu. Thiếu bản tiếng Anh thì trang tiếng Anh hiện bản tiếng Việt.',
	},
	{
		...registryChoice(
			'item',
			'Bài chi tiết',
			'articles',
			false,
			'Bài người đọc mở khi bấm vào thông báo, ví dụ thông cáo báo chí. Trang tiếng Anh dẫn tới bản tiếng Anh nếu có, nếu không thì tới bản tiếng Việt và ghi rõ điều đó.',
		),
		...optional,
	},
	{
		name: 'startsAt',
		label: 'Hiện từ',
		widget: 'datetime',
		hint: 'Thời điểm băng thông báo bắt đầu hiện trên mọi trang.',
	},
	{
		name: 'expiresAt',
		label: 'Hết hạn lúc',
		widget: 'datetime',
		hint: 'Băng thông báo tự ẩn lúc này, kể cả khi chưa dựng lại trang.',
	},
];
