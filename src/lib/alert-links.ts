/**
 * Where an urgent notice leads: the article chosen in its `item` field (`press/<folder>`), in the
 * reader's language where it is translated, else in Vietnamese, said visibly on the page (WCAG
 * 3.1.2 and 2.4.4: the link names its target and its language). The build refuses a notice whose
 * item does not exist or is a draft, naming the file and the field. A notice whose item is
 * scheduled for later (`publishAt`) is not an error: the catalog leaves the notice out until then.
 */
import type { Problem } from './checks';

/** One language version of the item a notice points to. */
export interface TargetVersion {
	href: string;
	title: string;
}

/** The link a notice shows on a page: the target, its title and the language it is in. */
export interface AlertTarget<L extends string> extends TargetVersion {
	locale: L;
	/** True when the reader's language has no version and the link leads to another language. */
	otherLanguage: boolean;
}

/** The version to link to from a page in `locale`: its own, else the source language's. */
export function alertTarget<L extends string>(
	versions: Partial<Record<L, TargetVersion>>,
	locale: L,
	source: L,
): AlertTarget<L> | undefined {
	const own = versions[locale];
	if (own) return { ...own, locale, otherLanguage: false };
	const fallback = versions[source];
	return fallback ? { ...fallback, locale: source, otherLanguage: true } : undefined;
}

/** A notice as the check sees it. */
export interface AlertRecord {
	filePath: string;
	item?: string | undefined;
}

/**
 * Notices whose `item` names no published article. `items` maps `<kind>/<folder>` of every
 * article to whether it is published (drafts are not); `kinds` are the kinds an item may have.
 */
export function alertItemProblems(
	alerts: readonly AlertRecord[],
	items: ReadonlyMap<string, { published: boolean; scheduled?: boolean }>,
	kinds: readonly string[],
): Problem[] {
	const problems: Problem[] = [];
	for (const { filePath, item } of alerts) {
		if (!item) continue;
		const found = items.get(item);
		const kind = item.split('/')[0] ?? '';
		if (!found) {
			const sameKind = [...items.keys()].filter((k) => k.startsWith(`${kind}/`)).sort();
			const known = kinds.includes(kind)
				? `known ${kind}: ${sameKind.join(', ') || 'none'}`
				: `kinds: ${kinds.join(', ')}`;
			problems.push({
				file: filePath,
				field: 'item',
				message: `không có bài "${item}"; hãy chọn một bài đã đăng, ví dụ press/ten-thu-muc (no article "${item}"; ${known})`,
			});
		} else if (!found.published && !found.scheduled)
			problems.push({
				file: filePath,
				field: 'item',
				message: `bài "${item}" chưa đăng (bản nháp): thông báo khẩn phải dẫn tới bài người đọc mở được (the item is a draft)`,
			});
	}
	return problems;
}
