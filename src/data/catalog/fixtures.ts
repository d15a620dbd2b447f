/**
 * Small content trees for the catalog's and the route table's unit tests: entries shaped as
 * Astro's collections hand them over, typed by the same schemas, without a build.
 */
import type { CollectionEntry } from 'astro:content';
import type { DocumentKind } from '~/schemas/kinds';
import type {
	Alert,
	CatalogInput,
	KindFiles,
	LoadedFile,
	SourceEntry,
	Topic,
	TranslationEntry,
	UnitFile,
} from './types';

/** A file as the loader would find it: rendered, with no PDF. */
function file<E>(entry: E): LoadedFile<E> {
	return { entry, bodyRendered: true, attachments: {} };
}

/** A news item written in Vietnamese; `data` overrides the defaults. */
export function news(
	id: string,
	data: Partial<SourceEntry<'news'>['data']> = {},
): LoadedFile<SourceEntry<'news'>> {
	return file({
		id,
		collection: 'news',
		filePath: `content/news/${id}/index.vi.md`,
		data: {
			title: `Tin ${id}`,
			summary: `Tóm tắt ${id}`,
			date: new Date('2026-05-01T08:00:00+07:00'),
			topics: ['chuyen-doi-so'],
			unit: 'so-gddt',
			featured: false,
			draft: false,
			...data,
		},
	});
}

/** The English file of a news item; without a title it is a stub Decap wrote. */
export function newsEn(
	id: string,
	data: Partial<TranslationEntry<'news'>['data']> = {},
): LoadedFile<TranslationEntry<'news'>> {
	return file({
		id,
		collection: 'news_en',
		filePath: `content/news/${id}/index.en.md`,
		data: { draft: false, ...data },
	});
}

/** A clarification naming related articles by their Vietnamese paths. */
export function clarification(
	id: string,
	related: string[],
): LoadedFile<SourceEntry<'clarifications'>> {
	return file({
		id,
		collection: 'clarifications',
		filePath: `content/clarifications/${id}/index.vi.md`,
		data: {
			title: `Làm rõ ${id}`,
			summary: 'Thông tin sai sự thật',
			date: new Date('2026-05-03T08:00:00+07:00'),
			topics: ['chuyen-doi-so'],
			unit: 'so-gddt',
			featured: false,
			draft: false,
			claim: 'Học sinh được nghỉ cả tuần',
			verdict: 'false',
			sources: [{ title: 'Công văn 1', url: 'https://example.gov.vn/cv1' }],
			related,
		},
	});
}

/** A topic of the registry. */
export function topic(id: string, order = 1): Topic {
	return { id, collection: 'topics', data: { name: { vi: `Chủ đề ${id}` }, order } };
}

/** A unit file of the registry (the Department's carries no name: the identity has it). */
export function unit(id: string, type: UnitFile['data']['type'] = 'department'): UnitFile {
	return {
		id,
		collection: 'units',
		data: { ...(type !== 'department' && { name: { vi: `Đơn vị ${id}` } }), type, order: 1 },
	};
}

/** The identity settings of a test Department. */
export const identity: CollectionEntry<'identity'> = {
	id: 'identity',
	collection: 'identity',
	data: {
		name: { vi: 'Sở Thử nghiệm', en: 'Test Department' },
		shortName: { vi: 'Sở TN' },
		tagline: { vi: 'Tin chính thức' },
		address: { vi: 'Số 1 đường Thử' },
		phone: '0226 0000 000',
		hotline: '0226 0000 001',
		email: 'vanphong@hanam.edu.vn',
		officeHours: { vi: 'Thứ Hai đến thứ Sáu' },
		logo: '/favicon.svg',
	},
};

/** An urgent notice between two instants. */
export function alert(id: string, startsAt: string, expiresAt: string): Alert {
	return {
		id,
		collection: 'alerts',
		data: {
			severity: 'warning',
			text: { vi: `Thông báo ${id}` },
			startsAt: new Date(startsAt),
			expiresAt: new Date(expiresAt),
		},
	};
}

/** The input of `buildCatalog`: the given files, one topic, one unit, no other kind's files. */
export function input(
	files: {
		news?: LoadedFile<SourceEntry<'news'>>[];
		newsEn?: LoadedFile<TranslationEntry<'news'>>[];
		clarifications?: LoadedFile<SourceEntry<'clarifications'>>[];
	},
	extra: Partial<CatalogInput> = {},
): CatalogInput {
	const empty = (kind: DocumentKind): KindFiles => ({ kind, sources: [], translations: {} });
	return {
		files: [
			{ kind: 'news', sources: files.news ?? [], translations: { en: files.newsEn ?? [] } },
			{ kind: 'clarifications', sources: files.clarifications ?? [], translations: {} },
			empty('stories'),
			empty('pages'),
		],
		topics: [topic('chuyen-doi-so')],
		units: [unit('so-gddt')],
		spokespeople: [],
		alerts: [],
		identity: [identity],
		now: new Date('2026-06-01T00:00:00+07:00'),
		...extra,
	};
}
