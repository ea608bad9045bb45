// The laws corpus split the character language model is trained on (bench/build-char-lm.js) and measured on
// (bench/lm-eval.js): law files in sorted order, every 20th held out.
import fs from 'node:fs';
import path from 'node:path';

export const HOLD_OUT_EVERY = 20;

/** The law files under <clean corpus>/laws, split into training files and held-out files. */
export function lawFiles(cleanCorpus) {
  const files = [];
  const walk = (directory) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md') && entry.name !== 'README.md' && entry.name !== '法律法规模版.md' && entry.name !== '_index.md') files.push(full);
    }
  };
  walk(path.join(cleanCorpus, 'laws'));
  files.sort();
  return { training: files.filter((_, i) => i % HOLD_OUT_EVERY !== 0), heldOut: files.filter((_, i) => i % HOLD_OUT_EVERY === 0) };
}
