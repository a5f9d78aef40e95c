// Shared by the evaluation scripts: the default corpus and a tiny option reader.
import { existsSync } from 'node:fs';

/** The UD dev file beside the checkout (../shared/data), else the 120-sentence sample in fixtures/. */
export function defaultCorpus() {
  const shared = new URL('../../../shared/data/vi_vtb-ud-dev.conllu', import.meta.url);
  return existsSync(shared) ? shared.pathname : new URL('../../fixtures/ud-vtb/vi_vtb-ud-dev-sample.conllu', import.meta.url).pathname;
}

/** Removes `name VALUE` from `args` and returns VALUE, or `fallback` when the option is absent. */
export function takeOption(args, name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}
