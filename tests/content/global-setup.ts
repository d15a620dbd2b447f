import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildOnce, resultsFile, root, tmp } from '../build/builds';

/**
 * The content checks a reviewer's CI runs on a pull request (`npm run check:content`): build the
 * site from `content/` as it is in the pull request, then the link, page and accessibility tests
 * read that one build. A build that fails prints the editor-readable problem list and stops here.
 */
export default function setup(project: TestProject) {
  mkdirSync(tmp, { recursive: true });
  const site = buildOnce('site', () => join(root, 'content'));
  writeFileSync(resultsFile, JSON.stringify({ site }));
  if (site.status !== 0) {
    // Only the part that names the files and fields, not Astro's stack trace.
    const output = site.output.replace(/\u001b\[[\d;]*m/g, '');
    const start = Math.max(output.search(/Nội dung có|\[InvalidContentEntryDataError\]|\[ERROR\]/), 0);
    throw new Error(`Nội dung chưa dựng được trang (the site does not build):\n${output.slice(start, start + 6000)}`);
  }
  project.provide('siteDist', site.outDir);
}
