/**
 * schema.org JSON-LD for search engines: the Department as a GovernmentOrganization on every page,
 * a NewsArticle on every article. Plain objects in, plain objects out.
 */

/** Contact facts of the organisation (from the identity settings). */
export interface OrgFacts {
	address?: string | undefined;
	phone?: string | undefined;
	email?: string | undefined;
	/** Official social pages (schema.org `sameAs`). */
	sameAs?: string[] | undefined;
}

/** The publisher of the site. */
export function organizationJsonLd(o: {
	name: string;
	alternateName?: string | undefined;
	url: string;
	logo: string;
	unit?: OrgFacts | undefined;
}) {
	return {
		'@context': 'https://schema.org',
		'@type': 'GovernmentOrganization',
		name: o.name,
		...(o.alternateName && { alternateName: o.alternateName }),
		url: o.url,
		logo: o.logo,
		...(o.unit?.address && {
			address: { '@type': 'PostalAddress', streetAddress: o.unit.address, addressCountry: 'VN' },
		}),
		...(o.unit?.phone && { telephone: o.unit.phone }),
		...(o.unit?.email && { email: o.unit.email }),
		...(o.unit?.sameAs?.length && { sameAs: o.unit.sameAs }),
	};
}

/** A news article, story or policy explainer. */
export function newsArticleJsonLd(a: {
	headline: string;
	description: string;
	url: string;
	lang: string;
	published: Date;
	modified?: Date | undefined;
	image?: string | undefined;
	publisher: string;
	author: string;
	section: string;
	keywords: string[];
}) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: a.headline.length > 110 ? `${a.headline.slice(0, 109)}…` : a.headline,
		description: a.description,
		mainEntityOfPage: a.url,
		inLanguage: a.lang,
		datePublished: a.published.toISOString(),
		dateModified: (a.modified ?? a.published).toISOString(),
		...(a.image && { image: [a.image] }),
		author: { '@type': 'GovernmentOrganization', name: a.author },
		publisher: { '@type': 'GovernmentOrganization', name: a.publisher },
		articleSection: a.section,
		keywords: a.keywords.join(', '),
	};
}

/** schema.org rating of each verdict: 1 = false … 3 = unverified, on a 1–5 scale as Google reads it. */
const verdictRating = { false: 1, misleading: 2, unverified: 3 } as const;

/**
 * A clarification as a fact check (schema.org ClaimReview), so search engines can show the
 * verdict beside the claim: https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */
export function claimReviewJsonLd(c: {
	url: string;
	lang: string;
	claim: string;
	verdict: keyof typeof verdictRating;
	verdictLabel: string;
	published: Date;
	claimDate?: Date | undefined;
	claimOrigin?: string | undefined;
	publisher: string;
	publisherUrl: string;
}) {
	return {
		'@context': 'https://schema.org',
		'@type': 'ClaimReview',
		url: c.url,
		inLanguage: c.lang,
		datePublished: c.published.toISOString(),
		claimReviewed: c.claim,
		itemReviewed: {
			'@type': 'Claim',
			...(c.claimDate && { datePublished: c.claimDate.toISOString() }),
			...(c.claimOrigin && { appearance: { '@type': 'CreativeWork', name: c.claimOrigin } }),
		},
		author: { '@type': 'GovernmentOrganization', name: c.publisher, url: c.publisherUrl },
		reviewRating: {
			'@type': 'Rating',
			ratingValue: verdictRating[c.verdict],
			bestRating: 5,
			worstRating: 1,
			alternateName: c.verdictLabel,
		},
	};
}

/**
 * A legal document of the register as schema.org Legislation (the ELI vocabulary schema.org took
 * in): https://schema.org/Legislation. Its name and abstract are in the page's language; the text
 * itself (the PDF) is in Vietnamese. Dates are calendar days in Vietnam (`YYYY-MM-DD`, as the
 * document prints them).
 */
export function legislationJsonLd(d: {
	url: string;
	/** The page's language, e.g. "en". */
	lang: string;
	/** The abstract (trích yếu) in the page's language. */
	name: string;
	description: string;
	/** Number and symbol, e.g. "15/2026/QĐ-UBND". */
	identifier: string;
	/** The type in the page's language, e.g. "Quyết định" / "Decision". */
	type: string;
	issuer: string;
	issued: string;
	effective?: string | undefined;
	expired?: string | undefined;
	/** The calendar day of the build in Vietnam, to say whether it is in force. */
	today: string;
	pdf: string;
}) {
	const inForce = d.expired && d.expired <= d.today ? false : (d.effective ?? d.issued) <= d.today;
	return {
		'@context': 'https://schema.org',
		'@type': 'Legislation',
		url: d.url,
		name: d.name,
		description: d.description,
		inLanguage: d.lang,
		legislationIdentifier: d.identifier,
		legislationType: d.type,
		legislationPassedBy: { '@type': 'GovernmentOrganization', name: d.issuer },
		legislationDate: d.issued,
		datePublished: d.issued,
		...(d.effective && { legislationDateOfApplicability: d.effective }),
		...(d.expired && { expires: d.expired }),
		legislationLegalForce: `https://schema.org/${inForce ? 'InForce' : 'NotInForce'}`,
		encoding: {
			'@type': 'LegislationObject',
			contentUrl: d.pdf,
			encodingFormat: 'application/pdf',
			inLanguage: 'vi',
		},
	};
}
