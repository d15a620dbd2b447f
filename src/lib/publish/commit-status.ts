/**
 * The commit status that tells Decap where a draft's preview is. On the editorial board, Decap's
 * "Xem trước" button reads the statuses of the draft branch's head commit and opens the target of
 * the first whose context contains "deploy" (GitHub and GitLab backends; `preview_path` then adds
 * the entry's own page). GitHub, Gitea and Forgejo take the same request; GitLab names the fields
 * differently. Pure: the script sends what this returns.
 */

export type GitHost = 'github' | 'gitlab' | 'gitea';
export type StatusState = 'pending' | 'success' | 'failure';

/** Context (GitLab: name) of the preview status. Must contain "deploy" for Decap to find it. */
export const previewContext = 'deploy/preview';

export interface StatusInput {
	host: GitHost;
	/** API root: `https://api.github.com`, `https://gitlab.example/api/v4`, `https://git.example/api/v1`. */
	apiRoot: string;
	/** `owner/name` (GitHub, Gitea) or the numeric project id or path (GitLab). */
	repo: string;
	sha: string;
	state: StatusState;
	/** The preview's address (absent while pending). */
	targetUrl?: string;
	description: string;
	token: string;
}

export interface HttpRequest {
	method: 'POST';
	url: string;
	headers: Record<string, string>;
	body: string;
}

const gitlabStates: Record<StatusState, string> = {
	pending: 'running',
	success: 'success',
	failure: 'failed',
};

/** The request that sets the preview status of one commit. */
export function statusRequest(input: StatusInput): HttpRequest {
	if (!/^[0-9a-f]{40}$/.test(input.sha))
		throw new Error(`Commit "${input.sha}" is not a full 40-character SHA.`);
	if (!input.token) throw new Error(`No token to set the commit status on ${input.host}.`);
	const root = input.apiRoot.replace(/\/+$/, '');
	// Statuses show in the pull request as one line; GitHub cuts descriptions at 140 characters.
	const description = input.description.slice(0, 140);
	if (input.host === 'gitlab') {
		const body: Record<string, string> = {
			state: gitlabStates[input.state],
			name: previewContext,
			description,
		};
		if (input.targetUrl) body.target_url = input.targetUrl;
		return {
			method: 'POST',
			url: `${root}/projects/${encodeURIComponent(input.repo)}/statuses/${input.sha}`,
			headers: { 'PRIVATE-TOKEN': input.token, 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		};
	}
	if (!/^[^/\s]+\/[^/\s]+$/.test(input.repo))
		throw new Error(`Repository "${input.repo}" must be owner/name.`);
	const body: Record<string, string> = {
		state: input.state,
		context: previewContext,
		description,
	};
	if (input.targetUrl) body.target_url = input.targetUrl;
	return {
		method: 'POST',
		url: `${root}/repos/${input.repo}/statuses/${input.sha}`,
		headers: {
			Authorization: `token ${input.token}`,
			Accept: 'application/json',
			'Content-Type': 'application/json',
		},
		body: JSON.stringify(body),
	};
}

/**
 * What the CI run tells about itself, from the variables each CI sets: GitHub Actions
 * (`GITHUB_*`), Gitea/Forgejo Actions (the same names plus `GITEA_ACTIONS` or `FORGEJO_ACTIONS`),
 * GitLab CI (`CI_*`). The token is a secret the workflow passes (see the README).
 */
export function statusTargetFromEnv(
	env: Record<string, string | undefined>,
): Pick<StatusInput, 'host' | 'apiRoot' | 'repo' | 'token'> {
	if (env.GITLAB_CI)
		return {
			host: 'gitlab',
			apiRoot: need(env, 'CI_API_V4_URL'),
			repo: need(env, 'CI_PROJECT_ID'),
			token: need(env, 'PREVIEW_STATUS_TOKEN'),
		};
	if (env.GITHUB_ACTIONS || env.GITEA_ACTIONS || env.FORGEJO_ACTIONS)
		return {
			host: env.GITEA_ACTIONS || env.FORGEJO_ACTIONS ? 'gitea' : 'github',
			apiRoot: need(env, 'GITHUB_API_URL'),
			repo: need(env, 'GITHUB_REPOSITORY'),
			// The run's own token can set statuses on GitHub (`statuses: write`); Gitea and Forgejo
			// may need a personal token with repository write access.
			token: env.PREVIEW_STATUS_TOKEN || need(env, 'GITHUB_TOKEN'),
		};
	throw new Error('Not in GitHub Actions, Gitea/Forgejo Actions or GitLab CI: no status to set.');
}

function need(env: Record<string, string | undefined>, name: string): string {
	const value = env[name];
	if (!value) throw new Error(`${name} is not set.`);
	return value;
}
