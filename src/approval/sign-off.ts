// The sign-off block at the end of a draft: lines such as 监审：赵刚 / 审核：李红 / 编辑：王晓明, one per line or several on
// one line, full- or half-width colons, any order. Only trailing blocks made of nothing but such pairs count, so a
// procedure step in the body (审核：对申报材料进行审核。) is never read as a sign-off.
import type { Block } from '../document/types.js';
import { type ClearanceField, SIGN_OFF_KEYS, fieldOfKey } from './fields.js';
import type { FieldEntry } from './read-clearance.js';

const KEY = new RegExp(`(${SIGN_OFF_KEYS.join('|')})[ \\t\\u3000]*[:：][ \\t\\u3000]*`, 'gu');
const SEPARATORS = /^[\s\u3000，,；;、]+|[\s\u3000，,；;、]+$/gu;
/** Sentence punctuation never appears in a name, a unit or a form number. */
const NOT_A_VALUE = /[。！？!?：:“”"《》]/u;
const MAX_VALUE_LENGTH = 30;
/** How many trailing blocks may hold sign-off lines. */
const MAX_SIGN_OFF_BLOCKS = 8;

export interface SignOff {
  entries: FieldEntry[];
  /** Prose offset of the first sign-off block. */
  start?: number;
}

export function readSignOff(text: string, blocks: readonly Block[]): SignOff {
  const found: FieldEntry[][] = [];
  let start: number | undefined;
  for (let index = blocks.length - 1; index >= 0 && found.length < MAX_SIGN_OFF_BLOCKS; index--) {
    const block = blocks[index];
    const entries = readSignOffBlock(text, block);
    if (!entries) break;
    found.unshift(entries);
    start = block.start;
  }
  return { entries: found.flat(), start };
}

/** The pairs of one block, or undefined when the block is anything but sign-off pairs. */
function readSignOffBlock(text: string, block: Block): FieldEntry[] | undefined {
  const blockText = text.slice(block.start, block.end);
  const open = /^[\s\u3000]*[（(]?[\s\u3000]*/u.exec(blockText)![0].length;
  const close = /[\s\u3000]*[）)]?[\s\u3000]*$/u.exec(blockText.slice(open))![0].length;
  const inner = blockText.slice(open, blockText.length - close);
  const keys = [...inner.matchAll(KEY)];
  if (keys.length === 0 || keys[0].index !== 0) return undefined;
  const entries: FieldEntry[] = [];
  for (const [position, key] of keys.entries()) {
    const keyStart = block.start + open + key.index!;
    const valueStart = key.index! + key[0].length;
    const valueEnd = keys[position + 1]?.index ?? inner.length;
    const rawValue = inner.slice(valueStart, valueEnd);
    const value = rawValue.replace(SEPARATORS, '');
    if (value.length > MAX_VALUE_LENGTH || NOT_A_VALUE.test(value)) return undefined;
    const field = fieldOfKey(key[1]) as ClearanceField;
    const leading = /^[\s\u3000，,；;、]*/u.exec(rawValue)![0].length;
    const keyEnd = keyStart + key[0].replace(/[ \t\u3000]+$/u, '').length;
    const absoluteValueStart = block.start + open + valueStart + leading;
    entries.push({
      field,
      value,
      place: value === '' ? { prose: [keyStart, keyEnd] } : { prose: [absoluteValueStart, absoluteValueStart + value.length] },
    });
  }
  return entries;
}
