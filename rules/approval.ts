// approval: is this draft cleared for publication? Three named reviewers (编辑, 审核, 监审), three different people, an
// approval form number (信息发布审批单) unless the item is urgent (published first, paperwork later), and a supplying unit
// and column the site's configuration knows. Read from front matter or from the sign-off lines at the end of the text.
import { z } from 'zod';
import { defineRule } from '../src/engine/types.js';
import type { RuleContext, RuleReport } from '../src/engine/types.js';
import { FIELD_LABELS, REVIEW_ROLES, isEmptyValue, isTrueValue, samePerson } from '../src/approval/fields.js';
import type { ClearanceField } from '../src/approval/fields.js';
import { readClearance } from '../src/approval/read-clearance.js';
import type { FieldEntry, Place } from '../src/approval/read-clearance.js';

const optionsSchema = z
  .object({
    /** The units that may supply content; empty: any unit. */
    units: z.array(z.string().min(1)).default([]),
    /** Column → the units that may publish to it ([] = any listed unit); empty: any column. */
    columns: z.record(z.string().min(1), z.array(z.string().min(1))).default({}),
    /** Working days after publication within which an urgent item's approval form must be filed. */
    urgentPaperworkDays: z.number().int().positive().default(3),
    /** A regular expression approval form numbers must match (e.g. "^FJ-\\d{4}-\\d{4}$"); none: any. */
    approvalPattern: z
      .string()
      .refine((pattern) => isValidPattern(pattern), { message: 'not a valid regular expression' })
      .optional(),
    /** Check published HTML pages too (they usually carry no clearance data). */
    html: z.boolean().default(false),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

export default defineRule<Options>({
  meta: {
    id: 'approval',
    description: {
      zh: '发布审批与三审：编辑、审核、监审齐全且不同人，有信息发布审批单编号，供稿单位和栏目有效',
      en: 'Clearance: editor, reviewer and supervising reviewer present and three different people, an approval form number, a known unit and column',
    },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'error',
    fixable: false,
    options: optionsSchema,
    messages: {
      missingRole: {
        zh: '缺少{{role}}：稿件须经编辑、审核、监审三级审核后方可发布',
        en: 'No {{role}}: a draft is published only after editor, reviewer and supervising reviewer have signed it',
      },
      emptyRole: {
        zh: '{{role}}为空：未经{{role}}，视为未审核',
        en: 'The {{role}} slot is empty: nobody has reviewed it at that level',
      },
      sameReviewer: {
        zh: '“{{name}}”同时担任{{first}}和{{second}}：三级审核须由三人分别负责',
        en: '"{{name}}" is both {{first}} and {{second}}: graded review needs three different people',
      },
      missingApproval: {
        zh: '缺少信息发布审批单编号：须先填报信息发布审批单，经批准后方可发布',
        en: 'No approval form number: the publication approval form must be filed and approved before publishing',
      },
      paperworkDue: {
        zh: '紧急信息可先行发布，但须在发布后{{days}}个工作日内补办信息发布审批单',
        en: 'Urgent item: it may be published first, but its approval form is due within {{days}} working day(s) after publication',
      },
      badApproval: {
        zh: '信息发布审批单编号“{{value}}”不符合规定格式',
        en: 'Approval form number "{{value}}" does not have the configured format',
      },
      missingUnit: {
        zh: '缺少供稿单位：每条信息须注明负责的供稿单位',
        en: 'No supplying unit: every item names the unit responsible for it',
      },
      unknownUnit: {
        zh: '供稿单位“{{value}}”不在配置的单位名单中',
        en: 'Supplying unit "{{value}}" is not in the configured list of units',
      },
      missingColumn: {
        zh: '缺少发布栏目',
        en: 'No column to publish to',
      },
      unknownColumn: {
        zh: '栏目“{{value}}”不在配置的栏目名单中',
        en: 'Column "{{value}}" is not in the configured list of columns',
      },
      columnNotAllowed: {
        zh: '“{{unit}}”无权向栏目“{{value}}”发布信息（该栏目由{{owners}}发布）',
        en: '"{{unit}}" may not publish to the column "{{value}}" (it belongs to {{owners}})',
      },
    },
  },
  check(context) {
    const { document, options } = context;
    if (document.format === 'html' && !options.html) return;
    const clearance = readClearance(document);
    const report = (place: Place, messageId: string, data: RuleReport['data'] = {}, extra: Partial<RuleReport> = {}) =>
      context.report(placeReport(place, messageId, data, extra));
    const label = (field: ClearanceField) => FIELD_LABELS[field][context.locale];
    const entriesOf = (field: ClearanceField) => clearance.entries.filter((entry) => entry.field === field);
    const filled = (field: ClearanceField) => entriesOf(field).find((entry) => !isEmptyValue(entry.value));

    const reviewers: Array<{ role: ClearanceField; entry: FieldEntry }> = [];
    for (const role of REVIEW_ROLES) {
      const entry = filled(role);
      if (entry) reviewers.push({ role, entry });
      else if (entriesOf(role).length > 0) report(entriesOf(role)[0].place, 'emptyRole', { role: label(role) });
      else report(clearance.missingPlace, 'missingRole', { role: label(role) });
    }
    reportSameReviewers(reviewers, (entry, data) => report(entry.place, 'sameReviewer', data), label);

    checkApproval(context, filled('approval'), entriesOf('approval')[0]?.place ?? clearance.missingPlace, entriesOf('urgent').some((entry) => isTrueValue(entry.value)), report);
    const unit = filled('unit');
    const unitKnown = checkUnit(options, unit, clearance.missingPlace, report);
    checkColumn(options, filled('column'), unitKnown ? unit?.value : undefined, clearance.missingPlace, report);
  },
});

type Report = (place: Place, messageId: string, data?: RuleReport['data'], extra?: Partial<RuleReport>) => void;

function placeReport(place: Place, messageId: string, data: RuleReport['data'], extra: Partial<RuleReport>): RuleReport {
  if ('source' in place) return { messageId, data, start: 0, end: 0, sourceRange: place.source, ...extra };
  return { messageId, data, start: place.prose[0], end: place.prose[1], ...extra };
}

/** Each role held by someone who already holds an earlier role is reported once, at the later role. */
function reportSameReviewers(
  reviewers: Array<{ role: ClearanceField; entry: FieldEntry }>,
  report: (entry: FieldEntry, data: RuleReport['data']) => void,
  label: (field: ClearanceField) => string,
): void {
  for (const [index, later] of reviewers.entries()) {
    const earlier = reviewers.slice(0, index).find((candidate) => samePerson(candidate.entry.value, later.entry.value));
    if (earlier) report(later.entry, { name: later.entry.value, first: label(earlier.role), second: label(later.role) });
  }
}

function checkApproval(context: RuleContext<Options>, approval: FieldEntry | undefined, place: Place, urgent: boolean, report: Report): void {
  const { approvalPattern, urgentPaperworkDays } = context.options;
  if (approval) {
    if (approvalPattern && !new RegExp(approvalPattern, 'u').test(approval.value)) report(approval.place, 'badApproval', { value: approval.value });
    return;
  }
  if (urgent) report(place, 'paperworkDue', { days: urgentPaperworkDays }, { severity: 'warning' });
  else report(place, 'missingApproval');
}

/** Reports a missing or unlisted unit; true when the unit is one the column check may rely on. */
function checkUnit(options: Options, unit: FieldEntry | undefined, missingPlace: Place, report: Report): boolean {
  if (options.units.length === 0) return true;
  if (!unit) {
    report(missingPlace, 'missingUnit');
    return false;
  }
  if (options.units.includes(unit.value)) return true;
  report(unit.place, 'unknownUnit', { value: unit.value }, { suggestions: similarNames(unit.value, options.units) });
  return false;
}

function checkColumn(options: Options, column: FieldEntry | undefined, unit: string | undefined, missingPlace: Place, report: Report): void {
  const columns = Object.keys(options.columns);
  if (columns.length === 0) return;
  if (!column) {
    report(missingPlace, 'missingColumn');
    return;
  }
  const owners = options.columns[column.value];
  if (!owners) {
    report(column.place, 'unknownColumn', { value: column.value }, { suggestions: similarNames(column.value, columns) });
    return;
  }
  if (unit !== undefined && owners.length > 0 && !owners.includes(unit)) {
    report(column.place, 'columnNotAllowed', { value: column.value, unit, owners: owners.join('、') }, { suggestions: owners });
  }
}

/** Listed names that contain the written one or are contained in it (水务局 → 富锦市水务局). */
function similarNames(value: string, names: readonly string[]): string[] {
  return names.filter((name) => name.includes(value) || value.includes(name)).slice(0, 3);
}
