// Renders Zod validation issues as short Chinese or English sentences that name the offending key.
import type { z } from 'zod';
import type { Locale } from '../engine/types.js';

export function keyPath(prefix: string, path: ReadonlyArray<PropertyKey>): string {
  return [prefix, ...path.map(String)].filter(Boolean).join('.');
}

function describeIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  const zh = locale === 'zh';
  switch (issue.code) {
    case 'unrecognized_keys':
      return zh ? `不认识的键 ${issue.keys.map((k) => `"${k}"`).join('、')}` : `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      return zh ? `类型应为 ${issue.expected}` : `expected ${issue.expected}`;
    case 'invalid_value':
      return zh ? `取值应为 ${issue.values.map((v) => JSON.stringify(v)).join(' | ')} 之一` : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
    case 'invalid_union':
      return zh ? '取值不符合任何允许的形式' : 'value matches none of the allowed forms';
    case 'too_small':
      return zh ? `过小或过短（最小 ${String(issue.minimum)}）` : `too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return zh ? `过大或过长（最大 ${String(issue.maximum)}）` : `too big (maximum ${String(issue.maximum)})`;
    default:
      return issue.message;
  }
}

export function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>, prefix: string, locale: Locale): string[] {
  return issues.map((issue) => {
    const key = keyPath(prefix, issue.path) || (locale === 'zh' ? '（顶层）' : '(top level)');
    return `${key}: ${describeIssue(issue, locale)}`;
  });
}
