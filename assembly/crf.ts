// The arithmetic of CRFsuite's tagger over a model file's bytes in linear memory, compiled to
// WebAssembly (src/data/crf.wasm, `npm run build:wasm`): attribute look-up in the compact model
// (src/nlp/crf-compact.ts documents its layout), state weights and Viterbi. WebAssembly runs at
// machine speed from the first call, where the same loops in JavaScript spend a cold start in
// V8's interpreter. The results equal crfsuite 0.12's (scripts/parity.mjs).

@inline
function rot(x: u32, k: u32): u32 {
  return (x << k) | (x >>> (32 - k));
}

// MurmurHash3's block mix and finaliser: a value's bytes are hashed once, four at a time, and
// each template then only mixes its own number into that hash (slotHash).
@inline
function mixBlock(h: u32, block: u32): u32 {
  block *= 0xcc9e2d51;
  block = rot(block, 15);
  block *= 0x1b873593;
  h ^= block;
  h = rot(h, 13);
  return h * 5 + 0xe6546b64;
}

@inline
function finish(h: u32): u32 {
  h ^= h >>> 16;
  h *= 0x85ebca6b;
  h ^= h >>> 13;
  h *= 0xc2b2ae35;
  return h ^ (h >>> 16);
}

/** Hash of `length` bytes at `key` (not yet tied to a template: see slotHash). */
export function hashBytes(key: usize, length: u32): u32 {
  let h: u32 = length;
  let k = key;
  let rest = length;
  while (rest >= 4) {
    h = mixBlock(h, load<u32>(k));
    k += 4;
    rest -= 4;
  }
  let last: u32 = 0;
  for (let i = <i32>rest - 1; i >= 0; i--) last = (last << 8) | <u32>load<u8>(k + <usize>i);
  return rest == 0 ? h : mixBlock(h, last);
}

/** The slot hash of a value (its hashBytes) under template `template` of a compact model. */
export function slotHash(valueHash: u32, template: u32): u32 {
  return finish(valueHash ^ ((template + 1) * 0x9e3779b1));
}

// Compact model (src/nlp/crf-compact.ts writes it): the header's slot count at 16 and slot table
// offset at 24; a slot is {hash u32, record offset u32, 0 when empty}; a record is {value length
// u16, template u8, feature count u8, value bytes, padding to 8, count × weight f64, count × label u8}.

/** Address of the record of `value` (`length` bytes, slot hash `h`) under `template`, or 0. */
@inline
function findRecord(model: usize, h: u32, template: u32, value: usize, length: u32): u32 {
  const size = load<u32>(model, 16);
  const slots = model + <usize>load<u32>(model, 24);
  let probe = <u32>((<u64>h * <u64>size) >>> 32);
  while (true) {
    const slot = slots + <usize>probe * 8;
    const record = load<u32>(slot, 4);
    if (record == 0) return 0;
    if (load<u32>(slot) == h) {
      const r = model + <usize>record;
      if (<u32>load<u16>(r) == length && <u32>load<u8>(r, 2) == template && memory.compare(r + 4, value, length) == 0) return <u32>r;
    }
    probe++;
    if (probe == size) probe = 0;
  }
}

/** findRecord for JavaScript (look-ups by string, in tests and tools). */
export function lookupRecord(model: usize, template: u32, value: usize, length: u32): u32 {
  return findRecord(model, slotHash(hashBytes(value, length), template), template, value, length);
}

/**
 * Adds to `state` (n × L doubles, zeroed by the caller) the state-feature weights of every
 * record in `records` (n × perItem addresses, 0 for none), item by item and in the model file's
 * order: the order in which crfsuite sums them, so the doubles come out bit for bit the same.
 */
export function accumulate(records: usize, n: i32, perItem: i32, state: usize, L: i32): void {
  for (let t = 0; t < n; t++) {
    const row = state + <usize>(t * L) * 8;
    for (let k = 0; k < perItem; k++) {
      const r = <usize>load<u32>(records + <usize>(t * perItem + k) * 4);
      if (r == 0) continue;
      const count = <usize>load<u8>(r, 3);
      const weights = (r + 4 + <usize>load<u16>(r) + 7) & ~(<usize>7);
      const labels = weights + count * 8;
      for (let q: usize = 0; q < count; q++) {
        const cell = row + <usize>load<u8>(labels + q) * 8;
        store<f64>(cell, load<f64>(cell) + load<f64>(weights + q * 8));
      }
    }
  }
}

/**
 * Viterbi labels of n items into `out` (u16 ids): `state` from accumulate, `into[j * L + i]` the
 * weight of the transition i → j, `score` (n × L doubles) and `back` (n × L u16) scratch.
 * Ties keep the lowest label id, as in crfsuite.
 */
export function viterbi(state: usize, into: usize, n: i32, L: i32, score: usize, back: usize, out: usize): void {
  if (n == 0 || L == 0) return;
  for (let j = 0; j < L; j++) store<f64>(score + <usize>j * 8, load<f64>(state + <usize>j * 8));
  for (let t = 1; t < n; t++) {
    const prev = score + <usize>((t - 1) * L) * 8;
    const cur = <usize>(t * L);
    for (let j = 0; j < L; j++) {
      let best = -f64.MAX_VALUE;
      let arg = 0;
      const column = into + <usize>(j * L) * 8;
      for (let i = 0; i < L; i++) {
        const s = load<f64>(prev + <usize>i * 8) + load<f64>(column + <usize>i * 8);
        if (best < s) {
          best = s;
          arg = i;
        }
      }
      store<u16>(back + (cur + <usize>j) * 2, <u16>arg);
      store<f64>(score + (cur + <usize>j) * 8, best + load<f64>(state + (cur + <usize>j) * 8));
    }
  }
  let best = -f64.MAX_VALUE;
  let last = 0;
  for (let i = 0; i < L; i++) {
    const s = load<f64>(score + <usize>((n - 1) * L + i) * 8);
    if (best < s) {
      best = s;
      last = i;
    }
  }
  store<u16>(out + <usize>(n - 1) * 2, <u16>last);
  for (let t = n - 2; t >= 0; t--) {
    const next = <usize>load<u16>(out + <usize>(t + 1) * 2);
    store<u16>(out + <usize>t * 2, load<u16>(back + (<usize>((t + 1) * L) + next) * 2));
  }
}

/**
 * Writes to `offsets` (u32) where each of the `count` values at `values` starts, plus one more
 * for the end, and to `hashes` (u32) each value's hashBytes: the values were written one after
 * another, each followed by a NUL (a feature value never holds one: attributeKey cuts it there).
 */
export function splitValues(values: usize, count: i32, offsets: usize, hashes: usize): void {
  let at: u32 = 0;
  for (let v = 0; v < count; v++) {
    store<u32>(offsets + <usize>v * 4, at);
    let end = at;
    while (load<u8>(values + <usize>end) != 0) end++;
    store<u32>(hashes + <usize>v * 4, hashBytes(values + <usize>at, end - at));
    at = end + 1;
  }
  store<u32>(offsets + <usize>count * 4, at);
}

/**
 * Records of one template (number `template` of its stage) at every item: for item i the value
 * at position j = i + from (`values`, `offsets` and `hashes` from splitValues), `BOS` before the
 * sequence, `EOS` past it, and `-` where the template's guard (one byte per position, or none
 * when `guard` is 0) is set, which is how vntk's segmenter blanks a feature whose n-gram is a
 * dictionary word. `specials` holds the bytes "BOSEOS-". The record's address (0 when the model
 * has none) goes to `records[i * perItem + template]`.
 */
export function templateIds(
  model: usize,
  template: u32,
  values: usize,
  offsets: usize,
  hashes: usize,
  from: i32,
  span: i32,
  guard: usize,
  n: i32,
  perItem: i32,
  records: usize,
  specials: usize,
): void {
  const bos = hashBytes(specials, 3);
  const eos = hashBytes(specials + 3, 3);
  const blank = hashBytes(specials + 6, 1);
  for (let i = 0; i < n; i++) {
    const j = i + from;
    let hash: u32;
    let value: usize;
    let length: u32;
    if (j < 0) {
      hash = bos;
      value = specials;
      length = 3;
    } else if (j + span > n) {
      hash = eos;
      value = specials + 3;
      length = 3;
    } else if (guard != 0 && load<u8>(guard + <usize>j) != 0) {
      hash = blank;
      value = specials + 6;
      length = 1;
    } else {
      const start = load<u32>(offsets + <usize>j * 4);
      hash = load<u32>(hashes + <usize>j * 4);
      value = values + <usize>start;
      length = load<u32>(offsets + <usize>(j + 1) * 4) - start - 1;
    }
    const record = findRecord(model, slotHash(hash, template), template, value, length);
    store<u32>(records + <usize>(i * perItem + <i32>template) * 4, record);
  }
}

// The word list (src/nlp/dictionary.ts): its file's bytes, one word a line, and a slot table
// (src/nlp/word-set.ts writes it): {slot count u32, longest word u32}, then u32 slots, each
// the top 11 bits of a word's hashBytes and its offset in the file (21 bits), 0 when empty.

/** Whether the `length` bytes at `query` are a word of the list at `list`. */
@inline
function setHas(list: usize, slots: usize, query: usize, length: u32): bool {
  if (length == 0 || length > load<u32>(slots, 4)) return false;
  const size = load<u32>(slots);
  const h = hashBytes(query, length);
  const tag = h >>> 21;
  let probe = <u32>((<u64>h * <u64>size) >>> 32);
  while (true) {
    const slot = load<u32>(slots + 8 + <usize>probe * 4);
    if (slot == 0) return false;
    if (slot >>> 21 == tag) {
      const word = list + <usize>(slot & 0x1fffff);
      if (load<u8>(word + <usize>length) == 0x0a && memory.compare(word, query, length) == 0) return true;
    }
    probe++;
    if (probe == size) probe = 0;
  }
}

/**
 * setHas for `count` values written one after another, each followed by a NUL (`length` bytes
 * in all), one result byte each at `out`. The empty value is never in the list. Returns false,
 * and the caller asks value by value, if the NULs do not split the bytes into `count` values.
 */
export function setHasAll(list: usize, slots: usize, values: usize, length: u32, count: i32, out: usize): bool {
  let start: u32 = 0;
  for (let v = 0; v < count; v++) {
    let end = start;
    while (end < length && load<u8>(values + <usize>end) != 0) end++;
    if (end >= length) return false;
    store<u8>(out + <usize>v, setHas(list, slots, values + <usize>start, end - start) ? 1 : 0);
    start = end + 1;
  }
  return start == length;
}

/**
 * The entity tagger's labels (src/extract/entities/tagger/model.ts) for n tokens whose feature
 * buckets (u32) are at `buckets`, token i's from `offsets[i]` to `offsets[i + 1]` (u32): each
 * bucket's row (`rowOf`, u16) of seven 16-bit weights summed and scaled, then Viterbi over the
 * seven BIO labels with `trans` ((L + 1) × L f64, row 0 the sentence start, -Infinity where
 * forbidden). The same arithmetic, in the same order, and the same tie-breaking as the
 * JavaScript decode, so the labels are equal. `score` (n × 7 f64), `back` and `out` (n bytes
 * each, and n × 7) are scratch and result.
 */
export function taggerDecode(
  rowOf: usize,
  weights: usize,
  scale: f64,
  trans: usize,
  buckets: usize,
  offsets: usize,
  n: i32,
  score: usize,
  back: usize,
  out: usize,
): void {
  if (n <= 0) return;
  const L = 7;
  for (let i = 0; i < n; i++) {
    let e0: i32 = 0, e1: i32 = 0, e2: i32 = 0, e3: i32 = 0, e4: i32 = 0, e5: i32 = 0, e6: i32 = 0;
    const end = load<u32>(offsets + <usize>(i + 1) * 4);
    for (let k = load<u32>(offsets + <usize>i * 4); k < end; k++) {
      const row = <usize>load<u16>(rowOf + <usize>load<u32>(buckets + <usize>k * 4) * 2);
      const w = weights + row * 14;
      e0 += <i32>load<i16>(w);
      e1 += <i32>load<i16>(w, 2);
      e2 += <i32>load<i16>(w, 4);
      e3 += <i32>load<i16>(w, 6);
      e4 += <i32>load<i16>(w, 8);
      e5 += <i32>load<i16>(w, 10);
      e6 += <i32>load<i16>(w, 12);
    }
    // The emission scores wait in `score`; each position's Viterbi step adds them below.
    const o = score + <usize>(i * L) * 8;
    store<f64>(o, <f64>e0 * scale);
    store<f64>(o, <f64>e1 * scale, 8);
    store<f64>(o, <f64>e2 * scale, 16);
    store<f64>(o, <f64>e3 * scale, 24);
    store<f64>(o, <f64>e4 * scale, 32);
    store<f64>(o, <f64>e5 * scale, 40);
    store<f64>(o, <f64>e6 * scale, 48);
  }
  for (let y = 0; y < L; y++) store<f64>(score + <usize>y * 8, load<f64>(score + <usize>y * 8) + load<f64>(trans + <usize>y * 8));
  for (let i = 1; i < n; i++) {
    const prev = score + <usize>((i - 1) * L) * 8;
    const cur = score + <usize>(i * L) * 8;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = load<f64>(prev + <usize>p * 8) + load<f64>(trans + <usize>((p + 1) * L + y) * 8);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      store<f64>(cur + <usize>y * 8, best + load<f64>(cur + <usize>y * 8));
      store<u8>(back + <usize>(i * L + y), <u8>arg);
    }
  }
  const last = score + <usize>((n - 1) * L) * 8;
  let y = 0;
  for (let k = 1; k < L; k++) if (load<f64>(last + <usize>k * 8) > load<f64>(last + <usize>y * 8)) y = k;
  for (let i = n - 1; i >= 0; i--) {
    store<u8>(out + <usize>i, <u8>y);
    y = <i32>load<u8>(back + <usize>(i * L + y));
  }
}
