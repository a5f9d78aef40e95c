// The shipped entity tagger run in WebAssembly (assembly/crf.ts `taggerDecode`), beside the CRF
// models in the decoder's memory: a cold start runs it at machine speed, where model.ts's decode
// would spend the first article in V8's interpreter (boxing a number at each step of Viterbi).
// The labels equal model.ts's decode (tests/entities-tagger.test.ts); training uses that one.
import { align8, crf, keep, keepFile, memoryBytes, reserve, scratch } from '../../../nlp/crf-wasm.js';
import { dataUrl } from '../../../util/data.js';
import type { SentenceFeatures } from './features.js';
import { LABEL_COUNT, readHeader, transitionTable } from './model.js';

/** The model's tables as addresses in the decoder's memory. */
export interface WasmTagger {
  bits: number;
  rowOf: number;
  weights: number;
  scale: number;
  trans: number;
}

let loaded: WasmTagger | null | undefined;

/** The shipped model (src/data/entity-tagger.bin), or null when it is missing or unreadable. */
export function wasmTagger(): WasmTagger | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  try {
    const { at, size } = keepFile(dataUrl('entity-tagger.bin'));
    const header = readHeader(memoryBytes().subarray(at, at + size));
    if (header) {
      const trans = keep(new Uint8Array(transitionTable(header).buffer));
      loaded = { bits: header.bits, rowOf: at + header.rowOfAt, weights: at + header.rowsAt, scale: header.scale, trans };
    }
  } catch {
    // The rules work alone.
  }
  return loaded;
}

/** The best label of each token (indexes into LABELS). */
export function decodeInWasm(model: WasmTagger, features: SentenceFeatures): number[] {
  const n = features.offsets.length - 1;
  if (n <= 0) return [];
  const buckets = scratch();
  const offsets = align8(buckets + 4 * features.buckets.length);
  const score = align8(offsets + 4 * (n + 1));
  const back = score + 8 * LABEL_COUNT * n;
  const out = back + LABEL_COUNT * n;
  const memory = reserve(out + n).buffer;
  new Uint32Array(memory, buckets, features.buckets.length).set(features.buckets);
  new Uint32Array(memory, offsets, n + 1).set(features.offsets);
  crf().taggerDecode(model.rowOf, model.weights, model.scale, model.trans, buckets, offsets, n, score, back, out);
  return Array.from(memoryBytes().subarray(out, out + n));
}
