// `cuomin dictionaries`: the dictionaries in effect, and --check running a unit's own dictionary's specs.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const GOOD = `dictionary: fujin-local
rule: typos
entries:
  - term: 富锦市政府网
    replacements: [富锦市人民政府网]
    fix: true
    specs:
      flag:
        - text: 请登录富锦市政府网查询。
          fixed: 请登录富锦市人民政府网查询。
      pass:
        - 请登录富锦市人民政府网查询。
`;

// Three wrong entries: a spec the term cannot flag, a fix that is not what the spec says, a pass text it flags (an
// entry needs a flag spec, so 签定 has a right one too).
const BAD = `dictionary: fujin-bad
rule: typos
entries:
  - term: 联系会
    replacements: [联席会]
    specs:
      flag:
        - 召开部门联席会议。
  - term: 帐户
    replacements: [账户]
    fix: true
    specs:
      flag:
        - text: 开立帐户。
          fixed: 开立帐号。
  - term: 签定
    replacements: [签订]
    specs:
      flag:
        - 双方依法签定合同。
      pass:
        - 双方签定合同。
`;

function project(files: Record<string, string>): string {
  return makeTempProject({ 'cuomin.config.json': JSON.stringify({ dictionaries: ['dict/local.yaml'] }), 'dict/local.yaml': GOOD, ...files });
}

describe('cuomin dictionaries', () => {
  it('lists the config’s dictionary before the shipped ones, with rule and entry count', () => {
    const run = runCli(['dictionaries'], { cwd: project({}) });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^词典\s+规则\s+词条\s+文件$/);
    expect(lines[1]).toMatch(/^fujin-local\s+typos\s+1\s+dict\/local\.yaml$/);
    expect(run.stdout).toMatch(/\ntypos\s+typos\s+\d{4}\s+\S*dictionaries\/typos\.yaml\n/);
  });

  it('passes a correct dictionary with --check and exits 0', () => {
    const run = runCli(['dictionaries', 'dict/local.yaml', '--check'], { cwd: project({}) });
    expect(run.stdout).toBe('✓ dict/local.yaml：1 条词条、2 个示例全部通过\n共 1 个词典、2 个示例，全部通过\n');
    expect(run.status).toBe(0);
  });

  it('names every failing spec of a wrong dictionary and exits 1', () => {
    const run = runCli(['dictionaries', 'dict/bad.yaml', '--check'], { cwd: project({ 'dict/bad.yaml': BAD }) });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ dict/bad.yaml：3 个示例未通过');
    expect(run.stdout).toContain('“联系会” 应检出而未检出：召开部门联席会议。');
    expect(run.stdout).toContain('“帐户” 修复结果不符：开立帐户。\n      应为：开立帐号。\n      实为：开立账户。');
    expect(run.stdout).toContain('“签定” 不应检出而检出了“签定”：双方签定合同。');
    expect(run.stdout).toContain('共 1 个词典、4 个示例，3 个未通过');
  });

  it('reports in English and as JSON', () => {
    const root = project({ 'dict/bad.yaml': BAD });
    const english = runCli(['dictionaries', 'dict/bad.yaml', '--check', '--locale', 'en'], { cwd: root });
    expect(english.status).toBe(1);
    expect(english.stdout).toContain('✗ dict/bad.yaml: 3 failing specs');
    expect(english.stdout).toContain('"联系会" should flag but does not: 召开部门联席会议。');
    expect(english.stdout).toContain('1 dictionary, 4 specs, 3 failing');
    const json = runCli(['dictionaries', 'dict/bad.yaml', '--check', '--json'], { cwd: root });
    expect(json.status).toBe(1);
    const [report] = JSON.parse(json.stdout);
    expect(report).toMatchObject({ id: 'fujin-bad', rule: 'typos', entries: 3, file: 'dict/bad.yaml', specs: 4 });
    expect(report.failures.map((f: { kind: string; term: string }) => `${f.kind} ${f.term}`)).toEqual(['not-flagged 联系会', 'wrong-fix 帐户', 'flagged 签定']);
  });

  it('checks the config’s and the shipped dictionaries when no file is named', () => {
    const run = runCli(['dictionaries', '--check'], { cwd: project({}) });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ dict/local.yaml：1 条词条、2 个示例全部通过');
    expect(run.stdout).toMatch(/✓ \S*dictionaries\/typos\.yaml：\d+ 条词条/);
    expect(run.stdout).toMatch(/共 6 个词典、\d+ 个示例，全部通过\n$/);
  });

  it('reports a dictionary whose rule does not exist once, not once per entry', () => {
    const root = project({ 'dict/norule.yaml': GOOD.replace('dictionary: fujin-local\nrule: typos', 'dictionary: norule\nrule: no-such-rule') });
    const run = runCli(['dictionaries', 'dict/norule.yaml', '--check'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('✗ dict/norule.yaml\n    词典所属的规则 no-such-rule 不存在，示例无法运行\n共 1 个词典、2 个示例，0 个未通过；1 个词典的规则不存在\n');
  });

  it('runs a plugin dictionary’s specs through the plugin’s own rule, as lint does', () => {
    // The plugin's rule reports its dictionary's hits only in texts about this city (本市).
    const plugin = `export default {
  name: 'fujin',
  rules: {
    'old-names': {
      meta: { id: 'old-names', description: { zh: '旧称', en: 'old names' }, category: 'mistake', urgency: 'general',
        defaultSeverity: 'warning', fixable: false, messages: { old: { zh: '旧称“{{text}}”', en: 'old name "{{text}}"' } } },
      check(context) {
        if (!context.document.text.includes('本市')) return;
        for (const hit of context.dictionaryHits()) context.report({ messageId: 'old', data: { text: hit.entry.term }, start: hit.start, end: hit.end });
      },
    },
  },
  dictionaries: ['./old-names.yaml'],
};
`;
    const dictionary = `dictionary: fujin-old-names
rule: fujin/old-names
entries:
  - term: 老街道办
    replacements: [街道办事处]
    specs:
      flag:
        - 本市老街道办已撤销。
      pass:
        - 请到老街道办办理。
`;
    const root = makeTempProject({
      'cuomin.config.json': JSON.stringify({ plugins: ['./plugin/index.js'] }),
      'plugin/index.js': plugin,
      'plugin/old-names.yaml': dictionary,
    });
    const run = runCli(['dictionaries', '--check'], { cwd: root });
    expect(run.stdout).toContain('✓ plugin/old-names.yaml：1 条词条、2 个示例全部通过');
    expect(run.status).toBe(0);
  });

  it('rejects a --date that is not a date, with exit 2', () => {
    const run = runCli(['dictionaries', '--check', '--date', '2026-02-30'], { cwd: project({}) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--date 应为有效日期 YYYY-MM-DD');
  });

  it('runs the specs of an outdated term as of --date, or of the spec’s own date', () => {
    const dated = `dictionary: dated
rule: outdated-terms
entries:
  - term: 富锦市工信局
    replacements: [富锦市工业和信息化局]
    from: "2025-01-01"
    specs:
      flag:
        - 富锦市工信局发布通知。
      pass:
        - text: 富锦市工信局发布通知。
          date: "2024-06-01"
`;
    const root = project({ 'dict/dated.yaml': dated });
    expect(runCli(['dictionaries', 'dict/dated.yaml', '--check', '--date', '2026-01-01'], { cwd: root }).status).toBe(0);
    const early = runCli(['dictionaries', 'dict/dated.yaml', '--check', '--date', '2024-12-31'], { cwd: root });
    expect(early.status).toBe(1);
    expect(early.stdout).toContain('“富锦市工信局” 应检出而未检出：富锦市工信局发布通知。');
  });

  it('says what is wrong with a broken or missing file, without a stack trace, and exits 2', () => {
    const root = project({ 'dict/broken.yaml': 'dictionary: x\nrule: typos\nentries:\n  - replacements: [y]\n' });
    const broken = runCli(['dictionaries', 'dict/broken.yaml', '--check'], { cwd: root });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^cuomin: .*broken\.yaml/);
    expect(broken.stderr).not.toMatch(/\n\s+at /);
    const missing = runCli(['dictionaries', 'dict/none.yaml'], { cwd: root });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('无法读取');
  });
});
