// The arithmetic of CRFsuite's tagger over a model file's bytes in linear memory, compiled to
// WebAssembly (src/data/crf.wasm, `npm run build:wasm`): attribute look-up in the model's CQDB,
// state weights and Viterbi. WebAssembly runs at machine speed from the first call, where the
// same loops in JavaScript spend a cold start in V8's interpreter. src/nlp/crf-model.ts lays out
// the memory and documents the file format; the results equal crfsuite 0.12's (scripts/parity.mjs).

@inline
function rot(x: u32, k: u32): u32 {
  return (x << k) | (x >>> (32 - k));
}

/** Bob Jenkins' lookup3 `hashlittle` (crfsuite lib/cqdb/src/lookup3.c), byte-wise variant. */
export function hashlittle(key: usize, length: u32, initval: u32): u32 {
  let a: u32 = 0xdeadbeef + length + initval;
  let b = a;
  let c = a;
  let k = key;
  let rest = length;
  while (rest > 12) {
    a += <u32>load<u8>(k) | (<u32>load<u8>(k, 1) << 8) | (<u32>load<u8>(k, 2) << 16) | (<u32>load<u8>(k, 3) << 24);
    b += <u32>load<u8>(k, 4) | (<u32>load<u8>(k, 5) << 8) | (<u32>load<u8>(k, 6) << 16) | (<u32>load<u8>(k, 7) << 24);
    c += <u32>load<u8>(k, 8) | (<u32>load<u8>(k, 9) << 8) | (<u32>load<u8>(k, 10) << 16) | (<u32>load<u8>(k, 11) << 24);
    // mix(a, b, c)
    a -= c; a ^= rot(c, 4); c += b;
    b -= a; b ^= rot(a, 6); a += c;
    c -= b; c ^= rot(b, 8); b += a;
    a -= c; a ^= rot(c, 16); c += b;
    b -= a; b ^= rot(a, 19); a += c;
    c -= b; c ^= rot(b, 4); b += a;
    rest -= 12;
    k += 12;
  }
  if (rest == 0) return c;
  // The last block: bytes past the end count as 0, as the C switch's fall-through adds nothing for them.
  let word: u32 = 0;
  for (let i = <i32>min(rest, 12) - 1; i >= 0; i--) {
    word = (word << 8) | <u32>load<u8>(k + <usize>i);
    if (i == 8) {
      c += word;
      word = 0;
    } else if (i == 4) {
      b += word;
      word = 0;
    }
  }
  a += word;
  // final(a, b, c)
  c ^= b; c -= rot(b, 14);
  a ^= c; a -= rot(c, 11);
  b ^= a; b -= rot(a, 25);
  c ^= b; c -= rot(b, 16);
  a ^= c; a -= rot(c, 4);
  b ^= a; b -= rot(a, 14);
  c ^= b; c -= rot(b, 24);
  return c;
}

/**
 * crfsuite's `cqdb_to_id` on the CQDB at `db`: `key` holds `length` UTF-8 bytes and a NUL, which
 * the hash includes. One of 256 tables by hash, then linear probing from (hash >> 8) % size.
 */
export function cqdbLookup(db: usize, key: usize, length: u32): i32 {
  const hash = hashlittle(key, length + 1, 0);
  const table = db + 24 + 8 * <usize>(hash % 256);
  const buckets = load<u32>(table);
  const size = load<u32>(table, 4);
  if (buckets == 0 || size == 0) return -1;
  let probe = (hash >>> 8) % size;
  for (let tries: u32 = 0; tries < size; tries++) {
    const bucket = db + <usize>buckets + 8 * <usize>probe;
    const offset = load<u32>(bucket, 4);
    if (offset == 0) return -1;
    if (load<u32>(bucket) == hash) {
      const record = db + <usize>offset;
      if (load<u32>(record, 4) == length + 1 && memory.compare(record + 8, key, length) == 0) return load<i32>(record);
    }
    probe = (probe + 1) % size;
  }
  return -1;
}

/**
 * Adds to `state` (n × L doubles, zeroed by the caller) the state-feature weights of every
 * attribute id in `aids` (n × perItem ids, -1 for none), item by item and in file order: the
 * order in which crfsuite sums them, so the doubles come out bit for bit the same.
 */
export function accumulate(model: usize, aids: usize, n: i32, perItem: i32, state: usize, L: i32): void {
  const numAttrs = load<u32>(model, 24);
  const features = model + <usize>load<u32>(model, 28) + 12;
  const attrRefs = model + <usize>load<u32>(model, 44) + 12;
  for (let t = 0; t < n; t++) {
    const row = state + <usize>(t * L) * 8;
    for (let k = 0; k < perItem; k++) {
      const a = load<i32>(aids + <usize>(t * perItem + k) * 4);
      if (a < 0 || <u32>a >= numAttrs) continue;
      const refs = model + <usize>load<u32>(attrRefs + 4 * <usize>a);
      const count = load<u32>(refs);
      for (let r: u32 = 0; r < count; r++) {
        // Feature {type, src, dst u32; weight f64}: dst at 8, weight at 12.
        const f = features + 20 * <usize>load<u32>(refs + 4 + 4 * <usize>r);
        const cell = row + <usize>load<u32>(f, 8) * 8;
        store<f64>(cell, load<f64>(cell) + load<f64>(f, 12));
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
 * for the end: the values were written one after another, each followed by a NUL (a feature
 * value never holds one: attributeKey cuts it there).
 */
export function splitValues(values: usize, count: i32, offsets: usize): void {
  let at: u32 = 0;
  for (let v = 0; v < count; v++) {
    store<u32>(offsets + <usize>v * 4, at);
    while (load<u8>(values + <usize>at) != 0) at++;
    at++;
  }
  store<u32>(offsets + <usize>count * 4, at);
}

// "BOS", "EOS" and "-" as little-endian words, written with a single store.
const BOS: u32 = 0x534f42;
const EOS: u32 = 0x534f45;
const BLANK: u32 = 0x2d;

/**
 * Attribute ids of one template at every item: for item i the value at position j = i + from
 * (`values`/`offsets`, from splitValues), `BOS` before the sequence, `EOS` past it, and `-`
 * where the template's guard (one byte per position, or none when `guard` is 0) is set, which is
 * how vntk's segmenter blanks a feature whose n-gram is a dictionary word. The id goes to
 * `ids[i * perItem + k]`; `key` is scratch for the prefix (`T[-1].lower=`) and the longest value.
 */
export function templateIds(
  db: usize,
  prefix: usize,
  prefixLength: u32,
  values: usize,
  offsets: usize,
  from: i32,
  span: i32,
  guard: usize,
  n: i32,
  perItem: i32,
  k: i32,
  ids: usize,
  key: usize,
  few: bool,
): void {
  memory.copy(key, prefix, prefixLength);
  const tail = key + <usize>prefixLength;
  // A template of few values (True/False, the X placeholder, BOS, EOS, `-`) meets the same two or
  // three again and again along a sentence: the last four values of up to 8 bytes and their ids
  // are kept, so that most of its features need no hash and no probe.
  let l0: u32 = 0, l1: u32 = 0, l2: u32 = 0, l3: u32 = 0;
  let b0: u64 = 0, b1: u64 = 0, b2: u64 = 0, b3: u64 = 0;
  let i0: i32 = 0, i1: i32 = 0, i2: i32 = 0, i3: i32 = 0;
  for (let i = 0; i < n; i++) {
    const j = i + from;
    let length: u32 = 3;
    if (j < 0) store<u32>(tail, BOS);
    else if (j + span > n) store<u32>(tail, EOS);
    else if (guard != 0 && load<u8>(guard + <usize>j) != 0) {
      store<u32>(tail, BLANK);
      length = 1;
    } else {
      const start = load<u32>(offsets + <usize>j * 4);
      length = load<u32>(offsets + <usize>(j + 1) * 4) - start - 1;
      memory.copy(tail, values + <usize>start, length);
      store<u8>(tail + <usize>length, 0);
    }
    let id: i32;
    if (few && length <= 8) {
      const bytes = length == 8 ? load<u64>(tail) : load<u64>(tail) & ((<u64>1 << (<u64>length * 8)) - 1);
      if (length == l0 && bytes == b0) id = i0;
      else if (length == l1 && bytes == b1) id = i1;
      else if (length == l2 && bytes == b2) id = i2;
      else if (length == l3 && bytes == b3) id = i3;
      else {
        id = cqdbLookup(db, key, prefixLength + length);
        l3 = l2; b3 = b2; i3 = i2;
        l2 = l1; b2 = b1; i2 = i1;
        l1 = l0; b1 = b0; i1 = i0;
        l0 = length; b0 = bytes; i0 = id;
      }
    } else id = cqdbLookup(db, key, prefixLength + length);
    store<i32>(ids + <usize>(i * perItem + k) * 4, id);
  }
}

/**
 * Whether the `length` bytes at `query` are a line of the sorted word list at `list` (`size`
 * bytes, lines from `bodyStart` on, each ending in '\n', sorted by bytes): a binary search over
 * byte positions, each probe widened to the line around it.
 */
export function listHas(list: usize, size: u32, bodyStart: u32, query: usize, length: u32): bool {
  let lo = bodyStart;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > 0 && load<u8>(list + <usize>start - 1) != 0x0a) start--;
    let end = start;
    while (end < size && load<u8>(list + <usize>end) != 0x0a) end++;
    const lineLength = end - start;
    const common = min(length, lineLength);
    let order = memory.compare(query, list + <usize>start, common);
    if (order == 0) order = <i32>length - <i32>lineLength;
    if (order == 0) return true;
    if (order < 0) hi = start;
    else lo = end + 1;
  }
  return false;
}

/**
 * listHas for `count` values written one after another, each followed by a NUL (`length` bytes
 * in all), one result byte each at `out`. The empty value is never in the list. Returns false,
 * and the caller asks value by value, if the NULs do not split the bytes into `count` values.
 */
export function listHasAll(list: usize, size: u32, bodyStart: u32, values: usize, length: u32, count: i32, out: usize): bool {
  let start: u32 = 0;
  for (let v = 0; v < count; v++) {
    let end = start;
    while (end < length && load<u8>(values + <usize>end) != 0) end++;
    if (end >= length) return false;
    store<u8>(out + <usize>v, end > start && listHas(list, size, bodyStart, values + <usize>start, end - start) ? 1 : 0);
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
