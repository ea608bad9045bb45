// What a plugin is, for the run key: the content of its entry module and of every module it reaches by relative
// import, and the versions of the packages it imports. Node does not tell which files an ES module loaded, so the
// imports are read from the source: static `import … from '…'`, `export … from '…'`, `import('…')` with a literal and
// `require('…')`. Not seen: imports by a computed name, and files the plugin reads itself at run time (the
// dictionaries a plugin declares are hashed with the other dictionaries).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isBuiltin } from 'node:module';
import type { LoadedPlugin } from '../config/plugin.js';

export interface PluginIdentity {
  name: string;
  specifier: string;
  /** [path relative to the entry's folder, SHA-256 of the content or "missing"], in the order found. */
  files: Array<[string, string]>;
  /** `name@version` of each package the modules import (not followed further), sorted. */
  packages: string[];
}

/** Enough for any plugin; a walk that goes further is cut, and the cut is part of the identity. */
const MAX_FILES = 2000;
const IMPORT_PATTERN =
  /\b(?:import|export)\s*(?:type\s+)?(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'\n]+)["']|\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)|\brequire\s*\(\s*["']([^"'\n]+)["']\s*\)/g;
const RESOLVE_SUFFIXES = ['', '.js', '.mjs', '.cjs', '.json', '/index.js', '/index.mjs', '/index.cjs'];

function isFile(filePath: string): boolean {
  try {
    return fs.statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/** Module specifiers a JavaScript source imports, in order of appearance. */
export function importedSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(IMPORT_PATTERN)) specifiers.push(match[1] ?? match[2] ?? match[3]);
  return specifiers;
}

function isRelative(specifier: string): boolean {
  return specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/') || specifier.startsWith('file:');
}

function resolveRelative(specifier: string, fromFile: string): string | undefined {
  const bare = specifier.replace(/[?#].*$/, '');
  const target = bare.startsWith('file:') ? new URL(bare).pathname : path.resolve(path.dirname(fromFile), bare);
  return RESOLVE_SUFFIXES.map((suffix) => target + suffix).find(isFile);
}

/** `lodash/fp` → `lodash`, `@scope/pkg/x` → `@scope/pkg`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The version in the package.json of `name` as Node would find it from `fromFile`'s folder. */
function packageVersion(name: string, fromFile: string): string {
  for (let directory = path.dirname(fromFile); ; directory = path.dirname(directory)) {
    const manifest = path.join(directory, 'node_modules', name, 'package.json');
    if (isFile(manifest)) {
      try {
        const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: unknown };
        return typeof version === 'string' ? version : 'unknown';
      } catch {
        return 'unreadable';
      }
    }
    if (path.dirname(directory) === directory) return 'unresolved';
  }
}

/** The package.json of an npm plugin (its version), found above its entry; undefined for a plugin given by path. */
function pluginManifest(plugin: LoadedPlugin): string | undefined {
  if (plugin.specifier.startsWith('.') || path.isAbsolute(plugin.specifier)) return undefined;
  for (let directory = path.dirname(plugin.filePath); ; directory = path.dirname(directory)) {
    const manifest = path.join(directory, 'package.json');
    if (isFile(manifest)) return manifest;
    if (path.dirname(directory) === directory) return undefined;
  }
}

function hashOf(filePath: string): string {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
  } catch {
    return 'missing';
  }
}

export function pluginIdentity(plugin: LoadedPlugin): PluginIdentity {
  const base = path.dirname(plugin.filePath);
  const relative = (filePath: string) => path.relative(base, filePath).split(path.sep).join('/');
  const files: Array<[string, string]> = [];
  const packages = new Set<string>();
  const manifest = pluginManifest(plugin);
  if (manifest) files.push([relative(manifest), hashOf(manifest)]);

  const visited = new Set<string>([plugin.filePath]);
  const queue = [plugin.filePath];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (files.length >= MAX_FILES) {
      files.push(['…', 'cut']);
      break;
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      files.push([relative(file), 'missing']);
      continue;
    }
    files.push([relative(file), crypto.createHash('sha256').update(bytes).digest('hex')]);
    if (file.endsWith('.json')) continue;
    for (const specifier of importedSpecifiers(bytes.toString('utf8'))) {
      if (isRelative(specifier)) {
        const target = resolveRelative(specifier, file);
        if (target === undefined) {
          files.push([`${relative(file)} → ${specifier}`, 'missing']);
        } else if (!visited.has(target)) {
          visited.add(target);
          queue.push(target);
        }
        continue;
      }
      if (isBuiltin(specifier)) continue;
      const name = packageName(specifier);
      // cuomin itself is in the program identity.
      if (name === 'cuomin') continue;
      packages.add(`${name}@${packageVersion(name, file)}`);
    }
  }
  return { name: plugin.name, specifier: plugin.specifier, files, packages: [...packages].sort() };
}
