// Our decoder of vntk's CRF models: the compact form of a CRFsuite first-order model
// (crf-compact.ts documents it and converts vntk's files; `npm run build` does it once) and
// crfsuite's Viterbi. It reproduces crfsuite 0.12's tagger exactly: the same attributes, the
// same summation order of the state weights, the same tie-breaking, so its labels equal the
// native addon's (scripts/parity.mjs). The loops run in WebAssembly (assembly/crf.ts →
// src/data/crf.wasm) over the model bytes in its linear memory: at machine speed from the first
// call, where JavaScript would spend a cold start in the interpreter.

import { COMPACT_HEADER, compactModel } from './crf-compact.js';
import { align8, crf, keep, keepFile, memoryBytes, reserve, scratch, writeUtf8 } from './crf-wasm.js';

export interface CrfModel {
  labels: string[];
  /** Number of attributes in the model (those our templates can ask for). */
  attributeCount: number;
  /** Address of the model in the decoder's memory (crf-wasm.ts), for look-ups from WebAssembly (features.ts). */
  address: number;
  /** The record address of a feature string (`T[0].lower=nhà`, after attributeKey), or -1. */
  lookup(attribute: string): number;
  /**
   * Label ids of n items whose records (n × perItem addresses, 0 for none) are in the decoder's
   * memory at `records`; the buffers it needs go after their end.
   */
  decode(records: number, n: number, perItem: number): Uint16Array;
}

/**
 * A model from its bytes, copied into the decoder's memory: a compact model, or a CRFsuite file,
 * compacted first, whose features are `prefixes[k]` + value.
 */
export function readCrfModel(bytes: Uint8Array, prefixes: readonly string[]): CrfModel {
  const compact = String.fromCharCode(...bytes.subarray(0, 4)) === 'CRFC' ? bytes : compactModel(bytes, prefixes);
  return parseModel(keep(compact), compact.length, prefixes);
}

/** Reads a compact model file straight into the decoder's memory. */
export function loadCrfModel(path: string | URL, prefixes: readonly string[]): CrfModel {
  const { at, size } = keepFile(path);
  return parseModel(at, size, prefixes);
}

function parseModel(address: number, size: number, prefixes: readonly string[]): CrfModel {
  // A view for parsing only: keeping more below may grow the memory and detach it.
  const bytes = memoryBytes().subarray(address, address + size);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  if (size < COMPACT_HEADER || String.fromCharCode(...bytes.subarray(0, 4)) !== 'CRFC' || u32(4) !== 1) throw new Error('not a compact CRF model');
  if (u32(20) !== prefixes.length) throw new Error('compact CRF model made for other templates');
  const L = u32(8);
  const attributeCount = u32(12);
  const labels = new TextDecoder('utf-8').decode(bytes.subarray(u32(32), u32(32) + u32(36))).split('\n').slice(0, L);
  const transitions = address + u32(28);

  const lookup = (attribute: string): number => {
    const eq = attribute.indexOf('=');
    const template = prefixes.indexOf(attribute.slice(0, eq + 1));
    if (eq < 0 || template < 0) return -1;
    const at = scratch();
    const length = writeUtf8(attribute.slice(eq + 1), at);
    return crf().lookupRecord(address, template, at, length) || -1;
  };

  const decode = (records: number, n: number, perItem: number): Uint16Array => {
    if (n === 0 || L === 0) return new Uint16Array(n);
    const state = align8(records + 4 * n * perItem);
    reserve(state + 8 * n * L).fill(0, state, state + 8 * n * L);
    crf().accumulate(records, n, perItem, state, L);
    return viterbiAt(state, transitions, n, L);
  };

  return { labels, attributeCount, address, lookup, decode };
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
