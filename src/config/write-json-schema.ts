// `npm run schema`: regenerates schema/cuomin.schema.json from the config schema and the built-in rules.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { buildConfigJsonSchema } from './json-schema.js';

export function renderConfigJsonSchema(): string {
  return `${JSON.stringify(buildConfigJsonSchema(builtinRules), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = new URL('../../../schema/cuomin.schema.json', import.meta.url);
  fs.writeFileSync(target, renderConfigJsonSchema());
  process.stdout.write(`wrote ${fileURLToPath(target)}\n`);
}
