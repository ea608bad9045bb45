import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, MANIFEST_NAME, type CrawlManifest } from '../../src/crawl/crawler.js';
import { makeTempProject } from '../helpers/temp-dir.js';
import { BIN } from '../helpers/run-cli.js';
import { startSiteServer, type SiteServer } from './site-server.js';

let server: SiteServer;
beforeAll(async () => {
  server = await startSiteServer();
});
afterAll(async () => server.close());

const options = (outDir: string, extra = {}) => ({
  startUrl: new URL(`${server.origin}/start.html`),
  outDir,
  hosts: [],
  concurrency: 3,
  delayMs: 0,
  maxPages: 100,
  maxBytes: 64 * 1024,
  timeoutMs: 800,
  downloadAttachments: false,
  userAgent: 'cuomin-test',
  ...extra,
});

describe('crawl', () => {
  let outDir: string;
  let manifest: CrawlManifest;
  beforeAll(async () => {
    outDir = path.join(makeTempProject(), 'export');
    manifest = await crawl(options(outDir));
  });

  it('saves every reachable page of the site where the export layout puts it, bytes unchanged (GBK stays GBK)', () => {
    const saved = manifest.pages.map((page) => page.path);
    expect(saved).toEqual(expect.arrayContaining([
      'start.html',
      'index.html',
      'xwzx/index.html',
      'xwzx/202611/t20261125_1041.html',
      'xwzx/202611/t20261120_1032.html',
      'tzgg/202603/t20260310_870.html',
      'zcwj/202612/t20261215_990.html',
      'rsxx/index.html',
      'hdjl/202611/t20261126_1050.html',
    ]));
    const gbk = 'hdjl/202611/t20261126_1050.html';
    expect(fs.readFileSync(path.join(outDir, gbk)).equals(fs.readFileSync(path.join('fixtures/site', gbk)))).toBe(true);
    expect(fs.existsSync(path.join(outDir, MANIFEST_NAME))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(outDir, MANIFEST_NAME), 'utf8')).pages.length).toBe(manifest.pages.length);
  });

  it('obeys robots.txt, follows redirects only within the site, and records dead links with the page that links them', () => {
    const skipped = Object.fromEntries(manifest.skipped.map((item) => [new URL(item.url).pathname, item]));
    expect(skipped['/private/internal.html']).toMatchObject({ reason: 'robots' });
    expect(skipped['/away']).toMatchObject({ reason: 'off-site-redirect', detail: 'https://casino.example.com/' });
    expect(skipped['/xwzx/202611/t20261101_999.html']).toMatchObject({ reason: 'http-status', status: 404, from: `${server.origin}/xwzx/202611/t20261120_1032.html` });
    expect(server.requests.some((request) => request.path.startsWith('/private/'))).toBe(false);
    expect(manifest.pages.map((page) => page.path)).not.toContain('moved');
  });

  it('gives up on slow and oversized pages', () => {
    const reasons = Object.fromEntries(manifest.skipped.map((item) => [new URL(item.url).pathname, item.reason]));
    expect(reasons['/slow.html']).toBe('timeout');
    expect(reasons['/big.html']).toBe('too-large');
    expect(fs.existsSync(path.join(outDir, 'big.html'))).toBe(false);
  });

  it('lists attachments with a HEAD request instead of downloading them, and counts links to other sites', () => {
    const attachments = Object.fromEntries(manifest.attachments.map((item) => [new URL(item.url).pathname, item]));
    expect(attachments['/files/report.pdf']).toMatchObject({ status: 200, contentType: 'application/pdf' });
    expect(attachments['/xwzx/202611/W020261125_1.jpg']).toMatchObject({ status: 200 });
    expect(fs.existsSync(path.join(outDir, 'files/report.pdf'))).toBe(false);
    expect(server.requests.filter((request) => request.path === '/files/report.pdf').map((request) => request.method)).toEqual(['HEAD']);
    expect(manifest.external).toBeGreaterThan(0);
    expect(manifest.skipped.filter((item) => new URL(item.url).pathname === '/xwzx/202611/W020261120_2.jpg').map((item) => item.status)).toEqual([404]);
  });
});

describe('crawl limits', () => {
  it('downloads attachments when asked', async () => {
    const outDir = path.join(makeTempProject(), 'export');
    await crawl(options(outDir, { downloadAttachments: true, maxPages: 1 }));
    expect(fs.readFileSync(path.join(outDir, 'files/report.pdf'), 'utf8')).toBe('%PDF-1.4 report');
  });

  it('stops at the page limit and spaces its requests by the delay', async () => {
    const outDir = path.join(makeTempProject(), 'export');
    const before = server.requests.length;
    const manifest = await crawl(options(outDir, { maxPages: 3, concurrency: 1, delayMs: 120, startUrl: new URL(`${server.origin}/index.html`) }));
    expect(manifest.pages.length).toBe(3);
    expect(manifest.skipped.some((item) => item.reason === 'max-pages')).toBe(true);
    const times = server.requests.slice(before).filter((request) => request.path !== '/robots.txt').map((request) => request.at);
    for (let index = 1; index < times.length; index++) expect(times[index] - times[index - 1]).toBeGreaterThanOrEqual(100);
  });
});

describe('cuomin crawl (command line)', () => {
  const run = (args: string[], cwd: string) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
    });

  it('crawls into --out and prints a summary', async () => {
    const root = makeTempProject();
    const result = await run(['crawl', `${server.origin}/index.html`, '--out', 'export', '--delay', '0', '--timeout', '800'], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^已保存 \d+ 个页面到 export/);
    expect(result.stderr).toBe('');
    expect(fs.existsSync(path.join(root, 'export/xwzx/202611/t20261125_1041.html'))).toBe(true);
  });

  it.each([
    [['crawl', 'ftp://example.gov.cn/', '--out', 'x'], '起始地址应为 http:// 或 https:// 开头的网址'],
    [['crawl', 'https://www.example.gov.cn/'], '请用 --out <目录> 指定保存位置'],
    [['crawl', 'https://www.example.gov.cn/', '--out', 'x', '--concurrency', '0'], '--concurrency 应为正整数'],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await run(args, makeTempProject());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
