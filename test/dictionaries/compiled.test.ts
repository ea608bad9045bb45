// The build's JSON copies of the shipped dictionaries must be used only when made from the same YAML text.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinDictionaryFiles, compiledDictionaryPath } from '../../src/io/load-dictionaries.js';
import { parseDictionary } from '../../src/dictionary/parse-dictionary.js';

describe('compiled dictionaries', () => {
  it('record the hash of the YAML they were made from, and hold the same entries', async () => {
    const { createHash } = await import('node:crypto');
    for (const yamlPath of builtinDictionaryFiles()) {
      const compiledPath = compiledDictionaryPath(yamlPath);
      if (!fs.existsSync(compiledPath)) continue; // running from source without a build
      const yamlText = fs.readFileSync(yamlPath, 'utf8');
      const compiled = JSON.parse(fs.readFileSync(compiledPath, 'utf8'));
      expect(compiled.sha256, compiledPath).toBe(createHash('sha256').update(yamlText).digest('hex'));
      expect(compiled.data.entries.length).toBe(parseDictionary(yamlText, yamlPath).entries.length);
    }
  });
});
