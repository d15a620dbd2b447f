import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { identitySchema } from '~/schemas/settings';
import { spokespersonSchema, unitSchema } from '~/schemas/registry';
import { root, readResults } from './builds';
import { Dist } from './dist';

/**
 * One identity, one set of facts (issue 13): the Department's phone, hotline and e-mail shown on the
 * site are those of content/settings/identity.yml, wherever they appear; the content mentions no
 * other number or address of the sector than the registries'; and no public file shows a
 * placeholder.
 */
const content = join(root, 'content');
const yaml = (path: string) => load(readFileSync(join(content, path), 'utf8'));
const identity = identitySchema.parse(yaml('settings/identity.yml'));
const registry = <T>(dir: string, parse: (data: unknown) => T) =>
	readdirSync(join(content, dir))
		.filter((n) => n.endsWith('.yml'))
		.map((n) => parse(yaml(`${dir}/${n}`)));
const spokespeople = registry('spokespeople', (d) => spokespersonSchema.parse(d));
const units = registry('units', (d) => unitSchema.parse(d));

const results = readResults();
const dist = new Dist(results.site!.outDir);

/** The identity's contacts as a page shows them. */
function contacts(doc: HTMLElement) {
	return doc.querySelectorAll('[data-identity]').map((block) => ({
		phone: block.querySelector('[data-identity-phone]')?.text,
		hotline: block.querySelector('[data-identity-hotline]')?.text,
		email: block.querySelector('[data-identity-email]')?.text,
	}));
}

const expected = { phone: identity.phone, hotline: identity.hotline, email: identity.email };

describe("the Department's identity on the built site", () => {
	test.each([
		['/lien-he/', 2],
		['/en/contact/', 2],
		['/phong-bao-chi/', 2],
		['/en/press-room/', 2],
		['/co-cau-to-chuc/', 2],
		['/', 1],
		['/en/', 1],
	] as const)('%s shows the settings’ phone, hotline and e-mail in each block', (path, blocks) => {
		const shown = contacts(dist.html(path));
		// The footer's, plus the page's own on the contact, organisation and press pages.
		expect(shown).toHaveLength(blocks);
		for (const block of shown) expect(block).toEqual(expected);
	});

	test('the contact page lists every registered spokesperson with their phone and e-mail, in both languages', () => {
		for (const path of ['/lien-he/', '/en/contact/']) {
			const people = dist.html(path).querySelectorAll('#page-spokespeople ~ ul .person');
			expect(people.map((p) => p.querySelector('.person__name')!.text).sort()).toEqual(
				spokespeople.map((p) => p.name).sort(),
			);
			for (const p of spokespeople) {
				const text = people.find((el) => el.text.includes(p.name))!.text;
				expect(text, path).toContain(p.phone);
				expect(text, path).toContain(p.email);
			}
		}
	});

	test("every page's JSON-LD names the Department with the settings' name and contacts", () => {
		for (const [path, lang] of [
			['/', 'vi'],
			['/en/', 'en'],
		] as const) {
			const org = dist
				.html(path)
				.querySelectorAll('script[type="application/ld+json"]')
				.flatMap((s) => [JSON.parse(s.textContent) as Record<string, unknown>].flat())
				.find((o) => o['@type'] === 'GovernmentOrganization')!;
			expect(org).toMatchObject({
				name: identity.name[lang] ?? identity.name.vi,
				telephone: identity.phone,
				email: identity.email,
			});
			expect(org.logo).toMatch(new RegExp(`${identity.logo}$`));
		}
	});

	test('the site name in titles and the header comes from the settings', () => {
		expect(dist.html('/').querySelector('title')!.text).toBe(identity.name.vi);
		expect(dist.html('/lien-he/').querySelector('title')!.text).toContain(identity.shortName.vi);
	});

	test('a policy citing a document of the register links to its page in the register', () => {
		const policy = dist.html(
			'/chinh-sach/tuyen-sinh-lop-10-thpt-cong-lap-nam-hoc-2026-2027-ba-bai-thi/',
		);
		const link = policy
			.querySelectorAll('section.facts a')
			.find((a) => a.getAttribute('href')?.startsWith('/van-ban/'));
		expect(link?.getAttribute('href')).toBe('/van-ban/ke-hoach-1234-kh-sgddt/');
		expect(link?.text).toContain('1234/KH-SGDĐT');
	});
});

describe('the sample content tells one story', () => {
	const markdown = readdirSync(content, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.md'))
		.map((e) => join(e.parentPath, e.name));
	/** Numbers and addresses the registries and settings give: the only ones the text may quote. */
	const phones = new Set(
		[
			identity.phone,
			identity.hotline,
			...spokespeople.map((p) => p.phone),
			...units.map((u) => u.phone),
		]
			.filter((p): p is string => !!p)
			.map((p) => p.replace(/\D/g, '').replace(/^84/, '0')),
	);
	const emails = new Set(
		[identity.email, ...spokespeople.map((p) => p.email), ...units.map((u) => u.email)].filter(
			(e): e is string => !!e,
		),
	);

	test('every phone number in the articles and pages is one of the settings or registries', () => {
		const found = markdown.flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/(?:\+84 ?|0)\d{3} ?\d{3,4} ?\d{3,4}/g)].map(
				(m) => [relative(root, file), m[0]] as const,
			),
		);
		expect(found.length).toBeGreaterThan(3);
		const stray = found.filter(([, n]) => !phones.has(n.replace(/\D/g, '').replace(/^84/, '0')));
		expect(stray).toEqual([]);
	});

	test('every e-mail address in the articles and pages is one of the settings or registries', () => {
		const found = markdown.flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map(
				(m) => [relative(root, file), m[0].replace(/\.$/, '')] as const,
			),
		);
		expect(found.length).toBeGreaterThan(0);
		expect(found.filter(([, e]) => !emails.has(e))).toEqual([]);
	});
});

describe('no placeholder in a public file', () => {
	const placeholders = /example\.com|example\.edu\.vn|page\.html|lorem/i;
	const publicFiles = dist
		.files()
		.filter((f) => !f.startsWith('/admin/') && /\.(html|xml|json|txt|webmanifest)$/.test(f));

	test.each(['example.com', 'example.edu.vn', 'page.html', 'lorem'])(
		'the test would see "%s"',
		(word) => expect(placeholders.test(`… ${word} …`)).toBe(true),
	);

	test('no page, feed or JSON file of the site mentions example.com, example.edu.vn, page.html or lorem', () => {
		expect(publicFiles.length).toBeGreaterThan(50);
		const found = publicFiles.flatMap((f) => {
			const m = placeholders.exec(dist.text(f));
			return m ? [`${f}: ${m[0]}`] : [];
		});
		expect(found).toEqual([]);
	});
});
