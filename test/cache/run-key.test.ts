import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/cache/canonical-json.js';
import { importedSpecifiers, pluginIdentity } from '../../src/cache/plugin-identity.js';
import { programIdentity } from '../../src/cache/program-identity.js';
import { createRunKey, linterFallbackDate, runKeyParts, type RunKeyInput } from '../../src/cache/run-key.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { VERSION } from '../../src/version.js';
import { makeTempProject } from '../helpers/temp-dir.js';

async function keyFor(root: string, rawConfig: unknown = {}, input: Partial<Omit<RunKeyInput, 'config'>> = {}): Promise<string> {
  const config = await resolveConfig(rawConfig, { baseDir: root });
  return createRunKey(runKeyParts({ config, cwd: root, locale: 'zh', date: '2026-03-02', ...input }));
}

const PLUGIN = `import { words } from './lib/words.js';
import path from 'node:path';
export default {
  name: 'local',
  rules: {
    banned: {
      meta: { id: 'banned', description: { zh: '禁用词', en: 'banned' }, category: 'mistake', urgency: 'general', defaultSeverity: 'warning', fixable: false, messages: { banned: { zh: '禁用', en: 'banned' } } },
      check(context) {
        for (const word of words) {
          const at = context.document.text.indexOf(word);
          if (at >= 0) context.report({ messageId: 'banned', start: at, end: at + word.length });
        }
      },
    },
  },
};
`;

describe('run key', () => {
  it('is the same for the same config, read twice', async () => {
    const root = makeTempProject({ 'dict/local.yaml': 'dictionary: local\nrule: typos\nentries: []\n' });
    const config = { rules: { placeholders: ['error', { extra: ['请填写'] }] }, allow: ['某某'], dictionaries: ['dict/local.yaml'], units: { 'news/**': '新闻中心' } };
    expect(await keyFor(root, config)).toBe(await keyFor(root, config));
    expect(await keyFor(root, config)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with everything that changes a result', async () => {
    const root = makeTempProject({ 'sub/.keep': '' });
    const base = await keyFor(root);
    const variants = await Promise.all([
      keyFor(root, { rules: { placeholders: 'error' } }),
      keyFor(root, { rules: { placeholders: ['warning', { extra: ['请填写'] }] } }),
      keyFor(root, { rules: { placeholders: ['warning', { extra: ['请补充'] }] } }),
      keyFor(root, { extends: 'cuomin:strict' }),
      keyFor(root, { allow: ['某某'] }),
      keyFor(root, { units: { 'news/**': '新闻中心' } }),
      keyFor(root, { html: { contentSelectors: ['#zoom'] } }),
      keyFor(root, {}, { locale: 'en' }),
      keyFor(root, {}, { date: '2026-03-03' }),
      keyFor(root, {}, { quiet: true }),
      keyFor(root, {}, { encoding: 'gb18030' }),
      // Unit globs are relative to the config's folder: run from elsewhere, they match other paths.
      keyFor(root, {}, { cwd: path.join(root, 'sub') }),
    ]);
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it('takes today (UTC, as the Linter does) when no --date is given', async () => {
    const root = makeTempProject();
    expect(linterFallbackDate('2020-01-01')).toBe('2020-01-01');
    expect(linterFallbackDate()).toBe(new Date().toISOString().slice(0, 10));
    const config = await resolveConfig({}, { baseDir: root });
    expect(runKeyParts({ config, cwd: root, locale: 'zh' }).date).toBe(linterFallbackDate());
  });

  it('changes when a user dictionary’s content changes, not its modification time', async () => {
    const root = makeTempProject({ 'dict/local.yaml': 'dictionary: local\nrule: typos\nentries: []\n' });
    const config = { dictionaries: ['dict/local.yaml'] };
    const before = await keyFor(root, config);
    fs.utimesSync(path.join(root, 'dict/local.yaml'), new Date(), new Date(Date.now() + 3_600_000));
    expect(await keyFor(root, config)).toBe(before);
    fs.writeFileSync(path.join(root, 'dict/local.yaml'), 'dictionary: local\nrule: typos\ndescription: 改过\nentries: []\n');
    expect(await keyFor(root, config)).not.toBe(before);
  });

  it('changes when a plugin’s code changes, in its entry file or in a module it imports', async () => {
    const root = makeTempProject({
      'plugins/local.js': PLUGIN,
      'plugins/lib/words.js': "export const words = ['甲乙'];\n",
      'plugins/unused.js': 'export const x = 1;\n',
    });
    const config = { plugins: ['./plugins/local.js'], rules: { 'local/banned': 'error' } };
    const before = await keyFor(root, config);
    fs.writeFileSync(path.join(root, 'plugins/unused.js'), 'export const x = 2;\n');
    expect(await keyFor(root, config)).toBe(before);
    fs.writeFileSync(path.join(root, 'plugins/lib/words.js'), "export const words = ['甲乙', '丙丁'];\n");
    const afterHelper = await keyFor(root, config);
    expect(afterHelper).not.toBe(before);
    fs.writeFileSync(path.join(root, 'plugins/local.js'), PLUGIN.replace("'warning'", "'error'"));
    expect(await keyFor(root, config)).not.toBe(afterHelper);
  });
});

describe('plugin identity', () => {
  it('hashes the modules a plugin reaches and names the packages it imports', async () => {
    const root = makeTempProject({
      'plugins/local.js': `${PLUGIN}import yaml from 'yaml';\nconst more = await import('./lib/more.js');\n`,
      'plugins/lib/words.js': "export * from './deep/index.js';\nexport const words = [];\n",
      'plugins/lib/deep/index.js': "const data = require('../data.json');\n",
      'plugins/lib/data.json': '{"a":1}',
      'plugins/lib/more.js': '',
    });
    const identity = pluginIdentity({ name: 'local', specifier: './plugins/local.js', filePath: path.join(root, 'plugins/local.js'), plugin: {} });
    expect(identity.files.map(([file]) => file)).toEqual(['local.js', 'lib/words.js', 'lib/more.js', 'lib/deep/index.js', 'lib/data.json']);
    expect(identity.files.every(([, hash]) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
    expect(identity.packages).toEqual(['yaml@unresolved']);
  });

  it('reads import specifiers from ES module and CommonJS sources', () => {
    const source = [
      "import a from './a.js';",
      "import { b, c as d } from \"./b.js\";",
      "import {\n  e,\n  f,\n} from '../e.js';",
      "import * as g from 'pkg/sub';",
      "import './side-effect.js';",
      "export * from '@scope/pkg';",
      "export { h } from './h.mjs';",
      "const i = await import('./lazy.js');",
      "const j = require('./j.cjs');",
      "import type { K } from './types.js';",
      'const important = 1; const exportable = 2;',
    ].join('\n');
    expect(importedSpecifiers(source)).toEqual(['./a.js', './b.js', '../e.js', 'pkg/sub', './side-effect.js', '@scope/pkg', './h.mjs', './lazy.js', './j.cjs', './types.js']);
  });
});

describe('program identity', () => {
  it('holds the version and a hash of cuomin’s own code and data, the same on every call', () => {
    const identity = programIdentity();
    expect(identity.version).toBe(VERSION);
    expect(identity.node).toBe(process.version);
    expect(identity.files).toMatch(/^[0-9a-f]{64}$/);
    expect(programIdentity()).toBe(identity);
  });
});

describe('canonical JSON', () => {
  it('tells apart what JSON.stringify would merge', () => {
    const pairs: Array<[unknown, unknown]> = [
      [{ pattern: /a/ }, { pattern: {} }],
      [{ pattern: /a/i }, { pattern: /a/ }],
      [{ a: undefined }, {}],
      [[Number.NaN], [null]],
      [{ a: 1, b: 2 }, { b: 2, a: 1 }],
      [{ $undefined: true }, { a: undefined }.a],
      [new Map([['a', 1]]), { a: 1 }],
      [() => 1, () => 2],
    ];
    for (const [left, right] of pairs) expect(canonicalJson(left)).not.toBe(canonicalJson(right));
  });

  it('is plain JSON for plain data, and survives a cycle', () => {
    const value = { rules: { a: { severity: 'error', options: { list: ['x', 1, true, null] } } } };
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(canonicalJson(cyclic)).toBe('{"a":1,"self":{"$cycle":true}}');
  });
});
