import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { defineRule, type ResolvedRuleSetting, type Rule } from '../../src/engine/types.js';
import placeholders from '../../rules/placeholders.js';

/** Flags every 贯切 (a real IME typo of 贯彻) with a certain fix. */
const typoRule = defineRule({
  meta: {
    id: 'demo-typo',
    description: { zh: '示例', en: 'demo' },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    fixable: true,
    messages: { typo: { zh: '“{{wrong}}”应为“{{right}}”', en: '"{{wrong}}" should be "{{right}}"' } },
  },
  check(context) {
    for (const match of context.document.text.matchAll(/贯切/g)) {
      const start = match.index ?? 0;
      context.report({ messageId: 'typo', data: { wrong: '贯切', right: '贯彻' }, start, end: start + 2, fix: { start, end: start + 2, text: '贯彻' }, suggestions: ['贯彻'], severity: 'error' });
    }
  },
});

function linterWith(rules: Array<Rule<never>>, settings: Record<string, Partial<ResolvedRuleSetting>> = {}, extra: Partial<ConstructorParameters<typeof Linter>[0]> = {}) {
  return new Linter({
    rules: new Map(rules.map((rule) => [rule.meta.id, rule])),
    settings: Object.fromEntries(rules.map((rule) => [rule.meta.id, { severity: rule.meta.defaultSeverity, explicit: false, options: {}, ...settings[rule.meta.id] }])) as Record<string, ResolvedRuleSetting>,
    ...extra,
  });
}

describe('Linter', () => {
  it('reports the exact source text, 1-based positions and the message in Chinese by default', () => {
    const [message] = linterWith([typoRule as Rule<never>]).lintText('# 标题\n\n要**贯切**落实。', 'a.md');
    expect(message).toMatchObject({ ruleId: 'demo-typo', line: 3, column: 4, endLine: 3, endColumn: 6, text: '贯切', message: '“贯切”应为“贯彻”', suggestions: ['贯彻'] });
    expect(message.fix).toEqual({ range: [9, 11], text: '贯彻' });
  });

  it('speaks English with locale en', () => {
    const [message] = linterWith([typoRule as Rule<never>], {}, { locale: 'en' }).lintText('贯切落实', 'a.txt');
    expect(message.message).toBe('"贯切" should be "贯彻"');
  });

  it('lets a per-finding severity stand unless config set the severity', () => {
    expect(linterWith([typoRule as Rule<never>]).lintText('贯切', 'a.txt')[0].severity).toBe('error');
    expect(linterWith([typoRule as Rule<never>], { 'demo-typo': { severity: 'info', explicit: true } }).lintText('贯切', 'a.txt')[0].severity).toBe('info');
  });

  it('skips rules that are off', () => {
    expect(linterWith([typoRule as Rule<never>], { 'demo-typo': { severity: 'off' } }).lintText('贯切', 'a.txt')).toEqual([]);
  });

  it('honours disable-next-line, disable/enable blocks and rule lists', () => {
    const source = [
      '贯切一',
      '',
      '<!-- cuomin-disable-next-line demo-typo -->',
      '贯切二',
      '',
      '<!-- cuomin-disable-next-line placeholders -->',
      '贯切三',
      '',
      '<!-- cuomin-disable -->',
      '',
      '贯切四',
      '',
      '<!-- cuomin-enable -->',
      '',
      '贯切五',
    ].join('\n');
    const lines = linterWith([typoRule as Rule<never>]).lintText(source, 'a.md').map((m) => m.text + m.line);
    expect(lines).toEqual(['贯切1', '贯切7', '贯切15']);
  });

  it('drops findings that overlap an allowed word', () => {
    const linter = linterWith([placeholders as Rule<never>], {}, { allow: ['某某公司'] });
    expect(linter.lintText('某某公司承建，某某负责。', 'a.txt').map((m) => m.column)).toEqual([8]);
  });

  it('keeps only errors with quiet', () => {
    const linter = linterWith([typoRule as Rule<never>, placeholders as Rule<never>], { 'demo-typo': { severity: 'warning', explicit: true } }, { quiet: true });
    expect(linter.lintText('贯切XXX', 'a.txt').map((m) => m.ruleId)).toEqual(['placeholders']);
  });

  it('turns unreadable front matter into one fatal message', () => {
    const messages = linterWith([typoRule as Rule<never>]).lintText('---\ntitle: [unclosed\n---\n贯切', 'a.md');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ fatal: true, ruleId: null, severity: 'error' });
    expect(messages[0].message).toContain('YAML');
  });

  it('turns a crashing rule into a fatal message and keeps the other rules', () => {
    const broken = defineRule({ ...typoRule, meta: { ...typoRule.meta, id: 'broken' }, check() { throw new Error('boom'); } });
    const messages = linterWith([broken as Rule<never>, typoRule as Rule<never>]).lintText('贯切', 'a.txt');
    expect(messages.map((m) => [m.ruleId, Boolean(m.fatal)])).toEqual([['broken', true], ['demo-typo', false]]);
  });

  it('drops a fix whose prose does not map exactly onto the source', () => {
    const [message] = linterWith([typoRule as Rule<never>]).lintText('贯&#x5207;落实', 'a.md');
    expect(message.text).toBe('贯&#x5207;');
    expect(message.fix).toBeUndefined();
  });

  it('fixes until nothing changes and reports what remains', () => {
    const linter = linterWith([typoRule as Rule<never>, placeholders as Rule<never>]);
    const result = linter.fixText('要贯切落实，贯切执行XXX。\r\n', 'a.txt');
    expect(result.output).toBe('要贯彻落实，贯彻执行XXX。\r\n');
    expect(result.fixedCount).toBe(2);
    expect(result.messages.map((m) => m.ruleId)).toEqual(['placeholders']);
    expect(linter.fixText(result.output, 'a.txt').output).toBe(result.output);
  });

  it('uses the document date before the fallback date', () => {
    const seen: string[] = [];
    const dateRule = defineRule({ ...typoRule, meta: { ...typoRule.meta, id: 'date' }, check(context) { seen.push(context.date); } });
    const linter = linterWith([dateRule as Rule<never>], {}, { date: '2020-01-01' });
    linter.lintText('---\ndate: 2026-11-20\n---\n正文', 'a.md');
    linter.lintText('正文', 'a.txt');
    expect(seen).toEqual(['2026-11-20', '2020-01-01']);
  });
});
