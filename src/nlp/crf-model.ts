// A reader for CRFsuite's first-order model files ("lCRF"/"FOMC", as vntk ships) and its Viterbi decoder.
// It reproduces crfsuite 0.12's tagger exactly: same attribute look-up, same summation order of the
// state weights, same tie-breaking, so its labels equal the native addon's (scripts/parity.mjs).
//
// File layout (crfsuite lib/crf/src/crf1d_model.c, little-endian):
//   header (48 bytes): "lCRF", size, "FOMC", version, num_features, num_labels, num_attrs,
//     off_features, off_labels, off_attrs, off_labelrefs, off_attrrefs
//   FEAT chunk: "FEAT", size, num, then num × {type u32, src u32, dst u32, weight f64}
//   LFRF / AFRF chunks: "xFRF", size, num, num × u32 offset → {count u32, count × fid u32}
//   label and attribute CQDB (lib/cqdb/src/cqdb.c): "CQDB", size, flag, byteorder, bwd_size,
//     bwd_offset, 256 hash-table refs; the backward array gives, per id, the offset of a record
//     {id u32, ksize u32, key bytes with a trailing NUL}.

const HEADER_SIZE = 48;
const CHUNK_SIZE = 12;
const FEATURE_SIZE = 20;

export interface CrfModel {
  labels: string[];
  /** Number of attributes in the model. */
  attributeCount: number;
  /** Attribute id of a feature string (after attributeKey), or -1: crfsuite's own CQDB hash look-up. */
  lookup(attribute: string): number;
  /** trans[i * L + j]: weight of the transition from label i to label j. */
  trans: Float64Array;
  /**
   * Adds the weights of attribute `aid`'s state features to `state[row + label]`, in file order
   * (read from the model bytes on demand: opening a model decodes nothing but its transitions).
   */
  addState(aid: number, state: Float64Array, row: number): void;
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

const rot = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** Bob Jenkins' lookup3 `hashlittle` (crfsuite lib/cqdb/src/lookup3.c), byte-wise variant. */
export function hashlittle(key: Uint8Array, length: number, initval: number): number {
  let a = (0xdeadbeef + length + initval) | 0;
  let b = a;
  let c = a;
  let k = 0;
  let rest = length;
  while (rest > 12) {
    a = (a + (key[k]! | (key[k + 1]! << 8) | (key[k + 2]! << 16) | (key[k + 3]! << 24))) | 0;
    b = (b + (key[k + 4]! | (key[k + 5]! << 8) | (key[k + 6]! << 16) | (key[k + 7]! << 24))) | 0;
    c = (c + (key[k + 8]! | (key[k + 9]! << 8) | (key[k + 10]! << 16) | (key[k + 11]! << 24))) | 0;
    // mix(a, b, c)
    a = (a - c) | 0; a ^= rot(c, 4); c = (c + b) | 0;
    b = (b - a) | 0; b ^= rot(a, 6); a = (a + c) | 0;
    c = (c - b) | 0; c ^= rot(b, 8); b = (b + a) | 0;
    a = (a - c) | 0; a ^= rot(c, 16); c = (c + b) | 0;
    b = (b - a) | 0; b ^= rot(a, 19); a = (a + c) | 0;
    c = (c - b) | 0; c ^= rot(b, 4); b = (b + a) | 0;
    rest -= 12;
    k += 12;
  }
  if (rest === 0) return c >>> 0;
  // The last block: bytes past the end count as 0, as the C switch's fall-through adds nothing for them.
  let word = 0;
  for (let i = Math.min(rest, 12) - 1; i >= 0; i--) {
    word = (word << 8) | key[k + i]!;
    if (i === 8) {
      c = (c + word) | 0;
      word = 0;
    } else if (i === 4) {
      b = (b + word) | 0;
      word = 0;
    }
  }
  a = (a + word) | 0;
  // final(a, b, c)
  c ^= b; c = (c - rot(b, 14)) | 0;
  a ^= c; a = (a - rot(c, 11)) | 0;
  b ^= a; b = (b - rot(a, 25)) | 0;
  c ^= b; c = (c - rot(b, 16)) | 0;
  a ^= c; a = (a - rot(c, 4)) | 0;
  b ^= a; b = (b - rot(a, 14)) | 0;
  c ^= b; c = (c - rot(b, 24)) | 0;
  return c >>> 0;
}

/**
 * crfsuite's `cqdb_to_id`: hash the key's UTF-8 bytes with their NUL, pick one of 256 tables,
 * probe linearly from (hash >> 8) % size until an empty bucket. Nothing is decoded up front,
 * so opening a model costs no more than reading the file.
 */
function cqdbLookup(bytes: Uint8Array, view: DataView, at: number): (key: string) => number {
  checkCqdb(bytes, at);
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(256);
  return (key) => {
    if (scratch.length < key.length * 3 + 1) scratch = new Uint8Array(key.length * 3 + 1);
    // encodeInto writes a lone surrogate as U+FFFD, as the addon's Utf8Value does.
    const length = encoder.encodeInto(key, scratch).written;
    scratch[length] = 0;
    const hash = hashlittle(scratch, length + 1, 0);
    const table = at + 24 + 8 * (hash % 256);
    const buckets = view.getUint32(table, true);
    const size = view.getUint32(table + 4, true);
    if (buckets === 0 || size === 0) return -1;
    for (let probe = (hash >>> 8) % size, tries = 0; tries < size; probe = (probe + 1) % size, tries++) {
      const bucket = at + buckets + 8 * probe;
      const offset = view.getUint32(bucket + 4, true);
      if (offset === 0) return -1;
      if (view.getUint32(bucket, true) !== hash) continue;
      const record = at + offset;
      if (view.getUint32(record + 4, true) !== length + 1) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        if (bytes[record + 8 + i] !== scratch[i]) {
          same = false;
          break;
        }
      }
      if (same) return view.getUint32(record, true);
    }
    return -1;
  };
}

/** Parses a crfsuite model file (the bytes of vntk's `model.bin`). */
export function readCrfModel(bytes: Uint8Array): CrfModel {
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

  const labels = cqdbStrings(bytes, view, offLabels).slice(0, numLabels);
  const lookup = cqdbLookup(bytes, view, offAttrs);

  // Feature fid: {type, src, dst u32; weight f64} at FEAT + 12 + 20 fid; only dst and weight matter here.
  const dstOf = (fid: number) => u32(offFeatures + CHUNK_SIZE + FEATURE_SIZE * fid + 8);
  const weightOf = (fid: number) => view.getFloat64(offFeatures + CHUNK_SIZE + FEATURE_SIZE * fid + 12, true);

  const L = numLabels;
  const trans = new Float64Array(L * L);
  for (let i = 0; i < L; i++) {
    const at = u32(offLabelRefs + CHUNK_SIZE + 4 * i);
    const n = u32(at);
    for (let r = 0; r < n; r++) {
      const fid = u32(at + 4 + 4 * r);
      // crfsuite assigns (not adds) each transition weight.
      trans[i * L + dstOf(fid)] = weightOf(fid);
    }
  }

  const addState = (aid: number, state: Float64Array, row: number): void => {
    if (aid < 0 || aid >= numAttrs) return;
    const at = u32(offAttrRefs + CHUNK_SIZE + 4 * aid);
    const n = u32(at);
    for (let r = 0; r < n; r++) {
      const fid = u32(at + 4 + 4 * r);
      const cell = row + dstOf(fid);
      state[cell] = (state[cell] as number) + weightOf(fid);
    }
  };
  return { labels, attributeCount: numAttrs, lookup, trans, addState };
}

/**
 * crfsuite's attribute look-up of a JavaScript feature string: the addon converts it to UTF-8
 * (a lone surrogate becomes U+FFFD) and looks it up as a C string (cut at the first NUL).
 */
export function attributeKey(feature: string): string {
  const nul = feature.indexOf('\u0000');
  const cut = nul >= 0 ? feature.slice(0, nul) : feature;
  return LONE_SURROGATE.test(cut) ? cut.replace(LONE_SURROGATE_ALL, '\uFFFD') : cut;
}

// Example: `a\uD800b` (with `u`, a surrogate pair is one code point and does not match).
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATE_ALL = /\p{Cs}/gu;

const transposedOf = new WeakMap<CrfModel, Float64Array>();

/** into[j * L + i] = trans[i * L + j]: the weights into label j, contiguous for the Viterbi inner loop. */
function transposed(model: CrfModel): Float64Array {
  let into = transposedOf.get(model);
  if (into === undefined) {
    const L = model.labels.length;
    into = new Float64Array(L * L);
    for (let i = 0; i < L; i++) for (let j = 0; j < L; j++) into[j * L + i] = model.trans[i * L + j] as number;
    transposedOf.set(model, into);
  }
  return into;
}

/**
 * Viterbi labels (ids) of a sequence of n items with `perItem` attribute slots each:
 * `aids[t * perItem + k]` is an attribute id or -1. Slots are summed in order, as crfsuite sums
 * an item's attributes in the order they were given.
 */
export function viterbi(model: CrfModel, aids: Int32Array, n: number, perItem: number): Uint16Array {
  const L = model.labels.length;
  const { addState } = model;
  const state = new Float64Array(n * L);
  for (let t = 0; t < n; t++) {
    const row = t * L;
    for (let k = t * perItem, end = k + perItem; k < end; k++) {
      const a = aids[k] as number;
      if (a >= 0) addState(a, state, row);
    }
  }

  const labels = new Uint16Array(n);
  if (n === 0 || L === 0) return labels;
  const into = transposed(model);
  const score = new Float64Array(n * L);
  const back = new Uint16Array(n * L);
  for (let j = 0; j < L; j++) score[j] = state[j] as number;
  for (let t = 1; t < n; t++) {
    const prev = (t - 1) * L;
    const cur = t * L;
    for (let j = 0; j < L; j++) {
      let best = -Number.MAX_VALUE;
      let arg = -1;
      const column = j * L;
      for (let i = 0; i < L; i++) {
        // The same sum as crfsuite's prev[i] + trans[i][j], read from a contiguous row.
        const s = (score[prev + i] as number) + (into[column + i] as number);
        // Strictly greater: ties keep the lowest label id, as in crfsuite.
        if (best < s) {
          best = s;
          arg = i;
        }
      }
      if (arg >= 0) back[cur + j] = arg;
      score[cur + j] = best + (state[cur + j] as number);
    }
  }
  let best = -Number.MAX_VALUE;
  let last = 0;
  for (let i = 0; i < L; i++) {
    const s = score[(n - 1) * L + i] as number;
    if (best < s) {
      best = s;
      last = i;
    }
  }
  labels[n - 1] = last;
  for (let t = n - 2; t >= 0; t--) labels[t] = back[(t + 1) * L + (labels[t + 1] as number)] as number;
  return labels;
}
