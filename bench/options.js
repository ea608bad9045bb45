// Command-line options of the bench scripts: `--name value`, the value after the flag's first occurrence.
const args = process.argv.slice(2);

/** The value given after `--<name>`, or the fallback when the flag is absent. */
export function option(name, fallback) {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
}
