import { describe, expect, test } from 'vitest';
import {
	codePointLength,
	isConsultationId,
	limits,
	normaliseText,
	parseFeedback,
	respondentGroups,
	type ConsultationWindow,
} from './validate';

const locales = ['vi', 'en'] as const;
const consultations: Record<string, ConsultationWindow> = {
	'du-thao-day-them-2026': {
		opensAt: new Date('2026-11-01T00:00:00+07:00'),
		closesAt: new Date('2026-12-01T00:00:00+07:00'),
	},
};
const lookup = (id: string) => (Object.hasOwn(consultations, id) ? consultations[id] : undefined);
const during = new Date('2026-11-15T09:00:00+07:00');
const good = {
	consultation: 'du-thao-day-them-2026',
	group: 'parent',
	text: 'Đề nghị giữ quy định về dạy thêm trong nhà trường.',
	locale: 'vi',
};
const parse = (fields: Record<string, unknown>, now = during) =>
	parseFeedback(fields, lookup, now, locales);

describe('parseFeedback', () => {
	test('a consultation scheduled for later is unknown until its publishAt, then open', () => {
		const scheduled: ConsultationWindow = {
			opensAt: new Date('2026-11-01T00:00:00+07:00'),
			closesAt: new Date('2026-12-01T00:00:00+07:00'),
			publishAt: new Date('2026-11-20T09:00:00+07:00'),
		};
		const fields = { ...good, consultation: 'hen-gio' };
		const at = (iso: string) =>
			parseFeedback(
				fields,
				(id) => (id === 'hen-gio' ? scheduled : undefined),
				new Date(iso),
				locales,
			);
		expect(at('2026-11-20T08:59:59+07:00')).toEqual({
			ok: false,
			status: 404,
			errors: { consultation: 'unknown' },
		});
		expect(at('2026-11-20T09:00:00+07:00')).toMatchObject({ ok: true });
	});

	test('accepts a valid response and keeps exactly the four fields', () => {
		const result = parse({
			...good,
			website: '',
			name: 'Nguyễn Văn A',
			email: 'a@example.vn',
			ip: '203.0.113.9',
		});
		expect(result).toEqual({ ok: true, value: good });
		if (result.ok)
			expect(Object.keys(result.value).sort()).toEqual(['consultation', 'group', 'locale', 'text']);
	});

	test('gives the default locale (the first) when none is sent', () => {
		const { locale: _, ...fields } = good;
		const result = parse(fields);
		expect(result.ok && result.value.locale).toBe('vi');
		expect(parseFeedback(fields, lookup, during, ['en', 'vi'])).toMatchObject({
			ok: true,
			value: { locale: 'en' },
		});
	});

	test('accepts every respondent group and no other', () => {
		for (const group of respondentGroups) expect(parse({ ...good, group }).ok).toBe(true);
		expect(parse({ ...good, group: 'Student' })).toEqual({
			ok: false,
			status: 400,
			errors: { group: 'invalid' },
		});
		expect(parse({ ...good, group: 'admin' })).toEqual({
			ok: false,
			status: 400,
			errors: { group: 'invalid' },
		});
		expect(parse({ ...good, group: '' })).toEqual({
			ok: false,
			status: 400,
			errors: { group: 'required' },
		});
	});

	test('refuses a locale the site does not have', () => {
		expect(parse({ ...good, locale: 'fr' })).toEqual({
			ok: false,
			status: 400,
			errors: { locale: 'invalid' },
		});
	});

	test('a filled honeypot is spam, and only that is said', () => {
		expect(parse({ ...good, website: 'http://spam.example' })).toEqual({
			ok: false,
			status: 400,
			errors: { website: 'spam' },
		});
		expect(parse({ website: 'x' })).toEqual({
			ok: false,
			status: 400,
			errors: { website: 'spam' },
		});
		expect(parse({ ...good, website: ['x'] })).toEqual({
			ok: false,
			status: 400,
			errors: { website: 'spam' },
		});
	});

	test('reports every missing field at once', () => {
		expect(parse({})).toEqual({
			ok: false,
			status: 400,
			errors: { consultation: 'required', group: 'required', text: 'required' },
		});
	});

	test('non-string values are invalid, never coerced', () => {
		expect(
			parse({
				consultation: ['du-thao-day-them-2026'],
				group: { toString: () => 'parent' },
				text: 12345678901,
				locale: ['vi'],
			}),
		).toEqual({
			ok: false,
			status: 400,
			errors: { consultation: 'invalid', group: 'invalid', text: 'invalid', locale: 'invalid' },
		});
	});

	test('checks the consultation id before looking it up', () => {
		const seen: string[] = [];
		const spy = (id: string) => (seen.push(id), lookup(id));
		for (const consultation of [
			'Du-Thao',
			'du_thao',
			'du--thao',
			'-du-thao',
			'du-thao-',
			'../etc/passwd',
			'dự-thảo',
			' du-thao',
		])
			expect(parseFeedback({ ...good, consultation }, spy, during, locales)).toEqual({
				ok: false,
				status: 400,
				errors: { consultation: 'invalid' },
			});
		expect(parseFeedback({ ...good, consultation: 'a'.repeat(201) }, spy, during, locales)).toEqual(
			{ ok: false, status: 400, errors: { consultation: 'tooLong' } },
		);
		expect(seen).toEqual([]);
		expect(isConsultationId('a'.repeat(200))).toBe(true);
		expect(isConsultationId('a'.repeat(201))).toBe(false);
	});

	test('an unknown consultation is 404, whatever else is wrong', () => {
		expect(parse({ ...good, consultation: 'khong-co' })).toEqual({
			ok: false,
			status: 404,
			errors: { consultation: 'unknown' },
		});
		expect(parse({ consultation: 'khong-co', text: 'ngắn' })).toEqual({
			ok: false,
			status: 404,
			errors: { consultation: 'unknown' },
		});
	});

	test('a lookup answer without real dates is unknown, not open', () => {
		// A lookup written as `table[id]` on a plain object answers "constructor" with a function.
		const careless = (id: string) =>
			(({ constructor: Object }) as Record<string, unknown>)[id] as ConsultationWindow | undefined;
		expect(
			parseFeedback({ ...good, consultation: 'constructor' }, careless, during, locales),
		).toEqual({ ok: false, status: 404, errors: { consultation: 'unknown' } });
		const broken = () => ({ opensAt: new Date('not a date'), closesAt: new Date('2030-01-01') });
		expect(parseFeedback(good, broken, during, locales)).toMatchObject({ status: 404 });
	});

	test('accepts from the opening instant until just before the closing one', () => {
		const { opensAt, closesAt } = consultations['du-thao-day-them-2026']!;
		expect(parse(good, new Date(opensAt.getTime() - 1))).toEqual({
			ok: false,
			status: 409,
			errors: { consultation: 'notOpenYet' },
		});
		expect(parse(good, opensAt).ok).toBe(true);
		expect(parse(good, new Date(closesAt.getTime() - 1)).ok).toBe(true);
		expect(parse(good, closesAt)).toEqual({
			ok: false,
			status: 409,
			errors: { consultation: 'closed' },
		});
		// Closed wins over a text the reader could otherwise fix.
		expect(parse({ ...good, text: 'ngắn' }, closesAt)).toEqual({
			ok: false,
			status: 409,
			errors: { consultation: 'closed' },
		});
	});

	test('text length is counted in code points after normalisation, within the limits', () => {
		const nine = 'ệ'.repeat(limits.textMin - 1);
		expect(parse({ ...good, text: nine })).toEqual({
			ok: false,
			status: 400,
			errors: { text: 'tooShort' },
		});
		expect(parse({ ...good, text: `${nine}ệ` }).ok).toBe(true);
		// 1,700 letters typed decomposed (e + two combining marks each) are 5,100 code points before NFC.
		expect(parse({ ...good, text: 'ệ'.normalize('NFD').repeat(1700) }).ok).toBe(true);
		// Emoji are two UTF-16 units but one code point each.
		expect(parse({ ...good, text: '👍'.repeat(limits.textMax) }).ok).toBe(true);
		expect(parse({ ...good, text: '👍'.repeat(limits.textMax + 1) })).toEqual({
			ok: false,
			status: 400,
			errors: { text: 'tooLong' },
		});
		// Surrounding white space does not count.
		expect(parse({ ...good, text: `   ${nine}   ` })).toMatchObject({
			errors: { text: 'tooShort' },
		});
		expect(parse({ ...good, text: ' \n\t ' })).toMatchObject({ errors: { text: 'required' } });
	});

	test('stores the normalised text', () => {
		const result = parse({
			...good,
			text: ' Ý kiến\r\nthứ hai\u0000\u0007\u200B\r '.normalize('NFD'),
		});
		expect(result.ok && result.value.text).toBe('Ý kiến\nthứ hai\u200B'.normalize('NFC'));
	});

	test('needs at least one locale code', () => {
		expect(() => parseFeedback(good, lookup, during, [])).toThrow(TypeError);
	});
});

describe('normaliseText', () => {
	test('composes, unifies line ends, strips control characters but newline and tab, trims', () => {
		expect(normaliseText('Ho\u0323c sinh')).toBe('Học sinh');
		expect(normaliseText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
		expect(normaliseText('a\tb\u0000c\u001Bd\u007Fe\u0085f\u009Fg')).toBe('a\tbcdefg');
		expect(normaliseText('\n\t  Góp ý  \u00A0\n')).toBe('Góp ý');
		expect(normaliseText('x\uD800y')).toBe('x\uFFFDy');
	});

	test('counts code points', () => {
		expect(codePointLength('Học sinh')).toBe(8);
		expect(codePointLength('👍👍')).toBe(2);
	});
});

describe('limits', () => {
	/** A multipart/form-data body as a browser sends it, to size bodyMaxBytes against. */
	const multipart = (fields: Record<string, string>) =>
		Object.entries(fields)
			.map(
				([name, value]) =>
					`------WebKitFormBoundaryABCDEFGHIJKLMNOP\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
			)
			.join('') + '------WebKitFormBoundaryABCDEFGHIJKLMNOP--\r\n';
	const typical = 'Đề nghị bổ sung quy định về trách nhiệm của nhà trường. '
		.repeat(200)
		.slice(0, limits.textMax);
	// The densest Vietnamese: every character three bytes of UTF-8 (precomposed letters with two marks).
	const densest = 'ệ'.repeat(limits.textMax);

	test('a longest typical Vietnamese response fits in the body limit, multipart or URL-encoded', () => {
		expect(codePointLength(typical)).toBe(limits.textMax);
		expect(Buffer.byteLength(multipart({ ...good, text: typical, website: '' }))).toBeLessThan(
			limits.bodyMaxBytes,
		);
		expect(
			Buffer.byteLength(new URLSearchParams({ ...good, text: typical, website: '' }).toString()),
		).toBeLessThan(limits.bodyMaxBytes);
	});

	test('the densest longest response fits URL-encoded too (URL-encoding triples each byte), with little to spare', () => {
		const encoded = Buffer.byteLength(
			new URLSearchParams({ ...good, text: densest, website: '' }).toString(),
		);
		expect(encoded).toBeLessThan(limits.bodyMaxBytes);
		expect(encoded).toBeGreaterThan(limits.bodyMaxBytes * 0.9);
	});
});
