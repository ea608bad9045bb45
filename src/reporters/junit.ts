// JUnit XML for CI test panels: one test suite, one test case per file, one <failure> per error-severity finding (an
// <error> for a file that could not be read or parsed); warnings and notices go to the case's <system-out>.
import type { LintMessage, LintResult, Locale } from '../engine/types.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import { categoryLabel, severityLabel, t } from '../i18n/labels.js';
import { plainMessage } from './plain-message.js';
import type { Reporter } from './types.js';

/** Characters XML 1.0 cannot carry at all (C0 controls but tab, newline and return; lone surrogates; U+FFFE/U+FFFF). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content: markup characters escaped, characters XML cannot carry removed. */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes: also quotes escaped, and tab/newline/return as references so they survive. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function attributes(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

function position(message: LintMessage): string {
  return `${message.line}:${message.column}`;
}

function failureDetails(result: LintResult, message: LintMessage, locale: Locale): string {
  const lines = [`${result.filePath}:${position(message)} ${plainMessage(message, locale)}`];
  if (message.ruleId !== null) {
    lines.push(t(locale, `规则：${message.ruleId}；类别：${categoryLabel(message.category, locale)}；时效：${message.urgency === 'urgent' ? '紧急' : '一般'}`,
      `Rule: ${message.ruleId}; category: ${categoryLabel(message.category, locale)}; urgency: ${message.urgency}`));
  }
  if (message.text) lines.push(t(locale, `原文：${message.text}`, `Text: ${message.text}`));
  if (result.unit) lines.push(t(locale, `责任单位：${result.unit}`, `Unit: ${result.unit}`));
  lines.push(t(locale, `指纹：${fingerprintOf(result.filePath, message)}`, `Fingerprint: ${fingerprintOf(result.filePath, message)}`));
  return lines.join('\n');
}

function outputLine(message: LintMessage, locale: Locale): string {
  return `${position(message)} ${severityLabel(message.severity, locale)} ${plainMessage(message, locale)} [${message.ruleId ?? 'cuomin'}]`;
}

interface TestCase {
  xml: string;
  failed: boolean;
  errored: boolean;
}

function testCase(result: LintResult, locale: Locale): TestCase {
  const children: string[] = [];
  const output: string[] = [];
  let failed = false;
  let errored = false;
  for (const message of result.messages) {
    const details = escapeXmlText(failureDetails(result, message, locale));
    if (message.fatal) {
      errored = true;
      children.push(`      <error${attributes({ message: message.message, type: message.ruleId ?? 'fatal' })}>${details}</error>`);
    } else if (message.severity === 'error') {
      failed = true;
      children.push(`      <failure${attributes({ message: plainMessage(message, locale), type: message.ruleId ?? 'cuomin' })}>${details}</failure>`);
    } else {
      output.push(outputLine(message, locale));
    }
  }
  if (output.length > 0) children.push(`      <system-out>${escapeXmlText(output.join('\n'))}</system-out>`);
  const open = `    <testcase${attributes({ name: result.filePath, classname: 'cuomin', time: 0 })}`;
  const xml = children.length === 0 ? `${open} />` : `${open}>\n${children.join('\n')}\n    </testcase>`;
  return { xml, failed: failed && !errored, errored };
}

export const junitReporter: Reporter = (results, context) => {
  const cases = results.map((result) => testCase(result, context.locale));
  const counts = {
    tests: cases.length,
    failures: cases.filter((item) => item.failed).length,
    errors: cases.filter((item) => item.errored).length,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'cuomin', ...counts, time: 0 })}>`,
    `  <testsuite${attributes({ name: 'cuomin', ...counts, skipped: 0, time: 0 })}>`,
    ...cases.map((item) => item.xml),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
