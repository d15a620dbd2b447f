/**
 * The translation status report (`npm run translations`, scripts/translations.mjs): per language,
 * what is missing, what may be out of date and what is up to date.
 *
 * - `status.ts`: the rows, from the content as the reports read it (src/lib/report/read.ts) and
 *   the staleness rule (src/lib/translation-status.ts);
 * - `render.ts`: Markdown and CSV.
 */
export { readItems } from '~/lib/report/read';
export { renderStatusCsv, renderStatusMarkdown } from './render';
export { translationStatusReport, type Language, type LanguageStatus } from './status';
