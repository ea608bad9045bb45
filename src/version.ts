// cuomin's version, read once from package.json.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function findPackageJson(): { version: string } {
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const found = require(candidate) as { name?: string; version: string };
      if (found.name === 'cuomin') return found;
    } catch {
      // try the next location (source vs compiled layout)
    }
  }
  return { version: '0.0.0' };
}

export const VERSION = findPackageJson().version;
