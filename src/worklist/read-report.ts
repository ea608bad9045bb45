// Reads `cuomin lint -f json` reports: validates the keys a worklist needs and keeps the rest out.
import fs from 'node:fs';
import { jsonReportSchema, type JsonReportFile, type JsonReportMessage } from '../reporters/json-report-schema.js';
import { UsageError } from '../usage-error.js';

export type ReportMessage = JsonReportMessage;
export type ReportFile = JsonReportFile;

/** Parses a report's text; `label` names it in errors. */
export function parseReport(text: string, label: string): ReportFile[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError({
      zh: `报告 ${label} 不是有效的 JSON（${(error as Error).message}）`,
      en: `Report ${label} is not valid JSON (${(error as Error).message})`,
    });
  }
  const parsed = jsonReportSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue.path.map(String).join('.') || '(top level)';
  throw new UsageError({
    zh: `报告 ${label} 不是 cuomin lint -f json 生成的报告（${where}：${issue.message}）`,
    en: `Report ${label} is not a cuomin lint -f json report (${where}: ${issue.message})`,
  });
}

export function readReport(filePath: string, label = filePath): ReportFile[] {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UsageError({ zh: `无法读取报告 ${label}（${code}）`, en: `Cannot read report ${label} (${code})` });
  }
  return parseReport(text, label);
}
