// Person and place names are not typos of official words: 王继志 is not 王机制, 李建社 is not 李建设.
import { isCommonSurname } from '../text/surnames.js';
import { wordAt, type GeneralDictionary, type Segmentation } from './word-model.js';

/** One-character abbreviations of provinces and regions (全闽乐购, 渝港合作): a place, not a typo. */
const PLACE_ABBREVIATIONS = new Set('京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵滇云陕秦甘陇青蒙桂宁新藏港澳台');

/** True when a changed character of the window is a province's one-character abbreviation. */
export function changesPlaceAbbreviation(written: string, official: string): boolean {
  for (let i = 0; i < written.length; i++) if (written[i] !== official[i] && PLACE_ABBREVIATIONS.has(written[i])) return true;
  return false;
}

/**
 * True when the window [start, end) of `context` may be (part of) a person's or a place's name: it overlaps a word
 * that jieba tags as a name, or it lies within a three-character name starting with a common surname that stands
 * alone in the segmentation (王/继志, 李/建/社; not 监管/机智, where 管 belongs to a word). The price: a typo right
 * after a surname character standing alone goes unreported (加强管里 could be 加强 + a person 管里).
 */
export function mayBeName(context: string, segmentation: Segmentation, start: number, end: number, general: GeneralDictionary): boolean {
  for (let position = start; position < end; position++) {
    const [wordStart, wordEnd] = wordAt(segmentation, position);
    if (general.table.isName(general.table.find(context, wordStart, wordEnd))) return true;
  }
  // A surname standing alone at most two characters before the window, the window within the three characters of
  // a name that starts there.
  for (let position = Math.max(0, start - 2); position <= start; position++) {
    if (end > position + 3) continue;
    const [wordStart, wordEnd] = wordAt(segmentation, position);
    if (wordStart === position && wordEnd === position + 1 && isCommonSurname(context[position])) return true;
  }
  return false;
}
