// RuleTester: table-driven tests for a rule, in the style of ESLint's. Works with vitest, jest or mocha globals,
// or on its own (it then throws on the first failing case).
import { Linter } from '../engine/linter.js';
import type { LintMessage, Locale, Rule } from '../engine/types.js';
import type { Dictionary } from '../dictionary/types.js';
import { loadBuiltinDictionaries } from '../io/load-dictionaries.js';

export interface ValidCase {
  text: string;
  options?: Record<string, unknown>;
  /** Decides the format: `draft.md` for Markdown; default `test.txt`. */
  filename?: string;
  date?: string;
  name?: string;
}

export interface ExpectedError {
  messageId?: string;
  message?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The exact source text the finding covers. */
  text?: string;
  /** Expected first suggestion. */
  suggestion?: string;
  severity?: LintMessage['severity'];
  urgency?: LintMessage['urgency'];
}

export interface InvalidCase extends ValidCase {
  /** The expected findings in order, or just their number. */
  errors: ExpectedError[] | number;
  /** The text after --fix; `null` or omitted output means "no fix is offered" when `output` is null. */
  output?: string | null;
}

export interface RuleTestCases {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

export interface RuleTesterConfig {
  locale?: Locale;
  date?: string;
  /** Dictionaries for dictionary-based rules; default: the shipped ones. */
  dictionaries?: Dictionary[];
}

type TestFn = (name: string, body: () => void) => void;

function globalTestFunction(name: 'describe' | 'it'): TestFn | undefined {
  const candidate = (globalThis as Record<string, unknown>)[name];
  return typeof candidate === 'function' ? (candidate as TestFn) : undefined;
}

export class RuleTester {
  /** Override to plug in a test framework whose describe/it are not globals. */
  static describe: TestFn | undefined;
  static it: TestFn | undefined;

  constructor(private readonly config: RuleTesterConfig = {}) {}

  run(ruleName: string, rule: Rule<never>, cases: RuleTestCases): void {
    const describe = RuleTester.describe ?? globalTestFunction('describe') ?? ((_name, body) => body());
    const it = RuleTester.it ?? globalTestFunction('it') ?? ((_name, body) => body());
    describe(ruleName, () => {
      // Test frameworks reject an empty suite: a table with no valid (or no invalid) cases gets none.
      if (cases.valid.length > 0) {
        describe('valid', () => {
          for (const item of cases.valid) {
            const testCase = typeof item === 'string' ? { text: item } : item;
            it(testCase.name ?? testCase.text, () => this.assertValid(ruleName, rule, testCase));
          }
        });
      }
      if (cases.invalid.length > 0) {
        describe('invalid', () => {
          for (const testCase of cases.invalid) {
            it(testCase.name ?? testCase.text, () => this.assertInvalid(ruleName, rule, testCase));
          }
        });
      }
    });
  }

  lint(ruleName: string, rule: Rule<never>, testCase: ValidCase): { linter: Linter; messages: LintMessage[]; filename: string } {
    const linter = new Linter({
      rules: new Map([[ruleName, rule]]),
      settings: { [ruleName]: { severity: rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity, explicit: false, options: parseOptions(rule, testCase.options) } },
      locale: this.config.locale ?? 'zh',
      date: testCase.date ?? this.config.date ?? '2026-11-27',
      dictionaries: this.config.dictionaries ?? loadBuiltinDictionaries(),
    });
    const filename = testCase.filename ?? 'test.txt';
    return { linter, messages: linter.lintText(testCase.text, filename), filename };
  }

  private assertValid(ruleName: string, rule: Rule<never>, testCase: ValidCase): void {
    const { messages } = this.lint(ruleName, rule, testCase);
    if (messages.length > 0) {
      throw new Error(`Expected no findings for ${JSON.stringify(testCase.text)}, got:\n${describeMessages(messages)}`);
    }
  }

  private assertInvalid(ruleName: string, rule: Rule<never>, testCase: InvalidCase): void {
    const { linter, messages, filename } = this.lint(ruleName, rule, testCase);
    const expected = testCase.errors;
    const count = typeof expected === 'number' ? expected : expected.length;
    if (messages.length !== count) {
      throw new Error(`Expected ${count} finding(s) for ${JSON.stringify(testCase.text)}, got ${messages.length}:\n${describeMessages(messages)}`);
    }
    if (Array.isArray(expected)) {
      expected.forEach((error, index) => assertMessageMatches(messages[index], error, rule, index));
    }
    if (testCase.output !== undefined) {
      const fixed = linter.fixText(testCase.text, filename).output;
      const expectedOutput = testCase.output ?? testCase.text;
      if (fixed !== expectedOutput) {
        throw new Error(`Fix output differs for ${JSON.stringify(testCase.text)}:\n  expected ${JSON.stringify(expectedOutput)}\n  actual   ${JSON.stringify(fixed)}`);
      }
    }
  }
}

/** Options as the config loader would give them: validated, with the schema's defaults filled in. */
function parseOptions(rule: Rule<never>, options: Record<string, unknown> = {}): Record<string, unknown> {
  return rule.meta.options ? (rule.meta.options.parse(options) as Record<string, unknown>) : options;
}

function assertMessageMatches(message: LintMessage, expected: ExpectedError, rule: Rule<never>, index: number): void {
  const mismatches: string[] = [];
  const check = (key: string, actual: unknown, wanted: unknown) => {
    if (wanted !== undefined && actual !== wanted) mismatches.push(`${key}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
  };
  if (expected.messageId !== undefined) {
    const template = rule.meta.messages[expected.messageId];
    if (!template) mismatches.push(`messageId "${expected.messageId}" is not in the rule's meta.messages`);
    else if (!matchesTemplate(message.message, template.zh) && !matchesTemplate(message.message, template.en)) {
      mismatches.push(`messageId: expected "${expected.messageId}", got message ${JSON.stringify(message.message)}`);
    }
  }
  check('message', message.message, expected.message);
  check('line', message.line, expected.line);
  check('column', message.column, expected.column);
  check('endLine', message.endLine, expected.endLine);
  check('endColumn', message.endColumn, expected.endColumn);
  check('text', message.text, expected.text);
  check('suggestion', message.suggestions[0], expected.suggestion);
  check('severity', message.severity, expected.severity);
  check('urgency', message.urgency, expected.urgency);
  if (mismatches.length > 0) throw new Error(`Finding ${index + 1} (${describeMessages([message])}):\n  ${mismatches.join('\n  ')}`);
}

function matchesTemplate(message: string, template: string): boolean {
  const pattern = template
    .split(/\{\{\s*\w+\s*\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(message);
}

function describeMessages(messages: LintMessage[]): string {
  return messages
    .map((m) => `  ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${JSON.stringify(m.text)} ${m.message}${m.suggestions.length ? ` → ${m.suggestions.join(' / ')}` : ''}`)
    .join('\n');
}
