// The number extractor's view of one scope span: its tokens, the word lists, and the questions
// every parser and context rule asks about a token (its text, whether it touches the one before,
// which words stand before or after it). Found mentions are collected here too.
import type { NumberKind, NumberMention, NumberRange, NumberWriting, Word } from '../../types.js';
import { LOWER } from '../../lexicon/letters.js';
import { numberData, type NumberData } from './data.js';
import { NUM, PUNCT, WORD, type TokenList } from './tokens.js';
import { roleOfWord, type WordRole } from './number-words.js';

// Marks that may sit inside a glued number chunk (`1.850.000`, `10-15%`, `$100`, `20°C`, `km/h`).
export const GLUE = new Set(['.', ',', ':', '/', '-', '–', '_', '+', '%', '°', '$', '€', '£', '¥', '₫', '−', '\'', '²', '³']);
// Marks that never end a chunk's meaning: a sentence's full stop or comma after a number.
const TRAILING = new Set(['.', ',', ':', '-', '–', '/', '_', '+', '\'']);
// Up to two spaces (any Unicode space but a line break) between the words of one expression.
const INLINE_GAP = /^[^\S\n\r]{1,2}$/u;
// Example: `cuộc` holds a lower-case letter; `HƠN 19.700 CUỘC` does not
const HAS_LOWER = new RegExp(`[${LOWER}]`, 'u');
// Marks that end a sentence before a capitalised word (`. Hơn 100`, `: Hai người`).
const SENTENCE_END = ['.', '!', '?', ':'];

/** Words found before or after a token: their lowercased text and the farthest token they take. */
export interface WordsMatch {
  text: string;
  /** First token of the words (for a look-back) or last (for a look-ahead). */
  edge: number;
}

// Units already normalised (`đ` → `đồng`), shared by every scan: the same few units recur.
const NORMALIZED_UNITS = new Map<string, string>();

/**
 * The text from the first token to the last, lowercased in one call, when each token's slice of
 * it is that token lowercased on its own: a lowercase mapping that depends on the letters around
 * it (final sigma, `Σ`) or changes the length (`İ`) rules that out, and null says so. One call
 * for the span instead of one per word: lowercasing word by word was the extractor's costliest line.
 */
function lowerAtSameOffsets(text: string, tokens: TokenList): string | null {
  if (tokens.length === 0) return null;
  const span = text.slice(tokens.start[0]!, tokens.end[tokens.length - 1]!);
  const lowered = span.toLowerCase();
  return lowered.length === span.length && !span.includes('\u03A3') ? lowered : null;
}

/** Words by start offset: `size` (0 without the segmentation's words) and the word at an offset. */
export interface WordsByStart {
  readonly size: number;
  get(start: number): Word | undefined;
}

/**
 * The segmentation's words by start offset. analyze passes them in text order, where a binary
 * search finds one with nothing built (a map of every word of every article cost more than the
 * few look-ups it served); words out of order go into a map. A start held twice gives its last
 * word either way.
 */
export function wordsByStart(words: readonly Word[]): WordsByStart {
  for (let k = 1; k < words.length; k++) {
    if (!(words[k]!.start >= words[k - 1]!.start)) {
      const map = new Map<number, Word>();
      for (const word of words) map.set(word.start, word);
      return map;
    }
  }
  if (words.length === 1 && typeof words[0]!.start !== 'number') return new Map([[words[0]!.start, words[0]!]]);
  return {
    size: words.length,
    get(start: number): Word | undefined {
      // The first word starting after `start`; the one before it is the last starting at or before it.
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (words[mid]!.start <= start) lo = mid + 1;
        else hi = mid;
      }
      const word = words[lo - 1];
      return word !== undefined && word.start === start ? word : undefined;
    },
  };
}

export class Scan {
  readonly data: NumberData;
  readonly tokens: TokenList;
  readonly text: string;
  readonly found: NumberMention[] = [];
  /** A headline in capitals (`HƠN 19.700 CUỘC`) says nothing about names: capital-based rules are off. */
  readonly allCaps: boolean;
  private readonly lowerCache: (string | undefined)[];
  private readonly roleCache: (WordRole | null | undefined)[];
  /** The tokens' stretch of text lowercased once (see lowerAtSameOffsets); undefined until asked. */
  private lowered: string | null | undefined;

  /** The segmentation's words by their start offset (empty when the extractor runs without them). */
  readonly words: WordsByStart;

  constructor(text: string, tokens: TokenList, words: WordsByStart = new Map()) {
    this.data = numberData();
    this.tokens = tokens;
    this.text = text;
    this.words = words;
    this.lowerCache = new Array<string | undefined>(tokens.length);
    this.allCaps = tokens.length > 0 && !HAS_LOWER.test(text.slice(tokens.start[0], tokens.end[tokens.length - 1]));
    this.roleCache = new Array<WordRole | null | undefined>(tokens.length);
  }

  get count(): number {
    return this.tokens.length;
  }

  textOf(k: number): string {
    return this.text.slice(this.tokens.start[k]!, this.tokens.end[k]!);
  }

  /** Text from the start of token `first` to the end of token `last`. */
  textBetween(first: number, last: number): string {
    return this.text.slice(this.tokens.start[first]!, this.tokens.end[last]!);
  }

  /** The characters between token k-1 and token k. */
  gapBefore(k: number): string {
    return this.text.slice(this.tokens.end[k - 1]!, this.tokens.start[k]!);
  }

  /** Lowercased token text, cached: context look-ups ask for the same few tokens many times. */
  lower(k: number): string {
    let word = this.lowerCache[k];
    if (word === undefined) {
      if (this.lowered === undefined) this.lowered = lowerAtSameOffsets(this.text, this.tokens);
      word = this.lowered === null ? this.textOf(k).toLowerCase() : this.lowered.slice(this.tokens.start[k]! - this.tokens.start[0]!, this.tokens.end[k]! - this.tokens.start[0]!);
      this.lowerCache[k] = word;
    }
    return word;
  }

  isNum(k: number): boolean {
    return this.tokens.type[k] === NUM;
  }

  /** A punctuation mark or symbol token (`.`, `%`, `/`). */
  isMark(k: number): boolean {
    return k >= 0 && k < this.tokens.length && this.tokens.type[k] === PUNCT;
  }

  isWord(k: number): boolean {
    return k >= 0 && k < this.tokens.length && this.tokens.type[k] === WORD;
  }

  isPunct(k: number, chars: Set<string> | string): boolean {
    if (k < 0 || k >= this.tokens.length || this.tokens.type[k] !== PUNCT) return false;
    const mark = this.textOf(k);
    return typeof chars === 'string' ? mark === chars : chars.has(mark);
  }

  /** The token's text for a separator test: a mark as written, a word lowercased. */
  joinerText(k: number): string {
    return this.tokens.type[k] === PUNCT ? this.textOf(k) : this.lower(k);
  }

  /** Token k touches token k-1 (no space between). */
  isGlued(k: number): boolean {
    return k > 0 && k < this.tokens.length && this.tokens.end[k - 1] === this.tokens.start[k];
  }

  /** Token k follows token k-1 after one or two spaces on the same line. */
  isInline(k: number): boolean {
    if (k <= 0 || k >= this.tokens.length) return false;
    return INLINE_GAP.test(this.gapBefore(k));
  }

  private isMaterial(k: number): boolean {
    const type = this.tokens.type[k];
    return type === NUM || type === WORD || GLUE.has(this.textOf(k));
  }

  /** Token k opens a chunk: digits, letters and glue marks written without a space. */
  isChunkStart(k: number): boolean {
    return k === 0 || !this.isGlued(k) || !this.isMaterial(k - 1) || !this.isMaterial(k);
  }

  /** Last token of the chunk starting at k, without trailing full stops, commas or dashes. */
  chunkEnd(k: number): number {
    let last = k;
    const n = this.tokens.length;
    if (!this.isMaterial(k)) return k;
    while (last + 1 < n && this.isGlued(last + 1) && this.isMaterial(last + 1)) last++;
    while (last > k && this.tokens.type[last] === PUNCT && TRAILING.has(this.textOf(last))) last--;
    return last;
  }

  hasUpperInitial(k: number): boolean {
    if (this.allCaps) return false;
    const word = this.textOf(k);
    return word !== word.toLowerCase();
  }

  isLineStart(k: number): boolean {
    return k === 0 || this.gapBefore(k).includes('\n');
  }

  startsSentence(k: number): boolean {
    let j = k - 1;
    while (j >= 0 && this.tokens.type[j] === PUNCT && !SENTENCE_END.includes(this.textOf(j))) j--;
    return j < 0 || SENTENCE_END.includes(this.textOf(j)) || this.text.slice(this.tokens.end[j]!, this.tokens.start[k]!).includes('\n');
  }

  /**
   * The longest entry of `list` written as the words (single-spaced) ending right before token k,
   * lowercased; `maxWords` bounds the look-back. `edge` is the first token of the match.
   */
  wordsBefore(k: number, list: Set<string>, maxWords = 3): WordsMatch | null {
    let best: WordsMatch | null = null;
    if (!this.isInline(k)) return null;
    let j = k - 1;
    let words = 0;
    let phrase = '';
    while (j >= 0 && words < maxWords && this.tokens.type[j] === WORD) {
      // The words are one or two spaces apart (`isInline`), which the lists write as one.
      phrase = phrase === '' ? this.lower(j) : `${this.lower(j)} ${phrase}`;
      if (list.has(phrase)) best = { text: phrase, edge: j };
      words++;
      if (!this.isInline(j)) break;
      j--;
    }
    return best;
  }

  /** The longest entry of `list` written as words starting at token k; `edge` is its last token. */
  wordsAfter(k: number, list: Set<string>, maxWords = 3): WordsMatch | null {
    let best: WordsMatch | null = null;
    let phrase = '';
    for (let w = 0, j = k; w < maxWords && j < this.tokens.length && this.tokens.type[j] === WORD; w++, j++) {
      if (w > 0 && !this.isInline(j)) break;
      phrase = w === 0 ? this.lower(j) : `${phrase} ${this.lower(j)}`;
      if (list.has(phrase)) best = { text: phrase, edge: j };
    }
    return best;
  }

  /** What word token k is in a number phrase, cached per token (phrases look one token ahead). */
  roleOf(k: number): WordRole | null {
    if (!this.isWord(k)) return null;
    let role = this.roleCache[k];
    if (role === undefined) {
      role = roleOfWord(this.data, this.lower(k));
      this.roleCache[k] = role;
    }
    return role;
  }

  /** The role of the word right after token k on the same line, if it is part of a number. */
  roleAfter(k: number): WordRole | null {
    const next = k + 1;
    return next < this.tokens.length && this.isInline(next) ? this.roleOf(next) : null;
  }

  /** The segmentation's word that starts at token k, if the words are known. */
  wordAt(k: number): Word | undefined {
    return k >= 0 && k < this.tokens.length ? this.words.get(this.tokens.start[k]!) : undefined;
  }

  /** The token that ends at offset `end`, searching from token k on; -1 when a token straddles it. */
  tokenEndingAt(k: number, end: number): number {
    for (let j = k; j < this.tokens.length && this.tokens.start[j]! < end; j++) if (this.tokens.end[j] === end) return j;
    return -1;
  }

  /** Records a mention from token `first` to token `last`. */
  emit(first: number, last: number, value: number, valueTo: number | undefined, unit: string | null, qualifier: string | null, kind: NumberKind, writing: NumberWriting | null = null, range: NumberRange | null = null): void {
    const start = this.tokens.start[first]!;
    const end = this.tokens.end[last]!;
    const mention: NumberMention = { text: this.text.slice(start, end), start, end, value, unit, qualifier, kind };
    if (valueTo !== undefined) mention.valueTo = valueTo;
    const normalized = unit === null ? null : this.normalizedUnit(unit);
    if (normalized !== null && normalized !== unit) mention.unitNormalized = normalized;
    if (writing) mention.written = writing;
    if (range) mention.range = range;
    this.found.push(mention);
  }

  /** The unit a written unit stands for (`đ`, `VNĐ` → `đồng`; `baht` → `THB`; `đ/tháng` → `đồng/tháng`), from units.tsv. */
  private normalizedUnit(unit: string): string {
    let normalized = NORMALIZED_UNITS.get(unit);
    if (normalized === undefined) {
      normalized = unit
        .split('/')
        .map((part) => this.data.units.get(part)?.unit ?? (part.length > 1 ? this.data.unitsLower.get(part.toLowerCase())?.unit : undefined) ?? part)
        .join('/');
      // Bounded: a unit is a listed form or a counted noun, a few thousand at most in any text.
      if (NORMALIZED_UNITS.size < 10_000) NORMALIZED_UNITS.set(unit, normalized);
    }
    return normalized;
  }

  /** The [start, end) offsets of tokens `first` to `last`. */
  spanOf(first: number, last: number): { start: number; end: number } {
    return { start: this.tokens.start[first]!, end: this.tokens.end[last]! };
  }
}
