/** The claim box and the sources of a clarification. */
import { defaultLocale, locales, type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { formatDate } from '~/lib/dates';
import { sourceLang, type Phrase, type Verdict } from './model';

/** What a clarification answers: the claim as it circulates, where, since when, and the verdict. */
export interface ClaimInput {
	/** The claim, in the page's language. */
	claim?: string | undefined;
	/** Where it circulates, in the page's language or marked as Vietnamese. */
	origin?: Phrase | undefined;
	claimDate?: Date | undefined;
	verdict?: Verdict | undefined;
}

/** The claim box of a clarification and the heading of the facts that follow in its body. */
export interface ClaimFacts {
	heading: string;
	claim: string;
	/** "Xuất hiện: <where> từ <date>", when either is known. */
	origin?: { label: string; where?: Phrase | undefined; since?: string | undefined } | undefined;
	verdict?: { label: string; verdict: Verdict; text: string } | undefined;
	/** Heading of the facts, which the article body states. */
	factsHeading: string;
}

/** The claim a clarification answers (`ClaimBox.astro`). */
export function claimFacts(input: ClaimInput, locale: Locale): ClaimFacts {
	const { t } = useTranslations(locale);
	const { origin, claimDate, verdict } = input;
	return {
		heading: t('clarification.claim'),
		claim: input.claim ?? '',
		origin:
			origin || claimDate
				? {
						label: t('clarification.origin'),
						where: origin,
						since:
							claimDate &&
							t('clarification.since', { date: formatDate(claimDate, locales[locale].intl) }),
					}
				: undefined,
		verdict: verdict && {
			label: t('clarification.verdict'),
			verdict,
			text: t(`clarification.verdict.${verdict}`),
		},
		factsHeading: t('clarification.facts'),
	};
}

/** The sources a clarification gives for the facts, as links. */
export interface ClaimSources {
	id: string;
	heading: string;
	links: { text: string; href: string; lang?: string | undefined }[];
}

/** The sources of a clarification (`FactSources.astro`), named once, in Vietnamese. */
export function claimSources(
	sources: readonly { title: string; url: string }[],
	locale: Locale,
): ClaimSources {
	const { t } = useTranslations(locale);
	const lang = locale === defaultLocale ? undefined : sourceLang;
	return {
		id: 'fact-sources',
		heading: t('clarification.sources'),
		links: sources.map((s) => ({ text: s.title, href: s.url, lang })),
	};
}
