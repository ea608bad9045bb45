// `npm run build` step: validates the shipped dictionaries and the leaders table and stores them as JSON in
// dist/dictionaries/, and stores jieba's word table (for the homophone check) as bytes in dist/homophones/.
import { compileBuiltinDictionaries } from './load-dictionaries.js';
import { compileGeneralDictionary } from '../homophones/word-model.js';
import { compileLeaderTable } from '../leaders/load-leaders.js';

try {
  const written = compileBuiltinDictionaries();
  compileLeaderTable();
  compileGeneralDictionary();
  process.stdout.write(`cuomin: compiled ${written.length} dictionaries, the leaders table and the word table\n`);
} catch (error) {
  const localized = (error as { localized?: { zh: string } }).localized;
  process.stderr.write(`cuomin: ${localized?.zh ?? (error as Error).message}\n`);
  process.exitCode = 1;
}
