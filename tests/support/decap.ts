import { spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { build, root, type BuildResult } from '../build/builds';
import { freePort, startProcess } from './processes';
import { serveStatic, type StaticServer } from './static-server';

/**
 * Driving the real Decap admin as an editor does, shared by the CMS browser tests: what they click
 * and wait for, in the admin's Vietnamese (admin/locale.ts), and git in the repository it writes.
 */

/** `git` in a repository: its trimmed output, or an error with git's own message. */
export function gitIn(repo: string) {
	return (...args: string[]) => {
		const run = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
		if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
		return run.stdout.trim();
	};
}

/** The CMS as `npm run cms` sets it up, on a fresh clone: what a test drives and stops. */
export interface DecapOnClone {
	server: ChildProcess;
	admin: StaticServer;
	adminBuild: BuildResult;
}

/**
 * A clone of main in `repo` configured as `npm run cms` configures its own (publishing merges a
 * draft as one merge commit), decap-server on it, and the admin built from that repository (it
 * lists the registries, articles and documents of the content it edits) and served. `name` names
 * the build's folder.
 */
export async function decapOnClone(name: string, repo: string): Promise<DecapOnClone> {
	rmSync(repo, { recursive: true, force: true });
	spawnSync('git', ['clone', '--quiet', '--branch', 'main', root, repo]);
	const git = gitIn(repo);
	git('config', 'user.email', 'editor@example.edu.vn');
	git('config', 'user.name', 'Biên tập viên');
	git('config', 'merge.ff', 'false');
	const port = await freePort();
	const server = await startProcess(process.execPath, [join(root, 'scripts/cms-server.mjs')], {
		cwd: repo,
		env: { ...process.env, GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', PORT: String(port) },
		ready: /listening on/i,
	});
	const adminBuild = build(name, join(repo, 'content'), {
		CMS_BACKEND: 'proxy',
		CMS_PROXY_URL: `http://127.0.0.1:${port}/api/v1`,
	});
	expect(adminBuild.status, adminBuild.output.slice(-2000)).toBe(0);
	return { server, admin: await serveStatic(adminBuild.outDir), adminBuild };
}

/** Wait for one of Decap's toasts. */
export function toast(page: Page, text: string) {
	return page.getByText(text).first().waitFor({ timeout: 30_000 });
}

/**
 * Choose an option of a select (a registry's entries, listed when the admin was built) by typing
 * part of its label, and wait until the field shows it.
 */
export async function choose(page: Page, field: string, text: string) {
	const input = page.locator(`.Pane1 [id^="${field}-field"]`);
	await input.click();
	await input.fill(text);
	await page
		.getByRole('option', { name: new RegExp(text) })
		.first()
		.click();
	await expect.poll(() => input.locator('xpath=ancestor::div[3]').textContent()).toContain(text);
}

/**
 * Save if the editor shows unsaved changes (Decap refuses to change status otherwise). Nobody has
 * changed the entry at this point, so such a state is a phantom (decap-cms #7276): `onPhantom`
 * lets a test count it.
 */
export async function saveIfDirty(page: Page, onPhantom: () => void = () => undefined) {
	// Widgets fill in defaults a moment after an entry opens, which marks it as changed.
	await expect
		.poll(() => page.locator('.Pane1 [id^="title-field"]').inputValue(), { timeout: 30_000 })
		.not.toBe('');
	await page.waitForTimeout(1500);
	if (await page.getByText('Thay đổi chưa được lưu').count()) {
		onPhantom();
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await page.getByText('Thay đổi đã được lưu').waitFor({ timeout: 30_000 });
	}
}

/** Move the open entry to a workflow status ("Đang xét duyệt", "Sẵn sàng") through its menu. */
export async function setStatus(page: Page, label: string, onPhantom?: () => void) {
	await saveIfDirty(page, onPhantom);
	await page.getByRole('button', { name: /^Trạng/ }).click();
	await page.getByRole('menuitem', { name: label }).click();
	await expect
		.poll(() => page.getByRole('button', { name: /^Trạng/ }).textContent(), { timeout: 30_000 })
		.toContain(label);
}
