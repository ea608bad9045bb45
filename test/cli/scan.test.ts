// cuomin scan over the sample portal export, from disk and from a crawl of it served on 127.0.0.1.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';
import { makeTempProject } from '../helpers/temp-dir.js';
import { startSiteServer, type SiteServer } from '../crawl/site-server.js';

interface FileReport {
  filePath: string;
  unit: string | null;
  messages: Array<{ ruleId: string; line: number; text: string; message: string; severity: string }>;
}

const NOW = '2026-11-27T10:00:00+08:00';
const CONFIG = path.resolve('fixtures/site.cuomin.yaml');
const siteFindings = (report: FileReport[]) =>
  report.flatMap((file) => file.messages.filter((m) => m.ruleId.startsWith('site/') || m.ruleId === 'links').map((m) => `${m.ruleId} ${file.filePath.replace(/^.*?(?=(xwzx|tzgg|zcwj|rsxx|hdjl)\/)/, '')}:${m.line}`)).sort();

const EXPECTED = [
  'links xwzx/202611/t20261120_1032.html:26',
  'site/dead-link xwzx/202611/t20261120_1032.html:23',
  'site/dead-link xwzx/202611/t20261120_1032.html:23',
  'site/empty-column rsxx/:1',
  'site/future-date zcwj/202612/t20261215_990.html:1',
  'site/missing-date xwzx/202611/t20261118_1020.html:1',
  'site/stale-column tzgg/:1',
];

describe('cuomin scan', () => {
  it('runs the page rules and the site rules over the export and sums up the site', () => {
    const run = runCli(['scan', 'fixtures/site', '-c', CONFIG, '--now', NOW, '-o', `json=${path.join(makeTempProject(), 'scan.json')}`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('网站检查：页面 13 个；栏目 5 个，其中长期未更新 1 个、空白 1 个');
    // The columns' folders carry findings but are not files: 13 pages were checked, not 15.
    expect(run.stdout).toMatch(/✖ 已检查 13 个文件，共 9 个问题/);
    expect(run.stdout).toMatch(/按单位：富锦市应急管理局 5/);
    expect(run.stdout).toContain('fixtures/site/rsxx/');
  });

  it('reports dead links and images, hidden links, stale and empty columns, missing and future dates, each in its place', () => {
    const run = runCli(['scan', 'fixtures/site', '-c', CONFIG, '--now', NOW, '-f', 'json', '--concurrency', '2']);
    const report = JSON.parse(run.stdout) as FileReport[];
    expect(siteFindings(report)).toEqual(EXPECTED);
    const page = report.find((file) => file.filePath === 'fixtures/site/xwzx/202611/t20261120_1032.html')!;
    expect(page.unit).toBe('富锦市应急管理局');
    expect(page.messages.map((m) => m.ruleId)).toEqual(['punctuation', 'doc-number', 'site/dead-link', 'site/dead-link', 'links']);
    expect(page.messages[2].text).toContain('t20261101_999.html');
    // The GBK page is read correctly: no encoding error, and its unit comes from its meta tags.
    const gbk = report.find((file) => file.filePath.endsWith('hdjl/202611/t20261126_1050.html'))!;
    expect(gbk).toMatchObject({ unit: '富锦市营商环境建设监督局', messages: [] });
  });

  it('judges freshness as of --now: a month earlier the notices column was not yet stale', () => {
    const report = JSON.parse(runCli(['scan', 'fixtures/site', '-c', CONFIG, '--now', '2026-08-01T09:00:00+08:00', '-f', 'json']).stdout) as FileReport[];
    const found = siteFindings(report);
    expect(found).not.toContain('site/stale-column tzgg/:1');
    expect(found).toContain('site/future-date zcwj/202612/t20261215_990.html:1');
  });

  it('turns site rules off like any rule and lists them in cuomin rules', () => {
    const report = JSON.parse(runCli(['scan', 'fixtures/site', '-c', CONFIG, '--now', NOW, '-f', 'json', '--rule', 'site/dead-link:off']).stdout) as FileReport[];
    expect(siteFindings(report).some((line) => line.startsWith('site/dead-link'))).toBe(false);
    expect(runCli(['rules']).stdout).toContain('site/stale-column');
  });

  it.each([
    [['scan', 'no-such-dir'], '导出目录不存在：no-such-dir'],
    [['scan', 'fixtures/site', '--now', 'yesterday'], '--now 应为 ISO 8601 时间'],
  ])('refuses %j with exit 2', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('refuses a bad site config naming the key', () => {
    const root = makeTempProject({ 'cuomin.config.json': JSON.stringify({ site: { baseUrl: 'www.fujin.gov.cn', columns: [{ name: '新闻', path: '/xwzx/', type: 'daily' }] } }), 'site/index.html': '<p>x</p>' });
    const run = runCli(['scan', 'site'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('site.baseUrl');
  });
});

describe('cuomin crawl, then cuomin scan', () => {
  let server: SiteServer;
  beforeAll(async () => {
    server = await startSiteServer();
  });
  afterAll(async () => server.close());

  const run = (args: string[], cwd: string) =>
    new Promise<{ status: number; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [BIN, ...args], { cwd });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.on('close', (status) => resolve({ status: status ?? -1, stdout }));
    });

  it('finds the same site problems in a crawl as in the export on disk (attachments listed, not downloaded, still count)', async () => {
    const root = makeTempProject();
    const origin = server.origin;
    fs.writeFileSync(path.join(root, 'cuomin.config.yaml'), fs.readFileSync(CONFIG, 'utf8').replace('https://www.fujin.gov.cn/', `${origin}/`));
    expect((await run(['crawl', `${origin}/index.html`, '--out', 'export', '--delay', '0'], root)).status).toBe(0);
    expect(fs.existsSync(path.join(root, 'export/xwzx/202611/W020261125_1.jpg'))).toBe(false);
    const scanned = await run(['scan', 'export', '--now', NOW, '-f', 'json'], root);
    expect(siteFindings(JSON.parse(scanned.stdout) as FileReport[])).toEqual(EXPECTED);
  });
});
