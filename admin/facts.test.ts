import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import Claim from '~/components/facts/Claim.astro';
import Consultation from '~/components/facts/Consultation.astro';
import FactSection from '~/components/facts/FactSection.astro';
import Sources from '~/components/facts/Sources.astro';
import type { Locale } from '~/i18n/locales';
import {
	claimFacts,
	claimSources,
	consultationFacts,
	documentFacts,
	policyFacts,
	type ConsultationInput,
} from '~/lib/facts';
import { factRenderers, type H } from './facts';

/**
 * The CMS previews and the site render the same facts into the same markup: each renderer of
 * `facts.ts` against its Astro component, on the same data. The previews' `h` is React's
 * createElement; here it builds a tree that is written out as React would write it, with React's
 * prop names (`className`, `dateTime`, `hrefLang`) turned into attributes.
 */

interface Element {
	tag: string;
	props: Record<string, unknown>;
	children: unknown[];
}
const h: H = (tag, props, ...children): Element => ({ tag, props: props ?? {}, children });
const render = factRenderers(h);

const attributeNames: Record<string, string> = {
	className: 'class',
	dateTime: 'datetime',
	hrefLang: 'hreflang',
};
const escape = (s: string) =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
	);

function isElement(node: unknown): node is Element {
	return typeof node === 'object' && node !== null && 'tag' in node && 'props' in node;
}

/** A tree of `h` as HTML: what React does for these elements, minus its own escaping details. */
function html(node: unknown): string {
	if (Array.isArray(node)) return node.map(html).join('');
	if (typeof node === 'string') return escape(node);
	if (!isElement(node)) return '';
	const attributes = Object.entries(node.props)
		.filter(([name, v]) => name !== 'key' && v !== undefined && v !== null && v !== false)
		.map(([name, v]) => {
			const attribute = attributeNames[name] ?? name;
			return v === true ? ` ${attribute}` : ` ${attribute}="${escape(String(v))}"`;
		})
		.join('');
	return `<${node.tag}${attributes}>${node.children.map(html).join('')}</${node.tag}>`;
}

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const locales: Locale[] = ['vi', 'en'];

describe.each(locales)('in %s, the preview renders as the page', (locale) => {
	test('a policy', async () => {
		for (const sourceUrl of ['https://vanban.chinhphu.vn/', undefined]) {
			const section = policyFacts(
				{
					audience: 'Học sinh lớp 9 & cha mẹ',
					effective: new Date('2026-09-01'),
					source: 'Thông tư 29/2024/TT-BGDĐT',
					sourceUrl,
				},
				locale,
			);
			expect(html(render.factSection(section))).toBe(
				await container.renderToString(FactSection, { props: { section } }),
			);
		}
	});

	test('a legal document, with and without the size of its file', async () => {
		for (const bytes of [41_000, undefined]) {
			const section = documentFacts(
				{
					docType: 'quyet-dinh',
					number: '15/2026/QĐ-UBND',
					issuer: 'Ủy ban nhân dân tỉnh Hà Nam',
					signer: 'Phạm Thị Lan',
					issued: new Date('2026-08-12'),
					effective: new Date('2026-09-01'),
					expired: new Date('2027-09-01'),
					file: { href: '/van-ban/qd/qd.pdf', bytes },
				},
				locale,
			);
			expect(html(render.factSection(section))).toBe(
				await container.renderToString(FactSection, { props: { section } }),
			);
		}
	});

	const consultation: ConsultationInput = {
		respondents: 'Cha mẹ học sinh',
		opensAt: new Date('2026-11-10T01:00:00Z'),
		closesAt: new Date('2026-12-10T10:00:00Z'),
		outcomeAt: new Date('2026-12-20T02:00:00Z'),
		outcome: { text: 'Sở nhận được 412 ý kiến.', lang: locale === 'vi' ? undefined : 'vi' },
		draft: { href: '/lay-y-kien/x/du-thao.pdf', bytes: 48_000 },
		report: { href: '/lay-y-kien/x/bao-cao.pdf', bytes: 45_000 },
		now: new Date(),
	};
	test.each([
		['upcoming', '2026-11-01'],
		['open', '2026-11-20'],
		['closed', '2026-12-15'],
		['with its outcome', '2026-12-21'],
	])('a consultation %s', async (_, now) => {
		const facts = consultationFacts({ ...consultation, now: new Date(now) }, locale);
		expect(html(render.consultation(facts))).toBe(
			await container.renderToString(Consultation, { props: { facts } }),
		);
	});

	test('a claim, with or without its origin and date', async () => {
		for (const origin of [{ text: 'Nhóm Zalo phụ huynh', lang: 'vi' }, undefined])
			for (const claimDate of [new Date('2026-09-05'), undefined]) {
				const claim = claimFacts(
					{ claim: 'Học sinh nghỉ cả tuần.', origin, claimDate, verdict: 'misleading' },
					locale,
				);
				expect(html(render.claim(claim))).toBe(
					await container.renderToString(Claim, { props: { claim } }),
				);
			}
	});

	test('the sources of a clarification', async () => {
		const sources = claimSources(
			[
				{ title: 'Thông tư 27/2023/TT-BGDĐT', url: 'https://vanban.chinhphu.vn/' },
				{ title: "Giải thích chính sách 'miễn học phí'", url: '/chinh-sach/mien-hoc-phi/' },
			],
			locale,
		);
		expect(html(render.sources(sources))).toBe(
			await container.renderToString(Sources, { props: { sources } }),
		);
	});
});
