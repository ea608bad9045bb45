// traditional-chars: traditional or variant characters in simplified body text (国家通用语言文字法 Art. 9).
import { defineRule } from '../src/engine/types.js';
import { mayContainTraditional, toSimplifiedSameLength } from '../src/dictionary/traditional.js';
import { z } from 'zod';

const optionsSchema = z
  .object({
    /** Names that keep their traditional form (a quoted shop sign, a calligraphy title, a Hong Kong company). */
    allowNames: z.array(z.string().min(1)).default([]),
  })
  .strict();

type Options = z.infer<typeof optionsSchema>;

/** Characters the 通用规范汉字表 keeps for particular words: 二噁英, 乾坤/乾卦, 瞭望, 宫商角徵羽, 慰藉, 菜薹. */
const STANDARD_IN_SOME_WORDS = new Set(['噁', '乾', '瞭', '徵', '藉', '薹']);

export default defineRule<Options>({
  meta: {
    id: 'traditional-chars',
    description: { zh: '简体正文中的繁体字或异体字', en: 'Traditional or variant characters in simplified text' },
    category: 'mistake',
    urgency: 'general',
    defaultSeverity: 'warning',
    fixable: true,
    options: optionsSchema,
    messages: {
      traditional: { zh: '繁体字或异体字“{{text}}”，简体正文应为“{{fixed}}”', en: 'Traditional or variant form "{{text}}": simplified text uses "{{fixed}}"' },
    },
  },
  check(context) {
    const { text } = context.document;
    if (!mayContainTraditional(text)) return;
    const simplified = toSimplifiedSameLength(text);
    const allowed: Array<[number, number]> = [];
    for (const name of context.options.allowNames) {
      for (let index = text.indexOf(name); index >= 0; index = text.indexOf(name, index + 1)) allowed.push([index, index + name.length]);
    }
    let i = 0;
    while (i < text.length) {
      if (text[i] === simplified[i] || STANDARD_IN_SOME_WORDS.has(text[i])) {
        i++;
        continue;
      }
      // One finding per run of converted characters: 發展 is one finding, not two.
      let end = i + 1;
      while (end < text.length && text[end] !== simplified[end] && !STANDARD_IN_SOME_WORDS.has(text[end])) end++;
      if (!allowed.some(([start, stop]) => i < stop && start < end)) {
        const fixed = simplified.slice(i, end);
        context.report({ messageId: 'traditional', data: { text: text.slice(i, end), fixed }, start: i, end, fix: { start: i, end, text: fixed }, suggestions: [fixed] });
      }
      i = end;
    }
  },
});
