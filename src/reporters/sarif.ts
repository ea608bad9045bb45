// SARIF 2.1.0 for code-scanning dashboards: one run whose driver describes every rule of the run, one result per
// finding (level, message, location relative to the working directory, stable partial fingerprint, fix); files that
// could not be read or parsed, and notes about a file that no rule made, as tool execution notifications.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Category, LintMessage, LintResult, Locale, RuleMeta, Severity, SeveritySetting } from '../engine/types.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import { categoryLabel, t } from '../i18n/labels.js';
import { VERSION } from '../version.js';
import { plainMessage, urgencyPhrase } from './plain-message.js';
import type { Reporter, ReporterContext } from './types.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of cuomin's fingerprint in `partialFingerprints`; the version follows the fingerprint recipe. */
export const FINGERPRINT_KEY = 'cuomin/v1';
export const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface ReportingDescriptor {
  id: string;
  name?: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  help?: { text: string };
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel; enabled?: boolean };
  properties?: Record<string, unknown>;
}

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

function levelOf(severity: SeveritySetting): SarifLevel {
  return severity === 'off' ? 'none' : LEVELS[severity];
}

/** `doc-number` → `DocNumber`, `fujin/column-names` → `FujinColumnNames`: SARIF's friendly rule name. */
function friendlyName(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function categoryPhrase(category: Category, locale: Locale): string {
  return category === 'mistake' ? t(locale, '错（差错）', 'mistake (错)') : t(locale, '敏（敏感信息）', 'sensitive (敏)');
}

function describeRule(meta: RuleMeta, locale: Locale): ReportingDescriptor {
  const description = meta.description[locale];
  const facts = [
    t(locale, `类别：${categoryPhrase(meta.category, locale)}`, `Category: ${categoryPhrase(meta.category, locale)}`),
    t(locale, `时效：${urgencyPhrase(meta.urgency, locale)}`, `Urgency: ${urgencyPhrase(meta.urgency, locale)}`),
    ...(meta.fixable ? [t(locale, '部分问题可用 --fix 自动修复', 'Some findings can be fixed with --fix')] : []),
  ];
  const full = `${description}${t(locale, '。', '. ')}${facts.join(t(locale, '；', '; '))}${t(locale, '。', '.')}`;
  const docs = meta.docs?.trim();
  const helpUri = docs && isWebAddress(docs) ? docs : undefined;
  const reference = docs ? `\n${t(locale, '依据/说明：', 'Reference: ')}${docs}` : '';
  const descriptor: ReportingDescriptor = { id: meta.id };
  // SARIF wants a friendly name different from the id (compared ignoring case), or none.
  const name = friendlyName(meta.id);
  if (name.toLowerCase() !== meta.id.toLowerCase()) descriptor.name = name;
  Object.assign(descriptor, {
    shortDescription: { text: description },
    fullDescription: { text: full },
    help: { text: `${full}${reference}` },
  });
  if (helpUri) descriptor.helpUri = helpUri;
  descriptor.defaultConfiguration = meta.defaultSeverity === 'off' ? { level: 'none', enabled: false } : { level: levelOf(meta.defaultSeverity) };
  descriptor.properties = { category: meta.category, urgency: meta.urgency, fixable: meta.fixable, tags: ['cuomin', meta.category, categoryLabel(meta.category, 'zh')] };
  return descriptor;
}

/** The file's location: relative to the working directory (`%SRCROOT%`) when it lies inside it, else a file URL. */
export function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  if (path.isAbsolute(filePath)) {
    const relative = path.relative(cwd, filePath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(filePath).href };
    filePath = relative;
  }
  const uri = filePath.split(/[\\/]/).filter((segment) => segment !== '' && segment !== '.').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: SRCROOT };
}

function regionOf(message: LintMessage): Record<string, unknown> {
  const region: Record<string, unknown> = {
    startLine: message.line,
    startColumn: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
  };
  if (message.text) region.snippet = { text: message.text };
  return region;
}

function fixOf(message: LintMessage, location: ArtifactLocation, locale: Locale): Record<string, unknown> | undefined {
  if (!message.fix) return undefined;
  const [start, end] = message.fix.range;
  const { text } = message.fix;
  const description = text === '' ? t(locale, '删除', 'Delete') : t(locale, `改为“${text}”`, `Replace with “${text}”`);
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: location,
        // Offsets of the decoded text (after any BOM), in UTF-16 code units, as `fix.range` is everywhere in cuomin.
        replacements: [{ deletedRegion: { charOffset: start, charLength: end - start }, insertedContent: { text } }],
      },
    ],
  };
}

export function toSarifLog(results: LintResult[], context: Pick<ReporterContext, 'cwd' | 'locale' | 'rules'>): Record<string, unknown> {
  const { cwd, locale } = context;
  const descriptors: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (descriptor: ReportingDescriptor) => {
    ruleIndex.set(descriptor.id, descriptors.length);
    descriptors.push(descriptor);
  };
  for (const [id, meta] of context.rules ?? []) addRule(describeRule({ ...meta, id }, locale));
  const unknownIds = new Set<string>();
  for (const result of results) {
    for (const message of result.messages) if (message.ruleId !== null && !message.fatal && !ruleIndex.has(message.ruleId)) unknownIds.add(message.ruleId);
  }
  for (const id of [...unknownIds].sort()) addRule({ id, shortDescription: { text: id } });

  const sarifResults: Array<Record<string, unknown>> = [];
  const notifications: Array<Record<string, unknown>> = [];
  let fatalCount = 0;
  for (const result of results) {
    const location = artifactLocation(result.filePath, cwd);
    for (const message of result.messages) {
      const physicalLocation = { artifactLocation: location, region: regionOf(message) };
      // A file that could not be read or parsed, a rule that crashed, a note about the file: not a finding of a rule.
      if (message.fatal || message.ruleId === null) {
        if (message.fatal) fatalCount++;
        const notification: Record<string, unknown> = {
          level: message.fatal ? 'error' : LEVELS[message.severity],
          message: { text: message.message },
          locations: [{ physicalLocation }],
          properties: { fingerprint: fingerprintOf(result.filePath, message) },
        };
        if (message.ruleId !== null) notification.associatedRule = { id: message.ruleId, ...(ruleIndex.has(message.ruleId) ? { index: ruleIndex.get(message.ruleId) } : {}) };
        notifications.push(notification);
        continue;
      }
      const sarifResult: Record<string, unknown> = {
        ruleId: message.ruleId,
        ruleIndex: ruleIndex.get(message.ruleId),
        level: LEVELS[message.severity],
        message: { text: plainMessage(message, locale) },
        locations: [{ physicalLocation }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf(result.filePath, message) },
      };
      const fix = fixOf(message, location, locale);
      if (fix) sarifResult.fixes = [fix];
      sarifResult.properties = { category: message.category, urgency: message.urgency, unit: result.unit ?? null, suggestions: message.suggestions };
      sarifResults.push(sarifResult);
    }
  }

  const invocation: Record<string, unknown> = { executionSuccessful: fatalCount === 0 };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cuomin',
            fullName: t(locale, 'cuomin 错敏：政府网站内容错敏信息检查工具', 'cuomin: a linter for Chinese government-website content'),
            version: VERSION,
            semanticVersion: VERSION,
            rules: descriptors,
          },
        },
        invocations: [invocation],
        language: locale === 'zh' ? 'zh-CN' : 'en-US',
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : `${cwd}${path.sep}`).href } },
        columnKind: 'unicodeCodePoints',
        results: sarifResults,
      },
    ],
  };
}

export const sarifReporter: Reporter = (results, context) => `${JSON.stringify(toSarifLog(results, context), null, 2)}\n`;
