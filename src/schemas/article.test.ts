import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { articleSchema, articleTranslationSchema } from './article';
import { pageTranslationSchema } from './page';
import { policySchema, policyTranslationSchema } from './policy';

// Outside a build, `image()` is a plain file name; the build resolves it to image metadata.
const ctx = { image: () => z.string() } as unknown as SchemaContext;

const valid = {
	title: 'Khai giảng năm học mới',
	summary: 'Tóm tắt.',
	date: '2026-09-05T07:30:00+07:00',
	topics: ['chuong-trinh-giao-duc'],
	unit: 'so-gddt',
};

/** The messages zod reports, by field. */
function errors(schema: z.ZodType, data: unknown): Record<string, string> {
	const result = schema.safeParse(data);
	if (result.success) return {};
	return Object.fromEntries(
		result.error.issues.map((i) => [i.path.join('.') || '(root)', i.message]),
	);
}

describe('articleSchema', () => {
	const schema = articleSchema(ctx);

	test('accepts a complete Vietnamese file and fills defaults', () => {
		const data = schema.parse(valid) as { date: Date; draft: boolean; featured: boolean };
		expect(data.date.toISOString()).toBe('2026-09-05T00:30:00.000Z');
		expect(data.draft).toBe(false);
		expect(data.featured).toBe(false);
	});

	test('publishAt: a date-time with an offset; without one it fails, naming the field in Vietnamese', () => {
		const ok = schema.parse({ ...valid, publishAt: '2026-09-05T07:30:00.000+07:00' }) as {
			publishAt: Date;
		};
		expect(ok.publishAt.toISOString()).toBe('2026-09-05T00:30:00.000Z');
		expect(
			(schema.parse({ ...valid, publishAt: '' }) as { publishAt?: Date }).publishAt,
		).toBeUndefined();
		for (const publishAt of ['2026-09-05T07:30:00', '2026-09-05', '2026-09-05T07:30'])
			expect(errors(schema, { ...valid, publishAt }).publishAt).toMatch(
				/^"publishAt" \(Hẹn giờ đăng\) phải có ngày, giờ và múi giờ/,
			);
	});

	test('the date readers see is not before the time the item goes live', () => {
		expect(errors(schema, { ...valid, publishAt: '2026-09-06T07:30:00+07:00' }).date).toMatch(
			/^Ngày đăng "date" không được trước giờ hẹn đăng "publishAt"/,
		);
		expect(errors(schema, { ...valid, publishAt: '2026-09-05T07:30:00+07:00' })).toEqual({});
	});

	test('a translation cannot carry its own publishAt: it follows the Vietnamese file', () => {
		expect(
			errors(articleTranslationSchema, {
				title: 'T',
				summary: 'S',
				publishAt: '2026-09-05T07:30:00+07:00',
			})['(root)'],
		).toMatch(/publishAt/);
	});

	test('stores titles composed (NFC) even when pasted decomposed (NFD)', () => {
		const title = 'Đào tạo giáo viên';
		const data = schema.parse({ ...valid, title: title.normalize('NFD') }) as { title: string };
		expect(data.title).toBe(title.normalize('NFC'));
		expect(data.title).not.toBe(title.normalize('NFD'));
	});

	test('says which required field is missing, in Vietnamese and English', () => {
		const { title, ...rest } = valid;
		expect(errors(schema, rest).title).toBe(
			'Thiếu "title": trường này bắt buộc. (title is required.)',
		);
	});

	test('asks for alt text whenever there is a cover', () => {
		expect(errors(schema, { ...valid, cover: 'cover.jpg' }).coverAlt).toContain('coverAlt');
		expect(errors(schema, { ...valid, cover: 'cover.jpg', coverAlt: 'Học sinh' })).toEqual({});
	});

	test('rejects an impossible order of dates and a date that is not one', () => {
		expect(errors(schema, { ...valid, updated: '2026-01-01' }).updated).toContain('updated');
		expect(errors(schema, { ...valid, date: 'hôm qua' }).date).toContain('2026-11-20');
	});

	test('needs at least one topic and names an unknown field', () => {
		expect(errors(schema, { ...valid, topics: [] }).topics).toContain('ít nhất một');
		expect(errors(schema, { ...valid, titel: 'x' })['(root)']).toContain('titel');
	});

	test('rejects a slug-unsafe unit id', () => {
		expect(errors(schema, { ...valid, unit: 'Sở GDĐT' }).unit).toContain('chữ thường');
	});
});

describe('policySchema', () => {
	test('needs audience, effective date and source document', () => {
		const e = errors(policySchema(ctx), valid);
		expect(Object.keys(e).sort()).toEqual(['audience', 'effective', 'source']);
	});
});

describe('translation schemas', () => {
	test('accept a stub without a title (not translated)', () => {
		expect(errors(articleTranslationSchema, {})).toEqual({});
		expect(errors(articleTranslationSchema, { coverAlt: 'x' })).toEqual({});
	});

	test('need the rest of the translation once there is a title', () => {
		expect(Object.keys(errors(articleTranslationSchema, { title: 'Opening' }))).toEqual([
			'summary',
		]);
		expect(
			Object.keys(errors(policyTranslationSchema, { title: 'Opening', summary: 's' })),
		).toEqual(['audience']);
	});

	test('reject shared fields, which belong in the Vietnamese file', () => {
		expect(
			errors(articleTranslationSchema, { title: 'T', summary: 's', date: '2026-01-01' })['(root)'],
		).toContain('index.vi.md');
	});

	test('take an English URL slug only in slug form', () => {
		expect(
			errors(articleTranslationSchema, { title: 'T', summary: 's', slug: 'new-school-year' }),
		).toEqual({});
		expect(
			errors(articleTranslationSchema, { title: 'T', summary: 's', slug: 'New School Year' }).slug,
		).toBeDefined();
	});

	test('take the date a translation was made, and say in both languages when it is not one', () => {
		const data = articleTranslationSchema.parse({
			title: 'T',
			summary: 's',
			translated: '2026-10-05',
		}) as { translated?: Date };
		expect(data.translated?.toISOString()).toBe('2026-10-05T00:00:00.000Z');
		expect(
			errors(articleTranslationSchema, { title: 'T', summary: 's', translated: 'hôm qua' })
				.translated,
		).toBe(
			'"translated" phải là ngày hợp lệ, ví dụ 2026-11-20 hoặc 2026-11-20T08:00:00+07:00. (translated must be a valid date.)',
		);
		expect(
			errors(pageTranslationSchema, { title: 'T', summary: 's', translated: 'chưa rõ' }).translated,
		).toContain('(translated must be a valid date.)');
	});

	test('keep the translation date out of the Vietnamese file, naming the field', () => {
		const root = errors(articleSchema(ctx), { ...valid, translated: '2026-10-05' })['(root)'];
		expect(root).toContain('Trường không hợp lệ: translated.');
		expect(root).toContain('(Unknown field: check its spelling.)');
	});
});

describe('dates', () => {
	test('refuse a date-time written as text without an offset, naming the fix', () => {
		expect(errors(articleSchema(ctx), { ...valid, date: '2026-09-05T07:30' }).date).toContain(
			'+07:00',
		);
		expect(errors(articleSchema(ctx), { ...valid, date: '2026-09-05 07:30' }).date).toContain(
			'thiếu múi giờ',
		);
	});

	test('take a date alone, a date-time with an offset, and a YAML timestamp', () => {
		const parsed = (date: unknown) => articleSchema(ctx).parse({ ...valid, date }).date;
		expect(parsed('2026-09-05')).toEqual(new Date('2026-09-05T00:00:00Z'));
		expect(parsed('2026-09-05T07:30+07:00')).toEqual(new Date('2026-09-05T00:30:00Z'));
		expect(parsed(new Date('2026-09-05T00:30:00Z'))).toEqual(new Date('2026-09-05T00:30:00Z'));
	});
});
