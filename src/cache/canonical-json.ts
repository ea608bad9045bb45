// A deterministic text for any config value, for hashing into the run key. Unlike JSON.stringify it tells apart what
// JSON would merge (a RegExp and {}, undefined and a missing key, NaN and null) and keeps functions' source, so two
// configs that lint differently never get the same text. Object keys keep their order: a config read twice gives the
// same order, and where order might matter (a mapping tried in turn) a different order must be a different key.

export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : `{"$number":"${String(value)}"}`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return '{"$undefined":true}';
    case 'bigint':
      return `{"$bigint":"${value.toString()}"}`;
    case 'symbol':
      return `{"$symbol":${JSON.stringify(value.description ?? '')}}`;
    case 'function':
      return `{"$function":${JSON.stringify(Function.prototype.toString.call(value))}}`;
    default:
      break;
  }
  if (value === null) return 'null';
  const object = value as object;
  if (ancestors.has(object)) return '{"$cycle":true}';
  ancestors.add(object);
  try {
    if (Array.isArray(object)) return `[${object.map((item) => write(item, ancestors)).join(',')}]`;
    if (object instanceof RegExp) return `{"$regexp":${JSON.stringify([object.source, object.flags])}}`;
    if (object instanceof Date) return `{"$date":${JSON.stringify(Number.isNaN(object.getTime()) ? 'invalid' : object.toISOString())}}`;
    if (object instanceof Map) return `{"$map":${write([...object.entries()], ancestors)}}`;
    if (object instanceof Set) return `{"$set":${write([...object.values()], ancestors)}}`;
    const prototype = Object.getPrototypeOf(object) as { constructor?: { name?: string } } | null;
    const className = prototype === null || prototype === Object.prototype ? undefined : (prototype.constructor?.name ?? '?');
    // A key of the config that starts with `$` gets one more, so that no config object reads like a marker above.
    const members = Object.keys(object).map((key) => `${JSON.stringify(key.startsWith('$') ? `$${key}` : key)}:${write((object as Record<string, unknown>)[key], ancestors)}`);
    if (className !== undefined) members.unshift(`"$class":${JSON.stringify(className)}`);
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(object);
  }
}
