#!/usr/bin/env node
/**
 * decap-server in git mode, bound to loopback, with one repair.
 *
 * The site's CMS format writes a locale file the editor did not touch back unchanged (see
 * admin/format.ts), so a draft that edits only the English text changes only index.en.md. Decap
 * then reads the unchanged index.vi.md from the draft branch without a blob id, which
 * decap-server's request schema rejects (422, "Could not locate entry for default locale") even
 * though its handler never uses that id. The middleware below supplies a placeholder id.
 *
 * Environment: GIT_REPO_DIRECTORY (the dedicated clone, required), PORT (8081),
 * BIND_HOST (127.0.0.1; decap-server has no authentication, so never an outside interface).
 */
import express from 'express';
import { createRequire } from 'node:module';

const { registerLocalGit } = createRequire(import.meta.url)('decap-server/dist/middlewares.js');

if (!process.env.GIT_REPO_DIRECTORY) {
	console.error('GIT_REPO_DIRECTORY must name the dedicated clone the CMS works in.');
	process.exit(1);
}
const port = Number(process.env.PORT ?? 8081);
const host = process.env.BIND_HOST ?? '127.0.0.1';
// Anyone who can reach decap-server can write to the repository: loopback only, whatever is asked.
if (!/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host)) {
	console.error(
		`Refusing to listen on ${host}: the CMS git server has no authentication and binds to loopback only (127.0.0.1).`,
	);
	process.exit(1);
}

const app = express();
app.use('/api/v1', express.json({ limit: '50mb' }), (req, _res, next) => {
	const { action, params } = req.body ?? {};
	if (action === 'unpublishedEntryDataFile' && params && !params.id)
		params.id = 'unchanged-in-draft';
	next();
});
await registerLocalGit(app, { logLevel: process.env.LOG_LEVEL ?? 'info' });
app.listen(port, host, () =>
	console.log(`CMS git server listening on ${host}:${port} for ${process.env.GIT_REPO_DIRECTORY}`),
);
