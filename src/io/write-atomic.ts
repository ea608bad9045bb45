// Writes a file atomically: a temporary file beside it, then a rename, keeping the original's permissions.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export function writeFileAtomic(filePath: string, data: Buffer | string): void {
  const directory = path.dirname(filePath);
  const temporary = path.join(directory, `.${path.basename(filePath)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.cuomin-tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(filePath).mode;
  } catch {
    mode = undefined;
  }
  try {
    fs.writeFileSync(temporary, data, mode === undefined ? {} : { mode });
    fs.renameSync(temporary, filePath);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
