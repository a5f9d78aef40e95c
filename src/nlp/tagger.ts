// The one adapter over vntk's CRF models (our decoder or the crfsuite addon): segmentation, POS, chunking and NER.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Span, Word } from '../types.js';
import { loadCrfModel } from './crf-model.js';
import type { CrfModel } from './crf-model.js';
import { chunkFeatures, nerFeatures, posFeatures, segmentFeatures, stageFeatureIds, templateCount } from './features.js';
import type { Stage } from './features.js';
import { tokenize } from './tokenize.js';

/** How far to tag: `ner` fills pos and ner, `all` also chunk. */
export type TagLevel = 'segment' | 'pos' | 'chunk' | 'ner' | 'all';

interface CrfTagger {
  open(path: string): boolean;
  tag(xseq: string[][]): string[];
}

export type ModelName = 'word_tokenizer' | 'pos_tag' | 'chunking' | 'ner';

const MODEL_OF: Record<Stage, ModelName> = { segment: 'word_tokenizer', pos: 'pos_tag', chunk: 'chunking', ner: 'ner' };

/**
 * `wasm` (the default) decodes vntk's model files with our own reader, look-up and Viterbi
 * (crf-model.ts, in WebAssembly), which give crfsuite's labels exactly (scripts/parity.mjs);
 * `crfsuite` runs the native addon vntk itself uses. Ours is faster cold and warm: the addon
 * converts every feature string through N-API (~0.4 µs each, 24 000 for a short article's
 * segmentation alone), where ours writes each group's values once and composes the features in
 * WebAssembly (bench/segment.mjs). The addon stays for the parity checks and the bench.
 */
export type CrfBackend = 'wasm' | 'crfsuite';

let backend: CrfBackend = 'wasm';

/** Chooses the CRF implementation for later calls (parity script, tests and bench compare them). */
export function setCrfBackend(choice: CrfBackend): void {
  backend = choice;
}

const require = createRequire(import.meta.url);

let TaggerClass: (new () => CrfTagger) | undefined;
const nativeTaggers = new Map<ModelName, CrfTagger>();
const ownModels = new Map<ModelName, CrfModel>();

function loadCrfsuite(): new () => CrfTagger {
  if (TaggerClass === undefined) {
    // crfsuite's index.js finds its addon through node-pre-gyp, which costs ~90 ms of start-up;
    // the addon sits in lib/binding/<napi label>/, so load it directly when it is there.
    let binding: { Tagger: new () => CrfTagger } | undefined;
    try {
      const root = join(dirname(require.resolve('crfsuite/package.json')), 'lib', 'binding');
      for (const label of readdirSync(root)) {
        try {
          binding = require(join(root, label, 'crfsuite.node')) as { Tagger: new () => CrfTagger };
          break;
        } catch {
          // Not an addon for this Node: try the next label, then crfsuite's own loader.
        }
      }
    } catch {
      // No prebuilt directory: fall back to crfsuite's own loader.
    }
    binding ??= require('crfsuite') as { Tagger: new () => CrfTagger };
    TaggerClass = binding.Tagger;
  }
  return TaggerClass;
}

/** Path of one of vntk's model files (vntk stays the package that ships them). */
export function modelPath(name: ModelName): string {
  return join(dirname(require.resolve('vntk/package.json')), 'lib', name, 'model.bin');
}

function nativeTagger(name: ModelName): CrfTagger {
  let tagger = nativeTaggers.get(name);
  if (tagger === undefined) {
    const Tagger = loadCrfsuite();
    tagger = new Tagger();
    const path = modelPath(name);
    if (!tagger.open(path)) throw new Error(`cannot open vntk model ${path}`);
    nativeTaggers.set(name, tagger);
  }
  return tagger;
}

function ownModel(stage: Stage): CrfModel {
  const name = MODEL_OF[stage];
  let model = ownModels.get(name);
  if (model === undefined) {
    model = loadCrfModel(modelPath(name));
    ownModels.set(name, model);
  }
  return model;
}

/** Which models have been loaded so far, by either backend (for tests of lazy loading). */
export function loadedModels(): string[] {
  return [...new Set([...ownModels.keys(), ...nativeTaggers.keys()])];
}

const FEATURE_STRINGS: Record<Stage, (columns: readonly (readonly string[])[]) => string[][]> = {
  segment: (c) => segmentFeatures(c[0] ?? []),
  pos: (c) => posFeatures(c[0] ?? []),
  chunk: (c) => chunkFeatures(c[0] ?? [], c[1] ?? []),
  ner: (c) => nerFeatures(c[0] ?? [], c[1] ?? []),
};

function tagSequence(stage: Stage, columns: readonly (readonly string[])[]): string[] {
  const n = columns[0]?.length ?? 0;
  // crfsuite is never called with an empty sequence.
  if (n === 0) return [];
  if (backend === 'crfsuite') return nativeTagger(MODEL_OF[stage]).tag(FEATURE_STRINGS[stage](columns));
  const model = ownModel(stage);
  const ids = model.decode(stageFeatureIds(stage, columns, model.attributes), n, templateCount(stage));
  return Array.from(ids, (id) => model.labels[id] ?? '');
}

// A sentence longer than this (a 5 MB line without a full stop) is tagged in pieces of this many
// tokens, so memory stays bounded; vntk tags it whole. No real sentence comes near it.
const MAX_SEQUENCE = 4000;

/** Labels of one stage: `columns[c][i]` is column c (word, then POS) of item i. */
function labelsOf(stage: Stage, columns: readonly (readonly string[])[]): string[] {
  const n = columns[0]?.length ?? 0;
  if (n <= MAX_SEQUENCE) return tagSequence(stage, columns);
  const out: string[] = [];
  for (let i = 0; i < n; i += MAX_SEQUENCE) {
    for (const label of tagSequence(stage, columns.map((c) => c.slice(i, i + MAX_SEQUENCE)))) out.push(label);
  }
  return out;
}

/** Segmentation labels (`BW` begins a word, `IW` continues it) for syllable strings. */
function segmentLabels(syllables: readonly string[]): string[] {
  return labelsOf('segment', [syllables]);
}

function posLabels(words: readonly string[]): string[] {
  return labelsOf('pos', [words]);
}

function chunkLabels(words: readonly string[], pos: readonly string[]): string[] {
  return labelsOf('chunk', [words, pos]);
}

function nerLabels(words: readonly string[], pos: readonly string[]): string[] {
  return labelsOf('ner', [words, pos]);
}

/**
 * Words of `text.slice(span.start, span.end)` with offsets into `text`, tagged up to `level`:
 * `segment` (pos/chunk/ner empty), `pos` (pos filled), `chunk` (pos and chunk), `ner` (pos and
 * ner: chunk is not needed for it), `all` (pos, chunk and ner).
 * Uses vntk's tokenizer and models, so the words and tags equal vntk's (see scripts/parity.mjs).
 * One difference: vntk drops syllables that the model labels inside-word at the very start of
 * a sentence (it appends them to a word that does not exist); here they start the first word.
 */
export function tagSentence(text: string, span: Span, level: TagLevel): Word[] {
  const tokens = tokenize(text, span.start, span.end);
  if (tokens.length === 0) return [];
  const labels = segmentLabels(tokens.map((t) => t.text));
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
  const pos = posLabels(texts);
  words.forEach((w, i) => {
    w.pos = pos[i] ?? '';
  });
  if (level === 'pos') return words;
  // vntk runs chunking before NER, but no NER template reads the chunk column: the NER labels
  // are the same without it, so the pipeline does not pay for a pass nothing reads.
  if (level === 'chunk' || level === 'all') {
    const chunk = chunkLabels(texts, pos);
    words.forEach((w, i) => {
      w.chunk = chunk[i] ?? '';
    });
    if (level === 'chunk') return words;
  }
  const ner = nerLabels(texts, pos);
  words.forEach((w, i) => {
    w.ner = ner[i] ?? '';
  });
  return words;
}

// ---- vntk-format helpers (parity script, tests, bench) ----

/** vntk's `wordTokenizer.tag(text)`: words as strings, syllables joined by single spaces. */
export function segment(text: string): string[] {
  const syllables = tokenize(text).map((t) => t.text);
  const labels = segmentLabels(syllables);
  const words: string[] = [];
  // vntk appends an inside-word syllable to `output[output.length - 1]`; before the first word
  // that index is -1, an array property, so the syllable is lost. Reproduced here.
  let lost = true;
  syllables.forEach((s, i) => {
    if (labels[i] === 'IW') {
      if (!lost) words[words.length - 1] += ` ${s}`;
    } else {
      words.push(s);
      lost = false;
    }
  });
  return words;
}

/** vntk's `wordTokenizer.tag(text, 'text')`: words joined by spaces, the FIRST space of each word as `_`. */
export function segmentToString(text: string): string {
  return segment(text)
    .map((w) => w.replace(' ', '_'))
    .join(' ');
}

/** vntk's `posTag.tag(text)`: `[word, pos]` pairs. */
export function posTag(text: string): [string, string][] {
  const words = segment(text);
  const pos = posLabels(words);
  return words.map((w, i) => [w, pos[i] ?? '']);
}

/** vntk's `chunking.tag(text)`: `[word, pos, chunk]` triples. */
export function chunkTag(text: string): [string, string, string][] {
  const tagged = posTag(text);
  const words = tagged.map((t) => t[0]);
  const pos = tagged.map((t) => t[1]);
  const chunk = chunkLabels(words, pos);
  return tagged.map(([w, p], i) => [w, p, chunk[i] ?? '']);
}

/** vntk's `ner.tag(text)`: `[word, pos, chunk, ner]` rows. */
export function nerTag(text: string): [string, string, string, string][] {
  const tagged = chunkTag(text);
  const words = tagged.map((t) => t[0]);
  const pos = tagged.map((t) => t[1]);
  const ner = nerLabels(words, pos);
  return tagged.map(([w, p, c], i) => [w, p, c, ner[i] ?? '']);
}
