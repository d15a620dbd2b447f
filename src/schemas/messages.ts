import { z } from 'astro/zod';

/**
 * Field builders whose error messages an editor can act on. Astro prints the file path and the
 * field name in front of each message, so a message says what was expected and how to fix it, in
 * Vietnamese first (the editors' language) and English after.
 */

/** The message of a required text field that is missing or is not text. */
function missingOrNotText(label: string) {
	return (issue: { input: unknown }) =>
		issue.input === undefined
			? `Thiếu "${label}": trường này bắt buộc. (${label} is required.)`
			: `"${label}" phải là chữ. (${label} must be text.)`;
}

/** Required, trimmed, single-line text of bounded length. */
export function text(label: string, max: number) {
	return (
		z
			.string({ error: missingOrNotText(label) })
			.trim()
			// Text pasted from some editors arrives decomposed (NFD); pages, feeds and search want NFC.
			.normalize('NFC')
			.min(1, { error: `"${label}" đang để trống. (${label} must not be empty.)` })
			.max(max, {
				error: `"${label}" dài quá ${max} ký tự. (${label} is longer than ${max} characters.)`,
			})
	);
}

/**
 * A date or date-time, as the frontmatter's YAML gives it: Astro parses with js-yaml, which turns
 * an unquoted timestamp into a `Date`, and the activity report reads the same way
 * (`src/lib/report/parse.ts`), so both agree on every instant:
 * - a date alone (`2026-11-20`) is UTC midnight, 07:00 in Vietnam: that calendar day there, which
 *   is what pages show and the report counts;
 * - a date-time with an offset (`2026-11-20T08:00:00+07:00`) or `Z` is that instant;
 * - a date-time written WITHOUT an offset (`2026-11-20T08:00:00`) is UTC, as YAML reads
 *   timestamps, not Vietnam time: 15:00 there. Write the offset.
 * A value YAML leaves as text (quoted, or without seconds: `2026-11-20T08:00`) would be read by
 * `new Date()` in the build machine's time zone, so such a date-time without an offset is refused
 * with a message asking for one, rather than meaning one instant on one machine and another on
 * the next.
 */
export function date(label: string) {
	const coerced = z.coerce.date({
		error: `"${label}" phải là ngày hợp lệ, ví dụ 2026-11-20 hoặc 2026-11-20T08:00:00+07:00. (${label} must be a valid date.)`,
	});
	return z.preprocess((value, ctx) => {
		if (typeof value === 'string' && hasTime.test(value) && !hasOffset.test(value)) {
			ctx.addIssue({
				code: 'custom',
				input: value,
				message: `"${label}" có giờ nhưng thiếu múi giờ: viết ví dụ ${value.trim()}+07:00 cho giờ Việt Nam. (${label} has a time without an offset: add +07:00.)`,
			});
			return z.NEVER;
		}
		return value;
	}, coerced);
}

/**
 * A date-time that must say its time and offset (`2026-12-10T09:00:00+07:00`), for instants where
 * a guess is costly (an embargo's time). Text without time or offset is refused here; a value YAML
 * already turned into a date (unquoted) is checked on the file's text (`fileProblems` in
 * `src/lib/checks.ts`), where the offset is still visible.
 */
export function dateTimeWithOffset(label: string, what: string) {
	return z.preprocess((value, ctx) => {
		if (typeof value === 'string' && !(hasTime.test(value) && hasOffset.test(value))) {
			ctx.addIssue({
				code: 'custom',
				input: value,
				message: `"${label}" (${what}) phải có ngày, giờ và múi giờ, ví dụ 2026-12-10T09:00:00+07:00 cho giờ Việt Nam. (${label} must be a date-time with an offset such as +07:00.)`,
			});
			return z.NEVER;
		}
		return value;
	}, date(label));
}

/** A time of day in a date-time written as text. */
const hasTime = /\d[T ]\d{1,2}:\d{2}/i;
/** An offset (`Z`, `+07:00`, `+0700`) at the end of a date-time. */
const hasOffset = /(?:Z|[+-]\d{2}(?::?\d{2})?)\s*$/i;

/*
 * The patterns below are exported once and used twice: by the schemas here and, as `.source`, by
 * the CMS fields (`admin/fields.ts`), so an editor hears of a bad value before the build does.
 * Decap compiles a pattern without flags, so none of them may need one.
 */

/** Pattern of a URL slug: lower-case ASCII letters, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Pattern of an e-mail address: zod's own, which `z.email()` checks by default. */
export const emailPattern = z.regexes.email;

/** A URL slug, e.g. `english-title-of-the-article`. */
export function slug(label: string) {
	return z
		.string({ error: missingOrNotText(label) })
		.trim()
		.regex(slugPattern, {
			error: `"${label}" chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ "new-school-year". (${label} must be lower-case ASCII words joined by hyphens.)`,
		});
}

/** A list of registry ids with at least one entry. */
export function ids(label: string) {
	return z
		.array(slug(label), { error: `"${label}" phải là một danh sách. (${label} must be a list.)` })
		.min(1, { error: `Chọn ít nhất một mục cho "${label}". (${label} needs at least one item.)` });
}

/** An e-mail address. */
export function email(label: string) {
	return z.email({
		pattern: emailPattern,
		error: `"${label}" không hợp lệ. (${label} is not a valid address.)`,
	});
}

/** A web address (http or https only). */
export function url(label: string) {
	return z.url({
		protocol: /^https?$/,
		error: `"${label}" phải là địa chỉ web bắt đầu bằng https://. (${label} must be an http(s) URL.)`,
	});
}

/**
 * An object that rejects unknown fields (a misspelt `titel` would otherwise vanish silently),
 * with a message naming them and a hint for this kind of file.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T, hint: string) {
	return z.strictObject(shape, {
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `Trường không hợp lệ: ${issue.keys.join(', ')}. ${hint}`
				: undefined,
	});
}

/**
 * An optional field. Decap CMS writes `''` (or `null`) when an editor clears a field, so an empty
 * value counts as absent rather than failing the build.
 */
export function optional<T extends z.ZodType>(schema: T) {
	return z.preprocess(
		(value) => (value === '' || value === null ? undefined : value),
		schema.optional(),
	);
}
