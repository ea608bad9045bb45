import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { defineRule, type LintMessage, type ResolvedRuleSetting, type Rule } from '../../src/engine/types.js';
import { FINGERPRINT_LENGTH, fatalFingerprint, findingContext, normalizeFingerprintPath } from '../../src/engine/fingerprint.js';
import { builtinRules } from '../../rules/index.js';

/** Rules whose findings do not depend on dictionaries or on the document's sign-off: real findings on real drafts. */
const RULE_IDS = ['placeholders', 'punctuation', 'doc-number', 'numbers', 'numbering'];

function linter(locale: 'zh' | 'en' = 'zh', extra: Array<Rule<never>> = []): Linter {
  const rules = new Map<string, Rule<never>>([...builtinRules.filter((rule) => RULE_IDS.includes(rule.meta.id)), ...extra].map((rule) => [rule.meta.id, rule]));
  const settings: Record<string, ResolvedRuleSetting> = {};
  for (const [id, rule] of rules) settings[id] = { severity: rule.meta.defaultSeverity, explicit: false, options: (rule.meta.options?.parse({}) ?? {}) as Record<string, unknown> };
  return new Linter({ rules, settings, locale, date: '2026-11-25' });
}

const zh = linter('zh');
const lint = (text: string, file = 'drafts/notice.txt') => zh.lintText(text, `/somewhere/${file}`, { fingerprintPath: file });
const fingerprints = (messages: LintMessage[]) => messages.map((message) => message.fingerprint);
/** What a finding is, apart from where: to pair findings before and after an edit. */
const identity = (messages: LintMessage[]) => messages.map((message) => `${message.ruleId}|${message.text}|${message.message}`);

const HEATING = fs.readFileSync('fixtures/drafts/notice-heating.txt', 'utf8');
const HEATING_LINES = HEATING.split('\n');
/** Real sentences from a clean notice, each of which lints silent (asserted below). */
const CLEAN_LINES = [
  '　　为进一步提升政府网站内容质量，市政府办公室决定开展政府网站内容自查工作。现将有关事项通知如下。',
  '　　市政府门户网站各栏目2026年1月1日以来发布的全部信息。',
  '　　各单位要于2026年12月10日前完成自查，整改情况报市政府办公室。',
  '富锦市人民政府办公室',
  '',
  '　　',
];
/** Lines of the heating notice that no finding touches and that are not list items: safe to edit or replace. */
const NUMBERED = /^[\s　]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/u;

describe('fingerprints', () => {
  const base = lint(HEATING);

  it('are present on every finding of a real draft, 32 hex characters, all different', () => {
    expect(base.length).toBeGreaterThanOrEqual(6);
    expect(identity(base)).toContain('placeholders|XXX|遗留占位文字“XXX”，发布前应填写实际内容');
    for (const message of base) expect(message.fingerprint).toMatch(new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`));
    expect(new Set(fingerprints(base)).size).toBe(base.length);
  });

  it('are the same on every run, in either language, and wherever the repository is checked out', () => {
    expect(fingerprints(lint(HEATING))).toEqual(fingerprints(base));
    const en = linter('en').lintText(HEATING, '/elsewhere/checkout/drafts/notice.txt', { fingerprintPath: 'drafts/notice.txt' });
    expect(en.map((message) => message.message)).not.toEqual(base.map((message) => message.message));
    expect(fingerprints(en)).toEqual(fingerprints(base));
    expect(fingerprints(zh.lintText(HEATING, '/x/y.txt', { fingerprintPath: 'drafts\\notice.txt' }))).toEqual(fingerprints(base));
    expect(fingerprints(zh.lintText(HEATING, '/x/y.txt', { fingerprintPath: './drafts/notice.txt' }))).toEqual(fingerprints(base));
  });

  it('depend on the file: the same text in another file, or the absolute path when no fingerprint path is given, differs', () => {
    const other = fingerprints(lint(HEATING, 'drafts/other.txt'));
    expect(other.some((fingerprint, index) => fingerprint === base[index].fingerprint)).toBe(false);
    const absoluteA = fingerprints(zh.lintText(HEATING, '/checkout-a/drafts/notice.txt'));
    const absoluteB = fingerprints(zh.lintText(HEATING, '/checkout-b/drafts/notice.txt'));
    expect(absoluteA[0]).not.toBe(absoluteB[0]);
  });

  it('do not change when CRLF line endings replace LF', () => {
    const crlf = lint(HEATING.replace(/\n/g, '\r\n'));
    expect(identity(crlf)).toEqual(identity(base));
    expect(fingerprints(crlf)).toEqual(fingerprints(base));
  });

  it('the clean sentences used below are clean', () => {
    for (const line of CLEAN_LINES) expect(lint(line)).toEqual([]);
  });

  it('do not change when lines are inserted above (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: HEATING_LINES.length }), fc.array(fc.constantFrom(...CLEAN_LINES), { minLength: 1, maxLength: 6 }), (at, inserted) => {
        const edited = [...HEATING_LINES.slice(0, at), ...inserted, ...HEATING_LINES.slice(at)].join('\n');
        const after = lint(edited);
        expect(identity(after)).toEqual(identity(base));
        expect(after.map((message) => message.line)).toEqual(base.map((message) => (message.line > at ? message.line + inserted.length : message.line)));
        expect(fingerprints(after)).toEqual(fingerprints(base));
      }),
      { numRuns: 60 },
    );
  });

  it('do not change when an unrelated paragraph is edited, replaced or removed (property)', () => {
    const touched = new Set(base.flatMap((message) => Array.from({ length: message.endLine - message.line + 1 }, (_, i) => message.line + i)));
    const editable = HEATING_LINES.map((line, index) => ({ line, number: index + 1 })).filter(({ line, number }) => line.trim() !== '' && !touched.has(number) && !NUMBERED.test(line));
    expect(editable.length).toBeGreaterThanOrEqual(3);
    const edit = fc.oneof(
      fc.constant((line: string) => line.replace(/。$/, '，确保按时完成。')),
      fc.constant((line: string) => `${line}进一步`),
      fc.constant(() => ''),
      fc.constantFrom(...CLEAN_LINES).map((replacement) => () => replacement),
    );
    fc.assert(
      fc.property(fc.constantFrom(...editable), edit, ({ line, number }, change) => {
        const lines = [...HEATING_LINES];
        lines[number - 1] = change(line);
        const after = lint(lines.join('\n'));
        expect(identity(after)).toEqual(identity(base));
        expect(fingerprints(after)).toEqual(fingerprints(base));
      }),
      { numRuns: 60 },
    );
  });

  it('tell apart two identical mistakes in different sentences, and the same sentence written twice', () => {
    const [inFirst, inSecond] = lint('请XXX单位于月底前报送材料。明确XXX为第一责任人。');
    expect(inFirst.text).toBe('XXX');
    expect(inSecond.text).toBe('XXX');
    expect(inFirst.fingerprint).not.toBe(inSecond.fingerprint);
    const repeated = lint('请XXX单位于月底前报送材料。\n\n请XXX单位于月底前报送材料。');
    expect(repeated).toHaveLength(2);
    expect(repeated[0].fingerprint).not.toBe(repeated[1].fingerprint);
    // …and which one is first stays first: deleting the line above the pair does not swap them.
    const shifted = lint(`各镇（街道）：\n${'请XXX单位于月底前报送材料。\n\n请XXX单位于月底前报送材料。'}`);
    expect(fingerprints(shifted)).toEqual(fingerprints(repeated));
  });

  it('tell apart identical mistakes in many different sentences (property)', () => {
    const sentence = fc.constantFrom(...CLEAN_LINES.filter((line) => line.trim().length > 12)).chain((line) => {
      const text = line.trim();
      // Between two Chinese characters, where XXX is a placeholder and not part of a code like XXX2026.
      const cuts = [...text].map((_, index) => index).filter((index) => index > 0 && /\p{Script=Han}/u.test(text[index - 1]) && /\p{Script=Han}/u.test(text[index]));
      return fc.constantFrom(...cuts).map((cut) => `${text.slice(0, cut)}XXX${text.slice(cut)}`);
    });
    fc.assert(
      fc.property(fc.uniqueArray(sentence, { minLength: 2, maxLength: 4 }), (sentences) => {
        const messages = lint(sentences.join('\n\n')).filter((message) => message.ruleId === 'placeholders');
        expect(messages).toHaveLength(sentences.length);
        expect(new Set(fingerprints(messages)).size).toBe(sentences.length);
      }),
      { numRuns: 40 },
    );
  });

  it('of one mistake stay when an identical mistake in another sentence is corrected', () => {
    const [, second] = lint('请XXX单位于月底前报送材料。\n\n明确XXX为第一责任人。');
    const [alone] = lint('请某单位于月底前报送材料。\n\n明确XXX为第一责任人。');
    expect(alone.text).toBe('XXX');
    expect(alone.fingerprint).toBe(second.fingerprint);
  });

  it('change when the mistake itself changes', () => {
    const [xxx] = lint('请XXX单位于月底前报送材料。');
    const [mou] = lint('请某某单位于月底前报送材料。');
    expect(mou.text).toBe('某某');
    expect(xxx.fingerprint).not.toBe(mou.fingerprint);
  });

  it('are given to fatal messages: a front matter that cannot be parsed, a rule that crashes', () => {
    const broken = '---\ntitle: [未闭合\n---\n\n正文。\n';
    const [fatal] = zh.lintText(broken, '/a/drafts/news.md', { fingerprintPath: 'drafts/news.md' });
    expect(fatal).toMatchObject({ fatal: true, ruleId: null });
    expect(fatal.fingerprint).toBe(fatalFingerprint('drafts/news.md', fatal));
    expect(zh.lintText(broken, '/b/drafts/news.md', { fingerprintPath: 'drafts/news.md' })[0].fingerprint).toBe(fatal.fingerprint);

    const crashing = defineRule({
      meta: { id: 'crashing', description: { zh: '示例', en: 'demo' }, category: 'mistake', urgency: 'general', defaultSeverity: 'error', fixable: false, messages: {} },
      check() {
        throw new Error('boom');
      },
    }) as Rule<never>;
    const [crash] = linter('zh', [crashing]).lintText('正文。', '/a/x.txt', { fingerprintPath: 'x.txt' }).filter((message) => message.fatal);
    expect(crash).toMatchObject({ ruleId: 'crashing', fatal: true });
    expect(crash.fingerprint).toBe(fatalFingerprint('x.txt', crash));
  });

  it('carry through --fix: the findings left after fixing keep fingerprints computed from the fingerprint path', () => {
    const fixed = zh.fixText('检查组深入XXX企业,查看了消防设施。', '/a/b.txt', { fingerprintPath: 'b.txt' });
    expect(fixed.output).toBe('检查组深入XXX企业，查看了消防设施。');
    expect(fixed.messages.map((message) => message.fingerprint)).toEqual(fingerprints(zh.lintText(fixed.output, '/other/b.txt', { fingerprintPath: 'b.txt' })));
  });
});

describe('fingerprint helpers', () => {
  it('normalise paths to forward slashes without ./', () => {
    expect(normalizeFingerprintPath('.\\drafts\\a.md')).toBe('drafts/a.md');
    expect(normalizeFingerprintPath('./drafts/a.md')).toBe('drafts/a.md');
  });

  it('keep context within the sentence and the line, without whitespace', () => {
    const source = '上一句。检查组 深入XXX企业，查看情况。下一句\n下一行';
    const start = source.indexOf('XXX');
    expect(findingContext(source, start, start + 3)).toBe('检查组深入\u0000企业，查看情况。');
    const line = '第一行\n请XXX报送';
    expect(findingContext(line, line.indexOf('XXX'), line.indexOf('XXX') + 3)).toBe('请\u0000报送');
  });
});
