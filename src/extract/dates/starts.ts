// Where each date pattern can match, found in one pass over the text instead of one regular
// expression scan per pattern. Nearly every pattern starts with a look-behind for a word boundary
// and then one of a few words (`tháng`, `hôm`, …) or a number: a scan tried it at every position
// of every text, about 60 ms of the extractor's 100 over 400 corpus articles. Here the text is cut
// once into words (runs of letters and digits); a parser's pattern is then tried, anchored (`y`),
// only where a word it `opens` with begins. A sticky match at a position is the match a global
// scan finds there, so the matches are the same, in the same order.
import type { Parser } from './candidate.js';
import { WORD_CODES_END, wordCodeTable } from './words.js';

interface Opener {
  word: string;
  /** Indices of the parsers whose matches can open with `word`. */
  parsers: number[];
}

interface StartTable {
  /** Openers by the hash of their word (see `hash`); a hit is confirmed against the text. */
  byHash: Map<number, Opener[]>;
  /** Parser indices whose matches can open with a number. */
  byDigit: number[];
  /** The longest opening word: a longer word is not looked up. */
  longest: number;
  /** Per parser index, its pattern made sticky, or null for a parser without `opens`. */
  sticky: (RegExp | null)[];
}

// The hash the scan computes as it reads a word, without cutting the word out of the text.
const step = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;

const tables = new WeakMap<readonly Parser[], StartTable>();

function tableFor(parsers: readonly Parser[]): StartTable {
  let t = tables.get(parsers);
  if (t) return t;
  t = { byHash: new Map(), byDigit: [], longest: 0, sticky: [] };
  for (let i = 0; i < parsers.length; i++) {
    const p = parsers[i]!;
    const opens = p.opens?.();
    if (!opens || p.cased) {
      t.sticky.push(null);
      continue;
    }
    if (opens.digits) t.byDigit.push(i);
    for (const word of opens.words) {
      if (word.length === 0) continue;
      let h = 0;
      for (let k = 0; k < word.length; k++) h = step(h, word.charCodeAt(k));
      const same = t.byHash.get(h) ?? [];
      const opener = same.find((o) => o.word === word);
      if (opener) opener.parsers.push(i);
      else same.push({ word, parsers: [i] });
      t.byHash.set(h, same);
      t.longest = Math.max(t.longest, word.length);
    }
    const re = p.pattern();
    t.sticky.push(new RegExp(re.source, re.flags.replace('g', 'y')));
  }
  tables.set(parsers, t);
  return t;
}

export interface Starts {
  /** The parser's pattern, sticky. */
  re: RegExp;
  /** Positions in the text where a match of it can begin, ascending. */
  at: number[];
}

/**
 * For each parser with `opens` (run on the lower-cased text), its sticky pattern and where in
 * `lower` a match of it can begin, or null if nowhere; undefined for the others, which scan the
 * text themselves.
 */
export function startsFor(parsers: readonly Parser[], lower: string): (Starts | null | undefined)[] {
  const t = tableFor(parsers);
  const out: (Starts | null | undefined)[] = t.sticky.map((re) => (re ? null : undefined));
  const add = (list: number[], at: number): void => {
    for (const k of list) (out[k] ??= { re: t.sticky[k]!, at: [] }).at.push(at);
  };
  const codes = wordCodeTable();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const first = lower.charCodeAt(i);
    if (first >= WORD_CODES_END || codes[first] === 0) {
      i++;
      continue;
    }
    let h = first;
    let j = i + 1;
    for (; j < n; j++) {
      const c = lower.charCodeAt(j);
      if (c >= WORD_CODES_END || codes[c] === 0) break;
      h = step(h, c);
    }
    if (first >= 48 && first <= 57) add(t.byDigit, i);
    else if (j - i <= t.longest) {
      const same = t.byHash.get(h);
      if (same) for (const o of same) if (o.word.length === j - i && lower.startsWith(o.word, i)) add(o.parsers, i);
    }
    i = j;
  }
  return out;
}
