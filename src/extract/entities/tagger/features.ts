// Features of each syllable token for the learned tagger: the syllable and its neighbours, their
// shapes, vntk's POS and NER tags, membership in the gazetteers and word lists of src/data/, the
// abbreviation layer's expansion of an acronym, and what the rules proposed there. The tagger
// learns how far to trust each signal; the rules stay the source of roles, places and nesting.
import type { EntityData } from '../data.js';
import type { Candidate } from '../rules/candidate.js';
import type { EntityToken } from '../tokens.js';
import { DIGIT } from '../../../lexicon/letters.js';

// Example: `2023`, `19.700`
const HAS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');

/** What one sentence gives the feature extractor besides its tokens. */
export interface TaggerInput {
  tokens: readonly EntityToken[];
  /** The rules' surviving candidates (after overlaps were settled). */
  kept: readonly Candidate[];
  data: EntityData;
  /** Abbreviation (case kept) → its expansion, from the abbreviation layer. */
  expansions: ReadonlyMap<string, string>;
}

/** `Cần` → `X`, `UBND` → `A`, `2023` → `9`, `công` → `x`, `,` → `,`, `H.T` → `I`, `COVID-19` → `A9`. */
function shape(t: EntityToken | undefined): string {
  if (!t) return '_';
  if (t.isPunct) return t.text.length === 1 ? t.text : 'p';
  if (t.isInitials) return 'I';
  if (t.isNumber) return '9';
  const digit = HAS_DIGIT.test(t.text) ? '9' : '';
  if (t.isAcronym) return 'A' + digit;
  if (t.isCap) return 'X' + digit;
  return 'x' + digit;
}

/** Hashes of `B<tag>` and `I<tag>`, per tag (a handful per table). */
const MARK_HASHES = new Map<string, [number, number]>();

function markHashes(tag: string): [number, number] {
  let pair = MARK_HASHES.get(tag);
  if (pair === undefined) MARK_HASHES.set(tag, (pair = [h(`B${tag}`), h(`I${tag}`)]));
  return pair;
}

/**
 * The longest phrase-table match at each token as the hash of its mark (`B<tag>` on its first
 * token, `I<tag>` on the others), in a column padded like `column`'s with 0 (no match).
 */
function marks<T>(tokens: readonly EntityToken[], match: (i: number) => { keys: string[]; value: T } | undefined, tag: (v: T) => string): Int32Array {
  const n = tokens.length;
  const out = new Int32Array(n + 2 * PAD);
  for (let i = 0; i < n; i++) {
    if (out[i + PAD] !== 0) continue;
    const m = match(i);
    if (!m) continue;
    const [b, inside] = markHashes(tag(m.value));
    out[i + PAD] = b;
    for (let k = 1; k < m.keys.length && i + k < n; k++) out[i + k + PAD] = inside;
  }
  return out;
}

/** The rules' label at each token: `B-ORG90`, `I-LOC85`, `O` (outermost candidate, its strength). */
function ruleLabels(n: number, kept: readonly Candidate[]): string[] {
  const out = new Array<string>(n).fill('O');
  const outer = [...kept].sort((a, b) => b.e - b.s - (a.e - a.s));
  for (const c of outer) {
    if (out[c.s] !== 'O') continue;
    out[c.s] = `B-${c.type}${c.strength}`;
    for (let k = c.s + 1; k < c.e; k++) if (out[k] === 'O') out[k] = `I-${c.type}${c.strength}`;
  }
  return out;
}

/** Hashes of strings, cached: news reuses a small vocabulary (bounded, cleared when full). */
const HASHES = new Map<string, number>();
const MAX_HASHES = 100_000;

function h(s: string): number {
  let v = HASHES.get(s);
  if (v !== undefined) return v;
  v = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) v = Math.imul(v ^ s.charCodeAt(i), 0x01000193);
  if (HASHES.size >= MAX_HASHES) HASHES.clear();
  HASHES.set(s, v);
  return v;
}

/** One feature: a template number and up to three value hashes mixed into a bucket (murmur3's finaliser). */
function mix(template: number, a: number, b = 0, c = 0): number {
  let v = Math.imul(template + 1, 0x9e3779b1) ^ a;
  v = Math.imul(v ^ (v >>> 16), 0x85ebca6b) ^ b;
  v = Math.imul(v ^ (v >>> 13), 0xc2b2ae35) ^ c;
  v = Math.imul(v ^ (v >>> 16), 0x85ebca6b);
  return (v ^ (v >>> 13)) >>> 0;
}

/** Per token text: hashes of its key, case-kept key, first two and last two letters (one lookup). */
const WORDS = new Map<string, Int32Array>();

function wordHashes(t: EntityToken): Int32Array {
  let v = WORDS.get(t.text);
  if (v) return v;
  v = Int32Array.of(h(t.key), h(t.ckey), h(t.key.slice(0, 2)), h(t.key.slice(-2)));
  if (WORDS.size >= MAX_HASHES) WORDS.clear();
  WORDS.set(t.text, v);
  return v;
}

const START = h('<s>');
const END = h('</s>');
/** Columns are padded with two sentinels each side, so `col[i + PAD + d]` needs no bounds test. */
const PAD = 2;

function column(n: number, value: (i: number) => number, before = START, after = END): Int32Array {
  const col = new Int32Array(n + 2 * PAD);
  col.fill(before, 0, PAD);
  col.fill(after, n + PAD);
  for (let i = 0; i < n; i++) col[i + PAD] = value(i);
  return col;
}

/** The features of one sentence: bucket numbers, token `i`'s at `buckets[offsets[i] .. offsets[i + 1])`. */
export interface SentenceFeatures {
  buckets: Uint32Array;
  offsets: Uint32Array;
}

/** Fixed templates per token plus at most this many optional ones. */
const MAX_FEATURES = 48;

/** Each token's signals as hashes, in padded columns (`column`) the feature table reads at offsets. */
function sentenceColumns(input: TaggerInput) {
  const { tokens: T, data } = input;
  const n = T.length;
  const words = T.map((t) => wordHashes(t));
  const rules = ruleLabels(n, input.kept);
  return {
    words,
    key: column(n, (i) => words[i]![0]!),
    ckey: column(n, (i) => words[i]![1]!),
    shp: column(n, (i) => h(shape(T[i]))),
    pos: column(n, (i) => h(T[i]!.pos)),
    ner: column(n, (i) => h(T[i]!.ner)),
    rule: column(n, (i) => h(rules[i]!)),
    place: marks(T, (i) => data.places.match(T, i), (v) => v.kind),
    unit: marks(T, (i) => data.units.match(T, i), (v) => v.level),
    head: marks(T, (i) => data.orgHeads.match(T, i), () => 'h'),
    named: marks(T, (i) => data.orgNames.match(T, i), () => 'n'),
    title: marks(T, (i) => data.titles.match(T, i), (v) => v),
    inner: marks(T, (i) => data.orgInner.match(T, i), () => 'i'),
  };
}

/** Feature buckets (in [0, 2^bits)) for every token of one sentence: the feature table. */
export function sentenceFeatures(input: TaggerInput, bits: number): SentenceFeatures {
  const { tokens: T, data } = input;
  const n = T.length;
  const mask = (1 << bits) - 1;
  const { words, key, ckey, shp, pos, ner, rule, place, unit, head, named, title, inner } = sentenceColumns(input);
  const buckets = new Uint32Array(n * MAX_FEATURES);
  const offsets = new Uint32Array(n + 1);
  let k = 0;
  const add = (v: number) => {
    buckets[k++] = v & mask;
  };
  for (let i = 0; i < n; i++) {
    const t = T[i] as EntityToken;
    const p = T[i - 1];
    const x = i + PAD;
    const glued = !!p && t.word >= 0 && t.word === p.word && t.isWord && p.isWord ? 1 : 0;
    add(mix(0, 0));
    add(mix(1, key[x]!));
    add(mix(2, ckey[x]!));
    add(mix(3, key[x - 1]!));
    add(mix(4, key[x + 1]!));
    add(mix(5, key[x - 2]!));
    add(mix(6, key[x + 2]!));
    add(mix(7, key[x - 1]!, key[x]!));
    add(mix(8, key[x]!, key[x + 1]!));
    add(mix(9, shp[x]!));
    add(mix(10, shp[x - 1]!, shp[x]!));
    add(mix(11, shp[x]!, shp[x + 1]!));
    add(mix(12, shp[x - 1]!, shp[x]!, shp[x + 1]!));
    add(mix(13, shp[x - 2]!));
    add(mix(14, shp[x + 2]!));
    add(mix(15, words[i]![2]!));
    add(mix(16, words[i]![3]!));
    add(mix(17, pos[x]!));
    add(mix(18, pos[x - 1]!));
    add(mix(19, pos[x + 1]!));
    add(mix(20, ner[x]!));
    add(mix(21, ner[x - 1]!));
    add(mix(22, ner[x + 1]!));
    add(mix(23, glued, shp[x]!));
    add(mix(24, rule[x]!));
    add(mix(25, rule[x - 1]!));
    add(mix(26, rule[x + 1]!));
    add(mix(27, rule[x]!, rule[x + 1]!));
    if (place[x]) add(mix(30, place[x]!)), add(mix(31, place[x]!, shp[x]!));
    if (place[x - 1]) add(mix(32, place[x - 1]!));
    if (place[x + 1]) add(mix(33, place[x + 1]!));
    if (unit[x]) add(mix(34, unit[x]!));
    if (unit[x - 1]) add(mix(35, unit[x - 1]!, shp[x]!));
    if (head[x]) add(mix(36, head[x]!, shp[x]!));
    if (head[x - 1]) add(mix(37, head[x - 1]!));
    if (named[x]) add(mix(38, named[x]!));
    if (title[x]) add(mix(39, title[x]!));
    if (title[x - 1]) add(mix(40, title[x - 1]!, shp[x]!));
    if (title[x - 2]) add(mix(41, title[x - 2]!));
    if (inner[x]) add(mix(42, inner[x]!));
    if (data.familyNames.has(t.ckey)) add(mix(43, 0)), add(mix(44, shp[x + 1]!));
    if (p && data.familyNames.has(p.ckey)) add(mix(45, shp[x]!));
    const expansion = t.isAcronym ? input.expansions.get(t.text) : undefined;
    if (expansion) add(mix(46, h(expansion.split(' ').slice(0, 2).join(' ').toLowerCase())));
    offsets[i + 1] = k;
  }
  return { buckets: buckets.subarray(0, k), offsets };
}
