import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * axe-core in Chromium over one page of every template, in both languages, on the built real
 * site: all of axe's rules (WCAG 2.1 A/AA and its best practices) must find nothing.
 */

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** [template, Vietnamese page, English page]. */
const templates: [string, string, string][] = [
  ['home', '/', '/en/'],
  ['section listing', '/tin-tuc/', '/en/news/'],
  ['article with cover', '/guong-sang/co-giao-18-nam-giu-lua-chu-o-diem-truong-chan-nui-kim-bang/', '/en/stories/teacher-18-years-mountain-school-kim-bang/'],
  ['policy explainer', '/chinh-sach/lop-12-theo-chuong-trinh-giao-duc-pho-thong-2018-hoc-nhung/', '/en/policies/grade-12-under-the-2018-programme/'],
  ['topic index', '/chu-de/', '/en/topics/'],
  ['topic page', '/chu-de/thi-tot-nghiep-tuyen-sinh/', '/en/topics/thi-tot-nghiep-tuyen-sinh/'],
  ['unit index', '/don-vi/', '/en/units/'],
  ['unit page', '/don-vi/phong-gddt-kim-bang/', '/en/units/phong-gddt-kim-bang/'],
  ['static page', '/gioi-thieu/', '/en/about/'],
  ['search page', '/tim-kiem/?q=dao+tao', '/en/search/?q=teacher'],
  ['not found', '/404.html', '/en/404.html'],
];

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  site = await serveStatic(inject('siteDist'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.each(templates)('the %s template', (_name, viPath, enPath) => {
  test.each([viPath, enPath])('%s has no axe violations', async (path) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    // Everything the page needs ships with the site: no request to another origin.
    expect(elsewhere).toEqual([]);
    await page.addScriptTag({ path: axePath });
    const result = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe;
      const { violations, passes } = await axe.run();
      return { violations, passed: passes.length };
    })) as { violations: Violation[]; passed: number };
    await page.close();
    const { violations } = result;
    // axe really ran: a page of this site passes dozens of its rules.
    expect(result.passed).toBeGreaterThan(15);
    const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(summary).toEqual([]);
  });
});

describe('keyboard', () => {
  test.each(['/', '/en/news/'])('on %s the first Tab reaches a visible skip link that moves focus to the main content', async (path) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}${path}`);
    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return { href: el.getAttribute('href'), text: el.textContent, visible: box.top >= 0 && box.height > 0, outline: getComputedStyle(el).outlineStyle };
    });
    expect(link.href).toBe('#main');
    expect(link.visible).toBe(true);
    expect(link.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});
