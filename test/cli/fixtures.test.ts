// The real binary on the bundled sample drafts: clean drafts stay silent, each rule finds its planted mistakes,
// and --fix repairs what is certain without touching anything else.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempProject } from '../helpers/temp-dir.js';

interface FileReport {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number; text: string; suggestions: string[]; fix?: unknown }>;
  errorCount: number;
}

function lintFixtures(): Map<string, FileReport> {
  const run = runCli(['lint', 'fixtures/drafts', '--format', 'json']);
  expect(run.status).toBe(1);
  return new Map((JSON.parse(run.stdout) as FileReport[]).map((file) => [path.basename(file.filePath), file]));
}

const found = (file: FileReport) => file.messages.map((m) => `${m.ruleId}@${m.line}:${m.column} ${m.text}`);

describe('sample drafts', () => {
  const reports = lintFixtures();

  it('finds nothing in the clean drafts', () => {
    for (const clean of ['news-flood-meeting.md', 'notice-clean.txt', 'summary-website-work.md']) {
      expect(found(reports.get(clean)!), clean).toEqual([]);
    }
  });

  it('finds the planted mistakes of every rule in the news item, and its incomplete clearance', () => {
    expect(found(reports.get('news-with-errors.md')!)).toEqual([
      'approval@1:1 ---',
      'approval@7:11 张伟',
      'approval@8:1 supervisor',
      'punctuation@13:7 ,',
      'punctuation@13:23 。。',
      'placeholders@13:30 XXX',
      'punctuation@13:35 ,',
      'punctuation@13:51 ...',
      'punctuation@15:6 ,',
      'doc-number@15:38 [2024]',
      'punctuation@15:50 ,',
      'numbers@15:64 15～30%',
      'punctuation@17:4 ,',
      'numbers@17:13 二O二六年',
      'punctuation@17:26 "',
      'punctuation@17:30 "',
      'punctuation@17:31 ,',
      'placeholders@17:36 待定',
    ]);
  });

  it('finds the document-number, numbering and placeholder mistakes in the notice', () => {
    expect(found(reports.get('notice-heating.txt')!)).toEqual([
      'doc-number@5:83 （2026）',
      'doc-number@5:89 第08号',
      'doc-number@5:90 08号',
      'numbering@13:1 （一）、',
      'placeholders@13:31 XXX',
      'numbering@17:1 （四）',
      'placeholders@21:17 某某',
      'placeholders@21:25 待补充',
      'approval@26:14 监审：',
    ]);
  });

  it('finds the missing article and the reference to an article the regulation does not have', () => {
    const messages = reports.get('regulation-archives.md')!.messages;
    expect(messages.map((m) => [m.text, m.suggestions[0]])).toEqual([['第六条', '第五条'], ['第九条', undefined]]);
  });

  it('fixes a copy of the drafts: certain fixes only, nothing else changed, a second run changes nothing', () => {
    const files = Object.fromEntries(fs.readdirSync('fixtures/drafts').map((name) => [name, fs.readFileSync(path.join('fixtures/drafts', name))]));
    const root = makeTempProject(files);
    runCli(['--fix', '.'], { cwd: root });
    const fixed = (name: string) => fs.readFileSync(path.join(root, name), 'utf8');
    expect(fixed('news-with-errors.md')).toContain('11月20日，我市组织开展冬季安全生产大检查。检查组深入XXX企业，');
    expect(fixed('news-with-errors.md')).toContain('等情况……');
    expect(fixed('news-with-errors.md')).toContain('（富政办发〔2024〕15号）要求，2025年事故起数同比下降15%～30%。');
    expect(fixed('news-with-errors.md')).toContain('于二〇二六年12月前完成整改“回头看”，具体时间待定。');
    expect(fixed('notice-heating.txt')).toContain('（黑政办发〔2026〕8号）');
    expect(fixed('notice-heating.txt')).toContain('\n（一）加强组织领导。');
    for (const untouched of ['news-flood-meeting.md', 'notice-clean.txt', 'summary-website-work.md', 'regulation-archives.md']) {
      expect(fixed(untouched), untouched).toBe(files[untouched].toString('utf8'));
    }
    const remaining = JSON.parse(runCli(['.', '-f', 'json'], { cwd: root }).stdout) as FileReport[];
    expect(remaining.flatMap((file) => file.messages.filter((m) => m.fix))).toEqual([]);
    const before = Object.keys(files).map(fixed);
    runCli(['--fix', '.'], { cwd: root });
    expect(Object.keys(files).map(fixed)).toEqual(before);
  });
});
