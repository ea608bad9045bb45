// GitHub Actions workflow commands: one annotation per finding (`::error file=…,line=…,col=…::message`), shown on the
// pull request's changed lines, then the summary line in the log.
import type { LintMessage, Severity } from '../engine/types.js';
import { plainMessage } from './plain-message.js';
import { addToTotals, emptyTotals, summaryLine } from './stylish.js';
import { collectStream, type Reporter, type ReporterContext, type ReportStream } from './types.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A command's message: `%`, CR and LF escaped as GitHub's runner expects. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command property's value: also `:` and `,`, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(filePath: string, message: LintMessage, locale: 'zh' | 'en'): string {
  const properties: Array<[string, string | number]> = [
    ['file', filePath],
    ['line', message.line],
  ];
  // The runner drops an annotation whose col/endColumn span several lines, so columns go only with one-line findings.
  if (message.endLine === message.line) properties.push(['col', message.column], ['endLine', message.endLine], ['endColumn', Math.max(message.endColumn, message.column)]);
  else properties.push(['endLine', message.endLine]);
  properties.push(['title', message.ruleId ?? 'cuomin']);
  const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',');
  return `::${COMMANDS[message.severity]} ${list}::${escapeData(plainMessage(message, locale))}`;
}

export function githubStream(context: ReporterContext): ReportStream {
  const totals = emptyTotals();
  return {
    write(result) {
      addToTotals(totals, result);
      return result.messages.map((message) => `${annotation(result.filePath, message, context.locale)}\n`).join('');
    },
    end: () => `${summaryLine(totals, context.locale).text}\n`,
  };
}

export const githubReporter: Reporter = (results, context) => collectStream(githubStream(context), results);
