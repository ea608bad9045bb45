import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load-config-file.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { ConfigError } from '../../src/config/errors.js';
import { Linter } from '../../src/engine/linter.js';
import { makeTempProject } from '../helpers/temp-dir.js';

const pluginPath = path.resolve('test/fixtures/cuomin-plugin-fujin/index.js');

async function resolveIn(root: string, ruleFlags: string[] = []) {
  const loaded = await loadConfigFile({ cwd: root });
  return resolveConfig(loaded.config, { configFile: loaded.filePath, baseDir: root, ruleFlags });
}

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('uses every rule at its default severity without a config file', async () => {
    const config = await resolveIn(makeTempProject());
    expect(config.configFile).toBeUndefined();
    expect(config.settings.placeholders).toEqual({ severity: 'error', explicit: false, options: {} });
  });

  it.each([
    ['cuomin.config.json', JSON.stringify({ rules: { placeholders: 'warning' } })],
    ['cuomin.config.yaml', 'rules:\n  placeholders: warning\n'],
    ['.cuominrc', '{"rules": {"placeholders": "warning"}}'],
    ['cuomin.config.mjs', 'export default { rules: { placeholders: "warning" } };'],
    ['package.json', JSON.stringify({ name: 'site', cuomin: { rules: { placeholders: 'warning' } } })],
  ])('reads %s', async (file, content) => {
    const config = await resolveIn(makeTempProject({ [file]: content }));
    expect(config.settings.placeholders.severity).toBe('warning');
    expect(config.settings.placeholders.explicit).toBe(true);
  });

  it('takes rule options and applies them', async () => {
    const root = makeTempProject({ 'cuomin.config.json': JSON.stringify({ rules: { placeholders: ['error', { extra: ['请填写'] }] } }) });
    const config = await resolveIn(root);
    const linter = new Linter({ rules: config.rules, settings: config.settings });
    expect(linter.lintText('请填写单位名称', 'a.txt').filter((m) => m.ruleId === 'placeholders').map((m) => m.text)).toEqual(['请填写']);
  });

  it('names the key and the file for an unknown rule', async () => {
    const root = makeTempProject({ 'cuomin.config.json': JSON.stringify({ rules: { placeholder: 'error' } }) });
    const error = await configError(resolveIn(root));
    expect(error.localized.zh).toContain(path.join(root, 'cuomin.config.json'));
    expect(error.localized.zh).toContain('rules.placeholder');
    expect(error.localized.zh).toContain('placeholders');
    expect(error.localized.en).toContain('unknown rule "placeholder"');
  });

  it('names the key for a wrong option, a wrong severity and an unknown top-level key', async () => {
    const wrongOption = await configError(resolveIn(makeTempProject({ 'cuomin.config.json': JSON.stringify({ rules: { placeholders: ['error', { extra: 'XXX' }] } }) })));
    expect(wrongOption.localized.zh).toContain('rules.placeholders[1].extra');
    const wrongSeverity = await configError(resolveIn(makeTempProject({ 'cuomin.config.json': JSON.stringify({ rules: { placeholders: 'fatal' } }) })));
    expect(wrongSeverity.localized.zh).toContain('rules.placeholders');
    const unknownKey = await configError(resolveIn(makeTempProject({ 'cuomin.config.json': JSON.stringify({ rule: {} }) })));
    expect(unknownKey.localized.zh).toContain('"rule"');
  });

  it('resolves dictionary files relative to the config and reports a missing one by key', async () => {
    const root = makeTempProject({ 'dict/local.yaml': 'dictionary: local\nrule: typos\nentries: []\n', 'cuomin.config.json': JSON.stringify({ dictionaries: ['dict/local.yaml'] }) });
    const config = await resolveIn(root);
    expect(config.dictionaryFiles).toEqual([path.join(root, 'dict/local.yaml')]);
    expect(config.dictionaries[0]).toMatchObject({ id: 'local', rule: 'typos' });
    const missing = await configError(resolveIn(makeTempProject({ 'cuomin.config.json': JSON.stringify({ dictionaries: ['nope.yaml'] }) })));
    expect(missing.localized.zh).toContain('dictionaries');
    expect(missing.localized.zh).toContain('nope.yaml');
  });

  it('reports an unparsable file by name, with the parser’s reason', async () => {
    const root = makeTempProject({ 'cuomin.config.yaml': 'rules: [unclosed\n' });
    const error = await configError(resolveIn(root));
    expect(error.localized.zh).toContain('cuomin.config.yaml');
    expect(error.localized.zh).toMatch(/line|flow|collection|Missing/i);
  });

  it('resolves nested extends and their plugins from each file’s own folder, and reports a missing one', async () => {
    const root = makeTempProject({
      'shared/base.yaml': 'extends: ./more.yaml\n',
      'shared/more.yaml': `plugins: [./plugin.mjs]\nrules:\n  fujin/column-names: error\n`,
      'shared/plugin.mjs': `export { default } from ${JSON.stringify(pluginPath)};`,
      'cuomin.config.json': JSON.stringify({ extends: './shared/base.yaml' }),
    });
    expect((await resolveIn(root)).settings['fujin/column-names'].severity).toBe('error');
    const missing = await configError(resolveIn(makeTempProject({ 'cuomin.config.json': JSON.stringify({ extends: './nowhere.yaml' }) })));
    expect(missing.localized.zh).toContain('extends');
    expect(missing.localized.zh).toContain('nowhere.yaml');
  });

  it('loads an ESM-only npm plugin (exports with an import condition only)', async () => {
    const root = makeTempProject({
      'node_modules/cuomin-plugin-esm/package.json': JSON.stringify({ name: 'cuomin-plugin-esm', type: 'module', exports: { '.': { import: './index.js' } } }),
      'node_modules/cuomin-plugin-esm/index.js': `export { default } from ${JSON.stringify(pluginPath)};`,
      'cuomin.config.json': JSON.stringify({ plugins: ['cuomin-plugin-esm'] }),
    });
    expect((await resolveIn(root)).rules.has('fujin/column-names')).toBe(true);
  });

  it('rejects a plugin rule that is not a rule, naming it', async () => {
    const root = makeTempProject({ 'bad-plugin.mjs': 'export default { name: "bad", rules: { broken: { check() {} } } };', 'cuomin.config.json': JSON.stringify({ plugins: ['./bad-plugin.mjs'] }) });
    const error = await configError(resolveIn(root));
    expect(error.localized.zh).toContain('rules.broken');
  });

  it('applies cuomin:strict and then the file’s own rules', async () => {
    const root = makeTempProject({ 'cuomin.config.json': JSON.stringify({ extends: 'cuomin:strict', rules: { placeholders: 'off' } }) });
    const config = await resolveIn(root);
    expect(config.settings.placeholders.severity).toBe('off');
    const strictOnly = await resolveIn(makeTempProject({ 'cuomin.config.json': JSON.stringify({ extends: ['cuomin:strict'] }) }));
    expect(Object.values(strictOnly.settings).every((setting) => setting.severity === 'error')).toBe(true);
  });

  it('applies --rule flags last and rejects bad ones', async () => {
    const root = makeTempProject({ 'cuomin.config.json': JSON.stringify({ rules: { placeholders: 'warning' } }) });
    expect((await resolveIn(root, ['placeholders:off'])).settings.placeholders.severity).toBe('off');
    expect((await configError(resolveIn(root, ['placeholders:loud']))).localized.zh).toContain('--rule placeholders:loud');
    expect((await configError(resolveIn(root, ['nope:error']))).localized.zh).toContain('未知规则');
  });

  it('loads a plugin, prefixes its rule ids and runs its rules and presets', async () => {
    const root = makeTempProject({
      'cuomin.config.json': JSON.stringify({ plugins: [pluginPath], extends: ['fujin:strict'] }),
    });
    const config = await resolveIn(root);
    expect(config.rules.has('fujin/column-names')).toBe(true);
    expect(config.settings['fujin/column-names'].severity).toBe('error');
    const linter = new Linter({ rules: config.rules, settings: config.settings });
    const [message] = linter.lintText('请在新闻动态栏目发布。', 'a.txt').filter((m) => m.ruleId !== 'approval');
    expect(message).toMatchObject({ ruleId: 'fujin/column-names', severity: 'error', text: '新闻动态', suggestions: ['新闻中心'] });
    expect(linter.fixText('请在新闻动态栏目发布。', 'a.txt').output).toBe('请在新闻中心栏目发布。');
  });

  it('validates plugin rule options with the plugin’s schema', async () => {
    const root = makeTempProject({ 'cuomin.config.json': JSON.stringify({ plugins: [pluginPath], rules: { 'fujin/column-names': ['error', { renamed: ['x'] }] } }) });
    expect((await configError(resolveIn(root))).localized.zh).toContain('rules.fujin/column-names[1].renamed');
  });

  it('reports a plugin that cannot be found and a preset that does not exist', async () => {
    const missing = await configError(resolveIn(makeTempProject({ 'cuomin.config.json': JSON.stringify({ plugins: ['cuomin-plugin-nowhere'] }) })));
    expect(missing.localized.zh).toContain('cuomin-plugin-nowhere');
    const preset = await configError(resolveIn(makeTempProject({ 'cuomin.config.json': JSON.stringify({ extends: 'cuomin:lenient' }) })));
    expect(preset.localized.zh).toContain('cuomin:lenient');
  });

  it('extends another config file relative to this one', async () => {
    const root = makeTempProject({
      'base.yaml': 'rules:\n  placeholders: info\nallow: [某某公司]\n',
      'cuomin.config.json': JSON.stringify({ extends: './base.yaml', allow: ['待定区'] }),
    });
    const config = await resolveIn(root);
    expect(config.settings.placeholders.severity).toBe('info');
    expect(config.allow).toEqual(['某某公司', '待定区']);
  });
});
