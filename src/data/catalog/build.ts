/**
 * The catalog from the files: every item with the languages it really exists in, the registries,
 * and the cross-file checks run once (`checks.ts`). Pure: `load.ts` reads the collections and the
 * disk and hands everything here, so the rules are tested on small fixtures (`build.test.ts`).
 */
import { defaultLocale, translationLocales, type Locale } from '~/i18n/locales';
import { publishedAlerts } from '~/lib/alerts';
import { attachmentPath, itemPath } from '~/lib/paths';
import { isLive } from '~/lib/schedule';
import { isTranslated } from '~/lib/translations';
import { documentsKind, isArticleKind, pageKind, type DocumentKind } from '~/schemas/kinds';
import { runChecks } from './checks';
import {
	attachmentFields,
	type Article,
	type Attachment,
	type AttachmentField,
	type Catalog,
	type CatalogInput,
	type Identity,
	type ItemOf,
	type KindFiles,
	type LegalDocument,
	type LoadedFile,
	type SourceData,
	type StaticPage,
	type TranslationData,
	type Unit,
	type UnitFile,
	type Version,
} from './types';

/** The PDFs an item names, where they are published: once, beside its Vietnamese page. */
function attachments(
	kind: DocumentKind,
	id: string,
	found: LoadedFile<unknown>['attachments'],
	data: object,
): Partial<Record<AttachmentField, Attachment>> {
	const published: Partial<Record<AttachmentField, Attachment>> = {};
	if (kind === pageKind) return published;
	const fields = new Map<string, unknown>(Object.entries(data));
	for (const field of attachmentFields) {
		const file = found[field];
		const name = fields.get(field);
		// A missing file fails the build in the checks.
		if (file && typeof name === 'string')
			published[field] = {
				source: file.source,
				bytes: file.bytes,
				href: attachmentPath(kind, id, name),
			};
	}
	return published;
}

/**
 * The items of one kind. An item is published in the source language unless it is a draft or
 * scheduled for later than the build's clock (`publishAt`, shown at once in a preview build), and
 * in every locale whose file is a real translation: its own title, not held back as a draft
 * (Decap writes title-less stubs for languages nobody translated). A translation has no
 * `publishAt` of its own: it goes live with its Vietnamese file, never before.
 */
function kindItems<K extends DocumentKind>(
	{ kind, ...files }: KindFiles<K>,
	now: Date,
	preview: boolean,
): ItemOf<K>[] {
	const byLocale = new Map(
		translationLocales.map((l) => [
			l,
			new Map((files.translations[l] ?? []).map((f) => [f.entry.id, f.entry])),
		]),
	);
	return files.sources.map(({ entry, attachments: found }) => {
		const data: SourceData<K> = entry.data;
		const versions: Partial<Record<Locale, Version<K>>> = {};
		// Pages and legal documents have no `publishAt`.
		const schedule = data as { draft?: boolean; publishAt?: Date | undefined };
		if (isLive(schedule, now, preview)) {
			versions[defaultLocale] = {
				locale: defaultLocale,
				slug: entry.id,
				entry,
				title: data.title,
				summary: data.summary,
				texts: data,
			};
			for (const locale of translationLocales) {
				const translation = byLocale.get(locale)?.get(entry.id);
				const texts: TranslationData<K> | undefined = translation?.data;
				// The translation schema requires a summary once there is a title.
				if (!translation || !texts || !isTranslated(texts) || !texts.title || !texts.summary)
					continue;
				versions[locale] = {
					locale,
					slug: texts.slug ?? entry.id,
					entry: translation,
					title: texts.title,
					summary: texts.summary,
					texts,
				};
			}
		}
		return {
			kind,
			id: entry.id,
			key: `${kind}/${entry.id}`,
			data,
			versions,
			attachments: attachments(kind, entry.id, found, data),
		};
	});
}

/** Items that exist in at least one language. */
function published<T extends { versions: object }>(items: readonly T[]): T[] {
	return items.filter((i) => Object.keys(i.versions).length > 0);
}

/** Registry entries by their `order`, smallest first. */
function byOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** The identity settings: the file must exist (every page names the Department from it). */
function identityOf(input: CatalogInput): Identity {
	const entry = input.identity[0];
	if (!entry)
		throw new Error(
			'Thiếu tệp content/settings/identity.yml (Thông tin chung): tên, địa chỉ, điện thoại, thư điện tử của Sở. (The identity settings file content/settings/identity.yml is missing.)',
		);
	return entry.data;
}

/**
 * Units with their names: the Department's name and contacts come from the identity settings
 * (its unit file holds neither, so the two cannot disagree); the schema requires every other
 * unit's name.
 */
function namedUnits(units: readonly UnitFile[], identity: Identity): Unit[] {
	return units.map((u) => {
		if (u.data.type === 'department')
			return {
				...u,
				data: {
					...u.data,
					name: identity.name,
					address: identity.address.vi,
					phone: identity.phone,
					email: identity.email,
				},
			};
		// The unit schema refuses a unit other than the Department without a name.
		return { ...u, data: { ...u.data, name: u.data.name ?? { vi: u.id } } };
	});
}

/**
 * The catalog: runs every cross-file check and throws one error listing all problems (file,
 * field, fix), then builds the items, newest first, with their published versions.
 */
export function buildCatalog(input: CatalogInput): Catalog {
	const topics = byOrder(input.topics);
	const identity = identityOf(input);
	const units = namedUnits(byOrder(input.units), identity);
	const spokespeople = byOrder(input.spokespeople);
	runChecks(input, topics, units, spokespeople);

	const scheduledKeys = new Set(
		input.files.flatMap(({ kind, sources }) =>
			sources
				.filter((f) => {
					const data = f.entry.data as { draft?: boolean; publishAt?: Date | undefined };
					return !data.draft && !isLive(data, input.now, input.preview ?? false);
				})
				.map((f) => `${kind}/${f.entry.id}`),
		),
	);
	const items = input.files.flatMap((files) =>
		published(kindItems(files, input.now, input.preview ?? false)),
	);
	const allArticles = items
		.filter((i): i is Article => isArticleKind(i.kind))
		.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
	const articles = allArticles.filter((a) => !a.data.withdrawnAt);
	const byPath = new Map(allArticles.map((a) => [itemPath(defaultLocale, a.kind, a.id), a]));
	const clarificationsOf = new Map<string, ItemOf<'clarifications'>[]>();
	for (const c of articles) {
		if (c.kind !== 'clarifications') continue;
		for (const path of c.data.related ?? []) {
			const target = byPath.get(path);
			if (target)
				clarificationsOf.set(target.key, [...(clarificationsOf.get(target.key) ?? []), c]);
		}
	}
	return {
		articles,
		withdrawn: allArticles.filter((a) => a.data.withdrawnAt),
		pages: items
			.filter((i): i is StaticPage => i.kind === pageKind)
			.sort((a, b) => a.data.order - b.data.order),
		topics,
		units,
		topicById: new Map(topics.map((t) => [t.id, t])),
		unitById: new Map(units.map((u) => [u.id, u])),
		department: units.find((u) => u.data.type === 'department'),
		identity,
		spokespeople,
		spokespersonById: new Map(spokespeople.map((p) => [p.id, p])),
		documents: items
			.filter((i): i is LegalDocument => i.kind === documentsKind)
			.sort(
				(a, b) => b.data.issued.getTime() - a.data.issued.getTime() || a.id.localeCompare(b.id),
			),
		clarificationsOf,
		// By the build's clock; pages correct it by the reader's (src/components/layout/alert-clock.ts).
		// A notice leading to an item not yet due waits with it: it must not name an embargoed item.
		alerts: publishedAlerts(
			input.alerts
				.filter((a) => !a.data.item || !scheduledKeys.has(a.data.item))
				.map((a) => ({ ...a.data, alert: a })),
			input.now,
		).map((x) => x.alert),
	};
}
