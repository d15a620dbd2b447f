import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { badContentCases, badContentTree } from './bad-content';
import { incrementalBuildsOnce } from './incremental';
import {
	build,
	buildOnce,
	fixtureContent,
	fixturePublishAt,
	resultsFile,
	root,
	tmp,
	type BuildResult,
} from './builds';

/**
 * Build, once per test run: the real site (`content/`), the fixture site with known edge cases,
 * and the bad-content matrix (tests/build/bad-content.ts). Build times are printed, not asserted.
 */
export default function setup() {
	mkdirSync(tmp, { recursive: true });
	const results: Record<string, BuildResult> = {};
	const runs: [string, () => string][] = [
		['site', () => join(root, 'content')],
		['fixture', () => fixtureContent],
		// The bad-content matrix: a build per case that must fail, one build for all handled cases.
		...badContentCases
			.filter((c) => c.outcome === 'fails')
			.map((c): [string, () => string] => [
				`bad-${c.name}`,
				() => badContentTree(fixtureContent, tmp, `bad-${c.name}`, [c]),
			]),
		[
			'bad-handled',
			() =>
				badContentTree(
					fixtureContent,
					tmp,
					'bad-handled',
					badContentCases.filter((c) => c.outcome === 'handled'),
				),
		],
	];
	for (const [name, content] of runs) results[name] = buildOnce(name, content);
	// A purely static deployment sending consultation responses to another service, and a setting
	// that would send them unencrypted.
	for (const [name, endpoint] of [
		['feedback-elsewhere', 'https://gopy.example.gov.vn/phan-hoi'],
		['bad-feedback-http', 'http://gopy.example.gov.vn/phan-hoi'],
	] as const) {
		results[name] = build(name, fixtureContent, { PUBLIC_FEEDBACK_ENDPOINT: endpoint });
		console.log(
			`build ${name}: exit ${results[name].status} in ${(results[name].ms / 1000).toFixed(1)} s`,
		);
	}
	// Scheduled publishing (tests/build/schedule.test.ts): the fixture content at the instant its
	// scheduled items fall due, and as a preview build for reviewers (by the real clock).
	for (const [name, env] of [
		['scheduled-due', { BUILD_NOW: fixturePublishAt }],
		['preview', { SITE_PREVIEW: '1' }],
	] as const) {
		results[name] = build(name, fixtureContent, env);
		console.log(
			`build ${name}: exit ${results[name].status} in ${(results[name].ms / 1000).toFixed(1)} s`,
		);
	}
	// Publishing one item: incremental builds against full ones (tests/build/incremental.test.ts).
	Object.assign(results, incrementalBuildsOnce());
	writeFileSync(resultsFile, JSON.stringify(results));
}
