// `--shard <i>/<n>`: a deterministic share of the files, so that n machines (a CI matrix) lint one site between them.
// A file's shard depends only on its own path (relative to the working directory), not on which other files exist, so
// adding a page moves no other page to another shard.
import { createHash } from 'node:crypto';
import { UsageError } from '../usage-error.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShardOption(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError({
      zh: `--shard 应写作 <序号>/<总数>，序号从 1 到总数，例如 2/4；收到“${value}”`,
      en: `--shard must be <i>/<n> with i from 1 to n, e.g. 2/4; got "${value}"`,
    });
  }
  return { index, count };
}

export function inShard(relativePath: string, shard: Shard): boolean {
  const digest = createHash('sha1').update(relativePath).digest();
  return digest.readUInt32BE(0) % shard.count === shard.index - 1;
}
