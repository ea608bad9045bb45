// Runs the real cuomin executable as a user would, capturing its output and exit code.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const BIN = path.resolve('bin/cuomin.js');

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    input: options.input ?? '',
    encoding: 'utf8',
    env: env as NodeJS.ProcessEnv,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
