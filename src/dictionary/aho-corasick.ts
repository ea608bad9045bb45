// An Aho–Corasick automaton over UTF-16 code units: every pattern found in one pass over a text.
// The trie is built with maps, then packed into a double array: code units are renamed to small class numbers (0 for
// a code unit no pattern uses, which always leads back to the root), and the transition of state s on class c is the
// cell base[s] + c when check[base[s] + c] is s — one probe per state, no search.

export interface AhoCorasickMatch {
  /** Index of the pattern in the list given to the constructor. */
  pattern: number;
  start: number;
  end: number;
}

/** A sequence of UTF-16 code units: a string's codes copied into a typed array (see NormalizedText). */
export interface CodeUnits {
  readonly codes: Uint16Array;
  readonly length: number;
}

interface Trie {
  transitions: Array<Map<number, number>>;
  failure: number[];
  /** Patterns ending at each state, including those reached through failure links, in the order they are reported. */
  outputs: number[][];
}

function buildTrie(patterns: readonly string[]): Trie {
  const trie: Trie = { transitions: [new Map()], failure: [0], outputs: [[]] };
  patterns.forEach((pattern, index) => {
    if (pattern.length > 0) insertPattern(trie, pattern, index);
  });
  addFailureLinks(trie);
  return trie;
}

function insertPattern(trie: Trie, pattern: string, index: number): void {
  let state = 0;
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    let next = trie.transitions[state].get(code);
    if (next === undefined) {
      next = trie.transitions.length;
      trie.transitions.push(new Map());
      trie.failure.push(0);
      trie.outputs.push([]);
      trie.transitions[state].set(code, next);
    }
    state = next;
  }
  trie.outputs[state].push(index);
}

function addFailureLinks(trie: Trie): void {
  const { transitions, failure, outputs } = trie;
  const queue: number[] = [...transitions[0].values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    for (const [code, next] of transitions[state]) {
      queue.push(next);
      let fallback = failure[state];
      while (fallback !== 0 && !transitions[fallback].has(code)) fallback = failure[fallback];
      const target = transitions[fallback].get(code);
      failure[next] = target !== undefined && target !== next ? target : 0;
      const inherited = outputs[failure[next]];
      if (inherited.length > 0) outputs[next] = [...outputs[next], ...inherited];
    }
  }
}

/** A double array being filled: cells are added as states are placed. */
class CellAllocator {
  base = new Int32Array(1024);
  /** The state owning each cell, -1 for a free cell. */
  check = new Int32Array(1024).fill(-1);
  private firstFree = 1;

  /** Makes cells 0 … index addressable. */
  reserve(index: number): void {
    if (index < this.check.length) return;
    let size = this.check.length;
    while (size <= index) size *= 2;
    const base = new Int32Array(size);
    base.set(this.base);
    const check = new Int32Array(size).fill(-1);
    check.set(this.check);
    this.base = base;
    this.check = check;
  }

  /** The smallest base ≥ 1 at which every class of `classes` (ascending, ≥ 1) falls on a free cell. */
  findBase(classes: readonly number[]): number {
    const last = classes[classes.length - 1];
    this.reserve(this.firstFree + last);
    while (this.check[this.firstFree] !== -1) this.reserve(++this.firstFree + last);
    for (let base = Math.max(1, this.firstFree - classes[0]); ; base++) {
      this.reserve(base + last);
      if (this.fitsAt(base, classes)) return base;
    }
  }

  /** Whether the cells base + c are free for every class c (all within reach: see findBase). */
  private fitsAt(base: number, classes: readonly number[]): boolean {
    for (const codeClass of classes) if (this.check[base + codeClass] !== -1) return false;
    return true;
  }

  /** Gives cell `index` to a child of the state in cell `parent`. */
  take(index: number, parent: number): void {
    this.reserve(index);
    this.check[index] = parent;
  }
}

interface PackedTrie {
  base: Int32Array;
  /** Long enough that every probe base[s] + c (c ≤ the class count) lies inside it. */
  check: Int32Array;
  /** The cell of each trie state. */
  cellOf: Int32Array;
  cellCount: number;
}

/** Places every trie state in a cell of a double array, parents before children. */
function packTrie(trie: Trie, classOf: Int32Array, classCount: number): PackedTrie {
  const cells = new CellAllocator();
  const cellOf = new Int32Array(trie.transitions.length);
  let cellCount = 1;
  const queue = [0];
  const classes: number[] = [];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const transitions = trie.transitions[state];
    if (transitions.size === 0) continue;
    classes.length = 0;
    for (const code of transitions.keys()) classes.push(classOf[code]);
    classes.sort((a, b) => a - b);
    // The root's children sit at their class number: the root's row is a plain table.
    const base = state === 0 ? 0 : cells.findBase(classes);
    const parent = cellOf[state];
    cells.base[parent] = base;
    for (const [code, child] of transitions) {
      const cell = base + classOf[code];
      cells.take(cell, parent);
      cellOf[child] = cell;
      cellCount = Math.max(cellCount, cell + 1);
      queue.push(child);
    }
  }
  cells.reserve(cellCount + classCount);
  return { base: cells.base.slice(0, cellCount), check: cells.check.slice(0, cellCount + classCount + 1), cellOf, cellCount };
}

export class AhoCorasick {
  /** Class of each code unit: 0 when no pattern contains it, else 1… */
  private readonly classOf = new Int32Array(0x10000);
  /** The double array (a state is its cell; the root is cell 0): see the top of this file. */
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly failure: Int32Array;
  /** Patterns ending at state s: outputPatterns[outputStarts[s] … outputEnds[s]). */
  private readonly outputStarts: Int32Array;
  private readonly outputEnds: Int32Array;
  private readonly outputPatterns: Int32Array;
  private readonly lengths: Int32Array;
  readonly stateCount: number;

  constructor(patterns: readonly string[]) {
    this.lengths = Int32Array.from(patterns, (pattern) => pattern.length);
    const trie = buildTrie(patterns);
    this.stateCount = trie.transitions.length;
    const { base, check, cellOf, cellCount } = packTrie(trie, this.classOf, this.assignClasses(trie));
    this.base = base;
    this.check = check;
    this.failure = new Int32Array(cellCount);
    this.outputStarts = new Int32Array(cellCount);
    this.outputEnds = new Int32Array(cellCount);
    this.outputPatterns = Int32Array.from(trie.outputs.flat());
    let at = 0;
    trie.outputs.forEach((outputs, state) => {
      const cell = cellOf[state];
      this.failure[cell] = cellOf[trie.failure[state]];
      this.outputStarts[cell] = at;
      at += outputs.length;
      this.outputEnds[cell] = at;
    });
  }

  /** Numbers the code units used by the patterns 1, 2, … in order of first use; returns how many there are. */
  private assignClasses(trie: Trie): number {
    let classCount = 0;
    for (const transitions of trie.transitions) {
      for (const code of transitions.keys()) if (this.classOf[code] === 0) this.classOf[code] = ++classCount;
    }
    return classCount;
  }

  /** The state reached from `state` on a code unit of class `codeClass` (> 0), following failure links. */
  private next(state: number, codeClass: number): number {
    const { base, check, failure } = this;
    for (;;) {
      const cell = base[state] + codeClass;
      if (check[cell] === state) return cell;
      if (state === 0) return 0;
      state = failure[state];
    }
  }

  /** Every occurrence of every pattern, overlapping ones included, in order of their end. */
  search(text: string): AhoCorasickMatch[] {
    const matches: AhoCorasickMatch[] = [];
    const { classOf, outputStarts, outputEnds } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const codeClass = classOf[text.charCodeAt(i)];
      state = codeClass === 0 ? 0 : this.next(state, codeClass);
      if (outputStarts[state] !== outputEnds[state]) this.collect(state, i + 1, matches);
    }
    return matches;
  }

  /** Like search, over code units in a typed array (no string needed). */
  searchCodes(text: CodeUnits): AhoCorasickMatch[] {
    const matches: AhoCorasickMatch[] = [];
    const { classOf, outputStarts, outputEnds } = this;
    const { codes, length } = text;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const codeClass = classOf[codes[i]];
      state = codeClass === 0 ? 0 : this.next(state, codeClass);
      if (outputStarts[state] !== outputEnds[state]) this.collect(state, i + 1, matches);
    }
    return matches;
  }

  /** Adds the patterns ending at `state`, whose last code unit ends at `end`. */
  private collect(state: number, end: number, matches: AhoCorasickMatch[]): void {
    for (let k = this.outputStarts[state]; k < this.outputEnds[state]; k++) {
      const pattern = this.outputPatterns[k];
      matches.push({ pattern, start: end - this.lengths[pattern], end });
    }
  }
}
