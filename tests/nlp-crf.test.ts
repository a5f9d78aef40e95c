// Our reader of crfsuite model files and its Viterbi decoder: by hand on a tiny model, and equal
// to the crfsuite addon on vntk's real models.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compactModel } from '../src/nlp/crf-compact.js';
import { attributeKey, readCrfModel, viterbi } from '../src/nlp/crf-model.js';
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
    ['word_tokenizer', 'segment', ['BW', 'IW'], 10969, 'T[0].is_in_dict=True'],
    ['ner', 'ner', ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'], 2066, 'T[0][1]=Np'],
  ] as const)('%s', (name, stage, labels, attributes, known) => {
    const prefixes = features.templatePrefixes(stage);
    const model = readCrfModel(readFileSync(modelPath(name)), prefixes);
    expect(model.labels).toEqual(labels);
    // Every attribute of vntk's models is one of its stage's templates and a value.
    expect(model.attributeCount).toBe(attributes);
    expect(model.lookup(known)).toBeGreaterThan(0);
    expect(model.lookup('T[0]=no such value')).toBe(-1);
    expect(model.lookup('T[9]=True')).toBe(-1);
    expect(model.lookup('')).toBe(-1);
    // The compact bytes the build writes are read as they are, to the same model.
    const again = readCrfModel(compactModel(readFileSync(modelPath(name)), prefixes), prefixes);
    expect([again.labels, again.attributeCount]).toEqual([labels, attributes]);
    expect(again.lookup(known)).toBeGreaterThan(0);
  });

  it('rejects a file that is not a model, and a model made for other templates', () => {
    expect(() => readCrfModel(new TextEncoder().encode('not a CRFsuite model at all, just text here'), ['T[0]='])).toThrow(/CRFsuite/u);
    const compact = compactModel(readFileSync(modelPath('ner')), features.templatePrefixes('ner'));
    expect(() => readCrfModel(compact, ['T[0]='])).toThrow(/other templates/u);
  });
});

describe('the compact form of a hand-made CRFsuite model', () => {
  // Labels A and B; `T[0]=x` votes A +2; `T[0]=y` votes B +1, then A +0.5 (file order);
  // `Z=1` is no template's, so the compact form drops it. The transition A → A weighs -1.
  const prefixes = ['T[-1]=', 'T[0]='];
  const compact = compactModel(handMadeModel(['A', 'B'], [['T[0]=x', [[0, 2]]], ['T[0]=y', [[1, 1], [0, 0.5]]], ['Z=1', [[1, 9]]]], [[0, 0, -1]]), prefixes);
  const view = new DataView(compact.buffer, compact.byteOffset, compact.byteLength);

  it('keeps the template attributes in file order, each record its value, weights and labels', () => {
    expect(new TextDecoder().decode(compact.subarray(0, 4))).toBe('CRFC');
    // version 1, 2 labels, 2 records, 2 + 1 + 1 slots, 2 templates
    expect([1, 2, 3, 4, 5].map((i) => view.getUint32(4 * i, true))).toEqual([1, 2, 2, 4, 2]);
    const x = view.getUint32(40, true);
    // {length 1, template 1, 1 feature, `x`}, its weight at +8, its label at +16.
    expect([view.getUint16(x, true), compact[x + 2], compact[x + 3], compact[x + 4]]).toEqual([1, 1, 1, 0x78]);
    expect([view.getFloat64(x + 8, true), compact[x + 16]]).toEqual([2, 0]);
    const y = x + 24;
    expect([view.getUint16(y, true), compact[y + 2], compact[y + 3], compact[y + 4]]).toEqual([1, 1, 2, 0x79]);
    expect([view.getFloat64(y + 8, true), view.getFloat64(y + 16, true), compact[y + 24], compact[y + 25]]).toEqual([1, 0.5, 1, 0]);
    // into[j * L + i]: A → A is -1, the rest 0.
    const into = view.getUint32(28, true);
    expect([0, 1, 2, 3].map((k) => view.getFloat64(into + 8 * k, true))).toEqual([-1, 0, 0, 0]);
  });

  it('finds a value under its own template only', () => {
    const decoder = readCrfModel(compact, prefixes);
    expect(decoder.labels).toEqual(['A', 'B']);
    expect(decoder.lookup('T[0]=x')).toBe(decoder.address + view.getUint32(40, true));
    expect(decoder.lookup('T[0]=y')).toBe(decoder.address + view.getUint32(40, true) + 24);
    expect(decoder.lookup('T[-1]=x')).toBe(-1);
    expect(decoder.lookup('Z=1')).toBe(-1);
  });
});

type Feature = [type: number, source: number, label: number, weight: number];

/**
 * The bytes of a CRFsuite FOMC model (crfsuite lib/crf/src/crf1d_model.c) with these labels,
 * attributes (key, [label, weight] state features) and [from, to, weight] transitions. Its
 * CQDBs hold only what a reader by id needs: the records and the backward array.
 */
function handMadeModel(labels: string[], attributes: [string, [number, number][]][], transitions: [number, number, number][]): Uint8Array {
  const features: Feature[] = [
    ...transitions.map(([from, to, w]): Feature => [1, from, to, w]),
    ...attributes.flatMap(([, list], a) => list.map(([to, w]): Feature => [0, a, to, w])),
  ];
  const u32 = (...values: number[]) => Buffer.from(new Uint32Array(values).buffer);
  const cqdb = (keys: string[]) => {
    const records = keys.map((k, id) => Buffer.concat([u32(id, Buffer.byteLength(k) + 1), Buffer.from(`${k}\u0000`)]));
    const offsets: number[] = [];
    let at = 24 + 256 * 8;
    for (const r of records) {
      offsets.push(at);
      at += r.length;
    }
    return Buffer.concat([Buffer.from('CQDB'), u32(at + 4 * keys.length, 0, 0, keys.length, at), Buffer.alloc(256 * 8), ...records, u32(...offsets)]);
  };
  const feat = Buffer.concat([
    Buffer.from('FEAT'),
    u32(12 + 20 * features.length, features.length),
    ...features.map(([type, source, label, weight]) => {
      const b = Buffer.alloc(20);
      b.writeUInt32LE(type, 0);
      b.writeUInt32LE(source, 4);
      b.writeUInt32LE(label, 8);
      b.writeDoubleLE(weight, 12);
      return b;
    }),
  ]);
  const lists = (type: number, count: number) => Array.from({ length: count }, (_, s) => features.flatMap((f, i) => (f[0] === type && f[1] === s ? [i] : [])));
  // A refs chunk at `base`: its table of absolute offsets, then the lists {count, ids}.
  const refs = (tag: string, ids: number[][], base: number) => {
    const offsets: number[] = [];
    let at = base + 12 + 4 * ids.length;
    for (const l of ids) {
      offsets.push(at);
      at += 4 + 4 * l.length;
    }
    return Buffer.concat([Buffer.from(tag), u32(at - base, ids.length, ...offsets), ...ids.map((l) => u32(l.length, ...l))]);
  };
  const labelDb = cqdb(labels);
  const attributeDb = cqdb(attributes.map(([k]) => k));
  const offFeatures = 48;
  const offLabels = offFeatures + feat.length;
  const offAttrs = offLabels + labelDb.length;
  const offLabelRefs = offAttrs + attributeDb.length;
  const lfrf = refs('LFRF', lists(1, labels.length), offLabelRefs);
  const offAttrRefs = offLabelRefs + lfrf.length;
  const afrf = refs('AFRF', lists(0, attributes.length), offAttrRefs);
  const header = Buffer.concat([
    Buffer.from('lCRF'),
    u32(offAttrRefs + afrf.length),
    Buffer.from('FOMC'),
    u32(100, features.length, labels.length, attributes.length, offFeatures, offLabels, offAttrs, offLabelRefs, offAttrRefs),
  ]);
  return new Uint8Array(Buffer.concat([header, feat, labelDb, attributeDb, lfrf, afrf]));
}

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
