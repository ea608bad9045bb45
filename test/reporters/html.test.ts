import fs from 'node:fs';
import type { Element, Root, RootContent, Text } from 'hast';
import { select, selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
// vfile comes with unified (a dependency of cuomin's): the parser reports HTML parse errors on it.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { fatalMessage, summarize } from '../../src/engine/linter.js';
import type { LintResult } from '../../src/engine/types.js';
import { htmlReport, htmlReporter, OPEN_GROUPS_UP_TO } from '../../src/reporters/html.js';
import { escapeAttribute, escapeHtml } from '../../src/reporters/html/escape.js';
import { ColumnIndex, excerptOf, sourceLinesOf } from '../../src/reporters/html/source-excerpt.js';
import { reporters } from '../../src/reporters/index.js';
import { runCli } from '../helpers/run-cli.js';
import { HOSTILE, HOSTILE_IMG, HOSTILE_LINES, hostileResult, message, withUnit } from './html-fixtures.js';
import { draftFiles, linterFor, lintFiles } from './lint-drafts.js';

const parse = (html: string): Root => unified().use(rehypeParse).parse(html);

/** The HTML parse errors of a page (the WHATWG parser's: misnested tags, bad attributes, stray end tags ...). */
function parseErrors(html: string): string[] {
  const file = new VFile(html);
  unified().use(rehypeParse, { emitParseErrors: true }).parse(file);
  return file.messages.map((message) => `${message.reason} @${message.line}:${message.column}`);
}

/** The text of a node, as a browser would show it (scripts and styles aside). */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return '';
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

function allElements(node: Root | Element): Element[] {
  const found: Element[] = [];
  const walk = (current: Root | Element) => {
    for (const child of current.children) {
      if (child.type !== 'element') continue;
      found.push(child);
      walk(child);
      if (child.tagName === 'template' && child.content) walk(child.content as unknown as Element);
    }
  };
  walk(node);
  return found;
}

describe('html escaping', () => {
  it('escapes markup characters in text and, in attributes, quotes and backticks too', () => {
    expect(escapeHtml(`a<b>&c"d'e`)).toBe(`a&lt;b&gt;&amp;c"d'e`);
    expect(escapeAttribute(`a<b>&c"d'e\`f`)).toBe('a&lt;b&gt;&amp;c&quot;d&#39;e&#96;f');
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
    expect(escapeHtml('平常的中文，没有标记')).toBe('平常的中文，没有标记');
  });

  it('turns control characters and lone surrogates into U+FFFD, keeps tabs, newlines and surrogate pairs', () => {
    expect(escapeHtml('a\u0000b\u001bc\u0085d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeHtml('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(escapeAttribute('𠮷\t\n\r')).toBe('𠮷\t\n\r');
  });
});

describe('html reporter: hostile scan content', () => {
  const html = htmlReporter([hostileResult()], { ...linterFor([]).context, sourceLines: () => HOSTILE_LINES });
  const tree = parse(html);

  it('is registered as "html"', () => {
    expect(reporters.html).toBe(htmlReporter);
  });

  it('never writes the hostile markup raw: no img, no svg with onload, no element but the report\'s own script', () => {
    expect(html).not.toContain(HOSTILE_IMG);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<svg onload');
    const elements = allElements(tree);
    expect(elements.filter((element) => element.tagName === 'img')).toEqual([]);
    const scripts = elements.filter((element) => element.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect((scripts[0].children[0] as Text).value).toContain("document.getElementById('filters')");
    // No event handler attribute anywhere, and the only svg elements are the report's charts.
    for (const element of elements) expect(Object.keys(element.properties).filter((name) => /^on/i.test(name))).toEqual([]);
    for (const svg of elements.filter((element) => element.tagName === 'svg')) expect(svg.properties.role).toBe('group');
  });

  it('is a well-formed page: not one HTML parse error, hostile strings and all', () => {
    expect(parseErrors(html)).toEqual([]);
    expect(parseErrors('<p>a<b>c</p></div>')).not.toEqual([]);
  });

  it('shows the hostile strings as text: path, unit, message, source context, suggestion and rule id', () => {
    const group = select('details.file', tree)!;
    expect(textOf(select('.path', group)!)).toBe(`pages/${HOSTILE}.html`);
    expect(textOf(select('.unit', group)!)).toBe(HOSTILE);
    expect(textOf(select('.msg', group)!)).toBe(`敏感内容：${HOSTILE}`);
    expect(textOf(select('.ctx mark', group)!)).toBe(HOSTILE);
    expect(textOf(select('.ctx', group)!)).toBe(`前文 ${HOSTILE} 后文`);
    expect(selectAll('.sug q', group).map(textOf)).toEqual([HOSTILE, '删除']);
    expect(textOf(select('td.rule', group)!)).toBe(`evil/${HOSTILE}`);
    // In the filters and the charts too (option text, SVG text and titles, aria-label attributes).
    expect(selectAll('#filter-unit option', tree).map(textOf)).toContain(`${HOSTILE}（1）`);
    const unitBar = select('figure.chart .bar', tree)!;
    expect(unitBar.properties.ariaLabel).toBe(`${HOSTILE}：1（错误 1）`);
    expect(textOf(select('title', unitBar)!)).toBe(`${HOSTILE}：1（错误 1）`);
    expect(textOf(select('table.rules td.rule', tree)!)).toBe(`evil/${HOSTILE}`);
  });

  it('forbids every request and every script but its own by Content Security Policy, with a fresh nonce per report', () => {
    const policy = select('meta[http-equiv="Content-Security-Policy"]', tree)!.properties.content as string;
    const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)![1];
    expect(policy).toBe(`default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`);
    expect(nonce.length).toBeGreaterThanOrEqual(24);
    expect(select('script', tree)!.properties.nonce).toBe(nonce);
    const again = htmlReporter([hostileResult()], linterFor([]).context);
    expect(again).not.toContain(nonce);
    // Nothing that loads anything: no src, href, srcset, action, poster or data attribute, no link or iframe element.
    for (const element of allElements(tree)) {
      expect(['link', 'iframe', 'object', 'embed', 'img', 'base']).not.toContain(element.tagName);
      expect(Object.keys(element.properties).filter((name) => ['src', 'href', 'srcSet', 'action', 'poster', 'data', 'xLinkHref'].includes(name))).toEqual([]);
    }
    expect(html).not.toMatch(/url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
  });
});

describe('html reporter: real findings on the sample drafts', () => {
  const all = linterFor('all');
  const results = lintFiles(all.linter, draftFiles());
  // Units as config `units` would give them; regulation-archives.md keeps none (未明确单位).
  const unitOf: Record<string, string | undefined> = { 'fixtures/drafts/news-with-errors.md': '市政府办公室', 'fixtures/drafts/notice-heating.txt': '市营商局', 'fixtures/drafts/regulation-archives.md': undefined };
  for (const [index, result] of results.entries()) if (result.filePath in unitOf) results[index] = withUnit(result, unitOf[result.filePath]);
  const unreadable = summarize('drafts/乱码.txt', [fatalMessage('文件不是有效的 UTF-8 编码文本，无法检查')], { unit: '市营商局' });
  const sourceLines = (file: string) => (fs.existsSync(file) ? sourceLinesOf(fs.readFileSync(file, 'utf8')) : undefined);
  const html = htmlReporter([...results, unreadable], { ...all.context, sourceLines });
  const tree = parse(html);
  const findings = results.flatMap((result) => result.messages);
  const figure = (id: string) => Number(textOf(select(`[data-figure="${id}"] dd`, tree)!));

  it('lints enough to show (the drafts have findings of several rules, severities and files)', () => {
    expect(findings.length).toBeGreaterThanOrEqual(25);
    expect(new Set(findings.map((item) => item.ruleId)).size).toBeGreaterThanOrEqual(4);
  });

  it('is a well-formed page (no HTML parse error)', () => {
    expect(parseErrors(html)).toEqual([]);
  });

  it('shows summary figures that equal the results', () => {
    expect(figure('files')).toBe(results.length + 1);
    expect(figure('files-with-findings')).toBe(results.filter((result) => result.messages.length > 0).length);
    expect(figure('findings')).toBe(findings.length);
    expect(figure('error')).toBe(findings.filter((item) => item.severity === 'error').length);
    expect(figure('warning')).toBe(findings.filter((item) => item.severity === 'warning').length);
    expect(figure('info')).toBe(findings.filter((item) => item.severity === 'info').length);
    expect(figure('mistake')).toBe(findings.filter((item) => item.category === 'mistake').length);
    expect(figure('sensitive')).toBe(findings.filter((item) => item.category === 'sensitive').length);
    expect(figure('urgent')).toBe(findings.filter((item) => item.urgency === 'urgent').length);
    expect(figure('fixable')).toBe(results.reduce((sum, result) => sum + result.fixableCount, 0));
    const namedUnits = new Set(results.filter((result) => result.messages.length > 0 && result.unit !== undefined).map((result) => result.unit));
    expect(namedUnits.size).toBeGreaterThanOrEqual(2);
    expect(figure('units')).toBe(namedUnits.size);
    expect(figure('unreadable')).toBe(1);
    expect(textOf(select('#shown-count', tree)!)).toBe(String(findings.length + 1));
  });

  it('lists every finding once, in its file\'s group, with the unit filter key of that file', () => {
    const groups = selectAll('details.file', tree);
    expect(groups.map((group) => textOf(select('.path', group)!))).toEqual([...results.filter((result) => result.messages.length > 0).map((result) => result.filePath), 'drafts/乱码.txt']);
    expect(selectAll('tr.finding', tree)).toHaveLength(findings.length + 1);
    const unitOptions = new Map(selectAll('#filter-unit option', tree).map((option) => [textOf(option).replace(/（\d+）$/, ''), String(option.properties.value)]));
    for (const group of groups) {
      const path = textOf(select('.path', group)!);
      const result = [...results, unreadable].find((item) => item.filePath === path)!;
      expect(String(group.properties.dataUnit)).toBe(unitOptions.get(result.unit ?? '未明确单位'));
      expect(selectAll('tr.finding', group)).toHaveLength(result.messages.length);
    }
    expect(textOf(select('tr.finding:has(.tag.fatal) .msg', tree)!)).toBe('文件不是有效的 UTF-8 编码文本，无法检查');
  });

  it('shows each finding in its line, its text highlighted with about 40 characters either side, and its suggestions', () => {
    const row = selectAll('tr.finding', tree).find((item) => textOf(select('.ctx mark', item) ?? item) === 'XXX' && select('td.rule', item) && textOf(select('td.rule', item)!) === 'placeholders')!;
    expect(textOf(select('.msg', row)!)).toBe('遗留占位文字“XXX”，发布前应填写实际内容');
    expect(textOf(select('.ctx', row)!)).toBe('11月20日,我市组织开展冬季安全生产大检查。。检查组深入XXX企业,查看了消防设施、用电安全等情况...');
    const bracket = selectAll('tr.finding', tree).find((item) => select('.ctx mark', item) && textOf(select('.ctx mark', item)!) === '[2024]')!;
    expect(textOf(select('.ctx', bracket)!)).toBe('检查组强调,要认真落实《富锦市安全生产专项整治三年行动实施方案》（富政办发[2024]15号）要求,2025年事故起数同比下降15～30%。');
    // The ellipsis at the end of line 13: 40 characters before it, the line cut there.
    const ellipsis = selectAll('tr.finding', tree).find((item) => select('.ctx mark', item) && textOf(select('.ctx mark', item)!) === '...')!;
    expect(textOf(select('.ctx', ellipsis)!)).toBe('…织开展冬季安全生产大检查。。检查组深入XXX企业,查看了消防设施、用电安全等情况...');
    expect(selectAll('.sug q', bracket).map(textOf)).toEqual(['〔2024〕']);
    expect(textOf(select('.tags', bracket)!)).toBe('警告错可修复');
    // Every finding with a text shows it highlighted.
    for (const item of selectAll('tr.finding', tree)) {
      const marks = selectAll('.ctx mark', item);
      if (marks.length > 0) expect(marks).toHaveLength(1);
    }
  });

  it('draws bar charts by unit (no unit as 未明确单位) and by rule, with the counts of the results', () => {
    const [byUnit, byRule] = selectAll('figure.chart', tree);
    expect(textOf(select('figcaption', byUnit)!)).toBe('按单位统计');
    const unitBars = selectAll('.bar', byUnit).map((bar) => [textOf(select('.label', bar)!), Number(textOf(select('.count', bar)!))]);
    const expectedUnits = new Map<string, number>();
    for (const result of results) if (result.messages.length > 0) expectedUnits.set(result.unit ?? '未明确单位', (expectedUnits.get(result.unit ?? '未明确单位') ?? 0) + result.messages.length);
    expect(new Map(unitBars as Array<[string, number]>)).toEqual(expectedUnits);
    expect(expectedUnits.get('未明确单位')).toBeGreaterThan(0);
    expect(unitBars.map(([, count]) => count)).toEqual([...unitBars.map(([, count]) => count)].sort((a, b) => Number(b) - Number(a)));
    const ruleBars = new Map(selectAll('.bar', byRule).map((bar) => [textOf(select('.label', bar)!), Number(textOf(select('.count', bar)!))]));
    const expectedRules = new Map<string, number>();
    for (const item of findings) expectedRules.set(item.ruleId!, (expectedRules.get(item.ruleId!) ?? 0) + 1);
    expect(ruleBars).toEqual(expectedRules);
    // Each bar's segments are in proportion to its severities.
    const largest = selectAll('.bar', byRule)[0];
    expect(selectAll('rect', largest).map((rect) => rect.properties.className)).toEqual(expect.arrayContaining([expect.arrayContaining([expect.stringMatching(/^(error|warning|info)$/)])]));
  });

  it('shows everything without scripts: the filter bar is hidden, no row or group is, small reports start open', () => {
    expect(select('#filters', tree)!.properties.hidden).toBe(true);
    expect(selectAll('tr.finding[hidden], details.file[hidden]', tree)).toEqual([]);
    expect(selectAll('details.file', tree).every((group) => group.properties.open === true)).toBe(true);
    expect(selectAll('#filters select', tree).map((item) => item.properties.name)).toEqual(['unit', 'urgency', 'rule', 'severity', 'category']);
  });

  it('describes the rules that reported, in Chinese by default and in English with locale en', () => {
    const rows = selectAll('table.rules tbody tr', tree);
    const punctuation = rows.find((row) => textOf(select('td.rule', row)!) === 'punctuation')!;
    expect(textOf(punctuation)).toContain(all.rules.get('punctuation')!.description.zh);
    const english = linterFor('all', { locale: 'en' });
    const englishHtml = htmlReporter(lintFiles(english.linter, draftFiles()), english.context);
    const englishTree = parse(englishHtml);
    expect(select('html', englishTree)!.properties.lang).toBe('en');
    expect(textOf(select('h1', englishTree)!)).toBe('cuomin report');
    expect(textOf(select('[data-figure="files"] dt', englishTree)!)).toBe('Files checked');
    expect(textOf(englishTree)).toContain(english.rules.get('punctuation')!.description.en);
    for (const label of ['按单位统计', '问题清单', '已检查文件', '未明确单位', '全部', '建议', '规则说明']) expect(textOf(englishTree)).not.toContain(label);
  });

  it('comes out of the real CLI (cuomin fixtures/drafts -f html) as a page with every finding of the JSON report', () => {
    const run = runCli(['lint', 'fixtures/drafts', '-f', 'html', '--date', '2026-11-25']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const json = JSON.parse(runCli(['lint', 'fixtures/drafts', '-f', 'json', '--date', '2026-11-25']).stdout) as LintResult[];
    const cliTree = parse(run.stdout);
    expect(selectAll('tr.finding', cliTree)).toHaveLength(json.reduce((sum, result) => sum + result.messages.length, 0));
    expect(selectAll('details.file .path', cliTree).map(textOf)).toEqual(json.filter((result) => result.messages.length > 0).map((result) => result.filePath));
  });
});

describe('html reporter: source context', () => {
  const lines = (text: string) => new ColumnIndex(sourceLinesOf(text));

  it('counts columns in code points, as findings do, on lines with characters outside the BMP', () => {
    const source = '𠮷𠮷野家的XXX和𠮷';
    const excerpt = excerptOf(message({ column: 6, endColumn: 9, text: 'XXX' }), lines(source))!;
    expect(excerpt).toEqual({ before: '𠮷𠮷野家的', match: 'XXX', after: '和𠮷', cutBefore: false, cutAfter: false });
  });

  it('cuts to 40 characters either side, never inside a surrogate pair', () => {
    const before = '甲'.repeat(50);
    const after = `${'乙'.repeat(39)}𠮷丙`;
    const excerpt = excerptOf(message({ column: 51, endColumn: 54, text: 'XXX' }), lines(`${before}XXX${after}`))!;
    expect(excerpt.before).toBe('甲'.repeat(40));
    expect(excerpt.after).toBe('乙'.repeat(39));
    expect([excerpt.cutBefore, excerpt.cutAfter]).toEqual([true, true]);
  });

  it('finds the text near its column when the column is off, and gives up when the line no longer holds it', () => {
    expect(excerptOf(message({ column: 3, text: 'XXX' }), lines('这里XX和XXX'))!.before).toBe('这里XX和');
    expect(excerptOf(message({ column: 3, text: 'XXX' }), lines('这里已经改好了'))).toBeUndefined();
    expect(excerptOf(message({ line: 5, text: 'XXX' }), lines('只有一行'))).toBeUndefined();
  });

  it('shows a finding over several lines from its start to the end of its first line', () => {
    const excerpt = excerptOf(message({ line: 1, column: 3, endLine: 2, endColumn: 2, text: '第一\n行' }), lines('开头第一\n行结尾'))!;
    expect(excerpt).toEqual({ before: '开头', match: '第一', after: '', cutBefore: false, cutAfter: true });
  });

  it('marks where text is missing for a finding of no length, and falls back to the text alone without lines', () => {
    const excerpt = excerptOf(message({ column: 3, endColumn: 3, text: '' }), lines('甲乙丙丁'))!;
    expect(excerpt).toMatchObject({ before: '甲乙', match: '', after: '丙丁' });
    const result = summarize('a.txt', [message({ column: 3, endColumn: 3, text: '' }), message({ column: 1, text: '甲乙' })]);
    const withLines = parse(htmlReporter([result], { ...linterFor([]).context, sourceLines: () => ['甲乙丙丁'] }));
    expect(selectAll('.ctx', withLines).map((ctx) => [textOf(ctx), textOf(select('mark', ctx)!)])).toEqual([['甲乙‸丙丁', '‸'], ['甲乙丙丁', '甲乙']]);
    const withoutLines = parse(htmlReporter([result], linterFor([]).context));
    expect(selectAll('.ctx', withoutLines).map(textOf)).toEqual(['甲乙']);
  });
});

describe('html reporter: large scans', () => {
  function bigScan(files: number, perFile: number): LintResult[] {
    const rules = ['placeholders', 'punctuation', 'doc-number', 'numbers', 'numbering', 'personal-info', 'typos', 'approval'];
    return Array.from({ length: files }, (_, file) =>
      summarize(
        `site/news/${String(file).padStart(5, '0')}/index.html`,
        Array.from({ length: perFile }, (_, index) =>
          message({
            ruleId: rules[(file + index) % rules.length],
            severity: index % 3 === 0 ? 'error' : 'warning',
            urgency: index % 7 === 0 ? 'urgent' : 'general',
            category: index % 5 === 0 ? 'sensitive' : 'mistake',
            message: `中文中使用了半角标点“,”，应为全角“，” 第${index}处`,
            line: 1,
            column: 60 * (index + 1),
            endColumn: 60 * (index + 1) + 1,
            text: ',',
            suggestions: ['，'],
          }),
        ),
        { unit: `第${file % 40}单位` },
      ),
    );
  }

  it(`renders 40,000 findings in well under a second, groups closed above ${OPEN_GROUPS_UP_TO} findings, cut bars`, () => {
    const results = bigScan(4000, 10);
    // One long line (a scraped page), each finding's comma after 59 characters of text.
    const segment = '我市组织开展冬季安全生产大检查并查看了消防设施用电安全等情况'.repeat(3).slice(0, 59);
    const lineArray = [`${segment},`.repeat(10)];
    const context = { ...linterFor([]).context, sourceLines: () => lineArray };
    htmlReport(results.slice(0, 50), context); // warm up
    // The best of three runs: the machine is shared with the other test files (a browser among them).
    let html = '';
    let elapsed = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      html = htmlReport(results, context);
      elapsed = Math.min(elapsed, performance.now() - started);
    }
    expect(elapsed).toBeLessThan(1000);
    const bytes = Buffer.byteLength(html);
    console.log(`html report: 40,000 findings in ${elapsed.toFixed(0)} ms, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    expect(bytes).toBeLessThan(40 * 1024 * 1024);
    expect(html.match(/<tr class="finding"/g)).toHaveLength(40_000);
    expect(html).not.toMatch(/<details class="file"[^>]* open/);
    const chartBars = parse(html.slice(0, html.indexOf('<details'))).children;
    const unitChart = selectAll('figure.chart', { type: 'root', children: chartBars } as Root)[0];
    const labels = selectAll('.bar .label', unitChart).map(textOf);
    expect(labels).toHaveLength(15);
    expect(labels[14]).toBe('其余 26 个单位');
  });
});
