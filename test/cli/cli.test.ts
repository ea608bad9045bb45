import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const pluginPath = path.resolve('test/fixtures/cuomin-plugin-fujin/index.js');
/** These tests are about the CLI, not about clearance: the approval rule (tested on its own) is off in their projects. */
const APPROVAL_OFF = { rules: { approval: 'off' } };
const pluginConfig = JSON.stringify({ plugins: [pluginPath], ...APPROVAL_OFF });

function makeProject(files: Record<string, string | Buffer> = {}): string {
  const hasConfig = Object.keys(files).some((name) => /(^|\/)(cuomin\.config\.\w+|\.cuominrc(\.\w+)?)$/.test(name));
  return makeTempProject(hasConfig ? files : { ...files, 'cuomin.config.json': JSON.stringify(APPROVAL_OFF) });
}

const MESSAGE_KEYS = ['ruleId', 'severity', 'category', 'urgency', 'message', 'line', 'column', 'endLine', 'endColumn', 'text', 'suggestions', 'unit'];

describe('cuomin lint (end to end)', () => {
  it('prints stylish findings with position, Chinese message, suggestion and rule id, and exits 1 on errors', () => {
    const root = makeProject({ 'drafts/a.md': '# 通知\n\n请XXX单位报送材料。\n', 'cuomin.config.json': pluginConfig });
    const run = runCli(['lint', 'drafts'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('drafts/a.md');
    expect(run.stdout).toMatch(/3:2\s+错误\s+遗留占位文字“XXX”/);
    expect(run.stdout).toContain('placeholders');
    expect(run.stdout).toContain('✖ 已检查 1 个文件，共 1 个问题（错误 1，警告 0，提示 0）');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('is the default command and exits 0 on a clean file', () => {
    const root = makeProject({ 'a.txt': '本办法自2026年3月1日起施行。\n' });
    const run = runCli(['a.txt'], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('未发现问题');
  });

  it('writes the JSON report with exactly the documented keys', () => {
    const root = makeProject({ 'b.md': '请在新闻动态栏目发布。\n', 'a.txt': '负责人：XXX\n', 'cuomin.config.json': pluginConfig });
    const run = runCli(['.', '--format', 'json'], { cwd: root });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.map((file: { filePath: string }) => file.filePath)).toEqual(['a.txt', 'b.md']);
    for (const file of report) expect(Object.keys(file)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'fixableCount', 'unit']);
    expect(report[0].unit).toBeNull();
    expect(report[0].messages[0].unit).toBeNull();
    expect(Object.keys(report[0].messages[0])).toEqual(MESSAGE_KEYS);
    expect(report[0].messages[0]).toMatchObject({ ruleId: 'placeholders', severity: 'error', category: 'mistake', urgency: 'general', line: 1, column: 5, endLine: 1, endColumn: 8, text: 'XXX' });
    expect(report[1].messages[0]).toMatchObject({ ruleId: 'fujin/column-names', severity: 'warning', suggestions: ['新闻中心'], fix: { range: [2, 6], text: '新闻中心' } });
    expect(report[1]).toMatchObject({ errorCount: 0, warningCount: 1, fixableCount: 1 });
  });

  it('fixes files in place, keeps CRLF and BOM, leaves files without fixes untouched, and is idempotent', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const root = makeProject({
      'crlf.txt': '第一段，新闻动态。\r\n第二段，新闻动态栏目。\r\n',
      'bom.md': Buffer.concat([bom, Buffer.from('# 标题\n\n新闻动态\n')]),
      'untouched.txt': '负责人：XXX\n',
      'cuomin.config.json': pluginConfig,
    });
    const before = fs.statSync(path.join(root, 'untouched.txt')).mtimeMs;
    const first = runCli(['--fix', '.', '-f', 'json'], { cwd: root });
    expect(fs.readFileSync(path.join(root, 'crlf.txt'), 'utf8')).toBe('第一段，新闻中心。\r\n第二段，新闻中心栏目。\r\n');
    const fixedBom = fs.readFileSync(path.join(root, 'bom.md'));
    expect([...fixedBom.subarray(0, 3)]).toEqual([...bom]);
    expect(fixedBom.subarray(3).toString('utf8')).toBe('# 标题\n\n新闻中心\n');
    expect(fs.statSync(path.join(root, 'untouched.txt')).mtimeMs).toBe(before);
    const report = JSON.parse(first.stdout);
    expect(report.find((file: { filePath: string }) => file.filePath === 'crlf.txt').messages).toEqual([]);
    expect(first.status).toBe(1); // the placeholder in untouched.txt remains
    const snapshot = () => ['crlf.txt', 'bom.md', 'untouched.txt'].map((file) => fs.readFileSync(path.join(root, file), 'latin1'));
    const afterFirst = snapshot();
    runCli(['--fix', '.'], { cwd: root });
    expect(snapshot()).toEqual(afterFirst);
    expect(fs.readdirSync(root).filter((name) => name.includes('cuomin-tmp'))).toEqual([]);
  });

  it('prints a unified diff with --fix-dry-run and writes nothing', () => {
    const root = makeProject({ 'a.txt': '请在新闻动态栏目发布。\n', 'cuomin.config.json': pluginConfig });
    const run = runCli(['--fix-dry-run', 'a.txt'], { cwd: root });
    expect(run.stdout).toContain('--- a/a.txt');
    expect(run.stdout).toContain('+++ b/a.txt');
    expect(run.stdout).toContain('-请在新闻动态栏目发布。');
    expect(run.stdout).toContain('+请在新闻中心栏目发布。');
    expect(fs.readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('请在新闻动态栏目发布。\n');
  });

  it('lints standard input, choosing the format by --stdin-filename', () => {
    const root = makeProject();
    const run = runCli(['--stdin', '--stdin-filename', 'draft.md', '-f', 'json'], { cwd: root, input: '```\nXXX\n```\n\n负责人：XXX\n' });
    const [result] = JSON.parse(run.stdout);
    expect(result.filePath).toBe('draft.md');
    expect(result.messages.map((m: { line: number }) => m.line)).toEqual([5]);
  });

  it('prints fixed standard input on stdout with --stdin --fix', () => {
    const root = makeProject({ 'cuomin.config.json': pluginConfig });
    const run = runCli(['--stdin', '--fix'], { cwd: root, input: '新闻动态' });
    expect(run.stdout).toBe('新闻中心');
    expect(run.status).toBe(0);
  });

  it('keeps only errors with --quiet and applies --max-warnings', () => {
    const root = makeProject({ 'a.txt': '请在新闻动态栏目发布。\n', 'cuomin.config.json': pluginConfig });
    const quiet = runCli(['a.txt', '--quiet', '-f', 'json'], { cwd: root });
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([]);
    expect(runCli(['a.txt'], { cwd: root }).status).toBe(0);
    expect(runCli(['a.txt', '--max-warnings', '0'], { cwd: root }).status).toBe(1);
    expect(runCli(['a.txt', '--max-warnings', '1'], { cwd: root }).status).toBe(0);
  });

  it('overrides severities with repeated --rule flags', () => {
    const root = makeProject({ 'a.txt': '负责人：XXX，新闻动态\n', 'cuomin.config.json': pluginConfig });
    const run = runCli(['a.txt', '--rule', 'placeholders:off', '--rule', 'fujin/column-names:error', '-f', 'json'], { cwd: root });
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.map((m: { ruleId: string; severity: string }) => `${m.ruleId}:${m.severity}`)).toEqual(['fujin/column-names:error']);
  });

  it('speaks English with --locale en', () => {
    const root = makeProject({ 'a.txt': '负责人：XXX\n' });
    const run = runCli(['a.txt', '--locale', 'en'], { cwd: root });
    expect(run.stdout).toContain('Placeholder "XXX" left in');
    expect(run.stdout).toContain('1 problem(s) (1 error(s)');
  });

  it('writes the report to --output-file', () => {
    const root = makeProject({ 'a.txt': '负责人：XXX\n' });
    const run = runCli(['a.txt', '-f', 'json', '-o', 'reports/out.json'], { cwd: root });
    expect(run.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(root, 'reports/out.json'), 'utf8'))[0].errorCount).toBe(1);
  });

  it('colours output with FORCE_COLOR and not with --no-color or NO_COLOR', () => {
    const root = makeProject({ 'a.txt': '负责人：XXX\n' });
    expect(runCli(['a.txt'], { cwd: root, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runCli(['a.txt', '--no-color'], { cwd: root, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli(['a.txt'], { cwd: root, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('honours .cuominignore, config ignores, node_modules and dot-folders', () => {
    const root = makeProject({
      'site/a.txt': 'XXX',
      'site/old/b.txt': 'XXX',
      'site/drafts/c.md': 'XXX',
      'site/node_modules/d.txt': 'XXX',
      'site/.git/e.txt': 'XXX',
      '.cuominignore': 'site/old/\n',
      'cuomin.config.json': JSON.stringify({ ignores: ['site/drafts/**'] }),
    });
    const run = runCli(['site', '-f', 'json'], { cwd: root });
    expect(JSON.parse(run.stdout).map((file: { filePath: string }) => file.filePath)).toEqual(['site/a.txt']);
  });

  it('matches config ignores and units relative to the config file, from any working directory', () => {
    const root = makeProject({
      'cuomin.config.json': JSON.stringify({ ignores: ['archive/**'], units: { 'sub/**': '富锦市水务局' } }),
      'archive/b.txt': 'XXX',
      'sub/deep/a.txt': 'XXX',
    });
    const run = runCli(['.', '../../archive', '-f', 'json'], { cwd: path.join(root, 'sub/deep') });
    const report = JSON.parse(run.stdout);
    expect(report.map((file: { filePath: string; unit?: string }) => [file.filePath, file.unit])).toEqual([['a.txt', '富锦市水务局']]);
  });

  it('lints only supported formats from globs, and refuses an unsupported file or an empty selection', () => {
    const root = makeProject({ 'site/a.md': 'XXX', 'site/logo.png': Buffer.from([0x89, 0x50]), 'site/page.pdf': '%PDF', 'empty/.keep': '' });
    expect(JSON.parse(runCli(['site/*', '-f', 'json'], { cwd: root }).stdout).map((file: { filePath: string }) => file.filePath)).toEqual(['site/a.md']);
    const unsupported = runCli(['site/page.pdf'], { cwd: root });
    expect(unsupported.status).toBe(2);
    expect(unsupported.stderr).toContain('不支持的文件格式：site/page.pdf');
    const empty = runCli(['empty'], { cwd: root });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('没有找到可检查的文件');
  });

  it('expands globs', () => {
    const root = makeProject({ 'a/x.md': 'XXX', 'b/y.md': 'XXX', 'b/z.txt': 'XXX' });
    const run = runCli(['**/*.md', '-f', 'json'], { cwd: root });
    expect(JSON.parse(run.stdout).map((file: { filePath: string }) => file.filePath)).toEqual(['a/x.md', 'b/y.md']);
  });

  it('gives an unreadable file one fatal message and goes on with the others', () => {
    const root = makeProject({ 'bad.txt': Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff]), 'good.txt': '负责人：XXX\n' });
    const run = runCli(['.', '-f', 'json'], { cwd: root });
    const report = JSON.parse(run.stdout);
    expect(report[0]).toMatchObject({ filePath: 'bad.txt', errorCount: 1 });
    expect(report[0].messages[0]).toMatchObject({ fatal: true, ruleId: null, severity: 'error' });
    expect(report[1].messages[0].text).toBe('XXX');
    expect(run.status).toBe(1);
  });

  it('maps files to their responsible unit: the one the draft names, else the config path globs, else null', () => {
    const root = makeProject({
      'water/a.txt': 'XXX',
      'water/b.md': '---\nunit: 富锦市应急管理局\n---\n\nXXX\n',
      'water/c.md': '---\n供稿单位: 富锦市教育局\n---\n\nXXX\n',
      'other/d.txt': 'XXX',
      'cuomin.config.json': JSON.stringify({ units: { 'water/**': '富锦市水务局' }, ...APPROVAL_OFF }),
    });
    const report = JSON.parse(runCli(['.', '-f', 'json'], { cwd: root }).stdout) as Array<{ filePath: string; unit: string | null; messages: Array<{ unit: string | null }> }>;
    expect(report.map((file) => [file.filePath, file.unit, file.messages.map((message) => message.unit)])).toEqual([
      ['other/d.txt', null, [null]],
      ['water/a.txt', '富锦市水务局', ['富锦市水务局']],
      ['water/b.md', '富锦市应急管理局', ['富锦市应急管理局']],
      ['water/c.md', '富锦市教育局', ['富锦市教育局']],
    ]);
  });

  it.each([
    [['lint'], '请给出要检查的文件'],
    [['missing-dir'], '找不到文件或目录：missing-dir'],
    [['*.nothing'], '没有与“*.nothing”匹配的文件'],
    [['a.txt', '--format', 'xml'], '不支持的输出格式“xml”'],
    [['a.txt', '--date', '2026-13-01'], '--date 应为有效日期'],
    [['a.txt', '--max-warnings', 'many'], '--max-warnings 应为非负整数'],
    [['a.txt', '--locale', 'fr'], '--locale 只能是 zh 或 en'],
    [['a.txt', '--rule', 'nope:error'], '未知规则“nope”'],
    [['a.txt', '-c', 'nowhere.json'], '找不到配置文件'],
    [['a.txt', '--bogus'], "未知选项：unknown option '--bogus'"],
    [['a.txt', '--format'], '选项缺少参数'],
  ])('exits 2 with a clear message for %j', (args, expected) => {
    const root = makeProject({ 'a.txt': '正文。' });
    const run = runCli(args, { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming the file and key of a bad config', () => {
    const root = makeProject({ 'a.txt': '正文。', '.cuominrc.json': JSON.stringify({ rules: { placeholders: ['error', { extra: 1 }] } }) });
    const run = runCli(['a.txt'], { cwd: root });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('.cuominrc.json');
    expect(run.stderr).toContain('rules.placeholders[1].extra');
  });

  it('takes the document date from front matter, else --date', () => {
    // The date reaches rules through context.date; checked here through a plugin-free run that must not fail on --date.
    const root = makeProject({ 'a.md': '---\ndate: 2026-11-20\n---\n正文。\n' });
    expect(runCli(['a.md', '--date', '2020-02-29'], { cwd: root }).status).toBe(0);
  });
});

describe('cuomin rules and init', () => {
  it('lists every rule with category, default severity and fixability', () => {
    const run = runCli(['rules']);
    expect(run.status).toBe(0);
    for (const id of ['placeholders']) expect(run.stdout).toMatch(new RegExp(`^${id}\\s+错\\s+\\w+\\s+[是否]\\s+\\S`, 'm'));
    const json = JSON.parse(runCli(['rules', '--json']).stdout);
    expect(json[0]).toHaveProperty('defaultSeverity');
  });

  it('lists plugin rules with --config', () => {
    const root = makeProject({ 'cuomin.config.json': pluginConfig });
    expect(runCli(['rules', '--locale', 'en'], { cwd: root }).stdout).toContain('fujin/column-names');
  });

  it('writes a commented starter config that cuomin then accepts, and refuses to overwrite it', () => {
    const root = makeTempProject({ 'a.txt': '正文。\n编辑：王晓明\n审核：李红\n监审：赵刚\n审批单号：FJ-2026-0457\n' });
    const init = runCli(['init'], { cwd: root });
    expect(init.status).toBe(0);
    const written = fs.readFileSync(path.join(root, 'cuomin.config.yaml'), 'utf8');
    expect(written).toContain('# ');
    expect(written).toContain('placeholders: error');
    expect(runCli(['a.txt'], { cwd: root }).status).toBe(0);
    const again = runCli(['init'], { cwd: root });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
  });
});
