/**
 * The facts of `src/lib/facts/` as React elements, for the CMS previews. The site renders the
 * same data with the components of `src/components/facts/`, one per renderer here, writing the
 * same elements, class names and attributes: the site's stylesheet styles a preview like the page,
 * and `facts.test.ts` renders both sides and holds their markup equal.
 *
 * Decap exposes React's `createElement` as `window.h`; the renderers take it as an argument, so
 * this module needs no browser and the test can pass its own.
 */
import type {
	ClaimFacts,
	ClaimSources,
	ConsultationFacts,
	ConsultationOutcome,
	Fact,
	FactSection,
	PdfLink,
	Phrase,
} from '~/lib/facts';

/** React's `createElement`, as Decap exposes it. */
export type H = (
	tag: string,
	props?: Record<string, unknown> | null,
	...children: unknown[]
) => unknown;

/** Renderers of facts into elements made by `h`, one per site component. */
export function factRenderers(h: H) {
	/** Text runs, a run in another language wrapped in `<span lang>`. */
	const phrases = (label: Phrase[]) =>
		label.map((p) => (p.lang ? h('span', { lang: p.lang }, p.text) : p.text));

	/** A PDF link and its note (facts/PdfLink.astro). */
	const pdfLink = ({ href, label, note }: PdfLink) => [
		h('a', { href, hrefLang: 'vi', type: 'application/pdf', download: true }, ...phrases(label)),
		note && ` (${note})`,
	];

	/** The `<dd>` of a fact (facts/FactList.astro). */
	const value = ({ value: v }: Fact) => {
		switch (v.type) {
			case 'text':
				return h('dd', { lang: v.lang }, v.text);
			case 'time':
				return h('dd', null, h('time', { dateTime: v.datetime }, v.text));
			case 'link':
				return h('dd', null, h(v.href ? 'a' : 'span', { href: v.href, lang: v.lang }, v.text));
			case 'pdf':
				return h('dd', null, ...pdfLink(v));
		}
	};

	/** A list of facts (facts/FactList.astro). */
	const factList = (facts: Fact[]) =>
		h('dl', null, ...facts.flatMap((f) => [h('dt', null, f.label), value(f)]));

	/** A titled list of facts: a policy's, a legal document's (facts/FactSection.astro). */
	const factSection = (section: FactSection) =>
		h(
			'section',
			{ className: 'facts', 'aria-labelledby': section.id },
			h('h2', { id: section.id }, section.heading),
			factList(section.facts),
		);

	/** A consultation's published outcome (facts/Consultation.astro); keyed, beside the facts. */
	const outcome = (o: ConsultationOutcome) =>
		h(
			'section',
			{ key: 'outcome', className: 'outcome', 'aria-labelledby': o.id },
			h('h2', { id: o.id }, o.heading),
			h('p', { className: 'meta' }, o.published),
			h('p', { lang: o.text.lang }, o.text.text),
			o.report && h('p', null, ...pdfLink(o.report)),
		);

	/**
	 * A consultation's facts and, once published, its outcome (facts/Consultation.astro, without
	 * the data attributes the page's clock script reads). Keyed: the two sit side by side in one parent.
	 */
	const consultation = (c: ConsultationFacts) => [
		h(
			'section',
			{ key: 'facts', className: 'facts consultation', 'aria-labelledby': c.id },
			h('h2', { id: c.id }, c.heading),
			h(
				'p',
				{ className: 'consultation__state' },
				...c.badges.map((b) =>
					h(
						'span',
						{ className: `badge badge--${b.state}`, 'data-when': b.state, hidden: b.hidden },
						b.text,
					),
				),
			),
			factList(c.facts),
			...c.notices.map((n) =>
				h(
					'p',
					{ className: 'consultation__notice', 'data-when': n.when, hidden: n.hidden },
					n.text,
				),
			),
		),
		c.outcome && outcome(c.outcome),
	];

	/** The claim a clarification answers and the heading of its facts (facts/Claim.astro). */
	const claim = (c: ClaimFacts) => [
		h(
			'section',
			{ key: 'claim', className: 'claim', 'aria-labelledby': 'claim-label' },
			h('h2', { className: 'claim__label', id: 'claim-label' }, c.heading),
			h('blockquote', { className: 'claim__text' }, h('p', null, c.claim)),
			c.origin &&
				h(
					'p',
					{ className: 'claim__origin' },
					`${c.origin.label}: `,
					c.origin.where && h('span', { lang: c.origin.where.lang }, c.origin.where.text),
					c.origin.since && ` ${c.origin.since}`,
				),
			c.verdict &&
				h(
					'p',
					{ className: 'claim__verdict' },
					`${c.verdict.label}: `,
					h('strong', { className: `verdict verdict--${c.verdict.verdict}` }, c.verdict.text),
				),
		),
		h('h2', { key: 'heading', className: 'facts-heading' }, c.factsHeading),
	];

	/** The sources of a clarification (facts/Sources.astro). */
	const sources = (s: ClaimSources) =>
		h(
			'section',
			{ className: 'sources', 'aria-labelledby': s.id },
			h('h2', { id: s.id }, s.heading),
			h(
				'ul',
				null,
				...s.links.map((l) => h('li', null, h('a', { href: l.href, lang: l.lang }, l.text))),
			),
		);

	return { factList, factSection, consultation, outcome, claim, sources };
}
