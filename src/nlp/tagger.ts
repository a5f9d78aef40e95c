// The one adapter over vntk's CRF models, through our decoder (crf-model.ts, in WebAssembly):
// segmentation, POS, chunking and NER. Our decoder gives crfsuite's labels exactly; the crfsuite
// addon vntk itself uses is only the reference of the parity tests and the bench
// (scripts/lib/crf-reference.mjs), never loaded here.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Span, Word } from '../types.js';
import { dataUrl } from '../util/data.js';
import { loadCrfModel, readCrfModel } from './crf-model.js';
import type { CrfModel } from './crf-model.js';
import { stageFeatureIds, templateCount, templatePrefixes } from './features.js';
import type { Stage } from './features.js';
import { tokenize } from './tokenize.js';

export type { Stage } from './features.js';

/** How far to tag: `ner` fills pos and ner, `all` also chunk. */
export type TagLevel = 'segment' | 'pos' | 'chunk' | 'ner' | 'all';

export type ModelName = 'word_tokenizer' | 'pos_tag' | 'chunking' | 'ner';

export const MODEL_OF: Record<Stage, ModelName> = { segment: 'word_tokenizer', pos: 'pos_tag', chunk: 'chunking', ner: 'ner' };

/**
 * Labels of one stage for one sequence: `columns[c][i]` is column c (word, then POS) of item i.
 * Our decoder is the only one at run time; the parity tests pass crfsuite's in its place.
 */
export type Labeller = (stage: Stage, columns: readonly (readonly string[])[]) => string[];

const require = createRequire(import.meta.url);
const ownModels = new Map<ModelName, CrfModel>();

/** Path of one of vntk's model files (vntk stays the package that ships them). */
export function modelPath(name: ModelName): string {
  return join(dirname(require.resolve('vntk/package.json')), 'lib', name, 'model.bin');
}

/** Where `npm run build` writes a model's compact form (crf-compact.ts). */
export function compactModelUrl(name: ModelName): URL {
  return dataUrl(`${name}.crfc`);
}

function ownModel(stage: Stage): CrfModel {
  const name = MODEL_OF[stage];
  let model = ownModels.get(name);
  if (model === undefined) {
    const compact = compactModelUrl(name);
    // Before a build (vitest reads src/), vntk's file is compacted in memory: the same model.
    model = existsSync(compact) ? loadCrfModel(compact, templatePrefixes(stage)) : readCrfModel(readFileSync(modelPath(name)), templatePrefixes(stage));
    ownModels.set(name, model);
  }
  return model;
}

/** Which models have been loaded so far (for tests of lazy loading). */
export function loadedModels(): string[] {
  return [...ownModels.keys()];
}

/** Our decoder: the model's labels for one sequence. */
export const ownLabels: Labeller = (stage, columns) => {
  const n = columns[0]?.length ?? 0;
  // crfsuite is never called with an empty sequence; neither is ours.
  if (n === 0) return [];
  const model = ownModel(stage);
  const ids = model.decode(stageFeatureIds(stage, columns, model.address), n, templateCount(stage));
  return Array.from(ids, (id) => model.labels[id] ?? '');
};

// A sentence longer than this (a 5 MB line without a full stop) is tagged in pieces of this many
// tokens, so memory stays bounded; vntk tags it whole. No real sentence comes near it.
const MAX_SEQUENCE = 4000;

/** Labels of one stage, a sequence longer than MAX_SEQUENCE tagged in pieces. */
export function labelsOf(stage: Stage, columns: readonly (readonly string[])[], labeller: Labeller = ownLabels): string[] {
  const n = columns[0]?.length ?? 0;
  if (n <= MAX_SEQUENCE) return labeller(stage, columns);
  const out: string[] = [];
  for (let i = 0; i < n; i += MAX_SEQUENCE) {
    for (const label of labeller(stage, columns.map((c) => c.slice(i, i + MAX_SEQUENCE)))) out.push(label);
  }
  return out;
}

/**
 * Words of `text.slice(span.start, span.end)` with offsets into `text`, tagged up to `level`:
 * `segment` (pos/chunk/ner empty), `pos` (pos filled), `chunk` (pos and chunk), `ner` (pos and
 * ner: chunk is not needed for it), `all` (pos, chunk and ner).
 * Uses vntk's tokenizer and models, so the words and tags equal vntk's (see scripts/parity.mjs).
 * One difference: vntk drops syllables that the model labels inside-word at the very start of
 * a sentence (it appends them to a word that does not exist); here they start the first word.
 */
export function tagSentence(text: string, span: Span, level: TagLevel, labeller: Labeller = ownLabels): Word[] {
  const tokens = tokenize(text, span.start, span.end);
  if (tokens.length === 0) return [];
  const labels = labelsOf('segment', [tokens.map((t) => t.text)], labeller);
  const words: Word[] = [];
  tokens.forEach((token, i) => {
    const last = words[words.length - 1];
    if (labels[i] === 'IW' && last !== undefined) {
      last.text += ` ${token.text}`;
      last.end = token.end;
    } else {
      words.push({ text: token.text, start: token.start, end: token.end, pos: '', chunk: '', ner: '' });
    }
  });
  if (level === 'segment') return words;
  const texts = words.map((w) => w.text);
  const pos = labelsOf('pos', [texts], labeller);
  words.forEach((w, i) => {
    w.pos = pos[i] ?? '';
  });
  if (level === 'pos') return words;
  // vntk runs chunking before NER, but no NER template reads the chunk column: the NER labels
  // are the same without it, so the pipeline does not pay for a pass nothing reads.
  if (level === 'chunk' || level === 'all') {
    const chunk = labelsOf('chunk', [texts, pos], labeller);
    words.forEach((w, i) => {
      w.chunk = chunk[i] ?? '';
    });
    if (level === 'chunk') return words;
  }
  const ner = labelsOf('ner', [texts, pos], labeller);
  words.forEach((w, i) => {
    w.ner = ner[i] ?? '';
  });
  return words;
}
