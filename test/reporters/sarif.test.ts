import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fatalMessage, summarize } from '../../src/engine/linter.js';
import type { LintResult } from '../../src/engine/types.js';
import { sarifReporter } from '../../src/reporters/sarif.js';
import { reporters } from '../../src/reporters/index.js';
import { VERSION } from '../../src/version.js';
import { makeTempProject } from '../helpers/temp-dir.js';
import { runCli } from '../helpers/run-cli.js';
import { draftFiles, linterFor, lintFiles, STABLE_RULES } from './lint-drafts.js';

/** The official validator's Linux (or macOS, Windows) binary, as @microsoft/sarif-multitool resolves it. */
const MULTITOOL = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;

interface ValidatorFinding {
  ruleId: string;
  level?: string;
  message: { text?: string; arguments?: string[] };
}

/** Runs `sarif-multitool validate` on the log and returns its findings (the validator's own SARIF output). */
function validate(log: string): ValidatorFinding[] {
  const dir = makeTempProject({ 'cuomin.sarif': log });
  const output = path.join(dir, 'validation.sarif');
  const run = spawnSync(MULTITOOL, ['validate', path.join(dir, 'cuomin.sarif'), '--output', output, '--log', 'ForceOverwrite', '--level', 'Error;Warning;Note'], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  expect(run.stdout).toContain('1 files scanned');
  const validation = JSON.parse(fs.readFileSync(output, 'utf8').replace(/^\uFEFF/, ''));
  expect(validation.runs[0].invocations[0].executionSuccessful).toBe(true);
  return validation.runs[0].results as ValidatorFinding[];
}

const errorsOf = (findings: ValidatorFinding[]) => findings.filter((finding) => (finding.level ?? 'warning') === 'error');

// The log is read back from JSON: `any` lets the assertions walk it freely.
type JsonObject = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

type SarifLog = {
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: JsonObject[] } };
    results: JsonObject[];
    invocations: JsonObject[];
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    language: string;
  }>;
};

describe('sarif reporter', () => {
  const all = linterFor('all');
  const draftResults = lintFiles(all.linter, draftFiles());
  const unreadable = summarize('drafts/乱码 & 旧稿.txt', [fatalMessage('文件不是有效的 UTF-8 编码文本，无法检查')]);
  const allLog = sarifReporter([...draftResults, unreadable], all.context);

  it('is registered as "sarif"', () => {
    expect(reporters.sarif).toBe(sarifReporter);
  });

  it('passes the official SARIF validator (sarif-multitool validate) with no errors, on a real lint of the sample drafts', () => {
    const log = JSON.parse(allLog) as SarifLog;
    expect(log.runs[0].results.length).toBeGreaterThanOrEqual(25);
    const findings = validate(allLog);
    expect(errorsOf(findings)).toEqual([]);
    // The one warning left: the driver names no informationUri (cuomin has no public home page yet).
    expect(findings.filter((finding) => (finding.level ?? 'warning') === 'warning').every((finding) => finding.ruleId === 'SARIF2005')).toBe(true);
    // The validator did read the log: it comments on it (notes such as SARIF2002 on every result message).
    expect(findings.filter((finding) => finding.ruleId === 'SARIF2002').length).toBe(log.runs[0].results.length);
  });

  it('comes out of the real CLI (cuomin fixtures/drafts -f sarif) valid, with the fingerprints of the JSON report', () => {
    const sarif = runCli(['lint', 'fixtures/drafts', '-f', 'sarif', '--date', '2026-11-25']);
    expect(sarif.stderr).toBe('');
    expect(sarif.status).toBe(1);
    expect(errorsOf(validate(sarif.stdout))).toEqual([]);
    const json = JSON.parse(runCli(['lint', 'fixtures/drafts', '-f', 'json', '--date', '2026-11-25']).stdout) as Array<{ messages: Array<{ fingerprint: string; fatal?: boolean }> }>;
    const log = JSON.parse(sarif.stdout) as SarifLog;
    const fromJson = json.flatMap((file) => file.messages.filter((message) => !message.fatal).map((message) => message.fingerprint));
    expect(log.runs[0].results.map((item) => item.partialFingerprints['cuomin/v1'])).toEqual(fromJson);
    expect(fromJson.length).toBeGreaterThanOrEqual(25);
  });

  it('the validation would catch a broken log (the check can fail)', () => {
    const log = JSON.parse(allLog) as SarifLog;
    const region = log.runs[0].results[0].locations[0].physicalLocation.region;
    region.endLine = region.startLine - 1 || 0;
    delete log.runs[0].results[1].ruleId;
    const errors = errorsOf(validate(JSON.stringify(log)));
    expect(errors.map((finding) => finding.ruleId).sort()).toEqual(expect.arrayContaining(['SARIF1007', 'SARIF1010']));
  });

  it('describes every rule of the run in the driver: id, short and full description, help, default level, properties', () => {
    const log = JSON.parse(allLog) as SarifLog;
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'cuomin', version: VERSION });
    expect(driver.rules.map((rule) => rule.id)).toEqual([...all.rules.keys()]);
    const placeholders = driver.rules.find((rule) => rule.id === 'placeholders')!;
    expect(placeholders).toMatchObject({
      shortDescription: { text: all.rules.get('placeholders')!.description.zh },
      defaultConfiguration: { level: 'error' },
      properties: { category: 'mistake', urgency: 'general', fixable: false },
    });
    expect(placeholders.fullDescription.text).toContain('类别：错（差错）；时效：一般（当天下班前改正）');
    expect(placeholders.help.text).toContain(placeholders.fullDescription.text);
    const docNumber = driver.rules.find((rule) => rule.id === 'doc-number')!;
    expect(docNumber).toMatchObject({ name: 'DocNumber', helpUri: all.rules.get('doc-number')!.docs, defaultConfiguration: { level: 'warning' } });
    expect(docNumber.fullDescription.text).toContain('部分问题可用 --fix 自动修复');
    // A reference that is not a web address is said in the help, never given as helpUri.
    const numbering = driver.rules.find((rule) => rule.id === 'numbering')!;
    expect(numbering.helpUri).toBeUndefined();
    expect(numbering.help.text).toContain('GB/T 9704-2012');
    const personalInfo = driver.rules.find((rule) => rule.id === 'personal-info');
    if (personalInfo) expect(personalInfo.properties).toMatchObject({ category: 'sensitive', tags: ['cuomin', 'sensitive', '敏'] });
  });

  it('gives each finding its level, Chinese message, location relative to the working directory, fingerprint and unit', () => {
    const { linter, context } = linterFor(STABLE_RULES);
    const [result] = lintFiles(linter, ['fixtures/drafts/news-with-errors.md']);
    const log = JSON.parse(sarifReporter([result], context)) as SarifLog;
    const run = log.runs[0];
    expect(run.columnKind).toBe('unicodeCodePoints');
    expect(run.language).toBe('zh-CN');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(process.cwd()).href}/`);
    expect(run.results).toHaveLength(result.messages.length);
    const xxx = run.results.find((item) => item.ruleId === 'placeholders' && item.locations[0].physicalLocation.region.snippet.text === 'XXX')!;
    const message = result.messages.find((item) => item.ruleId === 'placeholders' && item.text === 'XXX')!;
    expect(xxx).toEqual({
      ruleId: 'placeholders',
      ruleIndex: run.tool.driver.rules.findIndex((rule) => rule.id === 'placeholders'),
      level: 'error',
      message: { text: '遗留占位文字“XXX”，发布前应填写实际内容' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'fixtures/drafts/news-with-errors.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 13, startColumn: 30, endLine: 13, endColumn: 33, snippet: { text: 'XXX' } },
          },
        },
      ],
      partialFingerprints: { 'cuomin/v1': message.fingerprint },
      properties: { category: 'mistake', urgency: 'general', unit: '富锦市应急管理局', suggestions: [] },
    });
    const comma = run.results.find((item) => item.ruleId === 'punctuation')!;
    expect(comma.level).toBe('warning');
    expect(comma.message.text).toBe('中文中使用了半角标点“,”，应为全角“，”（建议：“，”）');
    const fingerprints = run.results.map((item) => item.partialFingerprints['cuomin/v1']);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('carries fixes whose replacements, applied to the source, give what --fix writes', () => {
    const { linter, context } = linterFor(STABLE_RULES);
    const file = 'fixtures/drafts/news-with-errors.md';
    const source = fs.readFileSync(file, 'utf8');
    const [result] = lintFiles(linter, [file]);
    const log = JSON.parse(sarifReporter([result], context)) as SarifLog;
    const withFixes = log.runs[0].results.filter((item) => item.fixes);
    expect(withFixes.length).toBe(result.fixableCount);
    const docNumber = withFixes.find((item) => item.ruleId === 'doc-number')!;
    expect(docNumber.fixes[0].description.text).toBe('改为“〔2024〕”');
    const [replacement] = docNumber.fixes[0].artifactChanges[0].replacements;
    const { charOffset, charLength } = replacement.deletedRegion;
    expect(source.slice(charOffset, charOffset + charLength)).toBe('[2024]');
    expect(replacement.insertedContent.text).toBe('〔2024〕');
    expect(docNumber.fixes[0].artifactChanges[0].artifactLocation).toEqual({ uri: file, uriBaseId: '%SRCROOT%' });
    // Every replacement deletes exactly the finding's own text here.
    for (const item of withFixes) {
      const region = item.fixes[0].artifactChanges[0].replacements[0].deletedRegion;
      expect(source.slice(region.charOffset, region.charOffset + region.charLength)).toBe(item.locations[0].physicalLocation.region.snippet.text);
    }
  });

  it('maps info to note, and speaks English with locale en', () => {
    const { linter, context } = linterFor(['punctuation'], { locale: 'en', severities: { punctuation: 'info' } });
    const [result] = lintFiles(linter, ['fixtures/drafts/news-with-errors.md']);
    const log = JSON.parse(sarifReporter([result], context)) as SarifLog;
    expect(log.runs[0].language).toBe('en-US');
    expect(log.runs[0].results[0]).toMatchObject({ level: 'note', message: { text: expect.stringMatching(/^[\x20-\x7e“”，]+$/u) } });
    expect(log.runs[0].tool.driver.rules[0].fullDescription.text).toContain('Category: mistake (错)');
    expect(errorsOf(validate(JSON.stringify(log)))).toEqual([]);
  });

  it('reports files that could not be read as tool execution notifications, with their fingerprint', () => {
    const log = JSON.parse(allLog) as SarifLog;
    const [invocation] = log.runs[0].invocations;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: '文件不是有效的 UTF-8 编码文本，无法检查' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: `drafts/${encodeURIComponent('乱码 & 旧稿.txt')}`, uriBaseId: '%SRCROOT%' },
              region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
            },
          },
        ],
        properties: { fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) },
      },
    ]);
    expect(log.runs[0].results.every((item) => !item.locations[0].physicalLocation.artifactLocation.uri.startsWith('drafts/'))).toBe(true);
    const clean = JSON.parse(sarifReporter(draftResults, all.context)) as SarifLog;
    expect(clean.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
    // A note about a file that no rule made (fixes not written for its encoding) is a notification too, not a failure.
    const { fatal: _fatal, ...note } = fatalMessage('修复会写入 GBK 无法表示的字符“𠮷”，文件未修改');
    const noted = JSON.parse(sarifReporter([summarize('drafts/gbk.txt', [note])], all.context)) as SarifLog;
    expect(noted.runs[0].results).toEqual([]);
    expect(noted.runs[0].invocations[0]).toMatchObject({ executionSuccessful: true, toolExecutionNotifications: [{ level: 'error', message: { text: note.message } }] });
  });

  it('counts columns in code points, and places files outside the working directory by file URL', () => {
    const root = makeTempProject({ 'inside/通知.txt': '𠮷𠮷请XXX单位报送材料。\n' });
    const { linter } = linterFor(['placeholders']);
    const results: LintResult[] = lintFiles(linter, ['inside/通知.txt'], root);
    const outside = { ...results[0], filePath: path.join(root, 'inside/通知.txt') };
    const log = JSON.parse(sarifReporter([...results, outside], { ...linterFor(['placeholders'], { cwd: path.join(root, 'elsewhere') }).context })) as SarifLog;
    const [inside, absolute] = log.runs[0].results.map((item) => item.locations[0].physicalLocation);
    expect(inside.region).toMatchObject({ startLine: 1, startColumn: 4, endColumn: 7 });
    expect(absolute.artifactLocation).toEqual({ uri: pathToFileURL(path.join(root, 'inside/通知.txt')).href });
    expect(errorsOf(validate(JSON.stringify(log)))).toEqual([]);
  });

  it('describes rules it was not told about minimally, so every result points at a rule', () => {
    const { linter } = linterFor(['placeholders']);
    const results = lintFiles(linter, ['fixtures/drafts/notice-heating.txt']);
    const log = JSON.parse(sarifReporter(results, { ...linterFor([]).context, rules: undefined })) as SarifLog;
    expect(log.runs[0].tool.driver.rules).toEqual([{ id: 'placeholders', shortDescription: { text: 'placeholders' } }]);
    expect(log.runs[0].results.every((item) => item.ruleIndex === 0)).toBe(true);
  });
});
