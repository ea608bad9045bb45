import { describe, expect, it } from 'vitest';
import { fatalMessage, summarize } from '../../src/engine/linter.js';
import { escapeData, escapeProperty, githubReporter } from '../../src/reporters/github.js';
import { reporters } from '../../src/reporters/index.js';
import { linterFor, lintFiles, STABLE_RULES } from './lint-drafts.js';

describe('github reporter', () => {
  const { linter, context } = linterFor(STABLE_RULES);
  const results = lintFiles(linter, ['fixtures/drafts/news-with-errors.md', 'fixtures/drafts/notice-clean.txt']);
  const lines = githubReporter(results, context).trimEnd().split('\n');

  it('is registered as "github"', () => {
    expect(reporters.github).toBe(githubReporter);
  });

  it('prints one workflow command per finding, with file, line, columns, rule and message, then the summary', () => {
    expect(lines).toHaveLength(results[0].messages.length + 1);
    expect(lines).toContain('::error file=fixtures/drafts/news-with-errors.md,line=13,col=30,endLine=13,endColumn=33,title=placeholders::遗留占位文字“XXX”，发布前应填写实际内容');
    expect(lines).toContain(
      '::warning file=fixtures/drafts/news-with-errors.md,line=15,col=38,endLine=15,endColumn=44,title=doc-number::发文字号的年份应使用六角括号〔〕：“[2024]”应为“〔2024〕”（建议：“〔2024〕”）',
    );
    // `%` in a message is escaped, or the runner would read %25 sequences of its own.
    expect(lines).toContain(
      '::warning file=fixtures/drafts/news-with-errors.md,line=15,col=64,endLine=15,endColumn=70,title=numbers::数值范围中前一个数值的“%25”不能省略：“15～30%25”应为“15%25～30%25”（建议：“15%25～30%25”）',
    );
    expect(lines.at(-1)).toBe('✖ 已检查 2 个文件，共 18 个问题（错误 5，警告 13，提示 0），其中 13 个可用 --fix 自动修复');
    expect(lines.filter((line) => line.startsWith('::error ')).length).toBe(results[0].errorCount);
  });

  it('turns info into ::notice, and speaks English with locale en', () => {
    const en = linterFor(['placeholders', 'punctuation'], { locale: 'en', severities: { punctuation: 'info' } });
    const english = githubReporter(lintFiles(en.linter, ['fixtures/drafts/news-with-errors.md']), en.context);
    expect(english).toContain('::notice file=fixtures/drafts/news-with-errors.md,line=13,col=7,endLine=13,endColumn=8,title=punctuation::');
    expect(english).toMatch(/^::error file=fixtures\/drafts\/news-with-errors\.md,line=13,col=30,endLine=13,endColumn=33,title=placeholders::.*XXX.*$/mu);
    expect(english).toMatch(/1 file\(s\) checked/);
  });

  it('escapes commas, colons, percent signs and line breaks in properties and messages', () => {
    const [result] = lintFiles(linter, ['fixtures/drafts/notice-heating.txt']);
    const placeholder = result.messages.find((message) => message.ruleId === 'placeholders')!;
    const odd = { ...result, filePath: 'drafts/50%,草稿:一.txt', messages: [{ ...placeholder, message: '第一行\r\n第二行 100%' }] };
    const [line] = githubReporter([odd], context).split('\n');
    expect(line).toBe(`::error file=drafts/50%25%2C草稿%3A一.txt,line=${placeholder.line},col=${placeholder.column},endLine=${placeholder.line},endColumn=${placeholder.endColumn},title=placeholders::第一行%0D%0A第二行 100%25`);
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    expect(escapeData('a:b,c')).toBe('a:b,c');
  });

  it('leaves out columns for a finding over several lines (the runner would drop the annotation), and annotates unreadable files', () => {
    const [result] = lintFiles(linter, ['fixtures/drafts/notice-heating.txt']);
    const placeholder = result.messages.find((message) => message.ruleId === 'placeholders')!;
    const multiline = { ...result, messages: [{ ...placeholder, endLine: placeholder.line + 1, endColumn: 2 }] };
    expect(githubReporter([multiline], context).split('\n')[0]).toBe(
      `::error file=fixtures/drafts/notice-heating.txt,line=${placeholder.line},endLine=${placeholder.line + 1},title=placeholders::遗留占位文字“XXX”，发布前应填写实际内容`,
    );
    const unreadable = summarize('drafts/旧稿.txt', [fatalMessage('文件不是有效的 UTF-8 编码文本，无法检查')]);
    expect(githubReporter([unreadable], context).split('\n')[0]).toBe('::error file=drafts/旧稿.txt,line=1,col=1,endLine=1,endColumn=1,title=cuomin::文件不是有效的 UTF-8 编码文本，无法检查');
  });
});
