/**
 * The checks of blocks that need the whole site: a document card names a document of the
 * register, a related-article card an article's address, and a translation's blocks show the same
 * photos, documents and articles as the Vietnamese file's (captions and alt text are its own).
 * The MDX guard has already checked each block's own form and that its photos exist.
 */
import type { BlockRef } from './syntax';

/** A file's blocks, as the checks see them. */
export interface BlockFile {
	kind: string;
	id: string;
	filePath: string;
	blocks: BlockRef[];
}

/** One problem, at `file:line`. */
export interface BlockProblem {
	file: string;
	message: string;
}

const key = (r: BlockRef) =>
	r.type === 'photo' ? `ảnh ${r.src}` : r.type === 'document' ? `văn bản ${r.id}` : `bài ${r.href}`;
const normalPath = (href: string) => href.split(/[?#]/)[0]!.replace(/\/?$/, '/');

/** Every problem of the blocks of these files. */
export function blockProblems(
	sources: readonly BlockFile[],
	translations: readonly BlockFile[],
	documentIds: ReadonlySet<string>,
	articlePaths: ReadonlySet<string>,
): BlockProblem[] {
	const problems: BlockProblem[] = [];
	for (const f of [...sources, ...translations])
		for (const r of f.blocks) {
			const at = `${f.filePath}:${r.line}`;
			if (r.type === 'document' && !documentIds.has(r.id))
				problems.push({
					file: at,
					message: `văn bản "${r.id}" không có trong content/documents; hãy chọn lại trong khối Văn bản (unknown document "${r.id}")`,
				});
			if (r.type === 'article' && !articlePaths.has(normalPath(r.href)))
				problems.push({
					file: at,
					message: `không có bài nào ở địa chỉ "${r.href}"; hãy chép đường dẫn tiếng Việt của bài, ví dụ /tin-tuc/ten-bai/ (no article at ${r.href})`,
				});
		}
	const sourceOf = new Map(sources.map((f) => [`${f.kind}/${f.id}`, f]));
	for (const t of translations) {
		const named = new Set(sourceOf.get(`${t.kind}/${t.id}`)?.blocks.map(key));
		for (const r of t.blocks.filter((r) => !named.has(key(r))))
			problems.push({
				file: `${t.filePath}:${r.line}`,
				message: `bản dịch dùng ${key(r)} mà bản tiếng Việt không dùng; bản dịch chỉ dịch chú thích và mô tả ảnh, không đổi ảnh, văn bản hay bài liên quan (the translation shows ${key(r)}, which the Vietnamese file does not: a translation translates captions and alt text, and shows the same photos, documents and articles)`,
			});
	}
	return problems;
}
