// Our reader of crfsuite model files and its Viterbi decoder: by hand on a tiny model, and equal
// to the crfsuite addon on vntk's real models.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributeKey, hashlittle, readCrfModel, viterbi } from '../src/nlp/crf-model.js';
import { crfReference } from '../scripts/lib/crf-reference.mjs';
import * as features from '../src/nlp/features.js';
import * as tagger from '../src/nlp/tagger.js';
import { modelPath } from '../src/nlp/tagger.js';
import * as tokenizer from '../src/nlp/tokenize.js';

describe('viterbi on a hand-made two-label model', () => {
  // Labels A (0) and B (1). Attribute "x" votes A +2; attribute "y" votes B +1 and A +0.5; an
  // unknown attribute votes nothing. Transitions: A→A -1, A→B 0, B→A 0, B→B 0.
  const votes: Record<string, [number, number]> = { x: [2, 0], y: [0.5, 1], '?': [0, 0] };
  const trans = Float64Array.from([-1, 0, 0, 0]);

  it.each([
    // x x: AA = 2 - 1 + 2 = 3, AB = 2 + 0 + 0 = 2, BA = 0 + 0 + 2 = 2, BB = 0 → A A
    ['xx', ['A', 'A']],
    // x y: AA = 2 - 1 + 0.5 = 1.5, AB = 2 + 1 = 3 → A B
    ['xy', ['A', 'B']],
    // y alone: A 0.5 < B 1 → B
    ['y', ['B']],
    // unknown only: all scores 0, ties keep the lower id → A
    ['?', ['A']],
    // three unknowns: ties everywhere; A→A costs -1, so the best path alternates; back links
    // prefer the lower id on ties: last = A (0 vs 0 → A), its predecessor B, then A → A B A
    ['???', ['A', 'B', 'A']],
  ])('%s → %j', (items, expected) => {
    const state = Float64Array.from([...items].flatMap((item) => votes[item] as [number, number]));
    const labels = viterbi(state, trans, items.length, 2);
    expect(Array.from(labels, (l) => ['A', 'B'][l])).toEqual(expected);
  });

  it('an empty sequence gives no labels', () => {
    expect(viterbi(new Float64Array(0), trans, 0, 2)).toHaveLength(0);
  });
});

describe('readCrfModel on vntk models', () => {
  it.each([
    ['word_tokenizer', ['BW', 'IW'], 10969, 'T[0].is_in_dict=True'],
    ['ner', ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'], 2066, 'T[0][1]=Np'],
  ] as const)('%s', (name, labels, attributes, known) => {
    const model = readCrfModel(readFileSync(modelPath(name)));
    expect(model.labels).toEqual(labels);
    expect(model.attributeCount).toBe(attributes);
    expect(model.lookup(known)).toBeGreaterThanOrEqual(0);
    expect(model.lookup('T[0]=no such value')).toBe(-1);
    expect(model.lookup('')).toBe(-1);
  });

  it('rejects a file that is not a model', () => {
    expect(() => readCrfModel(new TextEncoder().encode('not a CRFsuite model at all, just text here'))).toThrow(/CRFsuite/u);
  });
});

describe('hashlittle (lookup3)', () => {
  // Vectors from lookup3.c's own self-test (driver5).
  const text = new TextEncoder().encode('Four score and seven years ago');
  it.each([
    [0, 0x17770551],
    [1, 0xcd628161],
  ])('initval %i', (initval, expected) => {
    expect(hashlittle(text, text.length, initval)).toBe(expected);
  });
  it('empty key', () => {
    expect(hashlittle(new Uint8Array(0), 0, 0)).toBe(0xdeadbeef);
  });
});

describe('attributeKey mirrors the addon string conversion', () => {
  it.each([
    ['T[0]=công', 'T[0]=công'],
    ['T[0]=a\u0000b', 'T[0]=a'],
    ['T[0]=\uD800x', 'T[0]=\uFFFDx'],
    ['T[0]=😀', 'T[0]=😀'],
  ])('%j → %j', (input, expected) => {
    expect(attributeKey(input)).toBe(expected);
  });
});

describe('our decoder equals the crfsuite addon', () => {
  // 120 sentences of the UD Vietnamese-VTB dev file (fixtures/ud-vtb/README.md).
  const lines = readFileSync(new URL('../fixtures/ud-vtb/vi_vtb-ud-dev-sample.conllu', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# text = '))
    .map((l) => l.slice('# text = '.length));

  it(`on ${lines.length} UD sentences, every stage`, () => {
    const reference = crfReference({ features, tagger, tokenize: tokenizer });
    const native = lines.map((l) => reference.vntk('crfsuite').nerTag(l));
    expect(lines.map((l) => reference.vntk('wasm').nerTag(l))).toEqual(native);
  });
});

describe('the WebAssembly decoder', () => {
  it('src/data/crf.wasm is assembly/crf.ts compiled by `npm run build:wasm`', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build:wasm'] as string;
    const out = join(mkdtempSync(join(tmpdir(), 'aa-wasm-')), 'crf.wasm');
    const args = script.replace(/^asc /u, '').replace('src/data/crf.wasm', out).split(' ');
    execFileSync(process.execPath, [join(root, 'node_modules/assemblyscript/bin/asc.js'), ...args], { cwd: root });
    expect(readFileSync(out).equals(readFileSync(join(root, 'src/data/crf.wasm')))).toBe(true);
  });
});
