import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderConfigJsonSchema } from '../../src/config/write-json-schema.js';

describe('shipped JSON Schema', () => {
  it('is up to date with the config schema and the rules (run `npm run schema` to regenerate)', () => {
    expect(fs.readFileSync('schema/cuomin.schema.json', 'utf8')).toBe(renderConfigJsonSchema());
  });

  it('describes every built-in rule and the top-level keys', () => {
    const schema = JSON.parse(renderConfigJsonSchema());
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['rules', 'extends', 'plugins', 'ignores', 'allow', 'dictionaries', 'units', 'locale']));
    expect(schema.properties.rules.properties.placeholders.anyOf).toHaveLength(3);
    expect(schema.additionalProperties).toBe(false);
  });
});
