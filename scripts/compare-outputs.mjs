#!/usr/bin/env node
// Proves a change of shape is behaviour-neutral: writes what the built CLI prints for every
// fixture (analyze --format ndjson, segment, expand, check --format json), for every sentence of
// the treebank with --lines, and for the annotated corpus' texts with --lines; then, given a
// directory written the same way by another build, compares the two byte for byte.
//
//   node scripts/compare-outputs.mjs --out DIR                # snapshot this build
//   node scripts/compare-outputs.mjs --out DIR --against OLD  # snapshot, then compare with OLD
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeOption } from './lib/args.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => takeOption(args, name, undefined);
const out = opt('--out');
const against = opt('--against');
if (!out) {
  console.error('usage: node scripts/compare-outputs.mjs --out DIR [--against OLD_DIR]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const shared = join(root, '..', 'shared', 'data');
const bin = join(root, 'bin', 'article-analyze.js');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
  );
}

/** One sentence a line from a CoNLL-U file's `# text =` comments. */
function conlluText(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# text = '))
    .map((l) => l.slice(9))
    .join('\n');
}

const inputs = [];
const fixtures = walk(join(root, 'fixtures')).sort();
// Relative paths, so that `source` is the same whichever checkout the snapshot was taken in.
for (const f of fixtures) inputs.push({ name: relative(root, f).replaceAll('/', '__'), file: relative(root, f), lines: false });
for (const name of ['vi_vtb-ud-dev.conllu', 'vi_vtb-ud-train.conllu']) {
  const path = join(shared, name);
  if (existsSync(path)) inputs.push({ name, stdin: conlluText(path), lines: true });
}
const corpus = join(shared, 'ud-vtb-annotated.jsonl');
if (existsSync(corpus)) {
  const texts = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
  inputs.push({ name: 'ud-vtb-annotated', stdin: texts.join('\n'), lines: true });
}

const commands = [
  ['analyze', ['--format', 'ndjson']],
  ['segment', []],
  ['expand', []],
  ['check', ['--format', 'json', '--no-color']],
];
const written = [];
for (const input of inputs) {
  for (const [command, flags] of commands) {
    const argv = [bin, command, ...flags, ...(input.lines ? ['--lines'] : []), input.file ?? '-'];
    const r = spawnSync(process.execPath, argv, { input: input.stdin, maxBuffer: 1 << 30, cwd: root });
    const name = `${input.name}.${command}`;
    writeFileSync(join(out, name), Buffer.concat([r.stdout, Buffer.from(`\n--- exit ${r.status}\n`), r.stderr]));
    written.push(name);
  }
}
writeFileSync(join(out, 'INDEX'), inputs.map((i) => `${i.name}\t${i.file ?? '(stdin)'}`).join('\n') + '\n');
console.log(`${written.length} outputs written to ${out}`);

if (against) {
  let differing = 0;
  for (const name of written) {
    const a = join(against, name);
    if (!existsSync(a)) {
      console.log(`missing in ${against}: ${name}`);
      differing++;
    } else if (!readFileSync(a).equals(readFileSync(join(out, name)))) {
      console.log(`differs: ${name}`);
      differing++;
    }
  }
  console.log(differing === 0 ? 'identical' : `${differing} of ${written.length} outputs differ`);
  process.exitCode = differing === 0 ? 0 : 1;
}
