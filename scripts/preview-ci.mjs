#!/usr/bin/env node
/**
 * The two steps of a draft preview that CI workflows share (GitHub, GitLab, Gitea/Forgejo):
 *
 *   npm run preview:address -- --branch cms/news/doi-moi [--template https://{branch}.preview.example.gov.vn/]
 *     prints `label=…` and `url=…` (and appends them to $GITHUB_OUTPUT when a workflow runs it);
 *     the template defaults to the PREVIEW_URL variable.
 *   npm run preview:status -- --sha <40 hex> --state pending|success|failure [--url <preview>] [--description …]
 *     sets the commit status "deploy/preview" that Decap's "Xem trước" button opens, on the git
 *     host the CI run belongs to (src/lib/publish/commit-status.ts says which variables it reads).
 *
 * Exit codes: 0 done, 2 wrong arguments, 1 the host refused or could not be reached.
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const usage = `Cách dùng (usage):
  npm run preview:address -- --branch <cms/…> [--template <https://{branch}.preview…/>]
  npm run preview:status -- --sha <sha> --state pending|success|failure [--url <address>] [--description <text>]`;

async function main() {
	const [command, ...rest] = process.argv.slice(2);
	let values;
	try {
		({ values } = parseArgs({
			args: rest,
			options: {
				branch: { type: 'string' },
				template: { type: 'string' },
				sha: { type: 'string' },
				state: { type: 'string' },
				url: { type: 'string' },
				description: { type: 'string' },
			},
		}));
	} catch (error) {
		console.error(`${error.message}\n${usage}`);
		return 2;
	}

	if (command === 'address') {
		const { previewLabel, previewUrl } = await tsImport(
			'../src/lib/publish/preview-address.ts',
			import.meta.url,
		);
		const template = values.template ?? process.env.PREVIEW_URL;
		if (!values.branch || !template) {
			console.error(`--branch and --template (or PREVIEW_URL) are needed.\n${usage}`);
			return 2;
		}
		const lines = [
			`label=${previewLabel(values.branch)}`,
			`url=${previewUrl(template, values.branch)}`,
		];
		console.log(lines.join('\n'));
		if (process.env.GITHUB_OUTPUT)
			appendFileSync(process.env.GITHUB_OUTPUT, `${lines.join('\n')}\n`);
		return 0;
	}

	if (command === 'status') {
		const { statusRequest, statusTargetFromEnv } = await tsImport(
			'../src/lib/publish/commit-status.ts',
			import.meta.url,
		);
		if (!values.sha || !['pending', 'success', 'failure'].includes(values.state ?? '')) {
			console.error(`--sha and --state pending|success|failure are needed.\n${usage}`);
			return 2;
		}
		const descriptions = {
			pending: 'Đang dựng bản xem trước',
			success: 'Bản xem trước đã sẵn sàng',
			failure: 'Không dựng được bản xem trước: xem nhật ký CI',
		};
		const request = statusRequest({
			...statusTargetFromEnv(process.env),
			sha: values.sha,
			state: values.state,
			targetUrl: values.url,
			description: values.description ?? descriptions[values.state],
		});
		const response = await fetch(request.url, request);
		if (!response.ok) {
			console.error(
				`The git host refused the status (${response.status}): ${await response.text()}`,
			);
			return 1;
		}
		console.log(`Status deploy/preview = ${values.state}${values.url ? ` → ${values.url}` : ''}`);
		return 0;
	}

	console.error(usage);
	return 2;
}

process.exitCode = await main().catch((error) => {
	console.error(error.message);
	return 1;
});
