// `cuomin init`: writes a commented starter config (YAML, so it can carry comments).
import fs from 'node:fs';
import path from 'node:path';
import type { Locale, Rule } from '../engine/types.js';
import { UsageError } from '../usage-error.js';

export const STARTER_CONFIG_NAME = 'cuomin.config.yaml';

export function starterConfig(rules: Iterable<[string, Rule<never>]>): string {
  const ruleLines = [...rules].map(([id, rule]) => `  # ${rule.meta.description.zh}\n  ${id}: ${rule.meta.defaultSeverity}`);
  return `# yaml-language-server: $schema=./node_modules/cuomin/schema/cuomin.schema.json
# cuomin 配置文件 / cuomin configuration
# 说明见 README；级别：off（关闭）、info（提示）、warning（警告）、error（错误）

# 预设：cuomin:recommended（默认级别）或 cuomin:strict（全部按错误处理）
extends: cuomin:recommended

# 规则级别（下列为默认值）；写成 [级别, {选项}] 可以带选项
rules:
${ruleLines.join('\n')}

# 不检查的文件（gitignore 写法，相对本文件）
ignores:
  - "archive/**"

# 永不报告的词（例如本单位的专有名称）
allow: []

# 额外的词典文件（相对本文件）
dictionaries: []

# 路径 → 负责整改的单位，例如 "news/water/**": 富锦市水务局
units: {}

# 消息语言：zh 或 en
locale: zh
`;
}

export function runInitCommand(cwd: string, options: { force?: boolean }, rules: Iterable<[string, Rule<never>]>, locale: Locale): string {
  const target = path.join(cwd, STARTER_CONFIG_NAME);
  if (fs.existsSync(target) && !options.force) {
    throw new UsageError({
      zh: `${STARTER_CONFIG_NAME} 已存在；如要覆盖请加 --force`,
      en: `${STARTER_CONFIG_NAME} already exists; use --force to overwrite it`,
    });
  }
  fs.writeFileSync(target, starterConfig(rules));
  return locale === 'zh' ? `已生成 ${target}\n` : `Wrote ${target}\n`;
}
