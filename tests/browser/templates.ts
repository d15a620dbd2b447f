/** One page of every template, in both languages: [template, Vietnamese page, English page]. */
export const templates: [string, string, string][] = [
  ['home', '/', '/en/'],
  ['section listing', '/tin-tuc/', '/en/news/'],
  ['article with cover', '/guong-sang/co-giao-18-nam-giu-lua-chu-o-diem-truong-chan-nui-kim-bang/', '/en/stories/teacher-18-years-mountain-school-kim-bang/'],
  ['policy explainer', '/chinh-sach/lop-12-theo-chuong-trinh-giao-duc-pho-thong-2018-hoc-nhung/', '/en/policies/grade-12-under-the-2018-programme/'],
  ['topic index', '/chu-de/', '/en/topics/'],
  ['topic page', '/chu-de/thi-tot-nghiep-tuyen-sinh/', '/en/topics/thi-tot-nghiep-tuyen-sinh/'],
  ['unit index', '/don-vi/', '/en/units/'],
  ['unit page', '/don-vi/phong-gddt-kim-bang/', '/en/units/phong-gddt-kim-bang/'],
  ['static page', '/gioi-thieu/', '/en/about/'],
  ['search page', '/tim-kiem/?q=dao+tao', '/en/search/?q=teacher'],
  ['not found', '/404.html', '/en/404.html'],
];
