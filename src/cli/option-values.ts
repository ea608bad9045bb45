// Validates command-line option values; a bad value is a UsageError (exit 2) naming the option.
import os from 'node:os';
import type { Locale } from '../engine/types.js';
import { UsageError } from '../usage-error.js';

export function parseLocaleOption(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  if (value === 'zh' || value === 'en') return value;
  throw new UsageError({ zh: `--locale 只能是 zh 或 en，收到“${value}”`, en: `--locale must be zh or en, got "${value}"` });
}

export function parseDateOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError({ zh: `--date 应为有效日期 YYYY-MM-DD，收到“${value}”`, en: `--date must be a valid YYYY-MM-DD date, got "${value}"` });
  }
  return value;
}

export function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new UsageError({ zh: `--max-warnings 应为非负整数，收到“${value}”`, en: `--max-warnings must be a non-negative integer, got "${value}"` });
  }
  return Number(value);
}

/** `--concurrency <n>`: worker threads; default the number of cores. */
export function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return os.availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError({ zh: `--concurrency 应为正整数，收到“${value}”`, en: `--concurrency must be a positive integer, got "${value}"` });
  }
  return Number(value);
}
