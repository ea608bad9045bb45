// What cuomin itself is, for the run key: its version, Node's, and the content of its own code and data files, so
// that a patched install or a working checkout (code or dictionaries changed, version not bumped) never reuses
// results of other code. About 250 files, 2 MB: hashed in a few tens of milliseconds, once per process.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../package-root.js';
import { VERSION } from '../version.js';

export interface ProgramIdentity {
  version: string;
  /** Node's version: the regular expression engine and Unicode tables come with it. */
  node: string;
  /** SHA-256 over the paths and contents of cuomin's code (src/, rules/) and data (dictionaries/). */
  files: string;
  /**
   * SHA-256 of the lockfile that pins cuomin's dependencies (parsers, segmenter), when one is found: package-lock.json
   * in a checkout, node_modules/.package-lock.json in an npm install. Absent otherwise (then only the version stands
   * for them).
   */
  dependencies?: string;
}

const CODE_FILE = /\.(?:[cm]?js|ts|json)$/;
const TYPE_DECLARATION = /\.d\.[cm]?ts$/;

/** The folder holding the running code's `src/` and `rules/`: `dist/` when built, the checkout when run from source. */
function codeRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

function sha256(data: Uint8Array | string): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** Files under `directory` (recursively) accepted by `include`, as sorted '/'-separated relative paths. */
function filesUnder(directory: string, include: (relative: string) => boolean): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(directory, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .map((name) => name.split(path.sep).join('/'))
    .filter((relative) => include(relative) && fs.statSync(path.join(directory, relative)).isFile())
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** SHA-256 over `label/relative-path` and the content hash of each file, in order. */
export function hashFileTree(roots: Array<{ label: string; directory: string; include: (relative: string) => boolean }>): string {
  const hash = crypto.createHash('sha256');
  for (const root of roots) {
    for (const relative of filesUnder(root.directory, root.include)) {
      hash.update(`${root.label}/${relative}\u0000${sha256(fs.readFileSync(path.join(root.directory, relative)))}\n`);
    }
  }
  return hash.digest('hex');
}

function lockfileHash(): string | undefined {
  const root = packageRoot();
  const candidates = [path.join(root, 'package-lock.json')];
  // Installed as a dependency: <project>/node_modules/cuomin, whose install npm records in node_modules/.package-lock.json.
  if (path.basename(path.dirname(root)) === 'node_modules') candidates.push(path.join(path.dirname(root), '.package-lock.json'));
  for (const candidate of candidates) {
    try {
      return sha256(fs.readFileSync(candidate));
    } catch {
      // Not there: try the next.
    }
  }
  return undefined;
}

let identity: ProgramIdentity | undefined;

export function programIdentity(): ProgramIdentity {
  if (!identity) {
    const code = codeRoot();
    const isCode = (relative: string) => CODE_FILE.test(relative) && !TYPE_DECLARATION.test(relative);
    const files = hashFileTree([
      { label: 'src', directory: path.join(code, 'src'), include: isCode },
      { label: 'rules', directory: path.join(code, 'rules'), include: isCode },
      { label: 'dictionaries', directory: path.join(packageRoot(), 'dictionaries'), include: () => true },
    ]);
    const dependencies = lockfileHash();
    identity = { version: VERSION, node: process.version, files, ...(dependencies === undefined ? {} : { dependencies }) };
  }
  return identity;
}
