/**
 * Validation of a reader's response to an open consultation (góp ý dự thảo), before anything is
 * stored. The endpoint hands over the submitted form fields as they came; this module decides
 * what is kept, in which normal form, and which HTTP status a refusal gets.
 *
 * Only erasable TypeScript is used here (no enums, no parameter properties) and relative imports
 * carry their `.ts` extension, because `scripts/feedback-export.mjs` runs these files with Node's
 * built-in type stripping, without a build step.
 */

/** Who is responding; the form shows these as radio buttons and the export counts them. */
export const respondentGroups = [
	'student',
	'parent',
	'teacher',
	'manager',
	'press',
	'other',
] as const;
export type RespondentGroup = (typeof respondentGroups)[number];

/**
 * `textMin` and `textMax` count Unicode code points after normalisation (what a reader sees as
 * characters, whatever the keyboard produced). `bodyMaxBytes` is for the endpoint, which must
 * refuse a larger request body before parsing it. A 5,000-character Vietnamese response is about
 * 7 kB of UTF-8 (13 kB URL-encoded), and 15 kB at worst (every letter with two marks, three bytes
 * each), 45 kB URL-encoded, which is how the form posts (the simplest encoding to read safely with
 * a byte limit): the limit leaves room for that. validate.test.ts measures it.
 */
export const limits = { textMin: 10, textMax: 5000, bodyMaxBytes: 49_152 } as const;

/** The longest consultation id accepted; ids are slugs of the consultation's title. */
export const consultationIdMax = 200;

export type FeedbackField = 'consultation' | 'group' | 'text' | 'locale' | 'website';
export type ErrorCode =
	'required' | 'tooShort' | 'tooLong' | 'invalid' | 'unknown' | 'notOpenYet' | 'closed' | 'spam';
export type FeedbackErrors = Partial<Record<FeedbackField, ErrorCode>>;

/** A response that passed every check: exactly these four fields, nothing else from the form. */
export interface Feedback {
	consultation: string;
	group: RespondentGroup;
	text: string;
	locale: string;
}

/** When a consultation accepts responses: from `opensAt` (inclusive) until `closesAt` (exclusive). */
export interface ConsultationWindow {
	opensAt: Date;
	closesAt: Date;
	/** Scheduled publishing: before this instant the consultation does not exist for readers. */
	publishAt?: Date | undefined;
}

export type ParseResult =
	{ ok: true; value: Feedback } | { ok: false; status: 400 | 404 | 409; errors: FeedbackErrors };

const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True for a well-formed consultation id (a slug of at most 200 characters). */
export function isConsultationId(value: string): boolean {
	return value.length <= consultationIdMax && slug.test(value);
}

/**
 * The text as it will be stored: NFC (so "ệ" typed as e + two combining marks by some keyboards
 * is one character, counted and searched like the precomposed one), LF line ends (a lone CR, as
 * old Mac files have, is a line end too rather than being dropped and gluing two lines), no
 * control characters but newline and tab (they break CSV and spreadsheets, and nobody types them),
 * no lone surrogates (they cannot be written as UTF-8), no surrounding white space.
 */
export function normaliseText(raw: string): string {
	return raw
		.toWellFormed()
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.replace(/[^\P{Cc}\n\t]/gu, '')
		.trim();
}

/** Length in Unicode code points, so an emoji or a rare CJK name counts once, not twice. */
export function codePointLength(text: string): number {
	let n = 0;
	for (const _ of text) n++;
	return n;
}

/**
 * A field's value, only if it is the form's own (an own property), so a field named like an
 * `Object.prototype` member never reads something the reader did not send.
 */
function field(fields: Record<string, unknown>, name: FeedbackField): unknown {
	return Object.hasOwn(fields, name) ? fields[name] : undefined;
}

const isAbsent = (value: unknown): value is undefined | null | '' =>
	value === undefined || value === null || value === '';

/** A lookup answer is trusted only when both dates are real: a missing id must never read as "open". */
function isWindow(value: unknown): value is ConsultationWindow {
	if (typeof value !== 'object' || value === null) return false;
	const { opensAt, closesAt } = value as Partial<ConsultationWindow>;
	return (
		opensAt instanceof Date &&
		closesAt instanceof Date &&
		!Number.isNaN(opensAt.getTime()) &&
		!Number.isNaN(closesAt.getTime())
	);
}

/** One field's outcome: its kept value, or why it was refused. */
type Checked<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };
const accept = <T>(value: T): Checked<T> => ({ ok: true, value });
const refuse = <T>(code: ErrorCode): Checked<T> => ({ ok: false, code });

function checkConsultation(value: unknown): Checked<string> {
	if (isAbsent(value)) return refuse('required');
	if (typeof value !== 'string') return refuse('invalid');
	if (value.length > consultationIdMax) return refuse('tooLong');
	return slug.test(value) ? accept(value) : refuse('invalid');
}

function checkGroup(value: unknown): Checked<RespondentGroup> {
	if (isAbsent(value)) return refuse('required');
	if (typeof value !== 'string') return refuse('invalid');
	return (respondentGroups as readonly string[]).includes(value)
		? accept(value as RespondentGroup)
		: refuse('invalid');
}

function checkText(value: unknown): Checked<string> {
	if (isAbsent(value)) return refuse('required');
	if (typeof value !== 'string') return refuse('invalid');
	const text = normaliseText(value);
	if (text === '') return refuse('required');
	const length = codePointLength(text);
	if (length < limits.textMin) return refuse('tooShort');
	if (length > limits.textMax) return refuse('tooLong');
	return accept(text);
}

function checkLocale(value: unknown, localeCodes: readonly string[]): Checked<string> {
	if (isAbsent(value)) return accept(localeCodes[0]!);
	if (typeof value !== 'string') return refuse('invalid');
	return localeCodes.includes(value) ? accept(value) : refuse('invalid');
}

/**
 * Checks a submitted response. The order of the checks is what a reader needs to be told:
 *
 * 1. A filled honeypot (`website`, hidden from people) is a bot: 400 with only `website: 'spam'`,
 *    so the answer teaches a bot nothing about the other fields.
 * 2. A missing or malformed consultation id is a broken form: 400, with the other fields' errors.
 * 3. An id no consultation has is 404; one that is not open yet or has closed is 409. Only the
 *    consultation error is returned then: there is no point asking a reader to fix a text that
 *    cannot be accepted anyway.
 * 4. Otherwise every field error at once (400), so the form can show them all together.
 *
 * `lookup` is called only with a well-formed id. `now` is passed in (not read from the clock) so
 * the opening and closing instants are testable. `localeCodes` is the site's list of locales, the
 * default first; a response without a locale gets the default.
 */
export function parseFeedback(
	fields: Record<string, unknown>,
	lookup: (id: string) => ConsultationWindow | undefined,
	now: Date,
	localeCodes: readonly string[],
): ParseResult {
	if (localeCodes.length === 0) throw new TypeError('parseFeedback needs at least one locale code');
	if (!isAbsent(field(fields, 'website')))
		return { ok: false, status: 400, errors: { website: 'spam' } };

	const consultation = checkConsultation(field(fields, 'consultation'));
	const group = checkGroup(field(fields, 'group'));
	const text = checkText(field(fields, 'text'));
	const locale = checkLocale(field(fields, 'locale'), localeCodes);

	if (consultation.ok) {
		const window = lookup(consultation.value);
		if (!isWindow(window)) return { ok: false, status: 404, errors: { consultation: 'unknown' } };
		// Not yet published (src/lib/schedule.ts): answered as if it did not exist, so the endpoint
		// does not reveal an embargoed consultation either.
		if (window.publishAt && now.getTime() < window.publishAt.getTime())
			return { ok: false, status: 404, errors: { consultation: 'unknown' } };
		if (now.getTime() < window.opensAt.getTime())
			return { ok: false, status: 409, errors: { consultation: 'notOpenYet' } };
		if (now.getTime() >= window.closesAt.getTime())
			return { ok: false, status: 409, errors: { consultation: 'closed' } };
	}

	if (consultation.ok && group.ok && text.ok && locale.ok) {
		return {
			ok: true,
			value: {
				consultation: consultation.value,
				group: group.value,
				text: text.value,
				locale: locale.value,
			},
		};
	}
	const errors: FeedbackErrors = {};
	if (!consultation.ok) errors.consultation = consultation.code;
	if (!group.ok) errors.group = group.code;
	if (!text.ok) errors.text = text.code;
	if (!locale.ok) errors.locale = locale.code;
	return { ok: false, status: 400, errors };
}
