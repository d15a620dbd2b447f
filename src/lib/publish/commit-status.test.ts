import { describe, expect, test } from 'vitest';
import { previewContext, statusRequest, statusTargetFromEnv } from './commit-status';

const sha = 'a'.repeat(40);

describe('statusRequest', () => {
	test('GitHub, Gitea and Forgejo: POST /repos/<repo>/statuses/<sha> with a "deploy" context', () => {
		const request = statusRequest({
			host: 'gitea',
			apiRoot: 'https://git.example.gov.vn/api/v1/',
			repo: 'sgddt/website',
			sha,
			state: 'success',
			targetUrl: 'https://news-a.preview.example.gov.vn/',
			description: 'Bản xem trước',
			token: 't0ken',
		});
		expect(request.url).toBe(
			`https://git.example.gov.vn/api/v1/repos/sgddt/website/statuses/${sha}`,
		);
		expect(request.headers.Authorization).toBe('token t0ken');
		const body = JSON.parse(request.body);
		expect(body).toEqual({
			state: 'success',
			context: previewContext,
			description: 'Bản xem trước',
			target_url: 'https://news-a.preview.example.gov.vn/',
		});
		// Decap's GitHub and GitLab backends pick the first status whose context contains "deploy".
		expect(body.context).toContain('deploy');
	});

	test('GitLab: name instead of context, its own state words, the project id encoded', () => {
		const request = statusRequest({
			host: 'gitlab',
			apiRoot: 'https://gitlab.example.gov.vn/api/v4',
			repo: 'sgddt/website',
			sha,
			state: 'failure',
			description: 'Dựng thất bại',
			token: 't',
		});
		expect(request.url).toBe(
			`https://gitlab.example.gov.vn/api/v4/projects/sgddt%2Fwebsite/statuses/${sha}`,
		);
		expect(request.headers['PRIVATE-TOKEN']).toBe('t');
		expect(JSON.parse(request.body)).toEqual({
			state: 'failed',
			name: previewContext,
			description: 'Dựng thất bại',
		});
	});

	test('refuses a short SHA, a missing token and a repository that is not owner/name', () => {
		const base = {
			host: 'github' as const,
			apiRoot: 'https://api.github.com',
			repo: 'o/r',
			sha,
			state: 'pending' as const,
			description: 'd',
			token: 't',
		};
		expect(() => statusRequest({ ...base, sha: 'abc1234' })).toThrow(/40-character/);
		expect(() => statusRequest({ ...base, token: '' })).toThrow(/token/);
		expect(() => statusRequest({ ...base, repo: 'website' })).toThrow(/owner\/name/);
	});
});

describe('statusTargetFromEnv', () => {
	test('reads each CI’s own variables', () => {
		expect(
			statusTargetFromEnv({
				GITHUB_ACTIONS: 'true',
				GITHUB_API_URL: 'https://api.github.com',
				GITHUB_REPOSITORY: 'o/r',
				GITHUB_TOKEN: 'g',
			}),
		).toEqual({ host: 'github', apiRoot: 'https://api.github.com', repo: 'o/r', token: 'g' });
		// Gitea's runner also sets GITHUB_ACTIONS; its API answers at GITHUB_API_URL.
		expect(
			statusTargetFromEnv({
				GITHUB_ACTIONS: 'true',
				GITEA_ACTIONS: 'true',
				GITHUB_API_URL: 'https://git.example/api/v1',
				GITHUB_REPOSITORY: 'o/r',
				GITHUB_TOKEN: 'g',
				PREVIEW_STATUS_TOKEN: 'p',
			}).host,
		).toBe('gitea');
		expect(
			statusTargetFromEnv({
				GITLAB_CI: 'true',
				CI_API_V4_URL: 'https://gitlab.example/api/v4',
				CI_PROJECT_ID: '42',
				PREVIEW_STATUS_TOKEN: 'p',
			}),
		).toEqual({ host: 'gitlab', apiRoot: 'https://gitlab.example/api/v4', repo: '42', token: 'p' });
	});

	test('names the variable that is missing', () => {
		expect(() =>
			statusTargetFromEnv({ GITLAB_CI: 'true', CI_API_V4_URL: 'x', CI_PROJECT_ID: '1' }),
		).toThrow(/PREVIEW_STATUS_TOKEN/);
		expect(() => statusTargetFromEnv({})).toThrow(/Not in/);
	});
});
