// Where each date pattern can match, found in one pass over the text instead of one regular
// expression scan per pattern. Nearly every pattern starts with a look-behind for a word boundary
// and then one of a few words (`tháng`, `hôm`, …) or a number: a scan tried it at every position
// of every text, about 60 ms of the extractor's 100 over 400 corpus articles. Here the text is cut
// once into words (runs of letters and digits); a parser's pattern is then tried, anchored (`y`),
// only where a word it `opens` with begins. A sticky match at a position is the match a global
// scan finds there, so the matches are the same, in the same order. The same pass tells which of
// these parsers' `needs` words the text holds as words, so `needs` costs no extra search.
import type { Parser } from './candidate.js';
import { LETTER_OR_DIGIT_CODES_END, letterOrDigitTable } from '../../lexicon/letters.js';

interface Opener {
  word: string;
  /** Indices of the parsers whose matches can open with `word`. */
  parsers: number[];
  /** Indices of the parsers that `need` the word. */
  needed: number[];
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

/** The table's entry for `word`, made on first sight; null for an empty word, which opens nothing. */
function openerOf(t: StartTable, word: string): Opener | null {
  if (word.length === 0) return null;
  let h = 0;
  for (let k = 0; k < word.length; k++) h = step(h, word.charCodeAt(k));
  const same = t.byHash.get(h) ?? [];
  let opener = same.find((o) => o.word === word);
  if (!opener) {
    opener = { word, parsers: [], needed: [] };
    same.push(opener);
    t.byHash.set(h, same);
    t.longest = Math.max(t.longest, word.length);
  }
  return opener;
}

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
    for (const word of opens.words) openerOf(t, word)?.parsers.push(i);
    for (const word of p.needs?.() ?? []) openerOf(t, word)?.needed.push(i);
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

export interface StartsFound {
  /** Per parser index: its starts if it has `opens`, null if it has them but none is in the text, undefined without `opens`. */
  starts: (Starts | null | undefined)[];
  /** Per parser index with `opens`: whether one of its `needs` words is in the text as a word. */
  needMet: boolean[];
}

/**
 * For each parser with `opens` (run on the lower-cased text), its sticky pattern and where in
 * `lower` a match of it can begin, and whether the text holds a word it `needs`. A `needs` word
 * of such a parser is a whole word in every match (tests/dates-news.test.ts checks it), so its
 * presence as a word is what `needs` asks.
 */
export function startsFor(parsers: readonly Parser[], lower: string): StartsFound {
  const t = tableFor(parsers);
  const starts: (Starts | null | undefined)[] = t.sticky.map((re) => (re ? null : undefined));
  const needMet: boolean[] = t.sticky.map(() => false);
  const add = (list: number[], at: number): void => {
    for (const k of list) (starts[k] ??= { re: t.sticky[k]!, at: [] }).at.push(at);
  };
  const codes = letterOrDigitTable();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const first = lower.charCodeAt(i);
    if (first >= LETTER_OR_DIGIT_CODES_END || codes[first] === 0) {
      i++;
      continue;
    }
    let h = first;
    let j = i + 1;
    for (; j < n; j++) {
      const c = lower.charCodeAt(j);
      if (c >= LETTER_OR_DIGIT_CODES_END || codes[c] === 0) break;
      h = step(h, c);
    }
    if (first >= 48 && first <= 57) add(t.byDigit, i);
    else if (j - i <= t.longest) {
      const same = t.byHash.get(h);
      if (same) {
        for (const o of same) {
          if (o.word.length !== j - i || !lower.startsWith(o.word, i)) continue;
          add(o.parsers, i);
          for (const k of o.needed) needMet[k] = true;
        }
      }
    }
    i = j;
  }
  return { starts, needMet };
}
