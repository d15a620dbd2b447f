import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { articleKinds, kinds, registries } from '~/schemas/kinds';
import { backendFromEnv } from './backend';
import { cmsConfig } from './config';
import { entryProblems, problemsMessage, RefusedSave, registerValidation } from './validate';

const ctx = { image: () => z.string() } as unknown as SchemaContext;

/** A valid Vietnamese file of every kind, as the CMS holds it (dates as the widgets store them). */
const article = {
	title: 'Khai giảng năm học mới',
	summary: 'Các trường tổ chức lễ khai giảng.',
	date: '2026-09-05T01:00:00.000Z',
	topics: ['chuyen-doi-so'],
	unit: 'so-gddt',
	cover: '',
	coverAlt: '',
	coverCaption: '',
	featured: false,
	draft: false,
	changes: [],
	updated: '',
	withdrawnAt: '',
	withdrawnReason: '',
	slug: '',
	body: 'Nội dung.',
};
const valid: Record<string, Record<string, unknown>> = {
	news: article,
	stories: article,
	policies: { ...article, audience: 'Học sinh lớp 10', effective: '2026-09-01', source: 'TT 32' },
	consultations: {
		...article,
		respondents: 'Cha mẹ học sinh',
		document: 'du-thao.pdf',
		opensAt: '2026-09-01T01:00:00.000Z',
		closesAt: '2026-10-01T10:00:00.000Z',
		outcomeAt: '',
		outcome: '',
		howToRespond: '',
		outcomeDocument: '',
	},
	clarifications: {
		...article,
		claim: 'Học sinh phải đóng tiền sách.',
		verdict: 'false',
		sources: [{ title: 'Công văn 12', url: '/van-ban/cong-van-12/' }],
	},
	press: { ...article, spokesperson: 'tran-van-minh' },
	pages: { title: 'Giới thiệu', summary: 'Về Sở.', order: 100, draft: false, body: 'Nội dung.' },
	documents: {
		docType: 'quyet-dinh',
		number: '15/2026/QĐ-UBND',
		title: 'Ban hành quy định dạy thêm',
		summary: 'Quy định mới.',
		issuer: 'UBND tỉnh',
		signer: 'Nguyễn Văn A',
		issued: '2026-03-01',
		effective: '2026-03-15',
		expired: '',
		file: 'qd-15.pdf',
		// What Decap's select holds once every topic of an optional list is removed.
		topics: null,
		draft: false,
		body: '',
	},
	alerts: {
		severity: 'warning',
		text: { vi: 'Nghỉ học do bão.', en: '' },
		item: 'press/thong-cao-ve-ke-hoach-ung-pho-ret-dam-ret-hai',
		startsAt: '2026-10-01T00:00:00.000Z',
		expiresAt: '2026-10-02T00:00:00.000Z',
	},
};

/** A rule: its name, the collection, the Vietnamese and English data, the field, the build's words. */
type Rule = [
	rule: string,
	collection: string,
	vi: Record<string, unknown>,
	en: Record<string, unknown>,
	field: string,
	says: RegExp,
];

/** What the build says of a file: the schema's own message for a field, or undefined. */
function buildSays(collection: string, data: object, locale: 'vi' | 'en', field: string) {
	const schema =
		collection in registries
			? registries[collection as keyof typeof registries]
			: locale === 'vi'
				? kinds[collection as keyof typeof kinds].source(ctx)
				: kinds[collection as keyof typeof kinds].translation;
	// The file admin/format.ts writes: no body in the frontmatter, no empty values.
	const { body: _body, ...fields } = data as Record<string, unknown>;
	const written = Object.fromEntries(
		Object.entries(fields).filter(([, v]) => v !== '' && v != null),
	);
	return schema
		.safeParse(collection in registries ? fields : written)
		.error?.issues.find((i) => i.path[0] === field)?.message;
}

describe('entryProblems', () => {
	test.each(Object.entries(valid))('accepts a valid %s entry as the CMS holds it', (name, data) => {
		expect(entryProblems(name, { vi: data, en: {} })).toEqual([]);
	});

	/**
	 * Every cross-field rule of `src/schemas` (`superRefine`/`refine`): the entry that breaks it, the
	 * field the build names, and a piece of the build's message (so a rule that vanishes fails here).
	 */
	const rules: Rule[] = [
		...articleKinds.map(
			(k) =>
				[
					`${k}: a cover needs coverAlt`,
					k,
					{ ...valid[k], cover: 'cover.jpg', coverAlt: '' },
					{},
					'coverAlt',
					/coverAlt/,
				] satisfies Rule,
		),
		...articleKinds.map(
			(k) =>
				[
					`${k}: withdrawnAt needs withdrawnReason`,
					k,
					{ ...valid[k], withdrawnAt: '2026-10-01T00:00:00.000Z' },
					{},
					'withdrawnReason',
					/withdrawnReason/,
				] satisfies Rule,
		),
		...articleKinds.map(
			(k) =>
				[
					`${k}: updated not before date`,
					k,
					{ ...valid[k], updated: '2026-09-04T00:00:00.000Z' },
					{},
					'updated',
					/không được trước ngày đăng/,
				] satisfies Rule,
		),
		...articleKinds.map(
			(k) =>
				[
					`${k}: date not before publishAt`,
					k,
					{ ...valid[k], publishAt: '2099-12-10T09:00:00.000+07:00' },
					{},
					'date',
					/không được trước giờ hẹn đăng "publishAt"/,
				] satisfies Rule,
		),
		[
			'consultation: closesAt after opensAt',
			'consultations',
			{ ...valid.consultations, closesAt: '2026-08-01T00:00:00.000Z' },
			{},
			'closesAt',
			/"closesAt" phải sau "opensAt"/,
		],
		[
			'consultation: closesAt equal to opensAt',
			'consultations',
			{ ...valid.consultations, closesAt: valid.consultations!.opensAt },
			{},
			'closesAt',
			/"closesAt" phải sau "opensAt"/,
		],
		[
			'consultation: outcomeAt needs outcome',
			'consultations',
			{ ...valid.consultations, outcomeAt: '2026-10-05T00:00:00.000Z' },
			{},
			'outcome',
			/cần nội dung "outcome"/,
		],
		[
			'consultation: outcome needs outcomeAt',
			'consultations',
			{ ...valid.consultations, outcome: 'Đã tiếp thu 40 ý kiến.' },
			{},
			'outcomeAt',
			/cần ngày công bố "outcomeAt"/,
		],
		[
			'consultation: outcomeAt not before closesAt',
			'consultations',
			{ ...valid.consultations, outcome: 'Kết quả.', outcomeAt: '2026-09-15T00:00:00.000Z' },
			{},
			'outcomeAt',
			/trước khi hết hạn góp ý/,
		],
		[
			'document: effective not before issued',
			'documents',
			{ ...valid.documents, effective: '2026-02-01' },
			{},
			'effective',
			/không được trước ngày ban hành/,
		],
		[
			'document: expired after effective',
			'documents',
			{ ...valid.documents, expired: '2026-03-10' },
			{},
			'expired',
			/"expired" phải sau ngày có hiệu lực/,
		],
		[
			'document: expired after issued when there is no effective date',
			'documents',
			{ ...valid.documents, effective: '', expired: '2026-02-10' },
			{},
			'expired',
			/"expired" phải sau ngày có hiệu lực/,
		],
		[
			'alert: expiresAt after startsAt',
			'alerts',
			{ ...valid.alerts, expiresAt: '2026-09-30T00:00:00.000Z' },
			{},
			'expiresAt',
			/"expiresAt" phải sau "startsAt"/,
		],
		...(
			[
				['news', 'summary'],
				['stories', 'summary'],
				['policies', 'audience'],
				['consultations', 'respondents'],
				['clarifications', 'claim'],
				['press', 'summary'],
				['pages', 'summary'],
			] as const
		).map(
			([k, field]) =>
				[
					`${k}: a translation with a title needs ${field}`,
					k,
					valid[k]!,
					{
						title: 'An English title',
						summary: 'S.',
						audience: 'A.',
						respondents: 'R.',
						claim: 'C.',
						[field]: '',
					},
					field,
					new RegExp(`Bản dịch có tiêu đề thì cũng cần "${field}"`),
				] satisfies Rule,
		),
		...(['summary', 'issuer'] as const).map(
			(field) =>
				[
					`documents: a translation with a title needs ${field}`,
					'documents',
					valid.documents!,
					{ title: 'Regulation on extra classes', summary: 'S.', issuer: 'I.', [field]: '' },
					field,
					new RegExp(`Bản dịch có tiêu đề thì cũng cần "${field}"`),
				] satisfies Rule,
		),
		[
			'press: a press release needs a spokesperson',
			'press',
			{ ...valid.press, spokesperson: '' },
			{},
			'spokesperson',
			/spokesperson/,
		],
	];

	test.each(rules)('%s', (_rule, collection, vi, en, field, says) => {
		const locale = Object.keys(en).length ? 'en' : 'vi';
		const expected = buildSays(collection, locale === 'vi' ? vi : en, locale, field);
		expect(expected, 'the build rejects this file').toMatch(says);
		const problems = entryProblems(collection, { vi, en });
		expect(problems).toContainEqual({ locale, field, message: expected });
	});

	test('leaves out of a Markdown file what the format leaves out: empty values', () => {
		expect(entryProblems('pages', { vi: { ...valid.pages, order: '' } })).toEqual([]);
		expect(buildSays('pages', { ...valid.pages, order: '' }, 'vi', 'order')).toBeUndefined();
		expect(entryProblems('pages', { vi: { ...valid.pages, order: 'x' } })).toEqual([
			{ locale: 'vi', field: 'order', message: buildSays('pages', { order: 'x' }, 'vi', 'order') },
		]);
	});

	test('a publishAt without its offset is refused before saving, and one with +07:00 accepted', () => {
		const at = (publishAt: string) =>
			entryProblems('press', {
				vi: { ...valid.press, date: '2026-09-05T09:00:00.000+07:00', publishAt },
				en: {},
			});
		expect(at('2026-09-05T08:00:00')).toEqual([
			expect.objectContaining({
				field: 'publishAt',
				message: expect.stringMatching(
					/^"publishAt" \(Hẹn giờ đăng\) phải có ngày, giờ và múi giờ/,
				),
			}),
		]);
		expect(at('2026-09-05T08:00:00.000+07:00')).toEqual([]);
	});

	test('a translation nobody wrote (no title) is not checked further', () => {
		expect(entryProblems('news', { vi: valid.news, en: { title: '', summary: '' } })).toEqual([]);
	});

	test('names the field as the form labels it, and the language pane', () => {
		const config = cmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://example.edu.vn' });
		const labels = Object.fromEntries(
			config.collections
				.flatMap((c) => ('fields' in c && c.name === 'news' ? c.fields : []))
				.map((f) => [f.name, f.label]),
		);
		const problems = entryProblems('news', {
			vi: { ...valid.news, cover: 'cover.jpg' },
			en: { title: 'A title' },
		});
		const message = problemsMessage(problems, labels);
		expect(message).toContain(`«${labels.coverAlt}»: Ảnh bìa cần lời mô tả "coverAlt"`);
		expect(message).toContain(`«${labels.summary}» (English): Bản dịch có tiêu đề thì cũng cần`);
	});
});

describe('blocks of a body', () => {
	const gallery = (alt: string) =>
		`Mở đầu.\n\n<Gallery>\n<Photo src="anh-1.jpg" alt="${alt}" />\n</Gallery>`;

	test('a gallery photo without a description is refused in the pane it is in', () => {
		expect(
			entryProblems('news', { vi: { ...valid.news, body: gallery('Học sinh vào lớp') } }),
		).toEqual([]);
		const problems = entryProblems('news', {
			vi: { ...valid.news, body: gallery('Học sinh vào lớp') },
			en: { title: 'A title', summary: 'A summary.', body: gallery(' ') },
		});
		expect(problems).toEqual([
			{
				locale: 'en',
				field: 'body',
				message: expect.stringContaining('ảnh "anh-1.jpg" trong bộ ảnh chưa có mô tả'),
			},
		]);
	});

	test('only articles are checked: a static page has no blocks to check', () => {
		expect(entryProblems('pages', { vi: { ...valid.pages, body: gallery('') } })).toEqual([]);
	});
});

describe('registerValidation', () => {
	/** A stand-in for Decap: keeps the listener and hands it an entry shaped like Decap's. */
	function cmsWith(collection: string, vi: object, en?: object) {
		let handler: ((e: { entry: never }) => unknown) | undefined;
		const map = (o: object | undefined) => o && { toJS: () => o };
		const entry = {
			get: () => collection,
			getIn: (path: string[]) => map(path[0] === 'data' ? vi : path[1] === 'en' ? en : undefined),
		};
		registerValidation(
			{ registerEventListener: (l) => void (handler = l.handler as typeof handler) },
			cmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://example.edu.vn' }),
		);
		return () => handler!({ entry: entry as never });
	}

	test('lets a valid entry through unchanged', () => {
		expect(cmsWith('news', valid.news!, {})()).toBeUndefined();
	});

	test("refuses a save the build would reject, with the build's message naming the field", () => {
		const save = cmsWith('consultations', {
			...valid.consultations,
			closesAt: '2026-08-01T00:00:00.000Z',
		});
		expect(save).toThrow(RefusedSave);
		expect(save).toThrow(/«Hạn cuối góp ý»: "closesAt" phải sau "opensAt"/);
		try {
			save();
		} catch (error) {
			expect(String(error)).not.toMatch(/^Error/);
		}
	});
});
