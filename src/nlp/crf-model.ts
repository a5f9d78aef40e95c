// A reader for CRFsuite's first-order model files ("lCRF"/"FOMC", as vntk ships) and its Viterbi decoder.
// It reproduces crfsuite 0.12's tagger exactly: same attribute look-up, same summation order of the
// state weights, same tie-breaking, so its labels equal the native addon's (scripts/parity.mjs).
// The loops run in WebAssembly (assembly/crf.ts → src/data/crf.wasm) over the model bytes copied
// into its linear memory: at machine speed from the first call, where JavaScript would spend a
// cold start in the interpreter, and with none of the addon's per-string marshalling.
//
// File layout (crfsuite lib/crf/src/crf1d_model.c, little-endian):
//   header (48 bytes): "lCRF", size, "FOMC", version, num_features, num_labels, num_attrs,
//     off_features, off_labels, off_attrs, off_labelrefs, off_attrrefs
//   FEAT chunk: "FEAT", size, num, then num × {type u32, src u32, dst u32, weight f64}
//   LFRF / AFRF chunks: "xFRF", size, num, num × u32 offset → {count u32, count × fid u32}
//   label and attribute CQDB (lib/cqdb/src/cqdb.c): "CQDB", size, flag, byteorder, bwd_size,
//     bwd_offset, 256 hash-table refs; the backward array gives, per id, the offset of a record
//     {id u32, ksize u32, key bytes with a trailing NUL}.

import { align8, crf, keep, keepFile, memoryBytes, reserve, scratch, writeUtf8 } from './crf-wasm.js';

const HEADER_SIZE = 48;
const CHUNK_SIZE = 12;
const FEATURE_SIZE = 20;

export interface CrfModel {
  labels: string[];
  /** Number of attributes in the model. */
  attributeCount: number;
  /** Address of its attribute CQDB in the decoder's memory (crf-wasm.ts), for look-ups from WebAssembly (features.ts). */
  attributes: number;
  /** Attribute id of a feature string (after attributeKey), or -1: crfsuite's own CQDB hash look-up. */
  lookup(attribute: string): number;
  /**
   * Label ids of n items whose attribute ids (n × perItem, -1 for none) are in the decoder's
   * memory at `aids`; the buffers it needs go after `aids`' end.
   */
  decode(aids: number, n: number, perItem: number): Uint16Array;
}

/** Bob Jenkins' lookup3 `hashlittle` of `key`, the CQDB hash, computed by the WebAssembly code. */
export function hashlittle(key: Uint8Array, length: number, initval: number): number {
  const at = scratch();
  reserve(at + length).set(key.subarray(0, length), at);
  return crf().hashlittle(at, length, initval) >>> 0;
}

function checkCqdb(bytes: Uint8Array, at: number): void {
  if (String.fromCharCode(...bytes.subarray(at, at + 4)) !== 'CQDB') throw new Error('bad CRFsuite CQDB chunk');
}

/** Every string of a CQDB by id, through its backward array (used for the few labels). */
function cqdbStrings(bytes: Uint8Array, view: DataView, at: number): string[] {
  checkCqdb(bytes, at);
  const count = view.getUint32(at + 16, true);
  const backward = view.getUint32(at + 20, true);
  const decoder = new TextDecoder('utf-8');
  const out: string[] = new Array(count);
  for (let id = 0; id < count; id++) {
    const record = view.getUint32(at + backward + 4 * id, true);
    const size = record === 0 ? 1 : view.getUint32(at + record + 4, true);
    const start = at + record + 8;
    // ksize counts the trailing NUL.
    out[id] = record === 0 ? '' : decoder.decode(bytes.subarray(start, start + size - 1));
  }
  return out;
}

/** Parses a crfsuite model file (the bytes of vntk's `model.bin`), copied into the decoder's memory. */
export function readCrfModel(bytes: Uint8Array): CrfModel {
  return parseModel(keep(bytes), bytes.length);
}

/** Reads a crfsuite model file straight into the decoder's memory and parses it there. */
export function loadCrfModel(path: string | URL): CrfModel {
  const { at, size } = keepFile(path);
  return parseModel(at, size);
}

function parseModel(address: number, size: number): CrfModel {
  // A view for parsing only: keeping the transitions below may grow the memory and detach it.
  const bytes = memoryBytes().subarray(address, address + size);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < HEADER_SIZE || tag(0) !== 'lCRF' || tag(8) !== 'FOMC') throw new Error('not a CRFsuite FOMC model');
  const u32 = (at: number) => view.getUint32(at, true);
  const numLabels = u32(20);
  const numAttrs = u32(24);
  const offFeatures = u32(28);
  const offLabels = u32(32);
  const offAttrs = u32(36);
  const offLabelRefs = u32(40);
  const offAttrRefs = u32(44);
  if (tag(offFeatures) !== 'FEAT' || tag(offLabelRefs) !== 'LFRF' || tag(offAttrRefs) !== 'AFRF') {
    throw new Error('bad CRFsuite model chunks');
  }
  checkCqdb(bytes, offAttrs);
  const labels = cqdbStrings(bytes, view, offLabels).slice(0, numLabels);
  const L = numLabels;

  // into[j * L + i]: the weight of the transition i → j (crfsuite assigns, not adds, each one),
  // contiguous per target label for the Viterbi inner loop.
  const into = new Float64Array(L * L);
  for (let i = 0; i < L; i++) {
    const at = u32(offLabelRefs + CHUNK_SIZE + 4 * i);
    const n = u32(at);
    for (let r = 0; r < n; r++) {
      const f = offFeatures + CHUNK_SIZE + FEATURE_SIZE * u32(at + 4 + 4 * r);
      into[u32(f + 8) * L + i] = view.getFloat64(f + 12, true);
    }
  }

  const transitions = keep(new Uint8Array(into.buffer));
  const attributes = address + offAttrs;

  const lookup = (attribute: string): number => {
    const at = scratch();
    const length = writeUtf8(attribute, at);
    memoryBytes()[at + length] = 0;
    return crf().cqdbLookup(attributes, at, length);
  };

  const decode = (aids: number, n: number, perItem: number): Uint16Array => {
    if (n === 0 || L === 0) return new Uint16Array(n);
    const state = align8(aids + 4 * n * perItem);
    reserve(state + 8 * n * L).fill(0, state, state + 8 * n * L);
    crf().accumulate(address, aids, n, perItem, state, L);
    return viterbiAt(state, transitions, n, L);
  };

  return { labels, attributeCount: numAttrs, attributes, lookup, decode };
}

/** Viterbi over n × L state scores at `state`, `into` as in parseModel; its buffers go after the scores. */
function viterbiAt(state: number, into: number, n: number, L: number): Uint16Array {
  const score = state + 8 * n * L;
  const back = score + 8 * n * L;
  const out = align8(back + 2 * n * L);
  reserve(out + 2 * n);
  crf().viterbi(state, into, n, L, score, back, out);
  return new Uint16Array(memoryBytes().buffer.slice(out, out + 2 * n));
}

/**
 * Viterbi labels of n items from their state scores (`state[t * L + label]`) and transition
 * weights (`trans[from * L + to]`): the decoder CrfModel.decode runs after summing the weights.
 */
export function viterbi(state: Float64Array, trans: Float64Array, n: number, L: number): Uint16Array {
  if (n === 0 || L === 0) return new Uint16Array(n);
  const into = new Float64Array(L * L);
  for (let i = 0; i < L; i++) for (let j = 0; j < L; j++) into[j * L + i] = trans[i * L + j] as number;
  const intoAt = scratch();
  const stateAt = intoAt + 8 * L * L;
  const memory = reserve(stateAt + 8 * n * L);
  new Float64Array(memory.buffer, intoAt, L * L).set(into);
  new Float64Array(memory.buffer, stateAt, n * L).set(state.subarray(0, n * L));
  return viterbiAt(stateAt, intoAt, n, L);
}

/**
 * crfsuite's attribute look-up of a JavaScript feature string: the addon converts it to UTF-8
 * (a lone surrogate becomes U+FFFD) and looks it up as a C string (cut at the first NUL).
 */
export function attributeKey(feature: string): string {
  const nul = feature.indexOf('\u0000');
  const cut = nul >= 0 ? feature.slice(0, nul) : feature;
  return cut.isWellFormed() ? cut : cut.toWellFormed();
}
