/**
 * Inputs for the report's unit tests, made through the content schemas as the reader makes them,
 * so a test names only the fields it is about and still holds what a real file would give.
 */
import { kinds, registries, type ArticleKind } from '~/schemas/kinds';
import type { TranslationData } from '~/lib/translations';
import type { ReportAlert, ReportArticle, ReportDocument, ReportInput } from './model';
import { nodeSchemaContext } from './parse';

/** Fields each kind's schema requires beyond those every article has. */
const required: Readonly<Record<ArticleKind, Readonly<Record<string, unknown>>>> = {
	news: {},
	stories: {},
	policies: { audience: 'Học sinh', effective: '2023-01-01', source: 'Thông tư 1/2023/TT-BGDĐT' },
	consultations: {
		respondents: 'Cha mẹ học sinh',
		document: 'du-thao.pdf',
		opensAt: '2023-01-01',
		closesAt: '2023-01-31',
	},
	clarifications: {
		verdict: 'false',
		claim: 'Tin đồn.',
		sources: [{ title: 'Công văn', url: '/van-ban/' }],
	},
	press: { spokesperson: 'chanh-van-phong' },
};

/** What a test may set on an article: its kind, its translations and any frontmatter field. */
export type ItemExtra = { kind?: ArticleKind; translations?: Record<string, TranslationData> } & {
	[field: string]: unknown;
};

/**
 * An article as the reader gives it: frontmatter with defaults, checked by its kind's schema.
 * `date` and the other dates are written as in YAML; a withdrawn one gets its required reason.
 */
export function item(slug: string, date: string, extra: ItemExtra = {}): ReportArticle {
	const { kind = 'news', translations = {}, ...fields } = extra;
	const data = kinds[kind].source(nodeSchemaContext).parse({
		title: `Bài ${slug}`,
		summary: 'Tóm tắt.',
		date,
		topics: ['t1'],
		unit: 'u1',
		...required[kind],
		...(fields['withdrawnAt'] ? { withdrawnReason: 'Thu hồi.' } : {}),
		...fields,
	});
	return { kind, id: slug, data, translations };
}

/** A consultation open from `opens` to `closes`, with an outcome published on `outcome`. */
export function consultation(
	slug: string,
	opens: string,
	closes: string,
	outcome?: string,
	extra: ItemExtra = {},
): ReportArticle {
	return item(slug, opens, {
		kind: 'consultations',
		opensAt: opens,
		closesAt: closes,
		outcomeAt: outcome,
		outcome: outcome ? 'Kết quả.' : undefined,
		...extra,
	});
}

/** An entry of the legal documents register. */
export function legalDocument(
	id: string,
	docType: string,
	issued: string,
	draft = false,
): ReportDocument {
	const data = kinds.documents.source().parse({
		title: id.toUpperCase(),
		summary: 'Tóm tắt.',
		issuer: 'Sở Giáo dục và Đào tạo',
		docType,
		number: `1/${id}`,
		signer: 'Nguyễn Văn A',
		issued,
		file: 'van-ban.pdf',
		draft,
	});
	return { id, data };
}

/** An urgent notice shown for a day from `startsAt`. */
export function alert(id: string, severity: string, startsAt: string): ReportAlert {
	const start = new Date(startsAt);
	const data = registries.alerts.parse({
		severity,
		text: { vi: `Thông báo ${id}` },
		startsAt: start,
		expiresAt: new Date(start.getTime() + 24 * 60 * 60 * 1000),
	});
	return { id, data };
}

/** The report's input around some articles: two topics, one unit, no database, no problems. */
export function input(items: ReportArticle[], extra: Partial<ReportInput> = {}): ReportInput {
	return {
		items,
		documents: [],
		alerts: [],
		topics: { t1: 'Chủ đề một', t2: 'Chủ đề hai' },
		units: { u1: 'Đơn vị một' },
		responses: null,
		problems: [],
		...extra,
	};
}
