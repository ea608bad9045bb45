// Decides whether output is coloured: --no-color and NO_COLOR turn it off, FORCE_COLOR turns it on, else a TTY decides.
import { Chalk, type ChalkInstance } from 'chalk';

export function createChalk(options: { color: boolean; isTTY: boolean; env?: NodeJS.ProcessEnv }): ChalkInstance {
  const env = options.env ?? process.env;
  if (!options.color || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return new Chalk({ level: 0 });
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return new Chalk({ level: 0 });
    const level = Number.parseInt(force, 10);
    return new Chalk({ level: (level >= 1 && level <= 3 ? level : 1) as 1 | 2 | 3 });
  }
  return new Chalk({ level: options.isTTY ? 1 : 0 });
}
