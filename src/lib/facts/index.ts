/**
 * The facts an item shows beside its body, built once as plain data: a policy's audience, date
 * and source; a legal document's entry in the register; a consultation's state, dates, draft and
 * outcome; a clarification's claim, verdict and sources. The site renders them with the
 * components of `src/components/facts/`, the CMS previews with React's `h()` (`admin/facts.ts`).
 * Both renderers only turn this data into elements: labels come from the UI dictionary and dates
 * are formatted here, so what an editor previews cannot drift from what the page shows.
 *
 * Inputs are plain values, which both a catalog item and the CMS's raw fields can give. Fields the
 * CMS may not have yet are optional: a fact whose value is missing is left out.
 */
export * from './model';
export * from './policy';
export * from './document';
export * from './consultation';
export * from './claim';
