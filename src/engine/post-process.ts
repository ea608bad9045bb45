// The pipeline of small pure functions every finding passes after the rules: directives, allow list, severity, order.
import type { CuominDocument, Directive } from '../document/types.js';
import type { LintMessage } from './types.js';

function directiveCovers(directive: Directive, ruleId: string | null): boolean {
  return directive.ruleIds.length === 0 || (ruleId !== null && directive.ruleIds.includes(ruleId));
}

/** Drops findings silenced by cuomin-disable-next-line / cuomin-disable-line / cuomin-disable … cuomin-enable. */
export function filterDisabled(messages: LintMessage[], directives: Directive[]): LintMessage[] {
  if (directives.length === 0) return messages;
  const ordered = [...directives].sort((a, b) => a.line - b.line);
  return messages.filter((message) => {
    if (message.fatal) return true;
    let disabledByBlock = false;
    for (const directive of ordered) {
      if (directive.kind === 'disable-next-line' && directive.line + 1 === message.line && directiveCovers(directive, message.ruleId)) return false;
      if (directive.kind === 'disable-line' && directive.line === message.line && directiveCovers(directive, message.ruleId)) return false;
      if (directive.line > message.line) continue;
      if (directive.kind === 'disable' && directiveCovers(directive, message.ruleId)) disabledByBlock = true;
      if (directive.kind === 'enable' && directiveCovers(directive, message.ruleId)) disabledByBlock = false;
    }
    return !disabledByBlock;
  });
}

/** Source ranges of every occurrence of an allowed word. */
export function allowedRanges(document: CuominDocument, allow: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const word of allow) {
    if (!word) continue;
    let index = document.source.indexOf(word);
    while (index >= 0) {
      ranges.push([index, index + word.length]);
      index = document.source.indexOf(word, index + 1);
    }
  }
  return ranges;
}

/** Drops findings whose source text overlaps an allowed word. */
export function filterAllowed(messages: LintMessage[], ranges: Array<[number, number]>, rangeOf: (message: LintMessage) => [number, number]): LintMessage[] {
  if (ranges.length === 0) return messages;
  return messages.filter((message) => {
    if (message.fatal) return true;
    const [start, end] = rangeOf(message);
    return !ranges.some(([allowStart, allowEnd]) => (start < allowEnd && allowStart < end) || (start === end && allowStart <= start && start < allowEnd));
  });
}

export function filterQuiet(messages: LintMessage[]): LintMessage[] {
  return messages.filter((message) => message.severity === 'error');
}

export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn ||
    String(a.ruleId).localeCompare(String(b.ruleId)) || a.message.localeCompare(b.message);
}

/** Removes exact duplicates (same rule, place and message) and sorts by position. */
export function dedupeAndSort(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  const unique: LintMessage[] = [];
  for (const message of messages) {
    const key = `${message.ruleId}\u0000${message.line}:${message.column}-${message.endLine}:${message.endColumn}\u0000${message.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(message);
  }
  return unique.sort(compareMessages);
}
