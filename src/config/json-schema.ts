// Builds the JSON Schema of cuomin config files (shipped as schema/cuomin.schema.json for editor completion).
import { z } from 'zod';
import type { Rule } from '../engine/types.js';
import { configSchema, ruleEntrySchema, severitySettingSchema } from './schema.js';

type JsonSchema = Record<string, unknown>;

function ruleEntryJsonSchema(rule: Rule<never>): JsonSchema {
  const severity = z.toJSONSchema(severitySettingSchema) as JsonSchema;
  delete severity.$schema;
  const options = rule.meta.options ? (z.toJSONSchema(rule.meta.options, { io: 'input' }) as JsonSchema) : { type: 'object', maxProperties: 0 };
  delete options.$schema;
  return {
    description: `${rule.meta.description.zh} / ${rule.meta.description.en}`,
    anyOf: [
      severity,
      { type: 'array', prefixItems: [severity], items: false, minItems: 1, maxItems: 1 },
      { type: 'array', prefixItems: [severity, options], items: false, minItems: 2, maxItems: 2 },
    ],
  };
}

export function buildConfigJsonSchema(rules: Iterable<Rule<never>>): JsonSchema {
  const schema = z.toJSONSchema(configSchema, { io: 'input' }) as JsonSchema & { properties: Record<string, JsonSchema> };
  const genericEntry = z.toJSONSchema(ruleEntrySchema) as JsonSchema;
  delete genericEntry.$schema;
  const ruleProperties: Record<string, JsonSchema> = {};
  for (const rule of rules) ruleProperties[rule.meta.id] = ruleEntryJsonSchema(rule);
  schema.properties.rules = {
    ...schema.properties.rules,
    type: 'object',
    properties: ruleProperties,
    // Plugin rules (`<plugin>/<rule>`) take the generic form.
    additionalProperties: genericEntry,
  };
  delete schema.properties.rules.propertyNames;
  return {
    $schema: schema.$schema,
    $id: 'https://cuomin.invalid/schema/cuomin.schema.json',
    title: 'cuomin configuration',
    ...schema,
  };
}
