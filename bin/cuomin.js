#!/usr/bin/env node
// The cuomin executable: runs the compiled CLI and sets the exit code.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('cuomin: 尚未编译，请先运行 npm install 或 npm run build / not built yet: run npm install or npm run build\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
