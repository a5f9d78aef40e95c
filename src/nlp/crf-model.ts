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
  /** Attribute string → attribute id. */
  attributes: Map<string, number>;
  /** trans[i * L + j]: weight of the transition from label i to label j. */
  trans: Float64Array;
  /** State features of attribute a: indexes refStart[a] .. refStart[a + 1] of refLabel/refWeight, in file order. */
  refStart: Uint32Array;
  refLabel: Uint16Array;
  refWeight: Float64Array;
}

function cqdbStrings(bytes: Uint8Array, view: DataView, at: number): string[] {
  if (String.fromCharCode(...bytes.subarray(at, at + 4)) !== 'CQDB') {
    throw new Error('bad CQDB chunk');
  }
  const count = view.getUint32(at + 16, true);
  const backward = view.getUint32(at + 20, true);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: string[] = new Array(count);
  for (let id = 0; id < count; id++) {
    const record = view.getUint32(at + backward + 4 * id, true);
    if (record === 0) {
      out[id] = '';
      continue;
    }
    const size = view.getUint32(at + record + 4, true);
    const start = at + record + 8;
    try {
      // ksize counts the trailing NUL.
      out[id] = decoder.decode(bytes.subarray(start, start + size - 1));
    } catch {
      // Not UTF-8: no JavaScript string can encode to these bytes, so no feature can match it.
      out[id] = '\u0000';
    }
  }
  return out;
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
  const attrNames = cqdbStrings(bytes, view, offAttrs);
  const attributes = new Map<string, number>();
  attrNames.forEach((name, id) => {
    if (name !== '\u0000' && !attributes.has(name)) attributes.set(name, id);
  });

  const feature = (fid: number) => {
    const at = offFeatures + CHUNK_SIZE + FEATURE_SIZE * fid;
    return { dst: u32(at + 8), weight: view.getFloat64(at + 12, true) };
  };

  const L = numLabels;
  const trans = new Float64Array(L * L);
  for (let i = 0; i < L; i++) {
    const at = u32(offLabelRefs + CHUNK_SIZE + 4 * i);
    const n = u32(at);
    for (let r = 0; r < n; r++) {
      const f = feature(u32(at + 4 + 4 * r));
      // crfsuite assigns (not adds) each transition weight.
      trans[i * L + f.dst] = f.weight;
    }
  }

  const refStart = new Uint32Array(numAttrs + 1);
  let total = 0;
  for (let a = 0; a < numAttrs; a++) {
    refStart[a] = total;
    total += u32(u32(offAttrRefs + CHUNK_SIZE + 4 * a));
  }
  refStart[numAttrs] = total;
  const refLabel = new Uint16Array(total);
  const refWeight = new Float64Array(total);
  for (let a = 0, k = 0; a < numAttrs; a++) {
    const at = u32(offAttrRefs + CHUNK_SIZE + 4 * a);
    const n = u32(at);
    for (let r = 0; r < n; r++, k++) {
      const f = feature(u32(at + 4 + 4 * r));
      refLabel[k] = f.dst;
      refWeight[k] = f.weight;
    }
  }
  return { labels, attributes, trans, refStart, refLabel, refWeight };
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

/**
 * Viterbi labels (ids) of a sequence of n items with `perItem` attribute slots each:
 * `aids[t * perItem + k]` is an attribute id or -1. Slots are summed in order, as crfsuite sums
 * an item's attributes in the order they were given.
 */
export function viterbi(model: CrfModel, aids: Int32Array, n: number, perItem: number): Uint16Array {
  const L = model.labels.length;
  const { trans, refStart, refLabel, refWeight } = model;
  const state = new Float64Array(n * L);
  for (let t = 0; t < n; t++) {
    const row = t * L;
    for (let k = t * perItem, end = k + perItem; k < end; k++) {
      const a = aids[k] as number;
      if (a < 0) continue;
      for (let r = refStart[a] as number, stop = refStart[a + 1] as number; r < stop; r++) {
        const cell = row + (refLabel[r] as number);
        state[cell] = (state[cell] as number) + (refWeight[r] as number);
      }
    }
  }

  const labels = new Uint16Array(n);
  if (n === 0 || L === 0) return labels;
  const score = new Float64Array(n * L);
  const back = new Uint16Array(n * L);
  for (let j = 0; j < L; j++) score[j] = state[j] as number;
  for (let t = 1; t < n; t++) {
    const prev = (t - 1) * L;
    const cur = t * L;
    for (let j = 0; j < L; j++) {
      let best = -Number.MAX_VALUE;
      let arg = -1;
      for (let i = 0; i < L; i++) {
        const s = (score[prev + i] as number) + (trans[i * L + j] as number);
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
