// Findings for the HTML report tests: a plain message to vary, and a scanned page whose every string carries markup.
import { summarize } from '../../src/engine/linter.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';

export const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '"><script>alert(1)</script>';
export const HOSTILE = `${HOSTILE_IMG}${HOSTILE_SCRIPT}&lt;'\`<svg onload=alert(2)>`;
/** The unit of the hostile page. */
export const HOSTILE_UNIT = HOSTILE;
/** The source line of the hostile page's finding (line 2). */
export const HOSTILE_LINES = ['第一行', `前文 ${HOSTILE} 后文`];

export function message(overrides: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'placeholders',
    severity: 'error',
    category: 'mistake',
    urgency: 'general',
    message: '遗留占位文字',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 4,
    text: 'XXX',
    suggestions: [],
    ...overrides,
  };
}

/** A scanned page whose path, unit, text, message, suggestion and rule id all carry markup. */
export function hostileResult(): LintResult {
  return summarize(
    `pages/${HOSTILE}.html`,
    [
      message({
        ruleId: `evil/${HOSTILE}`,
        urgency: 'urgent',
        category: 'sensitive',
        message: `敏感内容：${HOSTILE}`,
        text: HOSTILE,
        suggestions: [HOSTILE, '删除'],
        line: 2,
        column: 4,
        endColumn: 4 + [...HOSTILE].length,
      }),
    ],
    { unit: HOSTILE_UNIT },
  );
}

/** The result with this unit, or with none (as when config `units` maps no unit to the file). */
export function withUnit(result: LintResult, unit: string | undefined): LintResult {
  const { unit: _old, ...rest } = result;
  return unit === undefined ? rest : { ...rest, unit };
}
