/**
 * Which git host the CMS talks to, chosen by configuration at build time (environment variables),
 * with no secret in the repository: hosted backends authenticate each editor through the host's
 * own OAuth.
 *
 * - `proxy` (default): a local decap-server in git mode (`npm run cms`), for one machine and tests.
 * - `github`, `gitlab`, `forgejo`: real branches and pull/merge requests, so several editors review
 *   through git. Forgejo's backend serves Forgejo and Gitea (Forgejo's API is Gitea's): Decap's own
 *   `gitea` backend refuses the editorial workflow ("The Gitea backend does not support editorial
 *   workflow", decap-cms-backend-gitea), so choosing it would leave editors without drafts.
 */

/** The `backend` block of the Decap config. */
export interface BackendConfig {
	name: 'proxy' | 'github' | 'gitlab' | 'forgejo';
	branch: string;
	repo?: string;
	proxy_url?: string;
	base_url?: string;
	auth_endpoint?: string;
	api_root?: string;
	app_id?: string;
	auth_type?: string;
	site_domain?: string;
}

const hosted = ['github', 'gitlab', 'forgejo'] as const;

/** Hosts whose Decap backend opens deploy previews from commit statuses ("Xem trước"). */
export const previewHosts: readonly BackendConfig['name'][] = ['github', 'gitlab'];

/** Default address of the local decap-server (loopback only). */
export const defaultProxyUrl = 'http://127.0.0.1:8081/api/v1';

/** Read the backend from `CMS_*` variables; throws a message naming the missing variable. */
export function backendFromEnv(env: Record<string, string | undefined>): BackendConfig {
	const name = env.CMS_BACKEND ?? 'proxy';
	const branch = env.CMS_BRANCH ?? 'main';
	if (name === 'proxy') return { name, branch, proxy_url: env.CMS_PROXY_URL ?? defaultProxyUrl };
	if (name === 'gitea')
		throw new Error(
			"CMS_BACKEND=gitea: Decap's Gitea backend has no editorial workflow (drafts, review, publishing). Use CMS_BACKEND=forgejo, which has it, for Gitea as well as Forgejo.",
		);
	if (!(hosted as readonly string[]).includes(name))
		throw new Error(`CMS_BACKEND="${name}" is not supported: use proxy, ${hosted.join(', ')}.`);
	if (!env.CMS_REPO) throw new Error(`CMS_BACKEND=${name} needs CMS_REPO=owner/name.`);
	const backend: BackendConfig = {
		name: name as BackendConfig['name'],
		branch,
		repo: env.CMS_REPO,
	};
	if (env.CMS_BASE_URL) backend.base_url = env.CMS_BASE_URL;
	if (env.CMS_AUTH_ENDPOINT) backend.auth_endpoint = env.CMS_AUTH_ENDPOINT;
	if (env.CMS_API_ROOT) backend.api_root = env.CMS_API_ROOT;
	if (env.CMS_APP_ID) {
		// GitLab and Forgejo/Gitea log editors in with PKCE: an OAuth application id, no secret.
		backend.app_id = env.CMS_APP_ID;
		if (name === 'gitlab') backend.auth_type = 'pkce';
	}
	return backend;
}
