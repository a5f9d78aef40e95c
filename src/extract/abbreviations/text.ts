// Letter-level helpers for abbreviations: the shape of a short form's letters and the alignment
// of a short form's initials with the syllables of its expansion.

import { LETTER } from '../../lexicon/letters.js';
import { stripTones, unifyLookalikeD } from '../../lexicon/fold.js';
import { isUpper, shortFormKey } from '../../lexicon/short-forms.js';

// A strict Roman numeral (I to MMMCMXCIX); `II`, `XIV`, `XIII`.
// e.g. "XIV"
const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/u;

export function isRomanNumeral(token: string): boolean {
  return token.length <= 15 && ROMAN.test(token);
}

// One Vietnamese syllable written in capitals (`TIN`, `HOA`, `BAN`, `ĐÔNG`): a word, not an
// initialism. Initial consonant, a vowel nucleus of one to three letters, an optional final.
// e.g. "NGHIÊNG" → true, "TP" → false
const SYLLABLE = /^(?:NGH|NG|GH|GI|KH|NH|PH|TH|TR|CH|QU|[BCDĐGHKLMNPQRSTVX])?[AĂÂEÊIOÔƠUƯY]{1,3}(?:NG|NH|CH|[CMNPT])?$/u;

export function isSyllableShaped(token: string): boolean {
  return SYLLABLE.test(shortFormKey(token));
}

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U', 'Y', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư']);

/**
 * A word written in capitals rather than an initialism: two or more vowel groups with vowels at
 * least 40% of the letters (`VIDEO`, `COVID`, `HOTEL`), which initialisms of Vietnamese syllables
 * (`UBATGT`, `TTYT`, `HĐND`) never reach.
 */
export function isCapitalisedWord(token: string): boolean {
  const key = shortFormKey(token);
  if (key.length < 4) return false;
  let vowels = 0;
  let groups = 0;
  let inVowel = false;
  for (const c of key) {
    const v = VOWELS.has(c);
    if (v) {
      vowels++;
      if (!inVowel) groups++;
    }
    inVowel = v;
  }
  return groups >= 2 && vowels / key.length >= 0.4;
}

/** One initial of a short form: the letters a syllable must start with, or `và` for `&`. */
export interface Initial {
  letters: string;
  and: boolean;
}

// Consonant clusters a short form may keep in lower case after the capital: `ThS` (Thạc sĩ),
// `NgĐ`, `TrH`.
const DIGRAPH_TAILS: Record<string, string[]> = {
  t: ['h', 'r'],
  c: ['h'],
  p: ['h'],
  k: ['h'],
  n: ['gh', 'g', 'h'],
  g: ['h', 'i'],
  q: ['u'],
};

/**
 * The initials of a short form. With `digraphs`, a capital and its lower-case cluster tail form
 * one initial (`ThS` → th, s); without, every letter is an initial (`Tp` → t, p).
 */
export function splitInitials(short: string, digraphs: boolean): Initial[] {
  const out: Initial[] = [];
  const chars = [...stripTones(short).replace(/[.\-\s]/gu, '')];
  const original = [...unifyLookalikeD(short).replace(/[.\-\s]/gu, '')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (c === '&') {
      out.push({ letters: 'và', and: true });
      continue;
    }
    let letters = c;
    if (digraphs && isUpper(original[i] ?? '')) {
      for (const tail of DIGRAPH_TAILS[c] ?? []) {
        const next = original.slice(i + 1, i + 1 + tail.length).join('');
        if (next === tail) {
          letters += tail;
          i += tail.length;
          break;
        }
      }
    }
    out.push({ letters, and: false });
  }
  return out;
}

// Vowel letters with their marks removed, so `U` matches `ưu` and `O` matches `ổn`; đ keeps its
// stroke, since D for đ would let `DN` match `đăng nhập`.
const BASE_VOWEL: Record<string, string> = { ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u' };
const baseLetters = (s: string): string => [...s].map((c) => BASE_VOWEL[c] ?? c).join('');

/** Whether a folded syllable (`stripTones`) starts with the given initial. */
export function syllableMatches(folded: string, initial: Initial): boolean {
  if (initial.and) return folded === 'và' || folded === 'va';
  return baseLetters(folded).startsWith(baseLetters(initial.letters));
}

const isAnd = (folded: string): boolean => folded === 'và' || folded === 'va';

/**
 * Whether initials and folded syllables align one to one, all of both consumed: `và` may stand
 * where the short form has no `&` (`KHCN` = khoa học và công nghệ), never first or last.
 */
export function alignInitials(initials: Initial[], folded: string[]): boolean {
  return align(initials, 0, folded, 0);
}

function align(initials: Initial[], i: number, syllables: string[], j: number): boolean {
  if (i === initials.length) return j === syllables.length;
  if (j === syllables.length) return false;
  const initial = initials[i];
  const syllable = syllables[j];
  if (initial === undefined || syllable === undefined) return false;
  if (syllableMatches(syllable, initial) && align(initials, i + 1, syllables, j + 1)) return true;
  // `và` skipped inside, not at either end
  return !initial.and && i > 0 && isAnd(syllable) && align(initials, i, syllables, j + 1);
}

// Initials of the short forms seen lately; cleared when it grows, so memory stays bounded.
const initialsCache = new Map<string, [Initial[], Initial[]]>();

/** The initials of a short form read with digraphs (`ThS` → th, s) and letter by letter (t, h, s). */
export function initialsOf(short: string): [Initial[], Initial[]] {
  let cached = initialsCache.get(short);
  if (!cached) {
    if (initialsCache.size > 5000) initialsCache.clear();
    cached = [splitInitials(short, true), splitInitials(short, false)];
    initialsCache.set(short, cached);
  }
  return cached;
}

/** Whether the syllables spell the short form, trying digraph initials first (`ThS`), then single letters. */
export function spells(short: string, syllables: string[]): boolean {
  if (syllables.length === 0 || syllables.length > 24) return false;
  const folded = syllables.map(stripTones);
  const [withDigraphs, single] = initialsOf(short);
  if (alignInitials(withDigraphs, folded)) return true;
  return single.length !== withDigraphs.length && alignInitials(single, folded);
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '«', '[', '*', '-', '–', '—']);
const ENDERS = new Set(['.', '!', '?', '…']);
// A character of the word before a dot, looking back (letters of lexicon/letters.ts, not `\p{L}`,
// which costs milliseconds to compile).
// e.g. "T", "P" in "TP. Cần Thơ"
const WORD_BEFORE_DOT = new RegExp(`[${LETTER}.]`, 'u');

/**
 * Whether `pos` opens a sentence: the start of the text or a line, or after `.`, `!`, `?`, `…`
 * (and any spaces, quotes or brackets). A dot after an abbreviation written before a name
 * (`TP. Cần Thơ`, as `isNonFinal` tells) does not end a sentence.
 */
export function isSentenceStart(text: string, pos: number, isNonFinal: (word: string) => boolean = () => false): boolean {
  let i = pos;
  let skipped = 0;
  while (i > 0 && skipped < 16) {
    const c = text[i - 1] ?? '';
    if (c === ' ' || c === '\t' || c === '\u00A0' || OPENERS.has(c)) {
      i--;
      skipped++;
      continue;
    }
    break;
  }
  if (i === 0) return true;
  const c = text[i - 1] ?? '';
  if (c === '\n') return true;
  if (!ENDERS.has(c)) return false;
  if (c !== '.') return true;
  let j = i - 1;
  while (j > 0 && j > i - 16 && WORD_BEFORE_DOT.test(text[j - 1] ?? '')) j--;
  return !isNonFinal(text.slice(j, i));
}
