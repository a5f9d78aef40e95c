// Where each date pattern can match, found in one pass over the text instead of one regular
// expression scan per pattern. Nearly every pattern starts with a look-behind for a word boundary
// and then one of a few words (`tháng`, `hôm`, …) or a number: a scan tried it at every position
// of every text, about 60 ms of the extractor's 100 over 400 corpus articles. Here the text is cut
// once into words (runs of letters and digits); a parser's pattern is then tried, anchored (`y`),
// only where a word it `opens` with begins. A sticky match at a position is the match a global
// scan finds there, so the matches are the same, in the same order.
import type { Parser } from './candidate.js';
import { isWordCode } from './words.js';

interface StartTable {
  /** Parser indices by the word their matches can open with. */
  byWord: Map<string, number[]>;
  /** Parser indices whose matches can open with a number. */
  byDigit: number[];
  /** The longest word in `byWord`: a longer word is not looked up. */
  longest: number;
  /** Per parser index, its pattern made sticky, or null for a parser without `opens`. */
  sticky: (RegExp | null)[];
}

const tables = new WeakMap<readonly Parser[], StartTable>();

function tableFor(parsers: readonly Parser[]): StartTable {
  let t = tables.get(parsers);
  if (t) return t;
  t = { byWord: new Map(), byDigit: [], longest: 0, sticky: [] };
  for (let i = 0; i < parsers.length; i++) {
    const p = parsers[i]!;
    const opens = p.opens?.();
    if (!opens || p.cased) {
      t.sticky.push(null);
      continue;
    }
    if (opens.digits) t.byDigit.push(i);
    for (const w of opens.words) {
      const list = t.byWord.get(w);
      if (list) list.push(i);
      else t.byWord.set(w, [i]);
      t.longest = Math.max(t.longest, w.length);
    }
    const re = p.pattern();
    t.sticky.push(new RegExp(re.source, re.flags.replace('g', 'y')));
  }
  tables.set(parsers, t);
  return t;
}

/**
 * For each parser with `opens` (run on the lower-cased text), its sticky pattern and the
 * positions in `lower` where a match of it can begin, ascending; null for the others, which
 * scan the text themselves.
 */
export function startsFor(parsers: readonly Parser[], lower: string): ({ re: RegExp; at: number[] } | null)[] {
  const t = tableFor(parsers);
  const out = t.sticky.map((re) => (re ? { re, at: [] as number[] } : null));
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordCode(lower.charCodeAt(j))) j++;
    const list = c >= 48 && c <= 57 ? t.byDigit : j - i <= t.longest ? t.byWord.get(lower.slice(i, j)) : undefined;
    if (list) for (const k of list) out[k]!.at.push(i);
    i = j;
  }
  return out;
}
