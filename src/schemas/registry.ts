import { z } from 'astro/zod';
import { defaultLocale, locales, type Locale } from '~/i18n/locales';
import { date, email, optional, strictObject, text, url } from './messages';

/**
 * Registries are YAML files, one per entry, whose file name is the id articles refer to:
 * `content/topics/chuyen-doi-so.yml` is the topic `chuyen-doi-so`.
 */

/**
 * A name in every language: the default locale is required, the others optional (the site falls
 * back to the Vietnamese name, marked with `lang="vi"`, rather than inventing a translation).
 */
export function localized(label: string, max: number) {
	// Object.fromEntries cannot carry per-key types: restated so the output reads { vi: string; en?: string }.
	const shape = Object.fromEntries(
		(Object.keys(locales) as Locale[]).map((l) => [
			l,
			l === defaultLocale ? text(`${label}.${l}`, max) : optional(text(`${label}.${l}`, max)),
		]),
	) as {
		[L in Locale]: L extends typeof defaultLocale
			? ReturnType<typeof text>
			: ReturnType<typeof optional<ReturnType<typeof text>>>;
	};
	return z.strictObject(shape, {
		error: `"${label}" cần tên theo từng ngôn ngữ, ví dụ ${label}: { vi: "…", en: "…" }. (${label} needs one value per language.)`,
	});
}

const registryHint = 'Kiểm tra chính tả tên trường. (Unknown field: check its spelling.)';

/** A theme of the communication plan (section II.1 a–l, and the others of II.2). */
export const topicSchema = strictObject(
	{
		/** Letter of the theme in the plan ("a"…"l"), empty for the other themes. */
		code: optional(z.string().trim().max(3)),
		/** Name of the topic. */
		name: localized('name', 120),
		/** One sentence on what the topic covers. */
		description: optional(localized('description', 400)),
		/** Position in topic lists, smallest first. */
		order: z
			.number({ error: '"order" phải là một số. (order must be a number.)' })
			.int()
			.default(100),
	},
	registryHint,
);

/** What kind of unit a unit is. */
export const unitTypes = ['department', 'division', 'district', 'school'] as const;

/**
 * A unit of the sector: the Department, its divisions, district offices, schools. The Department
 * itself (`type: department`) has its name and contacts in `content/settings/identity.yml`, not
 * here: the catalog fills them in, so every page names it the same.
 */
export const unitSchema = strictObject(
	{
		/** Required, except for the Department (its name is in the identity settings). */
		name: optional(localized('name', 160)),
		/** department (Sở), division (phòng thuộc Sở), district (phòng GDĐT), school (trường). */
		type: z.enum(unitTypes, {
			error: `"type" phải là một trong: ${unitTypes.join(', ')}. (type must be one of ${unitTypes.join(', ')}.)`,
		}),
		/** Id of the unit this one belongs to (a school's district office…). */
		parent: optional(z.string().trim()),
		address: optional(text('address', 300)),
		phone: optional(text('phone', 40)),
		email: optional(email('email')),
		website: optional(url('website')),
		/** Position in unit lists, smallest first. */
		order: z
			.number({ error: '"order" phải là một số. (order must be a number.)' })
			.int()
			.default(100),
	},
	registryHint,
)
	.refine((u) => u.type === 'department' || u.name, {
		path: ['name'],
		message:
			'Thiếu "name": đơn vị cần tên theo từng ngôn ngữ, ví dụ name: { vi: "…", en: "…" }. (name is required.)',
	})
	.refine(
		(u) => u.type !== 'department' || (!u.name && !u.address && !u.phone && !u.email && !u.website),
		{
			path: ['type'],
			message:
				"Tên, địa chỉ, điện thoại, thư điện tử của Sở ghi ở content/settings/identity.yml (Thông tin chung), không ghi ở đơn vị. (The Department's name and contacts belong in content/settings/identity.yml.)",
		},
	);

/**
 * An official spokesperson (Decision 29/2019/QĐ-UBND: only designated people give information to
 * the press). Press releases name one by file name; the press room lists them all.
 */
export const spokespersonSchema = strictObject(
	{
		/** Full name, written the same in every language. */
		name: text('name', 120),
		/** Position, e.g. { vi: "Phó Giám đốc Sở", en: "Deputy Director" }. */
		title: localized('title', 200),
		/** Id of the unit (content/units) the spokesperson speaks for. */
		unit: z.string().trim().min(1),
		phone: text('phone', 40),
		email: email('email'),
		/** Position in the press room, smallest first. */
		order: z
			.number({ error: '"order" phải là một số. (order must be a number.)' })
			.int()
			.default(100),
	},
	registryHint,
);

/** How urgent a notice is: information, a warning (schedule change), danger (storm, closure). */
export const alertSeverities = ['info', 'warning', 'danger'] as const;

/**
 * An urgent notice: one file raises a banner on every page in every language from `startsAt` to
 * `expiresAt`. The build leaves out notices already expired; pages hide a notice when its time is
 * up even if nobody rebuilds the site (src/components/layout/alert-clock.ts).
 */
export const alertSchema = strictObject(
	{
		severity: z.enum(alertSeverities, {
			error: `"severity" phải là một trong: ${alertSeverities.join(', ')}. (severity must be one of ${alertSeverities.join(', ')}.)`,
		}),
		/** The notice itself, one or two sentences per language. */
		text: localized('text', 300),
		/**
		 * The item the notice leads to, as `<kind>/<folder>` (`press/thong-cao-ve-ke-hoach-ung-pho-ret-dam-ret-hai`):
		 * each page links to the item in its own language where a translation exists, else to the
		 * Vietnamese one, saying so. The build fails if no such item exists (src/lib/alert-links.ts).
		 */
		item: optional(
			z
				.string()
				.trim()
				.regex(/^[a-z]+\/[a-z0-9-]+$/, {
					error:
						'"item" là loại và thư mục của bài, ví dụ press/thong-cao-ve-ke-hoach-ung-pho-ret-dam-ret-hai. (item must be <kind>/<folder> of an article.)',
				}),
		),
		/** When the banner appears (Asia/Ho_Chi_Minh unless an offset is given). */
		startsAt: date('startsAt'),
		/** When it disappears. */
		expiresAt: date('expiresAt'),
	},
	// A notice written before `item` replaced the address field `link` is told what to write instead.
	'Kiểm tra chính tả tên trường; trường "link" đã thay bằng "item": loại và thư mục của bài, ví dụ item: press/ten-thong-cao. ' +
		'(Unknown field: check its spelling; "link" was replaced by "item", the <kind>/<folder> of an article.)',
).refine((a) => a.expiresAt > a.startsAt, {
	path: ['expiresAt'],
	message: '"expiresAt" phải sau "startsAt". (expiresAt must be after startsAt.)',
});
