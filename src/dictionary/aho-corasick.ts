// An Aho–Corasick automaton over UTF-16 code units: every pattern found in one pass over a text.

export interface AhoCorasickMatch {
  /** Index of the pattern in the list given to the constructor. */
  pattern: number;
  start: number;
  end: number;
}

export class AhoCorasick {
  /** Transitions of each state: code unit → next state. */
  private readonly transitions: Array<Map<number, number>> = [new Map()];
  private readonly failure: number[] = [0];
  /** Patterns ending at each state, including those reached through failure links (filled in by build). */
  private readonly outputs: number[][] = [[]];
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((pattern) => pattern.length);
    patterns.forEach((pattern, index) => {
      if (pattern.length > 0) this.insert(pattern, index);
    });
    this.build();
  }

  get stateCount(): number {
    return this.transitions.length;
  }

  private insert(pattern: string, index: number): void {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = this.transitions[state].get(code);
      if (next === undefined) {
        next = this.transitions.length;
        this.transitions.push(new Map());
        this.failure.push(0);
        this.outputs.push([]);
        this.transitions[state].set(code, next);
      }
      state = next;
    }
    this.outputs[state].push(index);
  }

  private build(): void {
    const queue: number[] = [];
    for (const next of this.transitions[0].values()) queue.push(next);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [code, next] of this.transitions[state]) {
        queue.push(next);
        let fallback = this.failure[state];
        while (fallback !== 0 && !this.transitions[fallback].has(code)) fallback = this.failure[fallback];
        const target = this.transitions[fallback].get(code);
        this.failure[next] = target !== undefined && target !== next ? target : 0;
        const inherited = this.outputs[this.failure[next]];
        if (inherited.length > 0) this.outputs[next] = [...this.outputs[next], ...inherited];
      }
    }
  }

  /** Every occurrence of every pattern, overlapping ones included, in order of their end. */
  search(text: string): AhoCorasickMatch[] {
    const matches: AhoCorasickMatch[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = this.transitions[state].get(code);
      while (next === undefined && state !== 0) {
        state = this.failure[state];
        next = this.transitions[state].get(code);
      }
      state = next ?? 0;
      const found = this.outputs[state];
      for (let k = 0; k < found.length; k++) {
        const pattern = found[k];
        matches.push({ pattern, start: i + 1 - this.lengths[pattern], end: i + 1 });
      }
    }
    return matches;
  }
}
