// Characters that look alike (牛/生, 贡/责, 木/术), read on first use from dictionaries/lookalike-characters.txt (built
// by bench/build-lookalikes.js from ECSpell's and pycorrector's shape tables): a written character that looks like the
// official word's character is likelier a typo than any other.
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';

export interface LookalikeTable {
  /** By the official character's code: the codes of the characters that look like it. */
  readonly byOfficial: ReadonlyArray<Uint16Array | undefined>;
  /** By the written character's code: the codes of the official characters it looks like. */
  readonly byWritten: ReadonlyArray<readonly number[] | undefined>;
}

/** Parses `official<TAB>look-alikes` lines (`#` comments skipped). */
export function parseLookalikes(text: string): LookalikeTable {
  const byOfficial: Array<Uint16Array | undefined> = new Array(0x10000);
  const byWritten: Array<number[] | undefined> = new Array(0x10000);
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#') || line.indexOf('\t') !== 1) continue;
    const codes: number[] = [];
    for (let i = 2; i < line.length; i++) if (line.charCodeAt(i) > 0x20) codes.push(line.charCodeAt(i));
    const official = line.charCodeAt(0);
    const known = byOfficial[official];
    byOfficial[official] = known ? Uint16Array.from([...known, ...codes]) : Uint16Array.from(codes);
    for (const written of codes) (byWritten[written] ??= []).push(official);
  }
  return { byOfficial, byWritten };
}

let shipped: LookalikeTable | undefined;

export function lookalikesPath(): string {
  return path.join(packageRoot(), 'dictionaries', 'lookalike-characters.txt');
}

/** The shipped table, read once per process (about 150 KB). */
export function lookalikes(): LookalikeTable {
  shipped ??= parseLookalikes(fs.readFileSync(lookalikesPath(), 'utf8'));
  return shipped;
}

export function isLookalikeTableLoaded(): boolean {
  return shipped !== undefined;
}

/** True when the written character (code) looks like the official one. */
export function looksAlike(table: LookalikeTable, written: number, official: number): boolean {
  const similar = table.byOfficial[official];
  return similar !== undefined && similar.includes(written);
}
