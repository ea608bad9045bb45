// Maps a file to the unit responsible for it, from config `units` (path glob → unit).
import path from 'node:path';
import picomatch from 'picomatch';

/** Takes an absolute path. */
export type UnitResolver = (absolutePath: string) => string | undefined;

/** Globs are matched against the path relative to `base` (the config file's folder). */
export function createUnitResolver(units: Array<{ pattern: string; unit: string }>, base: string): UnitResolver {
  const matchers = units.map(({ pattern, unit }) => ({ test: picomatch(pattern, { dot: true }), unit }));
  return (absolutePath) => {
    const relative = path.relative(base, absolutePath).split(path.sep).join('/');
    return matchers.find((matcher) => matcher.test(relative))?.unit;
  };
}
