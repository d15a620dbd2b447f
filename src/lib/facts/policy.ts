/** The facts of a policy explainer. */
import { type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { day, known, sourceLang, type FactSection } from './model';

/** What a policy explainer states: whom it affects, from when, and the document it comes from. */
export interface PolicyInput {
	/** Who is affected, in the page's language. */
	audience?: string | undefined;
	effective?: Date | undefined;
	/** The legal document, named in Vietnamese, and where to read it. */
	source?: string | undefined;
	sourceUrl?: string | undefined;
}

/** The facts of a policy explainer (`PolicyFacts.astro`). */
export function policyFacts(input: PolicyInput, locale: Locale): FactSection {
	const { t } = useTranslations(locale);
	return {
		id: 'policy-facts',
		heading: t('policy.facts'),
		facts: known([
			!!input.audience && {
				key: 'audience',
				label: t('policy.audience'),
				value: { type: 'text', text: input.audience },
			},
			!!input.effective && {
				key: 'effective',
				label: t('policy.effective'),
				value: day(input.effective, locale),
			},
			!!input.source && {
				key: 'source',
				label: t('policy.source'),
				value: { type: 'link', text: input.source, href: input.sourceUrl, lang: sourceLang },
			},
		]),
	};
}
