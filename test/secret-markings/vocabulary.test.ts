import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ASTERISK_CHARS, createMarkingTokenizer, stripSeparators } from '../../src/secret-markings/vocabulary.js';

/** The separators as the tokenizer defines them, applied with the regular expression itself. */
const SEPARATORS = new RegExp(`[\\s\\p{Z}]|(?![${ASTERISK_CHARS}])\\p{P}`, 'gu');

describe('stripSeparators', () => {
  it('removes exactly what the separator pattern removes (property)', () => {
    // Spaces of every kind, Chinese and ASCII punctuation, asterisks (kept), astral punctuation and letters, lone surrogates.
    const unit = fc.constantFrom('机', '密', '★', '*', '＊', ' ', '\u3000', '\u00a0', '\t', '，', '、', '（', '）', '-', '—', '·', '1', 'A', '\u{10100}', '\u{20000}', '\ud800', '\udc00', '');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(stripSeparators(text)).toBe(text.replace(SEPARATORS, ''));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the pattern on every character of the Basic Multilingual Plane', () => {
    let text = '';
    for (let code = 0; code < 0x10000; code++) if (code < 0xd800 || code > 0xdfff) text += String.fromCharCode(code);
    expect(stripSeparators(text)).toBe(text.replace(SEPARATORS, ''));
  });

  it('still tokenizes markings written with spaces and punctuation', () => {
    const tokenize = createMarkingTokenizer();
    expect(tokenize('机密 ★ 1年')?.map((token) => token.kind)).toEqual(['level']);
    expect(tokenize('内部资料，注意保存')?.map((token) => token.kind)).toEqual(['phrase', 'phrase']);
    expect(tokenize('本条例所称工作秘密')).toBeUndefined();
    expect(tokenize(' 、')).toBeUndefined();
  });
});
