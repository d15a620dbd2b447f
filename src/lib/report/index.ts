/**
 * The Department's periodic report on its communication activity (six-monthly, due 10 May, and
 * yearly, due 10 November): what was published, consulted on, clarified, translated, withdrawn
 * and issued in a period. `scripts/report.mjs` is its command line.
 *
 * - `period.ts`: calendar days in Vietnam, the period, database timestamps;
 * - `parse.ts` and `read.ts`: the content read as a build reads it, through the site's schemas;
 * - `model.ts`: what the report counts, in the schemas' types, and the order of the kinds;
 * - `figures.ts` (with `labels.ts`): the figures; `render.ts`: Markdown and CSV.
 */
export { computeFigures, type Figures } from './figures';
export { PeriodError, parsePeriod, type Period } from './period';
export { readReportInput } from './read';
export { renderCsv, renderMarkdown, reportBaseName } from './render';
