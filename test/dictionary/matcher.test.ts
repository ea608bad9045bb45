import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../src/dictionary/parse-dictionary.js';
import { DictionaryError } from '../../src/dictionary/parse-dictionary.js';
import { createDictionaryRule } from '../../src/dictionary/dictionary-rule.js';
import { Linter } from '../../src/engine/linter.js';
import type { Dictionary } from '../../src/dictionary/types.js';
import { isSegmenterLoaded } from '../../src/dictionary/segmenter.js';
import type { Rule } from '../../src/engine/types.js';

const demoRule = createDictionaryRule({
  id: 'demo',
  description: { zh: '示例', en: 'demo' },
  category: 'mistake',
  urgency: 'general',
  defaultSeverity: 'warning',
  fixable: true,
  withReplacement: { zh: '“{{text}}”应为“{{replacement}}”{{reason}}', en: '"{{text}}" → "{{replacement}}"{{reason}}' },
  withoutReplacement: { zh: '“{{text}}”{{reason}}', en: '"{{text}}"{{reason}}' },
});

const sensitiveYaml = `
dictionary: demo-sensitive
rule: demo
normalize: [width, case, traditional, interference]
defaults: { category: sensitive, severity: error, urgency: urgent }
entries:
  - term: 百家乐
    reason: 赌博
    specs: { flag: [百家乐] }
  - term: 网上赌场
    notPrecededBy: [破获]
    specs: { flag: [网上赌场] }
`;

const plainYaml = `
dictionary: demo-plain
rule: demo
defaults: { fix: true }
entries:
  - term: 贯切
    replacements: [贯彻]
    specs: { flag: [贯切] }
  - term: 工商局
    replacements: [市场监督管理局]
    notPrecededBy: [原]
    from: 2018-03-21
    specs: { flag: [工商局] }
  - term: wto成员国
    replacements: [WTO成员]
    specs: { flag: [WTO成员国] }
  - term: 截止
    replacements: [截至]
    followedBy: ['/\\d{4}年/']
    specs: { flag: [截止2025年] }
  - term: 时间
    replacements: [时光]
    wholeWord: true
    specs: { flag: [时间] }
`;

function lint(text: string, dictionaries: Dictionary[], date = '2026-11-27', allow: string[] = []) {
  const linter = new Linter({
    rules: new Map([['demo', demoRule as Rule<never>]]),
    settings: { demo: { severity: 'warning', explicit: false, options: {} } },
    dictionaries,
    date,
    allow,
  });
  return { linter, messages: linter.lintText(text, 'a.txt') };
}

const sensitive = parseDictionary(sensitiveYaml, 'sensitive.yaml');
const plain = parseDictionary(plainYaml, 'plain.yaml');

describe('dictionary matching', () => {
  it('does not load nodejieba for a draft without a whole-word hit (first test of this file on purpose)', () => {
    lint('贯切落实，请到工商局办理。', [plain]);
    expect(isSegmenterLoaded()).toBe(false);
  });

  it('finds obfuscated and traditional forms and reports the exact source text', () => {
    const { messages } = lint('欢迎光临百*家*乐，另有網上賭場和百 家 乐。', [sensitive]);
    expect(messages.map((m) => [m.text, m.column, m.severity, m.category, m.urgency])).toEqual([
      ['百*家*乐', 5, 'error', 'sensitive', 'urgent'],
      ['網上賭場', 13, 'error', 'sensitive', 'urgent'],
      ['百 家 乐', 18, 'error', 'sensitive', 'urgent'],
    ]);
    expect(messages[0].message).toBe('“百*家*乐”（赌博）');
  });

  it('judges context conditions on the normalised text, so traditional forms get the same exceptions', () => {
    expect(lint('警方破獲網上賭場一个', [sensitive]).messages).toEqual([]);
    expect(lint('警方破获网上赌场一个', [sensitive]).messages).toEqual([]);
    expect(lint('欢迎光临網上賭場', [sensitive]).messages.map((m) => m.text)).toEqual(['網上賭場']);
  });

  it('does not join words across a line or punctuation that is not noise', () => {
    expect(lint('百家\n乐', [sensitive]).messages).toEqual([]);
    expect(lint('百家，乐', [sensitive]).messages).toEqual([]);
  });

  it('accepts a hit only under the normalisations its own dictionary allows', () => {
    // demo-plain has [width, case] only: 贯*切 and 貫切 are not its hits, even though one automaton scans for both dictionaries.
    const { messages } = lint('贯*切落实，貫切执行，贯切到底', [sensitive, plain]);
    expect(messages.map((m) => m.text)).toEqual(['贯切']);
  });

  it('folds width and case', () => {
    const { messages, linter } = lint('ＷＴＯ成员国和wto成员国', [plain]);
    expect(messages.map((m) => m.text)).toEqual(['ＷＴＯ成员国', 'wto成员国']);
    expect(linter.fixText('wto成员国', 'a.txt').output).toBe('WTO成员');
  });

  it('applies context conditions and dates', () => {
    expect(lint('原工商局职责划入市场监管部门，请到工商局办理。', [plain]).messages.map((m) => m.column)).toEqual([18]);
    expect(lint('请到工商局办理。', [plain], '2017-05-01').messages).toEqual([]);
    expect(lint('截止2025年底；报名截止日期另行通知', [plain]).messages.map((m) => m.text)).toEqual(['截止']);
  });

  it('checks whole words with nodejieba only when such an entry has a hit', () => {
    expect(lint('时间就是生命', [plain]).messages.map((m) => m.text)).toEqual(['时间']);
    expect(lint('同时间接影响', [plain]).messages).toEqual([]);
    expect(isSegmenterLoaded()).toBe(true);
  });

  it('lets allow words suppress hits they overlap', () => {
    expect(lint('贯切公司成立', [plain], '2026-11-27', ['贯切公司']).messages).toEqual([]);
  });

  it('keeps the longest of overlapping hits of one rule', () => {
    const nested = parseDictionary(`
dictionary: nested
rule: demo
entries:
  - { term: 机智, replacements: [机制], specs: { flag: [机智] } }
  - { term: 体制机智, replacements: [体制机制], specs: { flag: [体制机智] } }
`, 'nested.yaml');
    expect(lint('完善体制机智', [nested]).messages.map((m) => m.text)).toEqual(['体制机智']);
  });

  it('lets an urgent or more severe hit win over a shorter, weaker one it overlaps, and a user entry over a shipped one', () => {
    const shipped = parseDictionary(`
dictionary: shipped
rule: demo
entries:
  - { term: 网上, severity: info, specs: { flag: [网上] } }
  - { term: 贯切, replacements: [贯彻], specs: { flag: [贯切] } }
`, 'shipped.yaml');
    const user = parseDictionary(`
dictionary: user
rule: demo
entries:
  - { term: 贯切, replacements: [贯彻执行], specs: { flag: [贯切] } }
`, 'user.yaml');
    expect(lint('网上赌场', [shipped, sensitive]).messages.map((m) => [m.text, m.severity])).toEqual([['网上赌场', 'error']]);
    expect(lint('要贯切落实', [user, shipped]).messages.map((m) => [m.suggestions[0], m.severity])).toEqual([['贯彻执行', 'warning']]);
  });

  it('rejects a malformed dictionary naming the file and the entry', () => {
    expect(() => parseDictionary('dictionary: x\nrule: demo\nentries:\n  - term: 甲\n', 'bad.yaml')).toThrow(DictionaryError);
    expect(() => parseDictionary('dictionary: x\nrule: demo\nentries:\n  - term: 甲\n    replacement: [乙]\n    specs: { flag: [甲] }\n', 'bad.yaml')).toThrow(
      /bad\.yaml[\s\S]*entries\.0/,
    );
  });
});
