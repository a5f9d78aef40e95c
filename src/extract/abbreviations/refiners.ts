// Refiners of abbreviation uses (chrono's shape): after the parsers, a named ordered list that
// drops candidates the context shows are words and settles where each use ends.
import { DIGIT, LETTER, UPPER } from '../../lexicon/letters.js';
import type { Candidate, ParseContext } from './parsers.js';
import { HAS_CAPITAL } from './resolve.js';
import type { Mention } from './senses.js';
import { isCapitalisedWord, isSyllableShaped } from './text.js';
import { looksLikeAbbreviation } from '../../lexicon/short-forms.js';
import { spanEndAt } from './tokens.js';

/** A candidate with the end the refiners settle. */
export interface RefinedCandidate extends Candidate {
  end: number;
}

interface Refiner {
  name: string;
  refine: (ctx: ParseContext, list: RefinedCandidate[]) => RefinedCandidate[];
}

// e.g. "-" and "." in "LĐ-TB.XH"
const NOT_LETTER = new RegExp(`[^${LETTER}]`, 'gu');
// e.g. "19" in "COVID-19"
const HAS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');

/** Whether a token is a word in capitals (`TỈNH`, `HOA`) rather than an abbreviation. */
function isShoutedWord(token: string): boolean {
  const letters = token.replace(NOT_LETTER, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || HAS_DIGIT.test(token)) return false;
  return !looksLikeAbbreviation(token) || isSyllableShaped(token) || isCapitalisedWord(token);
}

// `CA SĨ`, `AI ĐÓ`, `TIN NÓNG`: inside a phrase in capitals, a syllable or an unknown is a word.
function dropWordsInCapitalPhrases(ctx: ParseContext, list: RefinedCandidate[]): RefinedCandidate[] {
  const shoutedWords = new Map<string, boolean>();
  const isShouted = (i: number): boolean => {
    for (const t of [ctx.tokens[i - 1], ctx.tokens[i + 1]]) {
      if (!t || !HAS_CAPITAL.test(t.text)) continue;
      let w = shoutedWords.get(t.text);
      if (w === undefined) {
        w = isShoutedWord(t.text);
        shoutedWords.set(t.text, w);
      }
      if (w) return true;
    }
    return false;
  };
  return list.filter((c) => !((c.resolved.unknown || c.resolved.syllable) && isShouted(c.token)));
}

// What follows the dot of an abbreviation written before a name.
// e.g. " Cần" in "TP. Cần Thơ", " 1" in "Q. 1"
const NAME_AFTER_DOT = new RegExp(String.raw`^[ \u00A0]+[${UPPER}${DIGIT}]`, 'u');

// `TP. Cần Thơ`, `ThS. Nguyễn Văn A`: the dot belongs to the abbreviation.
function takeDotBeforeName(ctx: ParseContext, list: RefinedCandidate[]): RefinedCandidate[] {
  const { text } = ctx;
  for (const c of list) {
    const end = c.start + c.spelling.length;
    if (c.resolved.entry?.prefix && text[end] === '.' && NAME_AFTER_DOT.test(text.slice(end + 1, end + 4)) && end + 1 < spanEndAt(ctx.spans, c.start, text.length)) c.end = end + 1;
  }
  return list;
}

/** The refiners, in the order they run. */
export const refiners: Refiner[] = [
  { name: 'drop words in capital phrases', refine: dropWordsInCapitalPhrases },
  { name: 'take the dot before a name', refine: takeDotBeforeName },
];

/** The uses that stay after every refiner, as mentions. */
export function refineMentions(ctx: ParseContext, candidates: Candidate[]): Mention[] {
  // the parsers' candidates are fresh objects, so each takes its end in place
  let list = candidates as RefinedCandidate[];
  for (const c of list) c.end ??= c.start + c.spelling.length;
  for (const r of refiners) list = r.refine(ctx, list);
  return list.map((c) => {
    const m: Mention = { key: c.resolved.key, spelling: c.spelling, start: c.start, end: c.end, token: c.token };
    if (c.place) m.place = c.place;
    return m;
  });
}
