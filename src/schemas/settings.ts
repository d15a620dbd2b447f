import { z } from 'astro/zod';
import { email, optional, strictObject, text, url } from './messages';
import { localized } from './registry';

/**
 * The Department's identity, one file edited in the CMS as "Thông tin chung"
 * (`content/settings/identity.yml`): the one place its name, address, phones and e-mail are
 * written. The footer, the contact, organisation and press pages, JSON-LD, share cards and the
 * site name in every template read it; the `department` unit (content/units) carries none of it.
 */

const settingsHint =
	'Kiểm tra chính tả tên trường trong Thông tin chung. (Unknown field in the identity settings: check its spelling.)';

/** A social page of the Department (Facebook fan page, Zalo Official Account, YouTube…). */
const socialSchema = strictObject(
	{
		/** The network's name as readers know it, e.g. "Facebook". */
		name: text('social.name', 40),
		url: url('social.url'),
	},
	settingsHint,
);

/** A .svg or .png file of `public/` by its site path (`/logo.svg`); the CMS checks the same. */
export const logoPattern = /^\/[a-zA-Z0-9._/-]+\.(svg|png)$/;

/** A file served from `public/`, named by its site path (`/logo.svg`). */
const publicFile = z
	.string({
		error:
			'"logo" phải là đường dẫn tệp trong public/, ví dụ /logo.svg. (logo must be a path such as /logo.svg.)',
	})
	.trim()
	.regex(logoPattern, {
		error:
			'"logo" phải là đường dẫn tệp .svg hoặc .png trong public/, ví dụ /logo.svg. (logo must be a .svg or .png path in public/, e.g. /logo.svg.)',
	});

/** Schema of `content/settings/identity.yml`. */
export const identitySchema = strictObject(
	{
		/** Full official name, e.g. { vi: "Sở Giáo dục và Đào tạo Hà Nam", en: "Hà Nam Department of Education and Training" }. */
		name: localized('name', 160),
		/** Short name for page titles and share cards, e.g. "Sở GDĐT Hà Nam". */
		shortName: localized('shortName', 60),
		/** One line under the name: what the site is. */
		tagline: localized('tagline', 160),
		/** Postal address, per language (an English address spells the ward and province out). */
		address: localized('address', 300),
		/** The office's switchboard. */
		phone: text('phone', 40),
		/** The hotline for feedback and emergencies about students' safety. */
		hotline: text('hotline', 40),
		/** The office's e-mail: official correspondence and feedback. */
		email: email('email'),
		/** When the office is open, per language. */
		officeHours: localized('officeHours', 400),
		/** Official social pages, in the order shown. */
		social: optional(z.array(socialSchema)),
		/** The logo, a file in `public/` (used in JSON-LD as the publisher's logo). */
		logo: publicFile,
	},
	settingsHint,
);

/** The Department's identity as the schema outputs it. */
export type Identity = z.output<typeof identitySchema>;
