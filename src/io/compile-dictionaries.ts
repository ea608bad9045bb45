// `npm run build` step: validates the shipped dictionaries and stores them as JSON in dist/dictionaries/, and stores
// jieba's word table (for the homophone check) as bytes in dist/homophones/.
import { compileBuiltinDictionaries } from './load-dictionaries.js';
import { compileGeneralDictionary } from '../homophones/word-model.js';

try {
  const written = compileBuiltinDictionaries();
  compileGeneralDictionary();
  process.stdout.write(`cuomin: compiled ${written.length} dictionaries and the word table\n`);
} catch (error) {
  const localized = (error as { localized?: { zh: string } }).localized;
  process.stderr.write(`cuomin: ${localized?.zh ?? (error as Error).message}\n`);
  process.exitCode = 1;
}
