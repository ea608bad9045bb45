// The vocabulary of classification and restriction markings (《保守国家秘密法》, GB/T 9704-2012 §7.2): 密级 and 保密期限
// (机密★1年), restriction phrases (内部资料 注意保存), and the 份号/紧急程度 words that stand beside them in a 版头.
// A marking tokenizer reads a short piece of text as a sequence of these tokens, or says it is something else.

export type Level = '绝密' | '机密' | '秘密';

/** Characters a ★ turns into when a document is converted or retyped. */
export const STAR_CHARS = '★☆✩✪✫✬✭✮✯✰⭐';
export const ASTERISK_CHARS = '*＊﹡∗';

/** A 保密期限 or 解密时间 after the star: 长期, 10年, 6个月, 十年, 2030年12月31日(前). */
export const PERIOD_SOURCE =
  '长期|[0-9０-９]{1,3}[ \\t\\u3000]*(?:年|个月|月)|[一二三四五六七八九十两]{1,3}(?:年|个月)|(?:19|20)\\d{2}年\\d{1,2}月(?:\\d{1,2}日)?(?:前|止|以前)?';

export type TokenKind =
  /** 绝密/机密/秘密, with or without 级, a star and a period. */
  | 'level'
  /** A restriction phrase: 内部资料, 注意保存, 工作秘密, 不得外传… */
  | 'phrase'
  /** 份号 (000123), 紧急程度 (特急, 加急) and the labels 密级/保密期限/紧急程度/份号. */
  | 'context'
  /** A period standing alone (after a 保密期限 label). */
  | 'period'
  /** A 解密 stamp: the document has been declassified. */
  | 'declassified';

export interface MarkingToken {
  kind: TokenKind;
  text: string;
  level?: Level;
  /** 秘密级: the level is named as such. */
  grade?: boolean;
  star?: boolean;
  period?: boolean;
}

/** Restriction phrases printed on internal documents; none is a 密级, all mean "not for publication". */
export const RESTRICTION_PHRASES = [
  '内部资料',
  '内部文件',
  '内部材料',
  '内部刊物',
  '内部参考',
  '内部明电',
  '内部使用',
  '内部发行',
  '内部交流',
  '仅供内部参考',
  '仅供内部使用',
  '仅供内部阅读',
  '仅供内部传阅',
  '仅供内部交流',
  '仅供内部',
  '注意保存',
  '注意保管',
  '注意保密',
  '不得外传',
  '严禁外传',
  '请勿外传',
  '不得翻印',
  '不得复制',
  '阅后收回',
  '阅后退回',
  '用后收回',
  '工作秘密',
];

const CONTEXT_SOURCE = '份号[0-9]{0,8}|第[0-9]{1,6}份|[0-9]{6}(?![0-9])|紧急程度|特急|加急|特提|平急|密级|保密期限|解密时间|解密条件';

/** Spaces and punctuation between tokens; asterisks stay, they may stand for the star. */
const SEPARATOR_SOURCE = `[\\s\\p{Z}]|(?![${ASTERISK_CHARS}])\\p{P}`;
const SEPARATORS = new RegExp(SEPARATOR_SOURCE, 'gu');
const SEPARATOR = new RegExp(`^(?:${SEPARATOR_SOURCE})$`, 'u');
let separatorUnits: Uint8Array | undefined;

/** 1 for each BMP character that is a separator, read off SEPARATOR itself on first use (about 3 ms). */
function separatorTable(): Uint8Array {
  if (!separatorUnits) {
    separatorUnits = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      if ((code < 0xd800 || code > 0xdfff) && SEPARATOR.test(String.fromCharCode(code))) separatorUnits[code] = 1;
    }
  }
  return separatorUnits;
}

/** `text` without its separators: a loop over a table, or SEPARATORS itself for a text with astral characters. */
export function stripSeparators(text: string): string {
  const table = separatorTable();
  let stripped = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return text.replace(SEPARATORS, '');
    if (table[code] === 0) continue;
    stripped += text.slice(kept, i);
    kept = i + 1;
  }
  return kept === 0 ? text : stripped + text.slice(kept);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One token, anchored (sticky) at the current position of a text stripped of spaces and punctuation. */
function tokenPattern(phrases: readonly string[]): RegExp {
  const alternatives = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(
    [
      `(?<level>(?<levelWord>绝密|机密|秘密)(?<grade>级)?(?<star>[${STAR_CHARS}${ASTERISK_CHARS}]+)?(?<levelPeriod>${PERIOD_SOURCE})?)`,
      `(?<phrase>${alternatives.join('|')})`,
      `(?<declassified>(?:已|经|予以)?解密(?!时间|条件))`,
      `(?<context>${CONTEXT_SOURCE})`,
      `(?<period>${PERIOD_SOURCE})`,
    ].join('|'),
    'uy',
  );
}

export type MarkingTokenizer = (text: string) => MarkingToken[] | undefined;

/**
 * A tokenizer knowing the built-in restriction phrases and `extraPhrases`: it returns the tokens a text consists of,
 * or undefined when the text holds anything else (a word, a checkbox, a blank to fill in).
 */
export function createMarkingTokenizer(extraPhrases: readonly string[] = []): MarkingTokenizer {
  const phrases = [...RESTRICTION_PHRASES, ...extraPhrases.map((phrase) => phrase.replace(SEPARATORS, '')).filter(Boolean)];
  const pattern = tokenPattern(phrases);
  return (text) => {
    const stripped = stripSeparators(text);
    if (stripped === '') return undefined;
    const tokens: MarkingToken[] = [];
    pattern.lastIndex = 0;
    while (pattern.lastIndex < stripped.length) {
      const match = pattern.exec(stripped);
      if (!match?.groups || match[0] === '') return undefined;
      const groups = match.groups;
      if (groups.level) {
        tokens.push({
          kind: 'level',
          text: groups.level,
          level: groups.levelWord as Level,
          grade: groups.grade !== undefined,
          star: groups.star !== undefined,
          period: groups.levelPeriod !== undefined,
        });
      } else if (groups.phrase) tokens.push({ kind: 'phrase', text: groups.phrase });
      else if (groups.declassified) tokens.push({ kind: 'declassified', text: groups.declassified });
      else if (groups.context) tokens.push({ kind: 'context', text: groups.context });
      else tokens.push({ kind: 'period', text: groups.period });
    }
    return tokens;
  };
}

/** A 密级 that says what it is by itself: 机密★, 秘密★1年, 机密1年 (star lost), 秘密级. */
export function isExplicitLevel(token: MarkingToken): boolean {
  return token.kind === 'level' && (token.grade === true || token.star === true || token.period === true);
}

/** A 密级 with a star or a period: a marking in any position (秘密级 alone may be a heading). */
export function isMarkedLevel(token: MarkingToken): boolean {
  return token.kind === 'level' && (token.star === true || token.period === true);
}
