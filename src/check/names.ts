// Where personal names are, for the spelling-policy rules: names keep their owners' spelling
// (`chị Thuý`, `Lê Thị Thủy`, `Lý Văn Kỳ`) whatever the house style. A word belongs to a name
// when it lies in a PER entity of the analysis, in a run of capitalised words right after a
// person title (src/data/titles.tsv), or in a run of two or more capitalised words opening with
// a family name (src/data/family-names.txt: streets and schools named after people).

import type { Analysis } from '../types.js';
import { readDataFile } from '../util/data.js';
import { LETTER, UPPER } from '../lexicon/letters.js';

interface NameData {
  titles: Set<string>;
  longestTitle: number;
  familyNames: Set<string>;
}

let cached: NameData | undefined;
function nameData(): NameData {
  if (cached) return cached;
  const titles = new Set<string>();
  let longestTitle = 1;
  const lines = readDataFile('titles.tsv').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  for (const line of lines.slice(1)) {
    const title = (line.split('\t')[0] ?? '').trim().toLowerCase();
    if (title === '') continue;
    titles.add(title);
    longestTitle = Math.max(longestTitle, title.split(' ').length);
  }
  const familyNames = new Set(
    readDataFile('family-names.txt')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
  cached = { titles, longestTitle, familyNames };
  return cached;
}

// e.g. `Nguyễn`, `Thuý`: a word with a capital first letter
const CAPITALISED = new RegExp(`^[${UPPER}]`, 'u');
// e.g. `ông`, `Chủ tịch`: the words before a run of capitalised words
const WORD = new RegExp(`[${LETTER}]+`, 'gu');

/**
 * Whether [start, end) lies inside one of `spans`, by binary search: an article with thousands of
 * mentions and thousands of candidate words stays linear-logarithmic.
 */
export function spanContains(spans: readonly (readonly [number, number])[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  // The furthest end among the spans up to each index, so a long span before shorter ones still counts.
  const reach: number[] = [];
  for (const [i, [, e]] of sorted.entries()) reach.push(Math.max(e, reach[i - 1] ?? -1));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as [number, number])[0] <= start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at !== -1 && (reach[at] ?? -1) >= end;
  };
}

/** Tells whether a span of `text` is part of a personal name. Build one per document. */
export class NameIndex {
  private readonly inPer: (start: number, end: number) => boolean;

  constructor(
    private readonly text: string,
    analysis: Analysis,
  ) {
    this.inPer = spanContains(analysis.entities.filter((e) => e.type === 'PER').flatMap((e) => e.mentions));
  }

  /** True when the word at [start, end) is in a personal name. Cheap enough to ask per candidate word. */
  has(start: number, end: number): boolean {
    if (this.inPer(start, end)) return true;
    if (!CAPITALISED.test(this.text.slice(start, end))) return false;
    const run = this.capitalisedRun(start, end);
    const { familyNames } = nameData();
    if (run.words.length >= 2 && familyNames.has(run.words[0] as string)) return true;
    return this.titleBefore(run.start);
  }

  /** The run of capitalised words, separated by single spaces, that holds [start, end). */
  private capitalisedRun(start: number, end: number): { start: number; words: string[] } {
    const words = [this.text.slice(start, end)];
    let s = start;
    // Walk left and right one word at a time; a run is a name, a few words long.
    for (let i = 0; i < 6; i++) {
      const prev = this.wordBefore(s);
      if (!prev || !CAPITALISED.test(prev.word)) break;
      words.unshift(prev.word);
      s = prev.start;
    }
    let e = end;
    for (let i = 0; i < 6; i++) {
      const next = this.wordAfter(e);
      if (!next || !CAPITALISED.test(next.word)) break;
      words.push(next.word);
      e = next.end;
    }
    return { start: s, words };
  }

  private wordBefore(at: number): { start: number; word: string } | null {
    if (this.text[at - 1] !== ' ') return null;
    let s = at - 1;
    while (s > 0 && s > at - 40 && isLetter(this.text[s - 1])) s--;
    return s < at - 1 ? { start: s, word: this.text.slice(s, at - 1) } : null;
  }

  private wordAfter(at: number): { end: number; word: string } | null {
    if (this.text[at] !== ' ') return null;
    let e = at + 1;
    while (e < this.text.length && e < at + 40 && isLetter(this.text[e])) e++;
    return e > at + 1 ? { end: e, word: this.text.slice(at + 1, e) } : null;
  }

  private titleBefore(at: number): boolean {
    const { titles, longestTitle } = nameData();
    const before = this.text.slice(Math.max(0, at - 40), at);
    if (!LETTER_THEN_SPACE.test(before)) return false;
    const words = [...before.matchAll(WORD)].map((m) => m[0].toLowerCase());
    for (let n = 1; n <= Math.min(longestTitle, words.length); n++) {
      if (titles.has(words.slice(-n).join(' '))) return true;
    }
    return false;
  }
}

const LETTER_CHAR = new RegExp(`[${LETTER}]`, 'u');
// e.g. `ông ` right before the name: a title, then only spaces
const LETTER_THEN_SPACE = new RegExp(`[${LETTER}] +$`, 'u');
const isLetter = (ch: string | undefined) => ch !== undefined && LETTER_CHAR.test(ch);
