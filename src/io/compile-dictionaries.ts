// `npm run build` step: validates the shipped dictionaries and stores them as JSON in dist/dictionaries/.
import { compileBuiltinDictionaries } from './load-dictionaries.js';

try {
  const written = compileBuiltinDictionaries();
  process.stdout.write(`cuomin: compiled ${written.length} dictionaries\n`);
} catch (error) {
  const localized = (error as { localized?: { zh: string } }).localized;
  process.stderr.write(`cuomin: ${localized?.zh ?? (error as Error).message}\n`);
  process.exitCode = 1;
}
