// Converts a CRFsuite model file (vntk's `model.bin`) to the compact form our decoder reads
// (crf-model.ts). `npm run build` converts vntk's four models once (dist/data/*.crfc), so that a
// start reads 2 MB instead of 3.9 MB and every feature costs one probe into one record that
// holds its weights. Nothing is rounded or dropped that a look-up could reach: the labels of
// every sentence stay crfsuite's (tests/nlp-parity.test.ts, scripts/parity.mjs).
//
// CRFsuite's layout (crfsuite lib/crf/src/crf1d_model.c, little-endian):
//   header (48 bytes): "lCRF", size, "FOMC", version, num_features, num_labels, num_attrs,
//     off_features, off_labels, off_attrs, off_labelrefs, off_attrrefs
//   FEAT chunk: "FEAT", size, num, then num × {type u32, src u32, dst u32, weight f64}
//   LFRF / AFRF chunks: "xFRF", size, num, num × u32 offset → {count u32, count × fid u32}
//   label and attribute CQDB (lib/cqdb/src/cqdb.c): "CQDB", size, flag, byteorder, bwd_size,
//     bwd_offset, 256 hash-table refs; the backward array gives, per id, the offset of a record
//     {id u32, ksize u32, key bytes with a trailing NUL}.
//
// The compact layout (8-byte aligned sections):
//   header (48 bytes): "CRFC", version 1, labels L, records, slots, templates, off_slots,
//     off_transitions, off_labels, labels' byte length, off_records, 0
//   slots: {hash u32, record offset u32}, 0 where empty; a record's slot is found from
//     slotHash(hashBytes(value), template) by linear probing
//   transitions: L × L f64, into[j * L + i] the weight of i → j (Viterbi's inner loop order)
//   labels: UTF-8, one per line
//   records: {value length u16, template u8, count u8, value bytes, padding to 8,
//     count × weight f64, count × label u8, padding to 8}, one per attribute, its features in
//     the file's order (the order crfsuite sums them in)
// An attribute is `prefix` + `value`, where prefix is a template's `T[-1].lower=`: the record
// keeps the template's number and the value, so a value is hashed once for all its templates.
import { align8, crf, reserve, scratch } from './crf-wasm.js';

export const COMPACT_HEADER = 48;
const FEATURE_SIZE = 20;
const CHUNK = 12;

interface Attribute {
  template: number;
  value: Uint8Array;
  labels: number[];
  weights: number[];
}

interface CrfsuiteModel {
  labels: string[];
  /** into[j * L + i]: the weight of the transition i → j. */
  into: Float64Array;
  attributes: Attribute[];
}

const decoder = new TextDecoder('utf-8');

function crfsuiteModel(bytes: Uint8Array, prefixes: readonly string[]): CrfsuiteModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 48 || tag(0) !== 'lCRF' || tag(8) !== 'FOMC') throw new Error('not a CRFsuite FOMC model');
  const u32 = (at: number) => view.getUint32(at, true);
  const [L, numAttrs, offFeatures, offLabels, offAttrs, offLabelRefs, offAttrRefs] = [20, 24, 28, 32, 36, 40, 44].map(u32) as number[] as [
    number, number, number, number, number, number, number,
  ];
  if (tag(offFeatures) !== 'FEAT' || tag(offLabelRefs) !== 'LFRF' || tag(offAttrRefs) !== 'AFRF' || tag(offLabels) !== 'CQDB' || tag(offAttrs) !== 'CQDB') {
    throw new Error('bad CRFsuite model chunks');
  }
  /** The key bytes of CQDB record `id` (without its NUL), through the backward array. */
  const key = (db: number, id: number): Uint8Array => {
    const record = u32(db + u32(db + 20) + 4 * id);
    if (record === 0) return new Uint8Array(0);
    const start = db + record + 8;
    return bytes.subarray(start, start + u32(db + record + 4) - 1);
  };
  const feature = (fid: number) => offFeatures + CHUNK + FEATURE_SIZE * fid;
  const refs = (chunk: number, id: number): number[] => {
    const at = u32(chunk + CHUNK + 4 * id);
    return Array.from({ length: u32(at) }, (_, r) => u32(at + 4 + 4 * r));
  };

  const labels = Array.from({ length: L }, (_, id) => decoder.decode(key(offLabels, id)));
  // crfsuite assigns, not adds, each transition weight.
  const into = new Float64Array(L * L);
  for (let i = 0; i < L; i++) for (const fid of refs(offLabelRefs, i)) into[u32(feature(fid) + 8) * L + i] = view.getFloat64(feature(fid) + 12, true);

  const templateOf = new Map(prefixes.map((p, k) => [p, k]));
  const attributes: Attribute[] = [];
  for (let id = 0; id < numAttrs; id++) {
    const bytesOfKey = key(offAttrs, id);
    const eq = bytesOfKey.indexOf(0x3d);
    // Our features are always a template's prefix and a value; any other attribute is never asked for.
    const template = eq < 0 ? undefined : templateOf.get(decoder.decode(bytesOfKey.subarray(0, eq + 1)));
    if (template === undefined) continue;
    const fids = refs(offAttrRefs, id);
    attributes.push({
      template,
      value: bytesOfKey.subarray(eq + 1),
      labels: fids.map((fid) => u32(feature(fid) + 8)),
      weights: fids.map((fid) => view.getFloat64(feature(fid) + 12, true)),
    });
  }
  return { labels, into, attributes };
}

/** hashBytes then slotHash of `value` under `template`, computed by the decoder's own code. */
function slotHashOf(value: Uint8Array, template: number): number {
  const at = scratch();
  reserve(at + value.length).set(value, at);
  const wasm = crf();
  return wasm.slotHash(wasm.hashBytes(at, value.length), template) >>> 0;
}

/** The compact form of a CRFsuite model whose features are `prefixes[k]` + value. */
export function compactModel(bytes: Uint8Array, prefixes: readonly string[]): Uint8Array {
  const { labels, into, attributes } = crfsuiteModel(bytes, prefixes);
  const L = labels.length;
  if (L > 255 || prefixes.length > 255) throw new Error('compact CRF model: more than 255 labels or templates');
  const labelBytes = new TextEncoder().encode(labels.join('\n'));
  // About two slots in three filled: short probes, a table of 12 bytes per attribute.
  const slotCount = attributes.length + (attributes.length >> 1) + 1;
  const offSlots = COMPACT_HEADER;
  const offTransitions = align8(offSlots + 8 * slotCount);
  const offLabels = offTransitions + 8 * L * L;
  const offRecords = align8(offLabels + labelBytes.length);
  let size = offRecords;
  const recordAt = attributes.map((a) => {
    if (a.value.length > 0xffff) throw new Error('compact CRF model: attribute value over 65535 bytes');
    const at = size;
    size += align8(align8(4 + a.value.length) + 9 * a.labels.length);
    return at;
  });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set([0x43, 0x52, 0x46, 0x43]);
  [1, L, attributes.length, slotCount, prefixes.length, offSlots, offTransitions, offLabels, labelBytes.length, offRecords].forEach((v, i) => view.setUint32(4 + 4 * i, v, true));
  new Float64Array(out.buffer, offTransitions, L * L).set(into);
  out.set(labelBytes, offLabels);
  attributes.forEach((a, r) => {
    const at = recordAt[r] as number;
    view.setUint16(at, a.value.length, true);
    out[at + 2] = a.template;
    out[at + 3] = a.labels.length;
    out.set(a.value, at + 4);
    const weights = at + align8(4 + a.value.length);
    a.weights.forEach((w, q) => view.setFloat64(weights + 8 * q, w, true));
    out.set(a.labels, weights + 8 * a.labels.length);
    const hash = slotHashOf(a.value, a.template);
    let probe = Math.floor((hash * slotCount) / 2 ** 32);
    while (view.getUint32(offSlots + 8 * probe + 4, true) !== 0) probe = (probe + 1) % slotCount;
    view.setUint32(offSlots + 8 * probe, hash, true);
    view.setUint32(offSlots + 8 * probe + 4, at, true);
  });
  return out;
}
