// Maps a file to the unit responsible for it, from config `units` (path glob → unit).
import picomatch from 'picomatch';

export type UnitResolver = (relativePath: string) => string | undefined;

export function createUnitResolver(units: Array<{ pattern: string; unit: string }>): UnitResolver {
  const matchers = units.map(({ pattern, unit }) => ({ test: picomatch(pattern, { dot: true }), unit }));
  return (relativePath) => matchers.find((matcher) => matcher.test(relativePath))?.unit;
}
