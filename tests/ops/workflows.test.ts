import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/**
 * The CI workflows that publish the site cannot run here (no git host, no runner, no server), so
 * everything short of that is checked: each file against its CI's own schema (GitHub's workflow
 * schema through action-validator; GitLab's through gitlab-ci-local, which also evaluates the
 * rules and says which jobs a pipeline would run), every shell step's syntax with `bash -n`, and
 * that every command, server action and variable they use exists and is documented. The steps they
 * run (npm run deploy, preview:address, preview:status, publish:due, scripts/deploy/on-server.sh)
 * are exercised for real by the other tests in tests/ops.
 */

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const githubFiles = readdirSync(join(root, '.github/workflows')).filter((f) => f.endsWith('.yml'));
const gitlab = read('.gitlab-ci.yml');
const readme = read('README.md');
const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
const serverActions = [...read('scripts/deploy/on-server.sh').matchAll(/^ {2}([a-z-]+)\)$/gm)].map(
	(m) => m[1],
);

interface Step {
	run?: string;
}
interface GitHubJob {
	steps: Step[];
}
const github = Object.fromEntries(
	githubFiles.map((f) => [
		f,
		parse(read(`.github/workflows/${f}`)) as {
			jobs: Record<string, GitHubJob>;
			on: unknown;
			defaults?: unknown;
		},
	]),
);

/** Shell of every step, `${{ … }}` expressions standing for a word. */
const githubShell = Object.entries(github).flatMap(([file, w]) =>
	Object.entries(w.jobs).flatMap(([job, j]) =>
		j.steps
			.filter((s) => s.run)
			.map((s, i) => ({
				where: `${file} ${job} step ${i + 1}`,
				script: s.run!.replace(/\$\{\{[^}]*\}\}/g, 'X'),
			})),
	),
);
const gitlabJobs = parse(gitlab) as Record<string, { script?: string[]; before_script?: string[] }>;
const gitlabShell = Object.entries(gitlabJobs).flatMap(([job, j]) =>
	(
		[
			['before_script', j.before_script],
			['script', j.script],
		] as const
	)
		.filter(([, lines]) => lines?.length)
		.map(([part, lines]) => ({
			where: `.gitlab-ci.yml ${job} ${part}`,
			script: lines!.join('\n'),
		})),
);
const allText = [...githubFiles.map((f) => read(`.github/workflows/${f}`)), gitlab].join('\n');

function gitlabCiLocal(variables: Record<string, string>): string[] {
	const args = [
		join(root, 'node_modules/gitlab-ci-local/dist/index.js'),
		// `--list` applies the rules (`--list-json` lists every job with its rules unevaluated).
		'--list',
		'--ignore-predefined-vars',
		'CI_PIPELINE_SOURCE,CI_COMMIT_BRANCH',
		...Object.entries(variables).flatMap(([k, v]) => ['--variable', `${k}=${v}`]),
	];
	const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
	expect(run.status, run.stderr + run.stdout).toBe(0);
	const table = run.stdout.split('\n');
	const header = table.findIndex((line) => /^name\s+description\s+stage/.test(line));
	expect(header, run.stdout).toBeGreaterThanOrEqual(0);
	return table
		.slice(header + 1)
		.map((line) => line.split(/\s+/)[0]!)
		.filter(Boolean)
		.sort();
}

describe('GitHub Actions (also run by Gitea and Forgejo, which read .github/workflows)', () => {
	const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as {
		validateWorkflow(src: string): { errors: unknown[] };
	};
	test.each(githubFiles)('%s follows the workflow schema', (file) => {
		expect(validateWorkflow(read(`.github/workflows/${file}`)).errors).toEqual([]);
	});

	test('publish and previews run their steps in bash with pipefail (a deploy piped through tee)', () => {
		for (const file of ['publish.yml', 'previews.yml'])
			expect(github[file], file).toMatchObject({ defaults: { run: { shell: 'bash' } } });
	});

	test('publish runs on every push to main and every 15 minutes; previews on cms/ branches and their deletion', () => {
		expect(github['publish.yml']!.on).toMatchObject({
			push: { branches: ['main'] },
			schedule: [{ cron: '*/15 * * * *' }],
		});
		expect(github['previews.yml']!.on).toMatchObject({ push: { branches: ['cms/**'] } });
		expect(github['previews.yml']!.on).toHaveProperty('delete');
	});
});

describe('GitLab CI', () => {
	test('follows GitLab’s schema, and each kind of pipeline runs the jobs it should', () => {
		expect(
			gitlabCiLocal({
				DEPLOY_TARGET: 'server',
				CI_PIPELINE_SOURCE: 'push',
				CI_COMMIT_BRANCH: 'main',
			}),
		).toEqual(['content-checks', 'publish-server']);
		expect(
			gitlabCiLocal({
				DEPLOY_TARGET: 'pages',
				CI_PIPELINE_SOURCE: 'push',
				CI_COMMIT_BRANCH: 'main',
			}),
		).toEqual(['content-checks', 'pages']);
		expect(
			gitlabCiLocal({
				DEPLOY_TARGET: 'server',
				CI_PIPELINE_SOURCE: 'schedule',
				CI_COMMIT_BRANCH: 'main',
			}),
		).toEqual(['publish-server']);
		expect(
			gitlabCiLocal({
				DEPLOY_TARGET: 'server',
				PREVIEW_URL: 'https://{branch}.preview.example.gov.vn/',
				CI_PIPELINE_SOURCE: 'push',
				CI_COMMIT_BRANCH: 'cms/news/a',
			}),
		).toEqual(['preview', 'preview-stop']);
		// Without PREVIEW_URL a draft branch builds nothing.
		expect(
			gitlabCiLocal({
				DEPLOY_TARGET: 'server',
				CI_PIPELINE_SOURCE: 'push',
				CI_COMMIT_BRANCH: 'cms/news/a',
			}),
		).toEqual([]);
	});
});

describe('every workflow', () => {
	test.each([...githubShell, ...gitlabShell].map((s) => [s.where, s.script]))(
		'%s: its shell parses',
		(_where, script) => {
			const check = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
			expect(check.stderr).toBe('');
			expect(check.status).toBe(0);
		},
	);

	test('runs only npm scripts that exist and server actions on-server.sh has', () => {
		const used = [...allText.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]!);
		expect(used.length).toBeGreaterThan(5);
		expect(used.filter((s) => !scripts.includes(s))).toEqual([]);
		const actions = [...allText.matchAll(/bash -s ([a-z-]+)/g)].map((m) => m[1]!);
		expect(new Set(actions)).toEqual(new Set(['publish', 'due', 'preview', 'remove-preview']));
		expect(actions.filter((a) => !serverActions.includes(a))).toEqual([]);
	});

	test('names only secrets and variables the README documents', () => {
		const github = [...allText.matchAll(/\b(?:vars|secrets)\.([A-Z_]+)/g)].map((m) => m[1]!);
		const gitlabOwn = [
			'DEPLOY_TARGET',
			'DEPLOY_PATH',
			'DEPLOY_HOST',
			'DEPLOY_USER',
			'PREVIEW_URL',
			'SITE_URL',
		];
		const names = [...new Set([...github, ...gitlabOwn, 'PREVIEW_STATUS_TOKEN'])];
		expect(names.length).toBeGreaterThan(8);
		const section = readme.slice(readme.indexOf('### Secrets and variables'));
		expect(names.filter((n) => !section.includes(`\`${n}\``))).toEqual([]);
	});
});
