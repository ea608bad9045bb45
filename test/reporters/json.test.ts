import { describe, expect, it } from 'vitest';
import { fatalMessage, summarize } from '../../src/engine/linter.js';
import { fatalFingerprint } from '../../src/engine/fingerprint.js';
import { jsonReporter } from '../../src/reporters/json.js';
import { linterFor, lintFiles, STABLE_RULES } from './lint-drafts.js';

describe('json reporter fingerprints', () => {
  const { linter, context } = linterFor(STABLE_RULES);

  it('gives every finding its fingerprint, right before its unit', () => {
    const results = lintFiles(linter, ['fixtures/drafts/notice-heating.txt']);
    const [file] = JSON.parse(jsonReporter(results, context));
    expect(file.messages.length).toBe(results[0].messages.length);
    const placeholder = file.messages.find((message: { ruleId: string; text: string }) => message.ruleId === 'placeholders' && message.text === 'XXX');
    expect(Object.keys(placeholder)).toEqual(['ruleId', 'severity', 'category', 'urgency', 'message', 'line', 'column', 'endLine', 'endColumn', 'text', 'suggestions', 'fingerprint', 'unit']);
    const docNumber = file.messages.find((message: { ruleId: string }) => message.ruleId === 'doc-number');
    expect(Object.keys(docNumber).slice(-4)).toEqual(['suggestions', 'fix', 'fingerprint', 'unit']);
    expect(file.messages.map((message: { fingerprint: string }) => message.fingerprint)).toEqual(results[0].messages.map((message) => message.fingerprint));
    expect(new Set(file.messages.map((message: { fingerprint: string }) => message.fingerprint)).size).toBe(file.messages.length);
  });

  it('gives a fatal message built outside the linter (an unreadable file) the fatal fingerprint of its file and message', () => {
    const fatal = fatalMessage('文件不是有效的 UTF-8 编码文本，无法检查');
    const [file] = JSON.parse(jsonReporter([summarize('drafts/旧稿.txt', [fatal])], context));
    expect(file.messages[0]).toMatchObject({ fatal: true, ruleId: null, fingerprint: fatalFingerprint('drafts/旧稿.txt', fatal), unit: null });
    const [other] = JSON.parse(jsonReporter([summarize('drafts/新稿.txt', [fatal])], context));
    expect(other.messages[0].fingerprint).not.toBe(file.messages[0].fingerprint);
  });
});
