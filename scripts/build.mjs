// Builds dist/: the library compiled by tsc (dist/index.js and its types), the data files the
// code reads at run time (dist/data/), and the CLI bundled by esbuild (dist/bin/), because
// loading one bundle instead of ~90 modules takes about 45 ms off every run of the command.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (existsSync('src/data')) {
  cpSync('src/data', 'dist/data', { recursive: true, filter: (src) => !src.endsWith('.ts') });
}
// vntk's CRF models in our decoder's compact form (src/nlp/crf-compact.ts): half the bytes to
// read at every start, one probe per feature; and the word list's hash slots.
{
  const { compactModel } = await import('../dist/nlp/crf-compact.js');
  const { templatePrefixes } = await import('../dist/nlp/features.js');
  const { MODEL_OF, compactModelUrl, modelPath } = await import('../dist/nlp/tagger.js');
  for (const [stage, name] of Object.entries(MODEL_OF)) {
    writeFileSync(compactModelUrl(name), compactModel(readFileSync(modelPath(name)), templatePrefixes(stage)));
  }
  // The word list's slot table (src/nlp/word-set.ts): one probe per is_in_dict question.
  const { wordSlots } = await import('../dist/nlp/word-set.js');
  const { WORD_SLOTS } = await import('../dist/nlp/dictionary.js');
  writeFileSync(`dist/data/${WORD_SLOTS}`, wordSlots(readFileSync('src/data/viet74k-lower.txt')));
}
// Tables derived from the data files by code, derived once here (src/util/prebuilt.ts).
{
  const plains = {
    entities: (await import('../dist/extract/entities/data.js')).entityDataPlain,
    abbreviations: (await import('../dist/extract/abbreviations/dictionary.js')).builtinTablesPlain,
    'prefix-list': (await import('../dist/lexicon/short-forms.js')).prefixListPlain,
    numbers: (await import('../dist/extract/numbers/data.js')).numberDataPlain,
    'letter-cases': (await import('../dist/lexicon/letters.js')).deriveCases,
  };
  mkdirSync('dist/data/prebuilt', { recursive: true });
  for (const [name, plain] of Object.entries(plains)) writeFileSync(`dist/data/prebuilt/${name}.json`, JSON.stringify(plain()));
}
// commander requires child_process at load time (4 ms of start-up: it pulls in net and dgram)
// only to spawn `git-style` executable subcommands, which this CLI does not have.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

// The CLI is one CommonJS bundle so that bin/load-cli.js can compile it with V8's code cache;
// each command's modules still initialise only when the command imports them.
await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/bin/cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // piscina is loaded from node_modules, never bundled: it starts its own worker script from
  // beside its own module.
  external: ['piscina'],
  // Data files and the worker are found relative to the bundle's own URL. The first line names
  // this build, and the code cache carries the same line (bin/load-cli.js compares them).
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: `// article-analyze build ${randomUUID()}\nvar __bundleUrl = require('node:url').pathToFileURL(__filename).href;` },
  plugins: [lazyChildProcess],
  // Whitespace and syntax only: names stay, so stack traces stay readable; the bundle is a third
  // smaller to read at every start.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
// esbuild leaves non-ASCII characters in regular expressions, String.raw patterns and comments,
// which makes the whole ~0.77 MB bundle a two-byte string: slower to read (UTF-8 decoding) and to
// scan for every function the code cache does not hold. A \uXXXX escape means the same character
// in every place they occur (a regular expression, with or without the u flag, reads it in a
// String.raw pattern too; astral characters become a surrogate pair, which the u flag reads as one
// code point), so the bundle is made ASCII. A backslash before such a character would change the
// escape's meaning, so the build stops if one appears.
{
  const cliPath = 'dist/bin/cli.cjs';
  const source = readFileSync(cliPath, 'utf8');
  if (/\\[^\x00-\x7f]/u.test(source)) throw new Error(`${cliPath}: a backslash before a non-ASCII character; cannot escape it safely`);
  // Wrapped as bin/load-cli.js compiles it (Node's CommonJS wrapper, on the first line so that line
  // numbers stay the bundle's), so that loading needs no copy of the source to add the wrapper.
  const ascii = source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(cliPath, `(function (exports, require, module, __filename, __dirname) {${ascii}\n})`);
}
// --jobs workers load their own bundle (dist/bin/worker.js beside cli.cjs).
await build({
  entryPoints: ['src/worker.ts'],
  outfile: 'dist/bin/worker.js',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS dependencies call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
// A clean process (no NODE_OPTIONS: V8 refuses a cache made under other flags) runs the CLI over
// the fixtures and writes the code cache that bin/load-cli.js reads.
const env = { ...process.env };
delete env.NODE_OPTIONS;
execFileSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'inherit', env });
