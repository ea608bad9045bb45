// A compact, lossless encoding of JSON-like values for the lint cache: every string is stored once in a shared table
// and every object's key list (its shape) once in a shape table, so 35,000 results with the same rule ids, message
// texts and message shapes take a fifth of their JSON size and parse in a fraction of the time.
//
// Encoding of a value:
//   null, true, false          as themselves
//   integer >= 0               as itself
//   string                     -1 - (its index in the string table): always a negative integer; except
//                              a hash (32 or more hex digits, e.g. a fingerprint), written as itself: it never
//                              repeats, and a table entry would cost more than it saves
//   any other number           [-1, number] (finite only)
//   undefined                  [-2] (an object key whose value is undefined stays a key)
//   array                      [0, ...items]
//   plain object               [shape index + 1, ...values in the shape's key order]
// Anything else (NaN, functions, class instances, bigint, symbols) cannot be packed: `pack` throws UnpackableValueError.

export type PackedValue = null | boolean | number | string | PackedValue[];

const RAW_NUMBER = -1;
const UNDEFINED = -2;
const ARRAY = 0;
const HASH_LIKE = /^[0-9a-f]{32,}$/;

export class UnpackableValueError extends Error {
  constructor(what: string) {
    super(`cannot pack ${what}`);
    this.name = 'UnpackableValueError';
  }
}

/** A packed value that does not decode against its tables (a cache written by a bug, or edited by hand). */
export class MalformedPackedValueError extends Error {
  constructor(what: string) {
    super(`malformed packed value: ${what}`);
    this.name = 'MalformedPackedValueError';
  }
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * The string and shape tables of one cache, grown as values are packed. Indices never change while the tables live,
 * so values packed earlier stay valid; a PackCompactor writes fresh tables with only what the kept values use.
 */
export class PackTables {
  private stringIds: Map<string, number> | undefined;
  /** Shape ids by key count, then by first key. */
  private shapeIds: Map<number, Map<string, number[]>> | undefined;

  constructor(
    readonly strings: string[] = [],
    readonly shapes: string[][] = [],
  ) {}

  pack(value: unknown): PackedValue {
    switch (typeof value) {
      case 'string':
        return value.length >= 32 && HASH_LIKE.test(value) ? value : -1 - this.stringId(value);
      case 'number':
        if (Number.isInteger(value) && value >= 0) return value;
        if (!Number.isFinite(value)) throw new UnpackableValueError(String(value));
        return [RAW_NUMBER, value];
      case 'boolean':
        return value;
      case 'undefined':
        return [UNDEFINED];
      case 'object': {
        if (value === null) return null;
        if (Array.isArray(value)) {
          const packed: PackedValue[] = [ARRAY];
          for (const item of value) packed.push(this.pack(item));
          return packed;
        }
        if (!isPlainObject(value)) throw new UnpackableValueError(`an instance of ${value.constructor?.name ?? 'a class'}`);
        const keys = Object.keys(value);
        const packed: PackedValue[] = [this.shapeId(keys) + 1];
        for (const key of keys) packed.push(this.pack(value[key]));
        return packed;
      }
      default:
        throw new UnpackableValueError(typeof value);
    }
  }

  /** Decodes a value packed against these tables; a value that does not fit them throws MalformedPackedValueError. */
  unpack(packed: unknown): unknown {
    if (packed === null || packed === true || packed === false || typeof packed === 'string') return packed;
    if (typeof packed === 'number') {
      if (!Number.isInteger(packed)) throw new MalformedPackedValueError(`bare number ${packed}`);
      if (packed >= 0) return packed;
      const string = this.strings[-1 - packed];
      if (string === undefined) throw new MalformedPackedValueError(`string ${-1 - packed} of ${this.strings.length}`);
      return string;
    }
    if (!Array.isArray(packed) || packed.length === 0) throw new MalformedPackedValueError(JSON.stringify(packed));
    const tag: unknown = packed[0];
    if (tag === ARRAY) {
      const array = new Array<unknown>(packed.length - 1);
      for (let index = 1; index < packed.length; index++) array[index - 1] = this.unpack(packed[index]);
      return array;
    }
    if (tag === RAW_NUMBER) {
      if (packed.length !== 2 || typeof packed[1] !== 'number') throw new MalformedPackedValueError('raw number');
      return packed[1];
    }
    if (tag === UNDEFINED) {
      if (packed.length !== 1) throw new MalformedPackedValueError('undefined');
      return undefined;
    }
    const keys = typeof tag === 'number' && Number.isInteger(tag) && tag > 0 ? this.shapes[tag - 1] : undefined;
    if (keys === undefined || keys.length !== packed.length - 1) throw new MalformedPackedValueError(`object of shape ${String(tag)}`);
    const object: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index];
      const value = this.unpack(packed[index + 1]);
      // An own key "__proto__" (JSON.parse makes one) must stay a key, not become the prototype.
      if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      else object[key] = value;
    }
    return object;
  }

  private stringId(value: string): number {
    if (!this.stringIds) this.stringIds = new Map(this.strings.map((string, index) => [string, index]));
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.stringIds.set(value, id);
    }
    return id;
  }

  private shapeId(keys: string[]): number {
    // Shapes by key count and first key, then compared key by key: no string is built per object packed.
    if (!this.shapeIds) {
      this.shapeIds = new Map();
      this.shapes.forEach((shape, index) => this.shapeBucket(shape).push(index));
    }
    const bucket = this.shapeBucket(keys);
    for (const id of bucket) {
      const shape = this.shapes[id];
      if (shape.length === keys.length && shape.every((key, index) => key === keys[index])) return id;
    }
    const id = this.shapes.length;
    this.shapes.push(keys);
    bucket.push(id);
    return id;
  }

  private shapeBucket(keys: readonly string[]): number[] {
    let byFirstKey = this.shapeIds!.get(keys.length);
    if (!byFirstKey) {
      byFirstKey = new Map();
      this.shapeIds!.set(keys.length, byFirstKey);
    }
    const first = keys.length === 0 ? '' : keys[0];
    let bucket = byFirstKey.get(first);
    if (!bucket) {
      bucket = [];
      byFirstKey.set(first, bucket);
    }
    return bucket;
  }
}

/**
 * Re-packs values (packed against `source`) against new tables holding only the strings and shapes they use, numbered
 * in order of first use: the same values in the same order give the same tables and packed values, whatever history
 * the old tables had. Values go through one at a time, so a large cache is never held twice.
 */
export class PackCompactor {
  readonly tables = new PackTables();
  /** Old index → new index + 1 (0: not used yet); typed arrays, as there may be a million strings. */
  private readonly stringMap: Int32Array;
  private readonly shapeMap: Int32Array;

  constructor(private readonly source: PackTables) {
    this.stringMap = new Int32Array(source.strings.length);
    this.shapeMap = new Int32Array(source.shapes.length);
  }

  /**
   * The value against the new tables, its arrays rewritten in place; undefined for a value that does not fit the old
   * tables (it may be left half rewritten: drop it).
   */
  remap(value: PackedValue): PackedValue | undefined {
    try {
      return this.remapValue(value);
    } catch (error) {
      if (error instanceof MalformedPackedValueError) return undefined;
      throw error;
    }
  }

  private remapValue(packed: PackedValue): PackedValue {
    if (typeof packed === 'number') {
      if (packed >= 0) return packed;
      const old = -1 - packed;
      if (!Number.isInteger(old) || old >= this.source.strings.length) throw new MalformedPackedValueError(`string ${old}`);
      if (this.stringMap[old] === 0) {
        this.tables.strings.push(this.source.strings[old]);
        this.stringMap[old] = this.tables.strings.length;
      }
      return -this.stringMap[old];
    }
    if (!Array.isArray(packed)) return packed;
    const tag = packed[0] as number;
    if (tag === RAW_NUMBER || tag === UNDEFINED) return packed;
    if (tag !== ARRAY) {
      const old = tag - 1;
      if (!Number.isInteger(old) || old < 0 || old >= this.source.shapes.length) throw new MalformedPackedValueError(`shape ${tag}`);
      if (this.shapeMap[old] === 0) {
        this.tables.shapes.push(this.source.shapes[old]);
        this.shapeMap[old] = this.tables.shapes.length;
      }
      packed[0] = this.shapeMap[old];
    }
    for (let index = 1; index < packed.length; index++) packed[index] = this.remapValue(packed[index]);
    return packed;
  }
}
