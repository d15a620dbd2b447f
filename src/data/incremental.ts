/**
 * Which pages this build renders (src/lib/incremental/state.ts): the fingerprint of every page of
 * the route table, from what its template reads, compared with the previous build's.
 *
 * What a page reads, by type:
 * - every page: the code and settings (hashed by the integration), the global parts (registers,
 *   the clock's day and the states it sets) and its language's chrome (menu, footer, urgent
 *   notices, which listings exist);
 * - an article: every version of it, the articles it shows as related, the clarifications that
 *   answer it, and the articles its fields name (a clarification's `related`) or its body's
 *   related-article blocks name (documents, which document cards show, are a global part);
 * - a listing page (section, topic, unit): its place in the list (links to newer and older pages,
 *   the dates it covers, untranslated count) and every article on it;
 * - everything else (home, registers, search, static and error pages): `always`, rendered by
 *   every build. They are a few dozen pages that read much of the catalog.
 *
 * A template that starts reading something new must add it here; the byte comparison of an
 * incremental and a full build (tests/build/incremental.test.ts) is what catches a miss.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defaultLocale, localeCodes, type Locale } from '~/i18n/locales';
import { alertState } from '~/lib/alerts';
import { blockRefs, hasBlocks } from '~/lib/blocks/syntax';
import { consultationState } from '~/lib/consultations';
import { daysLeft, localDate } from '~/lib/dates';
import {
	always,
	hashOf,
	planRender,
	stateVersion,
	type Fingerprint,
	type RenderPlan,
} from '~/lib/incremental/state';
import { incrementalShared } from '~/lib/incremental/shared';
import { itemPath } from '~/lib/paths';
import { buildNow } from '~/lib/schedule';
import type { Article, Catalog, Item } from './catalog';
import { navigations } from './navigation';
import { relatedArticles } from './related';
import { buildRoutes, type View } from './routes';

const digests = new WeakMap<object, string>();
const fileHashes = new Map<string, string>();

/** Hash of a file's bytes (an attachment replaced by another of the same size is a change). */
function fileHash(path: string): string {
	let h = fileHashes.get(path);
	if (h === undefined)
		fileHashes.set(path, (h = createHash('sha256').update(readFileSync(path)).digest('base64url')));
	return h;
}

/** Hash of an item as its files make it: every version's file and the attachments' bytes. */
function itemDigest(item: Item): string {
	let d = digests.get(item);
	if (d === undefined) {
		d = hashOf(
			item.key,
			Object.values(item.versions).map((v) => [v.locale, v.slug, v.entry.digest, v.entry.id]),
			// Where they are published and what they hold, not where the checkout keeps them.
			Object.entries(item.attachments).map(([field, a]) => [field, a.href, fileHash(a.source)]),
		);
		digests.set(item, d);
	}
	return d;
}

/** Every string inside a value (to find the articles a field names). */
function* strings(value: unknown): Generator<string> {
	if (typeof value === 'string') yield value;
	else if (Array.isArray(value)) for (const v of value) yield* strings(v);
	else if (value && typeof value === 'object' && !(value instanceof Date))
		for (const v of Object.values(value)) yield* strings(v);
}

/** The global parts: what every page may read. */
function globalParts(catalog: Catalog): Record<string, string> {
	const now = buildNow();
	const consultations = [...catalog.articles, ...catalog.withdrawn].flatMap((a) =>
		a.kind === 'consultations'
			? [[a.key, consultationState(a.data, now), daysLeft(a.data.closesAt, now)]]
			: [],
	);
	const entries = (list: readonly { id: string; data: unknown }[]) =>
		list.map((e) => [e.id, e.data]);
	return {
		time: hashOf(
			localDate(now),
			consultations,
			catalog.alerts.map((a) => [a.id, alertState(a.data, now)]),
		),
		pages: hashOf(catalog.pages.map(itemDigest)),
		topics: hashOf(entries(catalog.topics)),
		units: hashOf(entries(catalog.units)),
		identity: hashOf(catalog.identity),
		alerts: hashOf(entries(catalog.alerts)),
		spokespeople: hashOf(entries(catalog.spokespeople)),
		documents: hashOf(catalog.documents.map(itemDigest)),
	};
}

/** Fingerprints of every view. */
function fingerprints(catalog: Catalog, views: readonly View[]): Record<string, Fingerprint> {
	const nav = navigations(catalog);
	// Which listings exist in each language (menus, breadcrumbs and unit pages link to them).
	const listings = Object.fromEntries(
		localeCodes.map((l) => [
			l,
			views
				.filter(
					(v) =>
						v.locale === l &&
						(v.type === 'section' || v.type === 'topic' || v.type === 'unit') &&
						v.slice.archive === undefined,
				)
				.map((v) => v.path),
		]),
	);
	const chrome = Object.fromEntries(
		localeCodes.map((l) => [l, hashOf(nav[l], listings[l])]),
	) as Record<Locale, string>;
	// Articles by the addresses and keys a field may name them by.
	const named = new Map<string, Article>();
	for (const a of [...catalog.articles, ...catalog.withdrawn]) {
		named.set(a.key, a);
		named.set(itemPath(defaultLocale, a.kind, a.id), a);
	}
	const base = (v: View) => [v.type, v.locale, v.path, v.alternates, v.switchTo, chrome[v.locale]];
	const out: Record<string, Fingerprint> = {};
	for (const v of views) {
		switch (v.type) {
			case 'article': {
				const item = v.item;
				const blockAddresses = Object.values(item.versions).flatMap((ver) =>
					hasBlocks(ver.entry.body)
						? blockRefs(ver.entry.body!).flatMap((r) =>
								r.type === 'article' ? [r.href.split(/[?#]/)[0]!.replace(/\/?$/, '/')] : [],
							)
						: [],
				);
				const names = [...strings(item.data), ...blockAddresses].flatMap((s) => {
					const a = named.get(s);
					return a && a !== item ? [itemDigest(a)] : [];
				});
				out[v.path] = hashOf(
					base(v),
					itemDigest(item),
					relatedArticles(catalog, v.locale, item).map(itemDigest),
					(catalog.clarificationsOf.get(item.key) ?? []).map(itemDigest),
					names,
				);
				break;
			}
			case 'section':
			case 'topic':
			case 'unit': {
				const { items, ...place } = v.slice;
				out[v.path] = hashOf(
					base(v),
					v.type === 'section' ? [v.section, v.untranslated] : v.type,
					v.type === 'topic' ? v.topic.id : v.type === 'unit' ? v.unit.id : '',
					place,
					items.map(itemDigest),
				);
				break;
			}
			default:
				out[v.path] = always;
		}
	}
	return out;
}

const plans = new WeakMap<Catalog, { views: View[]; plan: RenderPlan }>();

/**
 * The route table and what this build renders of it, once per catalog. Outside `astro build`
 * (no code hash) everything is rendered.
 */
export function renderPlan(catalog: Catalog): { views: View[]; plan: RenderPlan } {
	let found = plans.get(catalog);
	if (!found) {
		const shared = incrementalShared();
		const views = buildRoutes(catalog);
		// `astro dev` (no code hash) renders what it is asked for: no fingerprints to make.
		const plan: RenderPlan = shared.code
			? planRender(shared.previous, {
					version: stateVersion,
					code: shared.code,
					global: globalParts(catalog),
					views: fingerprints(catalog, views),
				})
			: {
					mode: 'full',
					reason: 'not a build',
					state: { version: stateVersion, code: '', global: {}, views: {} },
				};
		shared.plan = plan;
		found = { views, plan };
		plans.set(catalog, found);
	}
	return found;
}

/** Whether this build renders the page at `path`. */
export function renders(plan: RenderPlan, path: string): boolean {
	return plan.mode === 'full' || plan.render.has(path);
}
