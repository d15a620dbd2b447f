import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOnce, fixtureContent, malformedCases, malformedTree, resultsFile, root, tmp, type BuildResult } from './builds';

/**
 * Build, once per test run: the real site (`content/`), the fixture site with known edge cases,
 * and one copy of the fixture per malformed case. Build times are printed, not asserted.
 */
export default function setup() {
  mkdirSync(tmp, { recursive: true });
  const results: Record<string, BuildResult> = {};
  const runs: [string, () => string][] = [
    ['site', () => join(root, 'content')],
    ['fixture', () => fixtureContent],
    ...malformedCases.map((c): [string, () => string] => [`malformed-${c.name}`, () => malformedTree(c)]),
  ];
  for (const [name, content] of runs) results[name] = buildOnce(name, content);
  writeFileSync(resultsFile, JSON.stringify(results));
}
