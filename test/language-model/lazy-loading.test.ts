// Runs in its own worker: nothing else has read the language model yet. With the default `languageModel: complete`,
// a draft where the typos rule finds nothing must not pay for reading the 8 MB model.
import { describe, expect, it } from 'vitest';
import { Linter } from '../../src/engine/linter.js';
import { isCharLanguageModelLoaded } from '../../src/language-model/model.js';
import rule from '../../rules/typos.js';

const linter = new Linter({
  rules: new Map([['typos', rule as never]]),
  settings: { typos: { severity: 'warning', explicit: false, options: {} } },
  dictionaries: [],
});
const typos = (text: string) => linter.lintText(text, 'draft.txt').filter((message) => message.ruleId === 'typos');

describe('loading the language model', () => {
  it('does not read it for a draft without a typo', () => {
    expect(typos('县级以上人民政府应当加强对安全生产工作的领导，建立健全安全生产工作协调机制。')).toEqual([]);
    expect(isCharLanguageModelLoaded()).toBe(false);
  });

  it('reads it once the rule has found a typo whose sentence it completes', () => {
    expect(typos('进一步优化营商环竟，激发市场主体活力。')).toHaveLength(1);
    expect(isCharLanguageModelLoaded()).toBe(true);
  });
});
