#!/usr/bin/env node
// `npm run train:entities`: trains the entity tagger (an averaged structured perceptron over
// syllable features, Viterbi-decoded BIO labels) on the dev-* sentences of the annotated corpus
// and writes src/data/entity-tagger.bin. Reproducible: fixed seed, fixed epochs, fixed order.
// Reads dist/ (the script builds first), since the features come from the pipeline's tokens.
//
//   node scripts/train-entities.mjs [--epochs N] [--bits B] [--folds K] [--out FILE]
//
// --folds K cross-validates inside dev-* (train on K-1 parts, score the held-out part, typed
// overlap and exact F1 of the tagger's own spans) and writes nothing: how features were chosen.
// train-s* is never read here.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const EPOCHS = opt('--epochs', 12);
const BITS = opt('--bits', 17);
const FOLDS = opt('--folds', 0);
const outIdx = args.indexOf('--out');
const OUT = outIdx >= 0 ? args[outIdx + 1] : `${root}src/data/entity-tagger.bin`;
const corpus = `${root}../shared/data/ud-vtb-annotated.jsonl`;

if (!args.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
const { analyzeDocument } = await dist('analyze.js');
const { readSentences, expansionMap } = await dist('extract/entities/index.js');
const { entityData } = await dist('extract/entities/data.js');
const { sentenceFeatures } = await dist('extract/entities/tagger/features.js');
const { labelsToSpans } = await dist('extract/entities/tagger/index.js');
const { LABELS, LABEL_COUNT: L, decode, encodeModel } = await dist('extract/entities/tagger/model.js');

/** One training sequence: hashed features and gold labels of a sentence's tokens. */
function examples(gold) {
  const { analysis, doc } = analyzeDocument(gold.text);
  if (doc.text !== gold.text) return [];
  const expansions = expansionMap(analysis.abbreviations);
  const out = [];
  for (const { tokens, kept } of readSentences(doc)) {
    const labels = tokens.map(() => 0);
    for (const g of gold.entities) {
      if (!['PER', 'ORG', 'LOC'].includes(g.type)) continue;
      let first = true;
      tokens.forEach((t, i) => {
        if (t.start < g.end && g.start < t.end) {
          labels[i] = LABELS.indexOf(`${first ? 'B' : 'I'}-${g.type}`);
          first = false;
        }
      });
    }
    out.push({ buckets: sentenceFeatures({ tokens, kept, data: entityData(), expansions }, BITS), labels });
  }
  return out;
}

/** mulberry32: a small seeded generator, so every run shuffles the same way. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function train(data) {
  const size = (1 << BITS) * L;
  const model = { bits: BITS, scale: 1, weights: new Float64Array(size), transitions: new Float64Array((L + 1) * L) };
  // Averaging by the usual trick: keep the sum of (step × update) and subtract it at the end.
  const sumW = new Float64Array(size);
  const sumT = new Float64Array((L + 1) * L);
  let step = 1;
  const random = rng(12);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { buckets, labels } = data[k];
      const guess = decode(model, buckets, true);
      if (guess.some((y, i) => y !== labels[i])) {
        const update = (seq, d) => {
          seq.forEach((y, i) => {
            for (let k = buckets.offsets[i]; k < buckets.offsets[i + 1]; k++) {
              const b = buckets.buckets[k];
              model.weights[b * L + y] += d;
              sumW[b * L + y] += step * d;
            }
            const t = (i === 0 ? 0 : seq[i - 1] + 1) * L + y;
            model.transitions[t] += d;
            sumT[t] += step * d;
          });
        };
        update(labels, 1);
        update(guess, -1);
      }
      step++;
    }
  }
  for (let k = 0; k < size; k++) model.weights[k] -= sumW[k] / step;
  for (let k = 0; k < sumT.length; k++) model.transitions[k] -= sumT[k] / step;
  return model;
}

function score(model, data) {
  const t = {};
  for (const type of ['PER', 'ORG', 'LOC', 'exact']) t[type] = { tp: 0, pred: 0, gold: 0 };
  for (const { buckets, labels } of data) {
    const pred = labelsToSpans(decode(model, buckets));
    const gold = labelsToSpans(labels);
    const used = new Set();
    for (const p of pred) {
      t[p.type].pred++;
      t.exact.pred++;
      const g = gold.findIndex((g, i) => !used.has(i) && g.type === p.type && g.s < p.e && p.s < g.e);
      if (g >= 0) {
        used.add(g);
        t[p.type].tp++;
        if (gold[g].s === p.s && gold[g].e === p.e) t.exact.tp++;
      }
    }
    for (const g of gold) {
      t[g.type].gold++;
      t.exact.gold++;
    }
  }
  return t;
}

const f1 = ({ tp, pred, gold }) => (pred + gold ? (2 * tp) / (pred + gold) : 0);
const sentences = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((s) => s.id.startsWith('dev-'));
const data = sentences.map(examples);

if (FOLDS > 1) {
  const sum = {};
  for (let k = 0; k < FOLDS; k++) {
    const model = train(data.filter((_, i) => i % FOLDS !== k).flat());
    const t = score(model, data.filter((_, i) => i % FOLDS === k).flat());
    for (const [type, v] of Object.entries(t)) {
      sum[type] ??= { tp: 0, pred: 0, gold: 0 };
      for (const x of ['tp', 'pred', 'gold']) sum[type][x] += v[x];
    }
  }
  console.log(`${FOLDS}-fold cross-validation inside dev-* (tagger spans alone), epochs ${EPOCHS}, bits ${BITS}`);
  for (const [type, v] of Object.entries(sum)) console.log(`  ${type.padEnd(6)} F1 ${f1(v).toFixed(3)}`);
} else {
  const model = train(data.flat());
  writeFileSync(OUT, encodeModel(model));
  console.log(`wrote ${OUT.replace(root, '')}: ${data.flat().length} sentences, epochs ${EPOCHS}, bits ${BITS}`);
}
