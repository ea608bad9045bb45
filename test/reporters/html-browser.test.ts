// The HTML report in a real browser: Debian's Chromium (apt-get install chromium fonts-noto-cjk; .ci/run installs them),
// driven by playwright-core. A screenshot is kept in test-artifacts/html-report.png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fatalMessage, summarize } from '../../src/engine/linter.js';
import type { LintResult } from '../../src/engine/types.js';
import { htmlReporter } from '../../src/reporters/html.js';
import { contentSecurityPolicy } from '../../src/reporters/html/template.js';
import { sourceLinesOf } from '../../src/reporters/html/source-excerpt.js';
import { HOSTILE, HOSTILE_IMG, HOSTILE_LINES, HOSTILE_SCRIPT, hostileResult, withUnit } from './html-fixtures.js';
import { draftFiles, linterFor, lintFiles } from './lint-drafts.js';

const CHROMIUM = [process.env.CUOMIN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate): candidate is string => !!candidate && fs.existsSync(candidate));
const SCREENSHOT = path.resolve('test-artifacts/html-report.png');

/** The sample drafts linted with every rule, units as config `units` would give them, an unreadable file, the hostile page. */
function reportResults(): LintResult[] {
  const all = linterFor('all');
  const unitOf: Record<string, string | undefined> = { 'fixtures/drafts/news-with-errors.md': '市政府办公室', 'fixtures/drafts/notice-heating.txt': '市营商局', 'fixtures/drafts/regulation-archives.md': undefined };
  const results = lintFiles(all.linter, draftFiles()).map((result) => (result.filePath in unitOf ? withUnit(result, unitOf[result.filePath]) : result));
  return [...results, summarize('drafts/乱码.txt', [fatalMessage('文件不是有效的 UTF-8 编码文本，无法检查')], { unit: '市营商局' }), hostileResult()];
}

describe.skipIf(!CHROMIUM)(`html report in headless Chromium${CHROMIUM ? '' : ' (skipped: no Chromium at /usr/bin/chromium; apt-get install chromium)'}`, () => {
  const results = reportResults();
  const findings = results.flatMap((result) => result.messages.filter((message) => !message.fatal));
  const hostilePath = hostileResult().filePath;
  const sourceLines = (file: string) => (file === hostilePath ? HOSTILE_LINES : fs.existsSync(file) ? sourceLinesOf(fs.readFileSync(file, 'utf8')) : undefined);
  let browser: Browser;
  let dir: string;
  let reportUrl: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cuomin-html-'));
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, htmlReporter(results, { ...linterFor('all').context, sourceLines }));
    reportUrl = pathToFileURL(file).href;
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the report, recording dialogs, page errors, console messages and every request. */
  async function open(options: { javaScriptEnabled?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
    const page = await context.newPage();
    const events = { dialogs: [] as string[], errors: [] as string[], console: [] as string[], requests: [] as string[] };
    page.on('dialog', async (dialog) => {
      events.dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('pageerror', (error) => events.errors.push(error.message));
    page.on('console', (message) => events.console.push(`${message.type()}: ${message.text()}`));
    context.on('request', (request) => events.requests.push(request.url()));
    await page.goto(reportUrl);
    return { page, events, close: () => context.close() };
  }

  const visibleRows = (page: Page) => page.locator('tr.finding:visible').count();
  const figure = async (page: Page, id: string) => Number(await page.locator(`[data-figure="${id}"] dd`).innerText());

  it('opens with no dialog, no error, no request but the page, its own script running, hostile text shown as text', async () => {
    const { page, events, close } = await open();
    await page.waitForTimeout(200);
    expect(events.dialogs).toEqual([]);
    expect(events.errors).toEqual([]);
    // A blocked script or resource would show as a console error (Content Security Policy violations do).
    expect(events.console).toEqual([]);
    expect(events.requests).toEqual([reportUrl]);
    // The report's script ran (the filter bar is shown by it) and it is the only script.
    await expect(page.locator('#filters').isVisible()).resolves.toBe(true);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    const group = page.locator('details.file', { has: page.locator('.path', { hasText: 'pages/' }) });
    expect(await group.locator('.path').innerText()).toBe(hostilePath);
    expect(await group.locator('.unit').innerText()).toBe(HOSTILE);
    expect(await group.locator('.ctx mark').innerText()).toBe(HOSTILE);
    expect(await group.locator('.sug q').first().innerText()).toBe(HOSTILE);
    await expect(group.locator('.msg').getByText(HOSTILE_IMG).isVisible()).resolves.toBe(true);
    await expect(group.locator('.ctx').getByText(HOSTILE_SCRIPT).isVisible()).resolves.toBe(true);
    // The hostile unit's bar is drawn, its label escaped (cut to fit).
    const unitLabels = await page.locator('figure.chart').first().locator('.bar .label').allTextContents();
    expect(unitLabels.filter((label) => label.startsWith('<img src=x onerror=') && label.endsWith('…'))).toHaveLength(1);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(50_000);
    await close();
  });

  it('shows summary figures that equal the results', async () => {
    const { page, close } = await open();
    expect(await figure(page, 'files')).toBe(results.length);
    expect(await figure(page, 'files-with-findings')).toBe(results.filter((result) => result.messages.some((message) => !message.fatal)).length);
    expect(await figure(page, 'findings')).toBe(findings.length);
    expect(await figure(page, 'error')).toBe(findings.filter((message) => message.severity === 'error').length);
    expect(await figure(page, 'warning')).toBe(findings.filter((message) => message.severity === 'warning').length);
    expect(await figure(page, 'sensitive')).toBe(findings.filter((message) => message.category === 'sensitive').length);
    expect(await figure(page, 'urgent')).toBe(findings.filter((message) => message.urgency === 'urgent').length);
    expect(await figure(page, 'fixable')).toBe(findings.filter((message) => message.fix).length);
    expect(await figure(page, 'unreadable')).toBe(1);
    expect(await visibleRows(page)).toBe(findings.length + 1);
    await close();
  });

  it('filters by unit, urgency, rule and severity; clearing shows everything again; a click on a bar filters too', async () => {
    const { page, events, close } = await open();
    const all = findings.length + 1;
    const bureau = results.filter((result) => result.unit === '市营商局');
    const bureauRows = bureau.reduce((sum, result) => sum + result.messages.length, 0);
    expect(bureauRows).toBeGreaterThan(1);
    expect(bureauRows).toBeLessThan(all);

    await page.selectOption('#filter-unit', { label: `市营商局（${bureau.reduce((sum, result) => sum + result.messages.filter((message) => !message.fatal).length, 0)}）` });
    expect(await visibleRows(page)).toBe(bureauRows);
    expect(await page.locator('details.file:visible .path').allInnerTexts()).toEqual(bureau.map((result) => result.filePath));
    expect(await page.locator('#shown-count').innerText()).toBe(String(bureauRows));
    // The group shows how many of its findings match.
    const heating = page.locator('details.file', { has: page.locator('.path', { hasText: 'notice-heating' }) });
    await expect(heating.locator('.n-of').isVisible()).resolves.toBe(true);

    await page.selectOption('#filter-urgency', 'urgent');
    const urgentOfBureau = bureau.flatMap((result) => result.messages).filter((message) => message.urgency === 'urgent' && !message.fatal).length;
    expect(await visibleRows(page)).toBe(urgentOfBureau);

    await page.click('button[type="reset"]');
    await expect.poll(() => visibleRows(page)).toBe(all);
    await expect(heating.locator('.n-of').isVisible()).resolves.toBe(false);

    // Errors: the findings of that severity and the file that could not be checked.
    await page.selectOption('#filter-severity', 'error');
    expect(await visibleRows(page)).toBe(findings.filter((message) => message.severity === 'error').length + 1);
    await page.click('button[type="reset"]');
    await expect.poll(() => visibleRows(page)).toBe(all);

    // The by-rule chart's first bar is the rule with most findings.
    const counts = new Map<string, number>();
    for (const message of findings) counts.set(message.ruleId!, (counts.get(message.ruleId!) ?? 0) + 1);
    const [topRule, topCount] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))[0];
    await page.locator('figure.chart').nth(1).locator('.bar').first().click();
    expect(await visibleRows(page)).toBe(topCount);
    expect(await page.locator('#filter-rule option:checked').innerText()).toBe(`${topRule}（${topCount}）`);
    expect(new Set(await page.locator('tr.finding:visible td.rule').allInnerTexts())).toEqual(new Set([topRule]));

    await page.click('button[data-action="collapse"]');
    expect(await visibleRows(page)).toBe(0);
    await page.click('button[data-action="expand"]');
    expect(await visibleRows(page)).toBe(topCount);

    // The keyboard works on the bars too: Enter on the by-unit chart's first bar picks that unit.
    await page.click('button[type="reset"]');
    await expect.poll(() => visibleRows(page)).toBe(all);
    await page.locator('figure.chart').first().locator('.bar[role="button"]').first().focus();
    await page.keyboard.press('Enter');
    const chosen = (await page.locator('#filter-unit option:checked').innerText()).replace(/（\d+）$/, '');
    const chosenRows = results.filter((result) => (result.unit ?? '未明确单位') === chosen).reduce((sum, result) => sum + result.messages.length, 0);
    expect(chosenRows).toBeGreaterThan(0);
    expect(await visibleRows(page)).toBe(chosenRows);
    expect(events.errors).toEqual([]);
    await close();
  });

  it('would see an attack: raw hostile markup fires a dialog, and under the report\'s policy it is blocked', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const raw = path.join(dir, 'raw.html');
    fs.writeFileSync(raw, `<!DOCTYPE html><meta charset="utf-8"><p>${HOSTILE_IMG}</p>`);
    await page.goto(pathToFileURL(raw).href);
    await expect.poll(() => dialogs).toEqual(['1']);
    const guarded = path.join(dir, 'guarded.html');
    const policy = contentSecurityPolicy('bm9uY2Utbm90LXVzZWQtaGVyZQ==');
    fs.writeFileSync(guarded, `<!DOCTYPE html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><p>${HOSTILE_IMG}${HOSTILE_SCRIPT}</p>`);
    await page.goto(pathToFileURL(guarded).href);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual(['1']);
    await page.close();
  });

  it('shows every finding with scripts off (no filter bar then)', async () => {
    const { page, close } = await open({ javaScriptEnabled: false });
    expect(await visibleRows(page)).toBe(findings.length + 1);
    await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
    await close();
  });
});
