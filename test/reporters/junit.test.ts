// saxes is a strict XML 1.0 parser that rejects any document that is not well-formed. It is not a dependency of
// cuomin's own: it comes with exceljs.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { fatalMessage, summarize } from '../../src/engine/linter.js';
import { escapeXmlAttribute, escapeXmlText, junitReporter } from '../../src/reporters/junit.js';
import { reporters } from '../../src/reporters/index.js';
import { linterFor, lintFiles, STABLE_RULES } from './lint-drafts.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parses strictly (throws on anything not well-formed) into a small element tree. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [] };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0];
}

const FILES = ['fixtures/drafts/news-with-errors.md', 'fixtures/drafts/notice-clean.txt', 'fixtures/drafts/notice-heating.txt'];

describe('junit reporter', () => {
  const { linter, context } = linterFor(STABLE_RULES);
  const results = lintFiles(linter, FILES);
  const xml = junitReporter(results, context);

  it('is registered as "junit"', () => {
    expect(reporters.junit).toBe(junitReporter);
  });

  it('writes one test case per file and one failure per error-severity finding (parser-free check)', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cuomin" tests="3" failures="2" errors="0" time="0">\n')).toBe(true);
    expect(xml).toContain('  <testsuite name="cuomin" tests="3" failures="2" errors="0" skipped="0" time="0">');
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('    <testcase name="fixtures/drafts/notice-clean.txt" classname="cuomin" time="0" />');
    const errors = results.flatMap((result) => result.messages.filter((message) => message.severity === 'error'));
    expect(errors.length).toBeGreaterThanOrEqual(6);
    expect(xml.match(/<failure /g)).toHaveLength(errors.length);
    const heating = results[2].messages.find((message) => message.ruleId === 'placeholders' && message.text === 'XXX')!;
    expect(xml).toContain(
      [
        '      <failure message="遗留占位文字“XXX”，发布前应填写实际内容" type="placeholders">fixtures/drafts/notice-heating.txt:13:31 遗留占位文字“XXX”，发布前应填写实际内容',
        '规则：placeholders；类别：错；时效：一般',
        '原文：XXX',
        `指纹：${heating.fingerprint}</failure>`,
      ].join('\n'),
    );
    // Warnings are no failures: they are listed in the case's output.
    expect(xml).toContain('13:7 警告 中文中使用了半角标点“,”，应为全角“，”（建议：“，”） [punctuation]');
    expect(xml).not.toMatch(/<failure[^>]*type="punctuation"/);
  });

  it('is well-formed XML whose tree says the same', () => {
    const tree = parseXml(xml);
    expect(tree.name).toBe('testsuites');
    const [suite] = tree.children;
    expect(suite.children.map((testCase) => testCase.attributes.name)).toEqual(FILES);
    const failures = suite.children[0].children.filter((child) => child.name === 'failure');
    expect(failures.map((failure) => failure.attributes.type)).toEqual(results[0].messages.filter((message) => message.severity === 'error').map((message) => message.ruleId));
    const output = suite.children[0].children.find((child) => child.name === 'system-out')!;
    expect(output.text.split('\n')).toHaveLength(results[0].messages.filter((message) => message.severity !== 'error').length);
    // The straight quote in a punctuation message survives the round trip through an attribute and text.
    expect(output.text).toContain('中文中使用了直引号 "，应为 “');
  });

  it('escapes markup and drops characters XML cannot hold, in names, messages and text', () => {
    const [result] = lintFiles(linter, ['fixtures/drafts/news-with-errors.md']);
    const placeholder = result.messages.find((message) => message.ruleId === 'placeholders')!;
    const tricky = {
      ...result,
      filePath: 'drafts/R&D <草稿> "一".md',
      messages: [{ ...placeholder, message: `${placeholder.message}\u0007\u001b[31m & <b>\ud800 ]]>`, text: 'X\u0000X\tX' }],
    };
    const unreadable = summarize('drafts/旧稿.txt', [fatalMessage('文件不是有效的 UTF-8 编码文本，无法检查')]);
    const trickyXml = junitReporter([tricky, unreadable], context);
    const tree = parseXml(trickyXml);
    const [badName, unreadableCase] = tree.children[0].children;
    expect(badName.attributes.name).toBe('drafts/R&D <草稿> "一".md');
    expect(badName.children[0].attributes.message).toBe(`${placeholder.message}[31m & <b> ]]>`);
    expect(badName.children[0].text).toContain('原文：XX\tX');
    expect(trickyXml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    // A file that could not be read is an error of its test case, not a failure.
    expect(unreadableCase.children.map((child) => child.name)).toEqual(['error']);
    expect(unreadableCase.children[0].attributes).toEqual({ message: '文件不是有效的 UTF-8 编码文本，无法检查', type: 'fatal' });
    expect(tree.attributes).toMatchObject({ tests: '2', failures: '1', errors: '1' });
  });

  it('escape functions keep line breaks in attributes as references and remove lone surrogates', () => {
    expect(escapeXmlAttribute('甲\n乙\t"&\'')).toBe('甲&#10;乙&#9;&quot;&amp;&apos;');
    expect(escapeXmlText('a\ud800b\uffffc𠮷<')).toBe('abc𠮷&lt;');
  });

  it('speaks English with locale en', () => {
    const en = linterFor(STABLE_RULES, { locale: 'en' });
    const englishXml = junitReporter(lintFiles(en.linter, ['fixtures/drafts/notice-heating.txt']), en.context);
    expect(englishXml).toContain('Rule: placeholders; category: mistake; urgency: general');
    expect(englishXml).toContain('Text: XXX');
    expect(parseXml(englishXml).name).toBe('testsuites');
  });
});
