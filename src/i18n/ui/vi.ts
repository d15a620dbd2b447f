/**
 * Vietnamese UI strings: the reference dictionary. Its keys define `UiStrings`; every other
 * dictionary must have the same keys (`satisfies UiStrings`), so a missing key is a type error.
 * Placeholders are `{{name}}`; plural forms are objects keyed by `Intl.PluralRules` categories.
 */
const vi = {
  'site.name': 'Sở Giáo dục và Đào tạo Hà Nam',
  'site.shortName': 'Sở GDĐT Hà Nam',
  'site.tagline': 'Thông tin chính thức của ngành Giáo dục tỉnh Hà Nam',
  'site.description':
    'Tin tức, chính sách và những tấm gương người tốt việc tốt của ngành Giáo dục tỉnh Hà Nam.',
  'skip.toContent': 'Bỏ qua, đến nội dung chính',
  'nav.label': 'Chuyên mục chính',
  'nav.home': 'Trang chủ',
  'lang.label': 'Ngôn ngữ',
  'lang.switchTo': 'Xem bằng {{language}}',
  'lang.notTranslated': 'Trang này chưa có bản {{language}}; liên kết dẫn tới chuyên mục tương ứng.',
  'section.news': 'Tin tức',
  'section.stories': 'Gương sáng',
  'section.policies': 'Chính sách',
  'section.topics': 'Chủ đề',
  'section.units': 'Đơn vị',
  'section.news.intro': 'Tin về hoạt động, kết quả và chỉ đạo điều hành của ngành Giáo dục Hà Nam.',
  'section.stories.intro': 'Những tấm gương người tốt, việc tốt: thầy cô, học sinh, nhà trường.',
  'section.policies.intro': 'Giải thích chính sách: điều gì thay đổi, với ai, từ khi nào, căn cứ văn bản nào.',
  'section.topics.intro': 'Các chủ đề truyền thông của ngành theo kế hoạch năm.',
  'section.units.intro': 'Các đơn vị thuộc Sở, phòng GDĐT các huyện, thị xã, thành phố và các trường.',
  'home.latest': 'Tin mới nhất',
  'home.featured': 'Gương sáng tiêu biểu',
  'home.policies': 'Chính sách cần biết',
  'home.topics': 'Chủ đề',
  'home.all': 'Xem tất cả',
  'home.allIn': 'Tất cả {{section}}',
  'article.published': 'Đăng ngày',
  'article.updated': 'Cập nhật',
  'article.unit': 'Đơn vị',
  'article.topics': 'Chủ đề',
  'article.related': 'Bài liên quan',
  'article.inOtherLanguage': 'Bài này có bản {{language}}',
  'article.breadcrumb': 'Đường dẫn',
  'policy.facts': 'Tóm tắt chính sách',
  'policy.audience': 'Đối tượng',
  'policy.effective': 'Có hiệu lực từ',
  'policy.source': 'Văn bản gốc',
  'list.empty': 'Chưa có bài viết nào.',
  'list.count': { other: '{{count}} bài viết' },
  'pagination.label': 'Phân trang',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.status': 'Trang {{page}} / {{count}}',
  'unit.type.department': 'Sở',
  'unit.type.division': 'Phòng chuyên môn thuộc Sở',
  'unit.type.district': 'Phòng Giáo dục và Đào tạo cấp huyện',
  'unit.type.school': 'Trường học',
  'unit.address': 'Địa chỉ',
  'unit.phone': 'Điện thoại',
  'unit.email': 'Thư điện tử',
  'unit.website': 'Trang web',
  'unit.parent': 'Trực thuộc',
  'unit.items': 'Bài viết của đơn vị',
  'topic.code': 'Mục {{code}} của kế hoạch',
  'topic.items': 'Bài viết theo chủ đề',
  'footer.about': 'Về Sở',
  'footer.contact': 'Liên hệ',
  'footer.feeds': 'Theo dõi qua RSS',
  'footer.feedAll': 'Tất cả bài viết',
  'footer.copyright': '© {{year}} Sở Giáo dục và Đào tạo Hà Nam. Ghi rõ nguồn khi phát hành lại thông tin.',
  'feed.title': '{{section}} – {{site}}',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Hãy thử các chuyên mục dưới đây.',
  'notFound.home': 'Về trang chủ',
} as const;

type Plural = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The shape every dictionary must have: the same keys, strings or plural forms. */
export type UiStrings = {
  readonly [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : Plural;
};

export default vi satisfies UiStrings;
