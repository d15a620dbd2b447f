/**
 * The `<site-search>` element of the search page (SiteSearch.astro): searches the Pagefind index
 * of the page's language in the browser. It reads the form it wraps, keeps the URL in step with
 * it (`?q=…&type=…`), lists results with title, type, date, thumbnail and a highlighted excerpt,
 * ten at a time, and says how many it found in a status region screen readers announce.
 * Pagefind's own `pagefind.js` is loaded from the site (`/pagefind/`), never from a CDN.
 * After an incremental build the index is a base and a delta (src/lib/search/delta.ts): both are
 * searched and their results merged (src/lib/search/merge.ts).
 */
import { formatDate } from '~/lib/dates';
import {
	foldD,
	hasD,
	highlight,
	metaWeightsFor,
	normalizeQuery,
	phraseQueries,
} from '~/lib/search/fold';
import {
	dateOfMeta,
	facetKeys,
	fillString,
	pagefindRequest,
	paramsFromState,
	stateFromParams,
	type SearchState,
} from '~/lib/search/state';
import type { SearchDelta } from '~/lib/search/delta';
import { pairCounts, phraseFirst, searchBundles, type ResultOrder } from '~/lib/search/merge';

type Data = {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
};
type Result = { id: string; score: number; data(): Promise<Data> };

/** A result's time for sorting: its exact time (`at`), or its day (documents). */
async function timeOf(r: Result): Promise<number> {
	const { meta } = await r.data();
	return (meta.at ? Date.parse(meta.at) : dateOfMeta(meta.date)?.getTime()) ?? 0;
}

interface Pagefind {
	options(o: object): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, o: object): Promise<{ results: Result[] }>;
}
type Forms = Record<string, string> & { other: string };
const perPage = 10;
const el = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
) => Object.assign(document.createElement(tag), props);

/** Search in the browser with Pagefind: reads the form above, fills the list, keeps the URL in step. */
class SiteSearch extends HTMLElement {
	#pagefind?: Pagefind;
	/** The delta bundle of an incremental build, and the results to leave out of each bundle. */
	#delta?: Pagefind;
	#drops: ReadonlySet<string>[] = [];
	#results: Result[] = [];
	#shown = 0;
	#run = 0;
	#timer = 0;

	get #form() {
		return this.querySelector('form')!;
	}

	async connectedCallback() {
		this.#fill(stateFromParams(new URLSearchParams(location.search)));
		this.#form.hidden = false;
		this.#form.addEventListener('submit', (e) => (e.preventDefault(), this.#search()));
		this.#form.addEventListener(
			'change',
			(e) => e.target instanceof HTMLSelectElement && this.#search(),
		);
		const q = this.#form.elements.namedItem('q') as HTMLInputElement;
		q.addEventListener(
			'input',
			() => (
				clearTimeout(this.#timer),
				(this.#timer = window.setTimeout(() => this.#search(), 250))
			),
		);
		this.querySelector('.search-more')!.addEventListener('click', () => this.#showMore(true));
		try {
			this.#pagefind = (await import(
				/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`
			)) as Pagefind;
			await this.#pagefind.options({ excerptLength: 24 });
			await this.#pagefind.init();
		} catch {
			this.dataset.state = 'unavailable';
			this.#form.hidden = true;
			this.querySelector<HTMLElement>('.search-fallback')!.hidden = false;
			return;
		}
		// Without its delta the base still answers (a few results may be out of date).
		await this.#loadDelta(this.dataset.bundle!).catch(() => {});
		this.#search();
	}

	/**
	 * The delta, when `delta.json` names one. A bundle of its own: a second copy of pagefind.js,
	 * imported from its own address, is a second index beside the first.
	 */
	async #loadDelta(bundle: string) {
		const response = await fetch(`${bundle}delta.json`);
		if (!response.ok) return; // a site indexed before deltas existed
		const delta = (await response.json()) as SearchDelta;
		if (!delta.bundle) return;
		const index = (await import(
			/* @vite-ignore */ `${bundle}${delta.bundle}pagefind.js`
		)) as Pagefind;
		await index.options({ excerptLength: 24 });
		await index.init();
		// Only with its delta searched are the base's out-of-date results left out.
		this.#delta = index;
		this.#drops = [new Set(delta.drop), new Set(delta.reference)];
	}

	#fill(state: SearchState) {
		const field = (name: string) =>
			this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
		field('q').value = state.q;
		for (const key of facetKeys) field(key).value = state.filters[key] ?? '';
		field('sort').value = state.sort;
		this.#form.querySelector('details')!.open =
			Object.keys(state.filters).length > 0 || state.sort !== '';
	}

	async #search() {
		if (!this.#pagefind) return;
		const state = stateFromParams(
			new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>),
		);
		history.replaceState(history.state, '', `${location.pathname}${paramsFromState(state)}`);
		const request = pagefindRequest(state, normalizeQuery);
		const run = ++this.#run;
		if (!request) return this.#render(run, [], '', false);
		this.dataset.state = 'searching';
		this.querySelector('.search-status')!.textContent = JSON.parse(this.dataset.strings!).loading;
		const sort = request.options.sort?.date;
		const order: ResultOrder = sort === 'desc' ? 'newest' : sort === 'asc' ? 'oldest' : 'score';
		const find = async (term: string | null, by = order) => {
			const bundles = [this.#pagefind!, ...(this.#delta ? [this.#delta] : [])];
			for (const bundle of bundles)
				await bundle.options({ ranking: { metaWeights: metaWeightsFor(term ?? '') } });
			const searches = bundles.map((b) => b.search.bind(b));
			return {
				results: await searchBundles(searches, term, request.options, this.#drops, by, timeOf),
			};
		};
		let found = await find(request.term);
		// Pagefind finds "đào" from "đào" by itself; a query with đ is retried without it only when it
		// finds nothing, for pages that spell a name without đ ("Dinh" for "Đinh").
		if (request.term && hasD(request.term) && found.results.length === 0)
			found = await find(foldD(request.term));
		// Ranked by score, the pages holding the query's words side by side, in order, come first:
		// Pagefind's quoted search finds them, pair by pair of neighbouring words, in each spelling the
		// query may stand for (`phraseQueries`). It does not rank (every page scores 1), so only which
		// pages it finds counts: searched by score, so no page's data loads. A reader who sorts by date
		// gets the date order.
		const pairs = request.term && order === 'score' ? phraseQueries(request.term) : [];
		const held = await pairCounts(pairs, async (pair) => (await find(pair, 'score')).results);
		const results = phraseFirst(found.results, held);
		this.#render(run, results, request.term ?? '', true);
	}

	#render(run: number, results: Result[], query: string, active: boolean) {
		if (run !== this.#run) return;
		const strings = JSON.parse(this.dataset.strings!) as Record<'results' | 'listed', Forms> & {
			none: string;
		};
		const message = results.length === 0 ? strings.none : query ? strings.results : strings.listed;
		this.querySelector('.search-status')!.textContent = active
			? fillString(message, this.dataset.intl!, { count: results.length, query })
			: '';
		this.dataset.query = query;
		this.#results = results;
		this.#shown = 0;
		this.querySelector('.search-results')!.replaceChildren();
		this.#showMore(false);
	}

	async #showMore(focus: boolean) {
		const run = this.#run;
		const next = this.#results.slice(this.#shown, this.#shown + perPage);
		const items = await Promise.all(next.map(async (r) => this.#item(await r.data())));
		if (run !== this.#run) return;
		this.querySelector('.search-results')!.append(...items);
		this.#shown += next.length;
		this.querySelector<HTMLElement>('.search-more')!.hidden = this.#shown >= this.#results.length;
		this.dataset.state = 'done';
		if (focus) items[0]?.querySelector('a')?.focus();
	}

	#item(data: Data): HTMLLIElement {
		const body = el('div', { className: 'search-result__body' });
		// A legal document by its type and number ("Công văn 2150/SGDĐT-GDTrH"), anything else by its
		// section. The card's classes (ArticleCard.astro): a result reads like the listings' cards.
		const kind = data.meta.number ?? data.filters.type?.[0];
		if (kind) body.append(el('span', { className: 'eyebrow card__kind', textContent: kind }));
		const title = el('h2', { className: 'card__title search-result__title' });
		const link = el('a', { href: data.url });
		link.append(...this.#marked(data.meta.title ?? data.url));
		title.append(link);
		body.append(title);
		const date = dateOfMeta(data.meta.date);
		if (date)
			body.append(
				el('time', {
					className: 'card__meta',
					dateTime: data.meta.date!,
					textContent: formatDate(date, this.dataset.intl!),
				}),
			);
		const excerpt = el('p', { className: 'card__summary search-result__excerpt' });
		excerpt.append(...this.#excerpt(data.excerpt));
		body.append(excerpt);
		const li = el('li', { className: 'search-result' });
		if (data.meta.image)
			li.append(
				el('img', { src: data.meta.image, alt: '', loading: 'lazy', width: 120, height: 75 }),
			);
		li.append(body);
		return li;
	}

	/** Text with the words matching the query marked, with or without their marks (see `highlight`). */
	#marked(text: string): Node[] {
		return highlight(text, this.dataset.query ?? '').map((s) =>
			s.mark ? el('mark', { textContent: s.text }) : document.createTextNode(s.text),
		);
	}

	/** Pagefind's excerpt (HTML with <mark>) rebuilt from its text only, with unmarked matches marked too. */
	#excerpt(html: string): Node[] {
		const template = el('template', { innerHTML: html });
		return [...template.content.childNodes].flatMap((n) =>
			n.nodeName === 'MARK'
				? [el('mark', { textContent: n.textContent ?? '' })]
				: this.#marked(n.textContent ?? ''),
		);
	}
}

customElements.define('site-search', SiteSearch);
