/**
 * The rules of a body that need no file system, shared by the build (markdown-safety.ts, the MDX
 * guard) and the CMS, which checks the blocks of a body before saving (src/lib/blocks/rules.ts).
 */

/** Inline tags Markdown has no syntax for, allowed as raw HTML (with no attributes but `abbr title`). */
export const allowedTags = new Set([
	'br',
	'sup',
	'sub',
	'abbr',
	'mark',
	'u',
	's',
	'small',
	'kbd',
	'ins',
	'del',
	'q',
	'cite',
	'dfn',
	'time',
	'wbr',
]);

/** What is wrong with an image, or undefined. */
export function imageProblem(src: string, alt: string): string | undefined {
	if (/^[a-z][\w+.-]*:|^\/\//i.test(src))
		return (
			`ảnh "${src.slice(0, 60)}" nằm ở trang web khác; hãy tải ảnh về, đặt cạnh bài viết và ghi tên tệp ` +
			`(image "${src.slice(0, 60)}" is on another site, which readers' browsers would contact; download it, put it beside the article and use its file name)`
		);
	if (alt.trim() === '')
		return (
			`ảnh "${src}" chưa có mô tả; hãy viết mô tả trong ![mô tả](${src}) ` +
			`(image "${src}" has no alt text; describe it: ![description](${src}))`
		);
	return undefined;
}
