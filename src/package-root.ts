// Finds cuomin's own folder (for package.json and the shipped dictionaries), from source or compiled layout.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root) return root;
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(directory, 'package.json');
    if (fs.existsSync(candidate) && (JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string }).name === 'cuomin') {
      root = directory;
      return directory;
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('cuomin: cannot find its own package.json');
    directory = parent;
  }
}
