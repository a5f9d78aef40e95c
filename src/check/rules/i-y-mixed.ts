// i and y in the open syllables where both are in use for one word (`kĩ`/`kỹ thuật`, `lí`/`lý do`,
// `mĩ`/`mỹ thuật`, `qui`/`quy định`). The 1984 spelling rules write i after a consonant (kĩ, lí,
// mĩ), the older press spelling y (kỹ, lý, mỹ); after qu both write y (quy), qui being older
// still. With no policy (`houseStyle.iy` "consistent") an article should keep to one in each
// class; with "i" or "y" every other common word is flagged and fixed. Names keep their owners'
// spelling (`Lý Thường Kiệt`, `bà Mỹ`), as in tone-mark-mixed.

import type { RawFinding, Rule, RuleContext } from '../types.js';
import { where } from '../text-utils.js';
import { NameIndex } from '../names.js';
import { readDataFile } from '../../util/data.js';
import { LETTER } from '../../lexicon/letters.js';

type Letter = 'i' | 'y';
type PairClass = 'consonant' | 'qu';

interface PairInfo {
  cls: PairClass;
  letter: Letter;
  /** The same syllable with the other letter, lower case. */
  other: string;
}

let pairs: Map<string, PairInfo> | undefined;
function pairTable(): Map<string, PairInfo> {
  if (pairs) return pairs;
  const data = JSON.parse(readDataFile('house-style.json')) as { iyPairs: Record<PairClass, [string, string][]> };
  pairs = new Map();
  for (const cls of ['consonant', 'qu'] as const) {
    for (const [i, y] of data.iyPairs[cls]) {
      pairs.set(i, { cls, letter: 'i', other: y });
      pairs.set(y, { cls, letter: 'y', other: i });
    }
  }
  return pairs;
}

// e.g. `kỹ`, `Lý`, `quy`
const SYLLABLE = new RegExp(String.raw`[${LETTER}]+`, 'gu');

interface Occurrence {
  start: number;
  end: number;
  word: string;
  info: PairInfo;
}

/** The i/y words of the article's prose (not its byline, dateline or trailer). */
function occurrences({ text, parts }: RuleContext): Occurrence[] {
  const table = pairTable();
  const out: Occurrence[] = [];
  for (const part of parts) {
    if (part.kind === 'byline' || part.kind === 'dateline' || part.kind === 'trailer') continue;
    for (const m of text.slice(part.start, part.end).matchAll(SYLLABLE)) {
      // Every listed syllable is two to four letters: skip the rest before lower-casing.
      if (m[0].length > 4) continue;
      const info = table.get(m[0].toLowerCase());
      if (!info) continue;
      const start = part.start + (m.index ?? 0);
      out.push({ start, end: start + m[0].length, word: m[0], info });
    }
  }
  return out;
}

/** `word` with its last letter (the i or y) swapped for `other`'s, keeping its case: `Kỹ` → `Kĩ`. */
function swapped(word: string, other: string): string {
  const last = word[word.length - 1] as string;
  const repl = other[other.length - 1] as string;
  return word.slice(0, -1) + (last === last.toLowerCase() ? repl : repl.toUpperCase());
}

const POLICY_NAME: Record<Letter, string> = { i: 'i (kĩ, lí, mĩ, quy)', y: 'y (kỹ, lý, mỹ, quy)' };

function policyFindings(ctx: RuleContext, policy: Letter): RawFinding[] {
  const names = new NameIndex(ctx.text, ctx.analysis);
  const out: RawFinding[] = [];
  for (const o of occurrences(ctx)) {
    // After qu, both policies write y.
    const wanted: Letter = o.info.cls === 'qu' ? 'y' : policy;
    if (o.info.letter === wanted || names.has(o.start, o.end)) continue;
    const fixed = swapped(o.word, o.info.other);
    const why = o.info.cls === 'qu' ? 'qui is the older spelling of quy' : `the house style writes ${POLICY_NAME[policy]}`;
    out.push({ start: o.start, end: o.end, message: `"${o.word}" is written with ${o.info.letter}; ${why}: write "${fixed}".`, fix: { start: o.start, end: o.end, text: fixed } });
  }
  return out;
}

function mixedFindings(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  // Capitalised words are names or start a sentence, and are left out of the count, as in
  // tone-mark-mixed. Papers keep a spelling per syllable more than per letter (`tỉ đồng` beside
  // `kỹ thuật`), so each onset (k, l, m, t, h, qu) keeps its own majority.
  const all = occurrences(ctx).filter((o) => o.word[0] === (o.word[0] as string).toLowerCase());
  const onsets = new Set(all.map((o) => o.info.other.slice(0, -1)));
  for (const onset of onsets) {
    const found = all.filter((o) => o.info.other.slice(0, -1) === onset);
    const ys = found.filter((o) => o.info.letter === 'y').length;
    const is = found.length - ys;
    if (ys === 0 || is === 0) continue;
    const main: Letter = ys === is ? (found[0] as Occurrence).info.letter : ys > is ? 'y' : 'i';
    const example = found.find((o) => o.info.letter === main) as Occurrence;
    const exampleAt = where(ctx.text, example.start);
    for (const o of found) {
      if (o.info.letter === main) continue;
      out.push({ start: o.start, end: o.end, message: `"${o.word}" is written with ${o.info.letter}; this article mostly writes ${main} ("${example.word}" at ${exampleAt}).` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const iYMixed: Rule = {
  id: 'i-y-mixed',
  defaultSeverity: 'warn',
  description: 'i and y mixed in kĩ/kỹ, lí/lý, mĩ/mỹ, qui/quy in one article, or off the house style.',
  check(ctx) {
    const policy = ctx.config.houseStyle?.iy ?? 'consistent';
    return policy === 'consistent' ? mixedFindings(ctx) : policyFindings(ctx, policy);
  },
};
