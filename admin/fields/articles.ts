/** Fields of the article kinds: news and stories, policies, press releases, clarifications, consultations. */
import vi from '~/i18n/ui/vi';
import { articlePathPattern, siteOrHttpsPattern } from '~/schemas/article';
import { verdicts } from '~/schemas/clarification';
import {
	translated,
	duplicated,
	optional,
	pattern,
	registryChoice,
	title,
	slug,
	translatedDate,
	summary,
	day,
	pdf,
	articleFacts,
	type CmsField,
} from './common';

export const articleFields: CmsField[] = [title, slug, translatedDate, summary, ...articleFacts];

/** Fields of policy explainers: the article fields plus what changes, for whom, from when. */
export const policyFields: CmsField[] = [
	title,
	slug,
	translatedDate,
	summary,
	{
		name: 'audience',
		label: 'Đối tượng áp dụng',
		widget: 'string',
		...translated,
		hint: 'Ai chịu tác động, ví dụ "Học sinh lớp 9 và cha mẹ học sinh".',
	},
	day('effective', 'Có hiệu lực từ ngày'),
	{
		name: 'source',
		label: 'Văn bản gốc',
		widget: 'string',
		hint: 'Số hiệu và tên văn bản, ví dụ "Thông tư 32/2018/TT-BGDĐT".',
	},
	{
		...registryChoice(
			'sourceDocument',
			'Văn bản trong Cơ sở dữ liệu văn bản',
			'documents',
			false,
			'Chọn nếu văn bản đã có trong mục Văn bản của trang: bài sẽ dẫn tới đó.',
		),
		...optional,
	},
	{
		name: 'sourceUrl',
		label: 'Liên kết tới văn bản',
		widget: 'string',
		...optional,
		hint: 'Chỉ khi văn bản không có trong mục Văn bản. Địa chỉ bắt đầu bằng https://',
	},
	...articleFacts,
];

/** Fields of press releases: the article fields plus the spokesperson who issues it. */
export const pressFields: CmsField[] = [
	title,
	slug,
	translatedDate,
	summary,
	{
		...registryChoice(
			'spokesperson',
			'Người phát ngôn',
			'spokespeople',
			false,
			'Người đưa ra thông cáo. Chỉ chọn được người đã có trong mục "Người phát ngôn"; thiếu người thì nhờ quản trị thêm vào đó trước.',
		),
		...duplicated,
	},
	...articleFacts,
];

/** Fields of clarifications: the claim as it circulates, the verdict, the sources; the body states the facts. */
export const clarificationFields: CmsField[] = [
	title,
	slug,
	translatedDate,
	summary,
	{
		name: 'claim',
		label: 'Thông tin đang lan truyền',
		widget: 'text',
		...translated,
		hint: 'Trích nguyên văn hoặc tóm tắt đúng điều người ta đang chia sẻ, không quá 500 ký tự.',
	},
	{
		name: 'claimOrigin',
		label: 'Xuất hiện ở đâu',
		widget: 'string',
		...translated,
		...optional,
		hint: 'Ví dụ "Bài đăng trên một số trang Facebook". Không dẫn đường link tới nơi phát tán tin sai.',
	},
	{
		...day('claimDate', 'Xuất hiện từ ngày', 'Ngày thông tin bắt đầu lan truyền, nếu biết.'),
		...optional,
	},
	{
		name: 'verdict',
		label: vi['clarification.verdict'],
		widget: 'select',
		options: verdicts.map((v) => ({ label: vi[`clarification.verdict.${v}` as const], value: v })),
		hint: 'Chọn "Chưa được kiểm chứng" khi Sở chưa đủ căn cứ khẳng định đúng hay sai.',
	},
	{
		name: 'sources',
		label: vi['clarification.sources'],
		label_singular: 'nguồn',
		widget: 'list',
		min: 1,
		max: 20,
		hint: 'Ít nhất một văn bản hoặc trang để bạn đọc tự kiểm chứng sự thật.',
		fields: [
			{
				name: 'title',
				label: 'Tên văn bản hoặc trang',
				widget: 'string',
				hint: 'Ví dụ "Quyết định 1234/QĐ-UBND về khung kế hoạch thời gian năm học".',
			},
			{
				name: 'url',
				label: 'Đường dẫn',
				widget: 'string',
				pattern: pattern(
					siteOrHttpsPattern,
					'Đường dẫn trong trang (bắt đầu bằng /) hoặc địa chỉ https://, không có dấu cách',
				),
				hint: 'Trang trong website (bắt đầu bằng /) hoặc địa chỉ https://.',
			},
		],
	},
	{
		name: 'related',
		label: 'Bài liên quan trên trang',
		label_singular: 'bài liên quan',
		widget: 'list',
		...optional,
		max: 10,
		hint: 'Bài của trang mà thông tin sai nhắc tới; bài đó sẽ hiện đường dẫn sang trang làm rõ này.',
		field: {
			name: 'path',
			label: 'Đường dẫn bài',
			widget: 'string',
			pattern: pattern(
				articlePathPattern,
				'Đường dẫn bắt đầu và kết thúc bằng /, chữ thường không dấu, ví dụ /tin-tuc/ten-bai/',
			),
			hint: 'Dán đường dẫn tiếng Việt của bài liên quan, ví dụ /tin-tuc/ten-bai/',
		},
	},
	...articleFacts,
];

/** Fields of a consultation on a draft: who is asked, the draft, the response window, later the outcome. */
export const consultationFields: CmsField[] = [
	title,
	slug,
	translatedDate,
	summary,
	{
		name: 'respondents',
		label: 'Đối tượng lấy ý kiến',
		widget: 'string',
		...translated,
		hint: 'Ai được hỏi ý kiến, ví dụ "Cha mẹ học sinh, giáo viên và học sinh THPT".',
	},
	pdf('document', 'Toàn văn dự thảo (PDF)', 'Bản dự thảo đầy đủ để người dân đọc trước khi góp ý.'),
	{
		name: 'opensAt',
		label: 'Bắt đầu nhận góp ý lúc',
		widget: 'datetime',
		hint: 'Trước thời điểm này trang hiện "Sắp lấy ý kiến" và chưa nhận góp ý.',
	},
	{
		name: 'closesAt',
		label: 'Hạn cuối góp ý',
		widget: 'datetime',
		hint: 'Phải sau thời điểm bắt đầu. Hết hạn, ô góp ý tự đóng.',
	},
	{
		name: 'howToRespond',
		label: 'Cách gửi ý kiến khác',
		widget: 'text',
		...translated,
		...optional,
		hint: 'Ngoài ô góp ý trên trang: địa chỉ, thư điện tử, điện thoại nhận góp ý.',
	},
	{
		name: 'outcomeAt',
		label: 'Ngày công bố kết quả',
		widget: 'datetime',
		...optional,
		hint: 'Chỉ điền khi công bố kết quả, cùng với "Kết quả lấy ý kiến"; không trước hạn cuối góp ý.',
	},
	{
		name: 'outcome',
		label: 'Kết quả lấy ý kiến',
		widget: 'text',
		...translated,
		...optional,
		hint: 'Sau khi hết hạn: đã nhận bao nhiêu ý kiến, Sở tiếp thu, giải trình những gì. Điền cùng ngày công bố kết quả.',
	},
	{
		...pdf(
			'outcomeDocument',
			'Báo cáo tiếp thu, giải trình (PDF)',
			'Không bắt buộc: báo cáo tổng hợp ý kiến hoặc văn bản đã ban hành.',
		),
		...optional,
	},
	...articleFacts,
];

/** Fields of the static pages (about, organisation, contacts). */
