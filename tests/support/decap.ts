import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

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
