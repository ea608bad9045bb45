// accessibility: content that screen-reader users cannot follow (GB/T 37668-2019; 无障碍环境建设法 Art. 32): images
// without alternative text (or with a file name or 图片 as their alt), tables without a header row, and link texts
// that say nothing (点击这里, 更多, here).
import { z } from 'zod';
import { defineRule, type RuleContext } from '../src/engine/types.js';
import type { CuominDocument, LinkInfo, TableInfo } from '../src/document/types.js';
import { OBJECT_PLACEHOLDER } from '../src/document/types.js';
import { VAGUE_LINK_TEXTS, altTextProblem, normalizeLinkText } from '../src/links/link-text.js';

const optionsSchema = z
  .object({
    /** More link texts that say nothing, besides the built-in ones (点击这里, 更多, 详情, click here …). */
    extraVagueLinkTexts: z.array(z.string().min(1)).default([]),
    /** Check images' alternative text. */
    images: z.boolean().default(true),
    /** Check that tables have a header row. */
    tables: z.boolean().default(true),
    /** Check link texts. */
    linkTexts: z.boolean().default(true),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

function checkImages(context: RuleContext<Options>): void {
  for (const image of context.document.images) {
    if (image.decorative) continue;
    const problem = altTextProblem(image.alt);
    if (!problem) continue;
    const messageId = problem === 'missing' ? 'missingAlt' : problem === 'fileName' ? 'fileNameAlt' : 'placeholderAlt';
    context.report({ messageId, data: { alt: image.alt.trim() }, start: 0, end: 0, sourceRange: [image.sourceStart, image.sourceEnd] });
  }
}

function cellText(document: CuominDocument, cell: { start: number; end: number }): string {
  return document.text.slice(cell.start, cell.end).trim();
}

/** A two-column form of labels and values (索引号： | 000014349/2019-00011): the first column heads each row. */
function isKeyValueTable(document: CuominDocument, rows: TableInfo['rows']): boolean {
  return rows.every((row) => /[：:]$/u.test(cellText(document, row[0] ?? { start: 0, end: 0 })));
}

/** The first row's cells, when they read like column headings (short, all filled, not numbers). */
function headingLikeRow(document: CuominDocument, row: TableInfo['rows'][number] | undefined): string | undefined {
  if (!row || row.length < 2) return undefined;
  const cells = row.map((cell) => cellText(document, cell).replace(/\s+/gu, ' '));
  if (cells.some((cell) => !cell || [...cell].length > 15 || /^[\d.,%\s-]+$/u.test(cell) || cell.includes(OBJECT_PLACEHOLDER))) return undefined;
  return cells.join(' | ');
}

function checkTables(context: RuleContext<Options>): void {
  const { document } = context;
  for (const table of document.tables) {
    if (table.layout) continue;
    const rows = table.rows.filter((row) => row.some((cell) => cellText(document, cell) !== ''));
    if (table.header.some((cell) => cellText(document, cell) !== '') || rows.length === 0) continue;
    if (table.header.length === 0) {
      // No header row at all (HTML): only data tables, not a single row or column of layout.
      const columns = Math.max(...table.rows.map((row) => row.length));
      if (rows.length < 2 || columns < 2 || isKeyValueTable(document, rows)) continue;
    }
    const lineEnd = document.source.indexOf('\n', table.sourceStart);
    const sourceRange: [number, number] = [table.sourceStart, lineEnd < 0 || lineEnd > table.sourceEnd ? table.sourceEnd : lineEnd];
    const firstRow = headingLikeRow(document, rows[0]);
    if (firstRow) context.report({ messageId: 'headerInFirstRow', data: { row: firstRow }, start: 0, end: 0, sourceRange, suggestions: [firstRow] });
    else context.report({ messageId: 'noTableHeader', start: 0, end: 0, sourceRange });
  }
}

function containsImage(document: CuominDocument, link: LinkInfo): boolean {
  return document.images.some((image) => image.sourceStart >= link.sourceStart && image.sourceEnd <= link.sourceEnd);
}

function checkLinkTexts(context: RuleContext<Options>): void {
  const { document, options } = context;
  const vague = new Set([...VAGUE_LINK_TEXTS, ...options.extraVagueLinkTexts.map(normalizeLinkText)]);
  for (const link of document.links) {
    if (!link.visible) continue; // hidden links are the links rule's business
    const raw = document.text.slice(link.start, link.end);
    const normalized = normalizeLinkText(raw);
    if (!normalized) {
      if (!raw.includes(OBJECT_PLACEHOLDER) && link.sourceEnd > link.sourceStart && !containsImage(document, link)) {
        context.report({ messageId: 'emptyLinkText', data: { url: link.url }, start: 0, end: 0, sourceRange: [link.sourceStart, link.sourceEnd] });
      }
      continue;
    }
    if (!vague.has(normalized)) continue;
    const start = link.start + (raw.length - raw.trimStart().length);
    const end = link.end - (raw.length - raw.trimEnd().length);
    const title = link.title?.trim();
    const suggestions = title && !vague.has(normalizeLinkText(title)) ? [title] : [];
    context.report({ messageId: 'vagueLinkText', data: { text: raw.trim() }, start, end, suggestions });
  }
}

export default defineRule<Options>({
  meta: {
    id: 'accessibility',
    description: {
      zh: '无障碍：图片缺少替代文字、表格缺少表头、链接文字不说明去向（“点击这里”“更多”）',
      en: 'Accessibility: images without alternative text, tables without a header row, link texts that say nothing ("click here", "more")',
    },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    fixable: false,
    options: optionsSchema,
    messages: {
      missingAlt: {
        zh: '图片缺少替代文字（alt），视障读者无法得知图片内容；请用一句话说明图片内容',
        en: 'The image has no alternative text (alt): blind readers cannot know what it shows; describe it in a sentence',
      },
      fileNameAlt: {
        zh: '图片的替代文字“{{alt}}”是文件名，不能说明图片内容',
        en: 'The alternative text "{{alt}}" of the image is a file name and does not say what the image shows',
      },
      placeholderAlt: {
        zh: '图片的替代文字“{{alt}}”没有说明图片内容',
        en: 'The alternative text "{{alt}}" of the image does not say what the image shows',
      },
      noTableHeader: {
        zh: '表格没有表头行，读屏软件无法说明各列内容；请设置表头',
        en: 'The table has no header row: screen readers cannot say what each column holds; add one',
      },
      headerInFirstRow: {
        zh: '表格没有表头，第一行“{{row}}”似应设为表头，读屏软件才能说明各列内容',
        en: 'The table has no header row; its first row "{{row}}" looks like the header and should be marked as one',
      },
      vagueLinkText: {
        zh: '链接文字“{{text}}”没有说明链接指向什么；请改用所链接内容的名称（如文件标题）作链接文字',
        en: 'The link text "{{text}}" does not say where the link leads; use the name of the target (e.g. the document title)',
      },
      emptyLinkText: {
        zh: '链接（“{{url}}”）没有文字，读者无法得知它指向什么',
        en: 'The link ("{{url}}") has no text: readers cannot tell where it leads',
      },
    },
  },
  check(context) {
    const { options } = context;
    if (options.images) checkImages(context);
    if (options.tables) checkTables(context);
    if (options.linkTexts) checkLinkTexts(context);
  },
});
