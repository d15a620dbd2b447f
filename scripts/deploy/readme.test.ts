import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The README shows the nginx configuration and the systemd unit in full; the files in this folder
 * are what a Department installs and what tests/ops/nginx.test.ts runs. They must not drift.
 */
const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const deploying = readme.slice(
	readme.indexOf('\n## Deploying\n'),
	readme.indexOf('\n## ', readme.indexOf('\n## Deploying\n') + 5),
);

/** The fenced blocks of a language in the section, without their fences. */
function blocks(lang: string): string[] {
	return [...deploying.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\`\\n`, 'g'))].map(
		(m) => m[1]!,
	);
}

describe('README: Deploying', () => {
	test('shows scripts/deploy/nginx.conf exactly, in its one nginx block', () => {
		expect(blocks('nginx')).toEqual([
			readFileSync(join(import.meta.dirname, 'nginx.conf'), 'utf8'),
		]);
	});
	test('shows scripts/deploy/giaoduc-feedback.service exactly', () => {
		expect(blocks('ini')).toEqual([
			readFileSync(join(import.meta.dirname, 'giaoduc-feedback.service'), 'utf8'),
		]);
	});
});

describe('README: Publishing from CI', () => {
	test('shows scripts/deploy/nginx-previews.conf exactly, in its one nginx block', () => {
		const start = readme.indexOf('\n## Publishing from CI\n');
		const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
		const shown = [...section.matchAll(/```nginx\n([\s\S]*?)```\n/g)].map((m) => m[1]!);
		expect(shown).toEqual([readFileSync(join(import.meta.dirname, 'nginx-previews.conf'), 'utf8')]);
	});
});
