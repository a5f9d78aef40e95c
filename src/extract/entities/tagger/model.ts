// The learned entity tagger's model: hashed feature weights per BIO label plus a label-transition
// table, its file format (src/data/entity-tagger.bin), and Viterbi decoding over it in JavaScript,
// which training uses; the shipped model runs in WebAssembly (wasm.ts). Trained by
// scripts/train-entities.mjs (an averaged structured perceptron on the dev-* corpus sentences).
import type { SentenceFeatures } from './features.js';

/** BIO labels over syllable tokens; index 0 is outside. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export const LABEL_COUNT = LABELS.length;

export interface TaggerWeights {
  /** log2 of the number of feature buckets. */
  bits: number;
  /** bucket * LABEL_COUNT + label; with `rowOf`, row * LABEL_COUNT + label instead. */
  weights: ArrayLike<number>;
  /** Bucket → row of `weights` (row 0 is all zeros), when only the buckets with weights are kept. */
  rowOf?: ArrayLike<number>;
  /** Factor that turns `weights` into scores (quantised files store 16-bit integers). */
  scale: number;
  /** (previous label + 1) * LABEL_COUNT + label; previous -1 is the sentence start. */
  transitions: ArrayLike<number>;
}

/** `I-X` only continues `B-X` or `I-X`: BIO spans are well formed by construction. */
export function allowed(prev: number, label: number): boolean {
  if (label === 0 || label % 2 === 1) return true;
  return prev === label || prev === label - 1;
}

/** Transition scores with the forbidden pairs at -Infinity, so the decoder needs no test. */
export function transitionTable(model: Pick<TaggerWeights, 'transitions'>): Float64Array {
  const L = LABEL_COUNT;
  const table = new Float64Array((L + 1) * L);
  for (let p = -1; p < L; p++) {
    for (let y = 0; y < L; y++) table[(p + 1) * L + y] = allowed(p, y) ? (model.transitions[(p + 1) * L + y] as number) : -Infinity;
  }
  return table;
}

const TABLES = new WeakMap<TaggerWeights, Float64Array>();

/** Reused score buffers (two of them), grown as sentences need: no allocation per sentence. */
const SCRATCH: Float64Array[] = [new Float64Array(1024), new Float64Array(1024)];

function scratch(which: 0 | 1, size: number): Float64Array {
  if ((SCRATCH[which] as Float64Array).length < size) SCRATCH[which] = new Float64Array(size * 2);
  return SCRATCH[which] as Float64Array;
}

/** The best label sequence for a sentence's features (token i's buckets at offsets[i]..offsets[i+1]). */
export function decode(model: TaggerWeights, features: SentenceFeatures, fresh = false): number[] {
  const n = features.offsets.length - 1;
  if (n <= 0) return [];
  let trans = fresh ? undefined : TABLES.get(model);
  if (!trans) {
    trans = transitionTable(model);
    // Training changes the weights between calls and asks for a fresh table.
    if (!fresh) TABLES.set(model, trans);
  }
  return viterbi(emissions(model, features, n), trans, n);
}

/** Each token's score for each label: its buckets' weights summed, then scaled. */
function emissions(model: TaggerWeights, features: SentenceFeatures, n: number): Float64Array {
  const { buckets, offsets } = features;
  const w = model.weights;
  const rowOf = model.rowOf;
  const scale = model.scale;
  const emit = scratch(0, n * LABEL_COUNT);
  for (let i = 0; i < n; i++) {
    // The seven labels (LABEL_COUNT) unrolled: this loop is most of the tagger's time.
    let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0;
    const end = offsets[i + 1] as number;
    for (let k = offsets[i] as number; k < end; k++) {
      const b = (rowOf ? (rowOf[buckets[k] as number] as number) : (buckets[k] as number)) * 7;
      e0 += w[b] as number;
      e1 += w[b + 1] as number;
      e2 += w[b + 2] as number;
      e3 += w[b + 3] as number;
      e4 += w[b + 4] as number;
      e5 += w[b + 5] as number;
      e6 += w[b + 6] as number;
    }
    const o = i * 7;
    emit[o] = e0 * scale;
    emit[o + 1] = e1 * scale;
    emit[o + 2] = e2 * scale;
    emit[o + 3] = e3 * scale;
    emit[o + 4] = e4 * scale;
    emit[o + 5] = e5 * scale;
    emit[o + 6] = e6 * scale;
  }
  return emit;
}

/** Viterbi over the emissions and the transition table; ties keep the lower label. */
function viterbi(emit: Float64Array, trans: Float64Array, n: number): number[] {
  const L = LABEL_COUNT;
  const score = scratch(1, n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = (emit[y] as number) + (trans[y] as number);
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = (score[(i - 1) * L + p] as number) + (trans[(p + 1) * L + y] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + (emit[i * L + y] as number);
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if ((score[(n - 1) * L + k] as number) > (score[(n - 1) * L + y] as number)) y = k;
  const out = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    y = back[i * L + y] as number;
  }
  return out;
}

// File layout (little-endian): `ENT3`, bits (u32), label count (u32), scale (f32), transitions
// ((L+1)*L f32), row count N (u32), the row of each bucket (2^bits u16, 0 = no weights), then
// rows 1..N of L weights (i16, multiplied by scale when read). A perceptron updates few buckets
// (about one in nine), so the file is about 0.46 MB, and reading it needs no loop over the weights:
// the WebAssembly decoder reads both tables where the file's bytes lie (wasm.ts).
const MAGIC = 0x33544e45;
const HEADER = 16 + (LABEL_COUNT + 1) * LABEL_COUNT * 4 + 4;

/** The model as bytes; weights quantised to 16 bits, buckets without weights left out. */
export function encodeModel(model: TaggerWeights): Uint8Array {
  const L = LABEL_COUNT;
  const buckets = 1 << model.bits;
  let max = 0;
  for (let k = 0; k < buckets * L; k++) max = Math.max(max, Math.abs((model.weights[k] as number) * model.scale));
  const scale = max > 0 ? max / 32767 : 1;
  const q = (k: number) => Math.round(((model.weights[k] as number) * model.scale) / scale);
  const rows: number[] = [];
  for (let b = 0; b < buckets; b++) {
    for (let y = 0; y < L; y++) {
      if (q(b * L + y) !== 0) {
        rows.push(b);
        break;
      }
    }
  }
  if (rows.length >= 0xffff) throw new Error('entity tagger: too many weighted buckets for 16-bit rows; raise bits');
  const rowStart = HEADER + buckets * 2;
  const view = new DataView(new ArrayBuffer(rowStart + (rows.length + 1) * L * 2));
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, model.bits, true);
  view.setUint32(8, L, true);
  view.setFloat32(12, scale, true);
  for (let k = 0; k < (L + 1) * L; k++) view.setFloat32(16 + k * 4, model.transitions[k] as number, true);
  view.setUint32(HEADER - 4, rows.length, true);
  rows.forEach((b, r) => {
    view.setUint16(HEADER + b * 2, r + 1, true);
    for (let y = 0; y < L; y++) view.setInt16(rowStart + ((r + 1) * L + y) * 2, q(b * L + y), true);
  });
  return new Uint8Array(view.buffer);
}

/** What the file's header says, when its bytes are a model this code reads. */
export interface ModelHeader {
  bits: number;
  scale: number;
  /** Number of weighted rows (row 0, all zeros, not counted). */
  rows: number;
  transitions: Float32Array;
  /** Byte offsets in the file of the bucket → row table and of the rows. */
  rowOfAt: number;
  rowsAt: number;
}

export function readHeader(bytes: Uint8Array): ModelHeader | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const L = LABEL_COUNT;
  if (bytes.byteLength < HEADER || view.getUint32(0, true) !== MAGIC || view.getUint32(8, true) !== L) return undefined;
  const bits = view.getUint32(4, true);
  const rows = view.getUint32(HEADER - 4, true);
  const rowsAt = HEADER + (1 << bits) * 2;
  if (bits > 20 || bytes.byteLength !== rowsAt + (rows + 1) * L * 2) return undefined;
  const transitions = new Float32Array((L + 1) * L);
  for (let k = 0; k < transitions.length; k++) transitions[k] = view.getFloat32(16 + k * 4, true);
  return { bits, scale: view.getFloat32(12, true), rows, transitions, rowOfAt: HEADER, rowsAt };
}

/** The model file's bytes as JavaScript tables (a copy), for tests and tools; the CLI reads it in WebAssembly. */
export function decodeModel(bytes: Uint8Array): TaggerWeights | undefined {
  const header = readHeader(bytes);
  // The typed-array views read the file's little-endian numbers as they are: little-endian hosts only.
  if (!header || new Uint8Array(Uint16Array.of(1).buffer)[0] !== 1) return undefined;
  const { bits, scale, rows, transitions } = header;
  // One aligned copy of both tables (`new Uint8Array(view)` copies).
  const own = new Uint8Array(bytes.subarray(HEADER)).buffer;
  const rowOf = new Uint16Array(own, 0, 1 << bits);
  const weights = new Int16Array(own, header.rowsAt - HEADER, (rows + 1) * LABEL_COUNT);
  return { bits, weights, rowOf, scale, transitions };
}
