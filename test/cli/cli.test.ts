import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { BIN, runCli } from '../helpers/run-cli.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const pluginPath = path.resolve('test/fixtures/cuomin-plugin-fujin/index.js');
/** These tests are about the CLI, not about clearance: the approval rule (tested on its own) is off in their projects. */
const APPROVAL_OFF = { rules: { approval: 'off' } };
const pluginConfig = JSON.stringify({ plugins: [pluginPath], ...APPROVAL_OFF });

function makeProject(files: Record<string, string | Buffer> = {}): string {
  const hasConfig = Object.keys(files).some((name) => /(^|\/)(cuomin\.config\.\w+|\.cuominrc(\.\w+)?)$/.test(name));
  return makeTempProject(hasConfig ? files : { ...files, 'cuomin.config.json': JSON.stringify(APPROVAL_OFF) });
}

const MESSAGE_KEYS = ['ruleId', 'severity', 'category', 'urgency', 'message', 'line', 'column', 'endLine', 'endColumn', 'text', 'suggestions', 'fingerprint', 'unit'];

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

  it('stops quietly when the reader of its output goes away (`| head`)', () => {
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`drafts/${i}.md`, '# 通知\n\n请XXX单位报送材料。\n']));
    const root = makeProject(files);
    const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" drafts -f json | head -c 1`], { cwd: root, encoding: 'utf8' });
    expect(run.stdout).toBe('[');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(141);
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

describe('cuomin lint: encodings and .docx', () => {
  const GBK_NOTICE = '关于做好供热工作的通知\r\n　　为确保我市供热工作平稳有序,保障群众温暖过冬，朱镕基同志曾要求再接再励。\r\n';
  const GBK_FIXED = '关于做好供热工作的通知\r\n　　为确保我市供热工作平稳有序，保障群众温暖过冬，朱镕基同志曾要求再接再厉。\r\n';

  it('lints a GBK file and writes its fixes back in GBK, every byte outside the fixes unchanged', () => {
    const original = iconv.encode(GBK_NOTICE, 'gbk');
    const root = makeProject({ 'notice.txt': original });
    const lint = runCli(['notice.txt', '-f', 'json'], { cwd: root });
    expect(JSON.parse(lint.stdout)[0].messages.map((m: { line: number; column: number; text: string }) => `${m.line}:${m.column} ${m.text}`)).toEqual(['2:16 ,', '2:34 再接再励']);
    const fix = runCli(['notice.txt', '--fix'], { cwd: root });
    expect(fix.status).toBe(0);
    const written = fs.readFileSync(path.join(root, 'notice.txt'));
    expect(written.equals(iconv.encode(GBK_FIXED, 'gbk'))).toBe(true);
    // The comma (1 byte → 2) and 励 → 厉 (2 → 2) changed; everything else is the original bytes.
    const comma = original.indexOf(0x2c);
    expect(written.subarray(0, comma).equals(original.subarray(0, comma))).toBe(true);
    expect(written.subarray(-20).equals(original.subarray(-20))).toBe(false);
    const tail = original.subarray(original.indexOf(iconv.encode('励', 'gbk')) + 2);
    expect(written.subarray(written.length - tail.length).equals(tail)).toBe(true);
  });

  it('keeps a UTF-16LE file UTF-16LE with its BOM when fixing', () => {
    const bom = Buffer.from([0xff, 0xfe]);
    const root = makeProject({ 'notice.txt': Buffer.concat([bom, Buffer.from(GBK_NOTICE, 'utf16le')]) });
    expect(runCli(['notice.txt', '--fix'], { cwd: root }).status).toBe(0);
    expect(fs.readFileSync(path.join(root, 'notice.txt')).equals(Buffer.concat([bom, Buffer.from(GBK_FIXED, 'utf16le')]))).toBe(true);
  });

  it('does not write a GBK file whose fix brings in a character GBK cannot hold, and says why', () => {
    const original = iconv.encode('请在新闻动态栏目发布。\n', 'gbk');
    const config = JSON.stringify({ plugins: [pluginPath], ...APPROVAL_OFF, rules: { ...APPROVAL_OFF.rules, 'fujin/column-names': ['warning', { renamed: { 新闻动态: '新闻中心\u{20BB7}' } }] } });
    const root = makeProject({ 'a.txt': original, 'cuomin.config.json': config });
    const run = runCli(['a.txt', '--fix', '-f', 'json'], { cwd: root });
    expect(fs.readFileSync(path.join(root, 'a.txt')).equals(original)).toBe(true);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages[0]).toMatchObject({ ruleId: null, severity: 'error', line: 1, column: 1, message: '修复会写入 GBK 无法表示的字符 “\u{20BB7}”，文件未修改；请手动修改或把文件转换为 UTF-8' });
    expect(result.messages[0].fatal).toBeUndefined();
    expect(result.messages[1]).toMatchObject({ ruleId: 'fujin/column-names', text: '新闻动态', fix: { text: '新闻中心\u{20BB7}' } });
    expect(run.status).toBe(1);
  });

  it('does not write fixes into a file whose bytes would not come back the same', () => {
    // The page says gbk but holds a GB18030 four-byte character: written back as GBK it would lose it.
    const original = iconv.encode('<meta charset="gbk"><p>居民王\u{20BB7}，请到新闻动态栏目查看。</p>\n', 'gb18030');
    const root = makeProject({ 'a.html': original, 'cuomin.config.json': pluginConfig });
    const [result] = JSON.parse(runCli(['a.html', '--fix', '-f', 'json'], { cwd: root }).stdout);
    expect(fs.readFileSync(path.join(root, 'a.html')).equals(original)).toBe(true);
    expect(result.messages.map((m: { ruleId: string | null; message: string }) => m.ruleId ?? m.message)).toEqual([
      '文件的 GBK 编码不能逐字节还原，为免改动修复以外的内容，未写入修复',
      'fujin/column-names',
    ]);
  });

  it('gives a file it cannot decode one fatal message, where the bad bytes are, and lints the others', () => {
    const root = makeProject({ 'bad.txt': Buffer.concat([Buffer.from('第一行\n第二'), Buffer.from([0xc4, 0xe3, 0xff])]), 'good.txt': '负责人：XXX\n' });
    const run = runCli(['.'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/bad\.txt\n\s+2:3\s+错误\s+无法识别文件编码：不是有效的 UTF-8（第 2 行第 3 列起），也不像 GB18030\/GBK 中文文本；已尝试 BOM、UTF-8、GB18030\/GBK。如已知文件编码，请用 --encoding 指定/);
    expect(run.stdout).toMatch(/good\.txt\n\s+1:5\s+错误\s+遗留占位文字“XXX”/);
  });

  it('decodes with --encoding, and refuses an encoding it does not know with exit 2', () => {
    // UTF-16 without a BOM cannot be told from binary: detection refuses it, --encoding reads it.
    const root = makeProject({ 'a.txt': Buffer.from('联系人：XXX\n', 'utf16le') });
    expect(JSON.parse(runCli(['a.txt', '-f', 'json'], { cwd: root }).stdout)[0].messages[0]).toMatchObject({ fatal: true, ruleId: null });
    const run = runCli(['a.txt', '--encoding', 'UTF-16LE', '-f', 'json'], { cwd: root });
    expect(JSON.parse(run.stdout)[0].messages).toMatchObject([{ ruleId: 'placeholders', line: 1, column: 5, text: 'XXX' }]);
    const unknown = runCli(['a.txt', '--encoding', 'big5'], { cwd: root });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('cuomin: --encoding 不支持“big5”（可用：utf-8、utf-16le、utf-16be、gbk、gb2312、gb18030）\n');
  });

  it('reads GBK from standard input and writes the fixed text back in GBK', () => {
    const root = makeProject();
    const result = spawnSync(process.execPath, [BIN, '--stdin', '--fix', '-f', 'json', '-o', 'report.json'], { cwd: root, input: iconv.encode(GBK_NOTICE, 'gbk') });
    expect(result.status).toBe(0);
    expect(result.stdout.equals(iconv.encode(GBK_FIXED, 'gbk'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'report.json'), 'utf8'))[0].messages).toEqual([]);
  });

  it('lints a .docx by paragraph: the line is the paragraph, the message says so, the JSON keys stay', () => {
    const root = makeProject({ 'notice.docx': fs.readFileSync('fixtures/docx/notice-medical-insurance.docx') });
    const stylish = runCli(['notice.docx'], { cwd: root });
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toMatch(/3:30\s+警告\s+中文中使用了半角标点“,”，应为全角“，”（第3段）/);
    expect(stylish.stdout).not.toContain('可用 --fix 自动修复');
    const [result] = JSON.parse(runCli(['notice.docx', '-f', 'json'], { cwd: root }).stdout);
    expect(result.messages.map((m: { ruleId: string; line: number; column: number; text: string }) => `${m.ruleId}@${m.line}:${m.column} ${m.text}`)).toEqual([
      'punctuation@3:30 ,',
      'doc-number@3:67 [2025]',
      'numbering@8:1 四、',
      'typos@9:10 再接再励',
      'personal-info@12:1 身份证号',
      'placeholders@20:7 XXX',
    ]);
    for (const message of result.messages) {
      expect(message.message).toMatch(new RegExp(`（第${message.line}段）$`));
      expect(message).not.toHaveProperty('fix');
    }
    expect(result).toMatchObject({ errorCount: 2, warningCount: 4, fixableCount: 0 });
    expect(runCli(['notice.docx', '--locale', 'en'], { cwd: root }).stdout).toMatch(/3:30\s+warning\s+.*\(paragraph 3\)/);
  });

  it('writes no .docx with --fix and says its fixable findings must be fixed by hand', () => {
    const original = fs.readFileSync('fixtures/docx/notice-medical-insurance.docx');
    const root = makeProject({ 'notice.docx': original, '~$notice.docx': Buffer.from('owner file of Word') });
    const run = runCli(['.', '--fix'], { cwd: root });
    expect(fs.readFileSync(path.join(root, 'notice.docx')).equals(original)).toBe(true);
    // The comma, the document number and the idiom have a certain fix; the numbering gap has a suggestion only.
    expect(run.stderr).toBe('注意：cuomin 不修改 .docx 文件，其中可修复的问题需在 Word 中手动修改：notice.docx（3 处）\n');
    expect(run.stdout).toContain('✖ 已检查 1 个文件'); // Word's ~$ owner file is not a document
    const dryRun = runCli(['notice.docx', '--fix-dry-run'], { cwd: root });
    expect(dryRun.stdout).toBe('');
    expect(dryRun.stderr).toContain('（预演）可自动修复 0 处');
  });

  it('lints a real provincial work report in .docx like its text version', async () => {
    const archive = await JSZip.loadAsync(fs.readFileSync('/work/shared/corpus/clean/gov-reports-2025/_orig/31省区市政府工作报告.zip'), {
      decodeFileName: (bytes) => iconv.decode(Buffer.from(bytes as Uint8Array), 'gb18030'),
    });
    const name = '2025年北京市政府工作报告.docx';
    const root = makeProject({ 'report.docx': await archive.files[name].async('nodebuffer') });
    const run = runCli(['report.docx'], { cwd: root });
    // The one finding: 86个“两重”项目全部开工,“两新”… in the 14th paragraph, as in the corpus text.
    expect(run.stdout).toMatch(/14:93\s+警告\s+中文中使用了半角标点“,”，应为全角“，”（第14段）/);
    expect(run.stdout).toContain('共 1 个问题');
  });
});
