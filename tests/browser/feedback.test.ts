import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { startNodeSite, type NodeSite } from '../support/node-server';
import { defaultSiteUrl } from '~/config/site';

/**
 * The consultation form driven in Chromium against the built site's own Node server and a real
 * SQLite file: good, bad, oversized and spam input, with and without JavaScript, the clock
 * closing a page built while open, the rate limit, and a response surviving the server's death.
 * Fixture: `dang-lay-y-kien` is open 2020–2099, `sap-lay-y-kien` opens in 2098, `da-het-han` closed in 2021.
 */

const work = mkdtempSync(join(tmpdir(), 'feedback-'));
const dbPath = join(work, 'feedback.sqlite');
let site: NodeSite;
let browser: Browser;
const openPage = '/lay-y-kien/dang-lay-y-kien/';

interface Row {
	id: number;
	consultation: string;
	respondent_group: string;
	text: string;
	locale: string;
	received_at: string;
}

/** What is in the database, read by a connection of its own. */
function rows(path = dbPath): Row[] {
	// The server creates the file with its first response.
	if (!existsSync(path)) return [];
	const db = new DatabaseSync(path, { readOnly: true });
	try {
		return db.prepare('SELECT * FROM responses ORDER BY id').all() as unknown as Row[];
	} finally {
		db.close();
	}
}

beforeAll(async () => {
	site = await startNodeSite(inject('fixtureServer'), {
		FEEDBACK_DB: dbPath,
		FEEDBACK_RATE_LIMIT: '50',
	});
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await site?.stop();
	rmSync(work, { recursive: true, force: true });
});

async function open(
	path = openPage,
	options: { javaScriptEnabled?: boolean; time?: string; axe?: boolean } = {},
): Promise<Page> {
	// axe is injected as an inline script, which the page's own CSP rightly blocks.
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		bypassCSP: options.axe ?? false,
	});
	const page = await context.newPage();
	if (options.time) await page.clock.install({ time: new Date(options.time) });
	await page.goto(`${site.url}${path}`);
	return page;
}

/** POST from inside the page, as the form's script does (same origin). */
async function post(page: Page, body: string, accept = 'application/json') {
	return page.evaluate(
		async ({ body, accept }) => {
			const r = await fetch('/api/feedback', {
				method: 'POST',
				body,
				headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: accept },
			});
			return { status: r.status, body: await r.text(), retryAfter: r.headers.get('retry-after') };
		},
		{ body, accept },
	);
}

/** axe-core's violations on the page as it is now (WCAG 2.1 A/AA and best practices), summarised. */
async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
	const violations = (await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
			}
		).axe;
		return (await axe.run()).violations;
	})) as { id: string; nodes: { target: string[] }[] }[];
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const form = (fields: Record<string, string>) =>
	new URLSearchParams({
		consultation: 'dang-lay-y-kien',
		group: 'parent',
		locale: 'vi',
		website: '',
		...fields,
	}).toString();
const comment =
	'Đề nghị cho học sinh được mặc áo khoác riêng khi trời rét đậm, không bắt buộc áo đồng phục.';

describe('with JavaScript', () => {
	test('an empty form shows both errors beside the fields and sends nothing', async () => {
		const page = await open(openPage, { axe: true });
		await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
		await expect
			.poll(() => page.locator('#group-error').textContent())
			.toBe('Hãy chọn bạn thuộc nhóm nào.');
		expect(await page.locator('#text-error').textContent()).toBe('Hãy điền ô này.');
		expect(await page.locator('textarea[aria-invalid]').count()).toBe(1);
		expect(rows()).toHaveLength(0);
		// The form with its errors showing is as accessible as the page it is on.
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});

	test('a good response is stored with only the group, text, language and time, and acknowledged with its number', async () => {
		const page = await open(openPage, { axe: true });
		await page.getByLabel('Giáo viên', { exact: true }).check();
		await page.getByLabel('Ý kiến góp ý', { exact: true }).fill(comment);
		const before = Date.now();
		await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
		await expect
			.poll(() => page.locator('.form-status--ok').textContent())
			.toContain('Sở đã nhận ý kiến của bạn (mã số 1)');
		expect(await page.locator('textarea').inputValue()).toBe('');
		expect(await axeViolations(page)).toEqual([]);
		const stored = rows();
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({
			id: 1,
			consultation: 'dang-lay-y-kien',
			respondent_group: 'teacher',
			text: comment,
			locale: 'vi',
		});
		expect(Date.parse(stored[0]!.received_at)).toBeGreaterThanOrEqual(before - 1000);
		const db = new DatabaseSync(dbPath, { readOnly: true });
		const columns = (db.prepare('PRAGMA table_info(responses)').all() as { name: string }[]).map(
			(c) => c.name,
		);
		db.close();
		expect(columns).toEqual([
			'id',
			'consultation',
			'respondent_group',
			'text',
			'locale',
			'received_at',
		]);
		await page.context().close();
	});

	test('too short a text is caught in the page; the server refuses it too', async () => {
		const page = await open();
		await page.getByLabel('Học sinh', { exact: true }).check();
		await page.getByLabel('Ý kiến góp ý', { exact: true }).fill('Quá ngắn');
		await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
		await expect
			.poll(() => page.locator('#text-error').textContent())
			.toBe('Ý kiến cần ít nhất 10 ký tự.');
		expect(await page.locator('textarea').inputValue()).toBe('Quá ngắn');
		const refused = await post(page, form({ text: 'Quá ngắn' }));
		expect(refused.status).toBe(400);
		expect(JSON.parse(refused.body)).toEqual({ ok: false, errors: { text: 'tooShort' } });
		expect(rows()).toHaveLength(1);
		await page.context().close();
	});

	test('oversized input is refused: a text over 5,000 characters, a body over the byte limit', async () => {
		const page = await open();
		const long = await post(page, form({ text: 'ệ'.repeat(5001) }));
		expect(long.status).toBe(400);
		expect(JSON.parse(long.body).errors).toEqual({ text: 'tooLong' });
		const huge = await post(page, form({ text: 'a'.repeat(60_000) }));
		expect(huge.status).toBe(413);
		const badGroup = await post(page, form({ group: 'minister', locale: 'fr', text: comment }));
		expect(JSON.parse(badGroup.body).errors).toEqual({ group: 'invalid', locale: 'invalid' });
		expect(rows()).toHaveLength(1);
		await page.context().close();
	});

	test('the hidden anti-spam field filled in (as bots do) is refused and said so; nothing is stored', async () => {
		const page = await open();
		await page.getByLabel('Khác', { exact: true }).check();
		await page.getByLabel('Ý kiến góp ý', { exact: true }).fill(comment);
		await page
			.locator('#feedback-website')
			.evaluate((el: HTMLInputElement) => (el.value = 'https://spam.example'));
		await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
		await expect
			.poll(() => page.locator('.form-status--error').textContent())
			.toContain('ô ẩn chống thư rác');
		expect(await page.locator('textarea').inputValue()).toBe(comment);
		expect(rows()).toHaveLength(1);
		await page.context().close();
	});

	test('closed, not yet open, unknown and not yet published consultations are refused by the server, whatever the page says', async () => {
		const page = await open();
		expect(
			await post(
				page,
				form({ consultation: 'da-het-han' }).replace(
					'group=parent',
					'group=parent&text=' + encodeURIComponent(comment),
				),
			),
		).toMatchObject({ status: 409 });
		expect(
			JSON.parse((await post(page, form({ consultation: 'sap-lay-y-kien', text: comment }))).body)
				.errors,
		).toEqual({ consultation: 'notOpenYet' });
		expect((await post(page, form({ consultation: 'khong-co', text: comment }))).status).toBe(404);
		// Open by its dates but scheduled for publication later (publishAt): as if it did not exist.
		const scheduled = await post(page, form({ consultation: 'hen-gio-lay-y-kien', text: comment }));
		expect(scheduled.status).toBe(404);
		expect(JSON.parse(scheduled.body).errors).toEqual({ consultation: 'unknown' });
		expect(rows()).toHaveLength(1);
		await page.context().close();
	});
});

test('without JavaScript the form still posts, and the reader gets a page in their language with the way back', async () => {
	const page = await open('/en/consultations/draft-school-uniforms/', { javaScriptEnabled: false });
	await page.getByLabel('A parent', { exact: true }).check();
	await page
		.getByLabel('Your comments', { exact: true })
		.fill('Uniforms should come in sizes for every pupil, and second-hand ones should be allowed.');
	await page.getByRole('button', { name: 'Send comments' }).click();
	await page.waitForLoadState();
	expect(await page.locator('h1').textContent()).toBe('Comments received');
	expect(await page.locator('main').textContent()).toContain('(reference 2)');
	expect(await page.locator('html').getAttribute('lang')).toBe('en');
	expect(await page.getByRole('link', { name: 'Back to the draft' }).getAttribute('href')).toBe(
		'/en/consultations/draft-school-uniforms/',
	);
	expect(rows().at(-1)).toMatchObject({ id: 2, respondent_group: 'parent', locale: 'en' });
	await page.context().close();
});

describe('the reader’s clock corrects the page', () => {
	test('a page built while open stops inviting comments once the closing time has passed', async () => {
		const page = await open(openPage, { time: '2100-01-01T08:00:00+07:00' });
		await expect.poll(() => page.locator('[data-feedback]').isVisible()).toBe(false);
		expect(await page.locator('.badge--closed').isVisible()).toBe(true);
		expect(await page.locator('.badge--open').isVisible()).toBe(false);
		expect(await page.locator('.consultation__notice:visible').textContent()).toContain(
			'Đã hết hạn nhận góp ý',
		);
		await page.context().close();
	});

	test('a page built before the opening shows the form when the time comes, even while open in the tab', async () => {
		const page = await open('/lay-y-kien/sap-lay-y-kien/', { time: '2098-01-01T07:59:00+07:00' });
		expect(await page.locator('[data-feedback]').isVisible()).toBe(false);
		expect(await page.locator('.consultation__notice:visible').textContent()).toContain(
			'Cổng góp ý sẽ mở lúc',
		);
		await page.clock.runFor(2 * 60_000);
		await expect.poll(() => page.locator('[data-feedback]').isVisible()).toBe(true);
		expect(await page.locator('.badge--open').isVisible()).toBe(true);
		await page.context().close();
	});

	test('a home page built while a consultation was open marks its card closed once the time has passed', async () => {
		const page = await open('/', { time: '2100-01-01T08:00:00+07:00' });
		const card = page.locator('.card__state[data-consultation="dang-lay-y-kien"]');
		await expect.poll(() => card.getAttribute('data-state')).toBe('closed');
		expect(await card.locator('[data-when]:visible').allTextContents()).toEqual([
			'Đã hết hạn góp ý',
		]);
		await page.context().close();
	});

	test('a card counts the days left by the reader’s clock, in the page’s language', async () => {
		const page = await open('/en/', { time: '2099-12-30T08:00:00+07:00' });
		const badge = page.locator(
			'.card__state[data-consultation="dang-lay-y-kien"] [data-when="open"]',
		);
		// Closes at 17:00 on 31 December: one day and nine hours left, counted as two days.
		await expect.poll(() => badge.textContent()).toBe('Open for comment — 2 days left');
		await page.clock.runFor(25 * 3_600_000);
		await expect.poll(() => badge.textContent()).toBe('Open for comment — 1 day left');
		await page.context().close();
	});
});

test('past the rate limit a client is told to wait, keeps its text, and nothing more is stored', async () => {
	const limitedDb = join(work, 'limited.sqlite');
	const limited = await startNodeSite(inject('fixtureServer'), {
		FEEDBACK_DB: limitedDb,
		FEEDBACK_RATE_LIMIT: '2',
		FEEDBACK_RATE_WINDOW_SECONDS: '600',
	});
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${limited.url}${openPage}`);
		for (let i = 0; i < 2; i++)
			expect((await post(page, form({ text: `${comment} (${i})` }))).status).toBe(201);
		const third = await post(page, form({ text: comment }));
		expect(third.status).toBe(429);
		expect(Number(third.retryAfter)).toBeGreaterThan(500);
		await page.getByLabel('Nhà báo', { exact: true }).check();
		await page.getByLabel('Ý kiến góp ý', { exact: true }).fill(comment);
		await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
		await expect
			.poll(() => page.locator('.form-status--error').textContent())
			.toContain('Hãy thử lại sau 10 phút');
		expect(await page.locator('textarea').inputValue()).toBe(comment);
		expect(rows(limitedDb)).toHaveLength(2);
		await context.close();
	} finally {
		await limited.stop();
	}
});

/** A POST as the reverse proxy forwards it: the site's host over https, the reader's address. */
function viaProxy(url: string, readerAddress: string, body: string): Promise<number> {
	const { port } = new URL(url);
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: '127.0.0.1',
				port,
				path: '/api/feedback',
				method: 'POST',
				headers: {
					Host: new URL(defaultSiteUrl).host,
					'X-Forwarded-Proto': 'https',
					'X-Forwarded-For': readerAddress,
					Origin: new URL(defaultSiteUrl).origin,
					Accept: 'application/json',
					'Content-Type': 'application/x-www-form-urlencoded',
					'Content-Length': Buffer.byteLength(body),
				},
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode!));
			},
		);
		req.on('error', reject);
		req.end(body);
	});
}

test('behind the proxy each reader is limited by their own address, and the https origin is accepted', async () => {
	const proxiedDb = join(work, 'proxied.sqlite');
	const proxied = await startNodeSite(inject('fixtureServer'), {
		FEEDBACK_DB: proxiedDb,
		FEEDBACK_RATE_LIMIT: '1',
	});
	try {
		expect(await viaProxy(proxied.url, '203.0.113.7', form({ text: comment }))).toBe(201);
		expect(await viaProxy(proxied.url, '203.0.113.7', form({ text: comment }))).toBe(429);
		expect(await viaProxy(proxied.url, '198.51.100.20', form({ text: comment }))).toBe(201);
		expect(rows(proxiedDb)).toHaveLength(2);
	} finally {
		await proxied.stop();
	}
});

test('an acknowledged response survives the server being killed at once', async () => {
	const page = await open();
	const accepted = await post(page, form({ text: 'Gửi ngay trước khi máy chủ bị tắt đột ngột.' }));
	expect(accepted.status).toBe(201);
	const { id } = JSON.parse(accepted.body) as { id: number };
	await page.context().close();
	await site.stop('SIGKILL');
	expect(rows().find((r) => r.id === id)?.text).toBe('Gửi ngay trước khi máy chủ bị tắt đột ngột.');
});
