// vntk's `istitle` feature: `word === titleCase(word)` with title-case 2.1.1 / no-case 2.3.2, replicated.
import { readDataFile } from '../util/data.js';

interface NoCaseRegexps {
  camelCase: string;
  camelCaseUpper: string;
  nonWord: string;
}

let regexps: { camel: RegExp; camelUpper: RegExp; nonWord: RegExp } | undefined;

function loadRegexps(): { camel: RegExp; camelUpper: RegExp; nonWord: RegExp } {
  if (regexps === undefined) {
    const raw = JSON.parse(
      readDataFile('no-case-regexps.json'),
    ) as NoCaseRegexps;
    // The sources only hold BMP ranges; with `u` an astral character is one unit instead of two
    // surrogates, which changes nothing here: both surrogates fall outside every class, exactly
    // as the whole code point does (tests/nlp-title-case.test.ts compares with title-case itself).
    regexps = {
      camel: new RegExp(raw.camelCase, 'gu'),
      camelUpper: new RegExp(raw.camelCaseUpper, 'gu'),
      nonWord: new RegExp(raw.nonWord, 'gu'),
    };
  }
  return regexps;
}

/** no-case 2.3.2 without locale: camel splits, non-word runs to one space (none at the ends), lower case. */
export function noCase(value: string): string {
  const { camel, camelUpper, nonWord } = loadRegexps();
  const split = value.replace(camel, '$1 $2').replace(camelUpper, '$1 $2');
  return split
    .replace(nonWord, (match: string, index: number) =>
      index === 0 || index === split.length - match.length ? '' : ' ',
    )
    .toLowerCase();
}

// Example: `cần thơ` → `Cần Thơ`. `.` does not match line terminators, as in title-case.
const WORD_START = /^.| ./gu;

/** title-case 2.1.1 without locale. */
export function titleCase(value: string): string {
  return noCase(value).replace(WORD_START, (m) => m.toUpperCase());
}

// Memo per distinct string: news text repeats the same syllables and words endlessly. Cleared
// when full so that a 20 MB input cannot grow it without bound.
const MEMO_LIMIT = 200_000;
const memo = new Map<string, boolean>();

// A short cut for the tokens and n-grams news text is made of, so that title-case's regular
// expressions (classes over all of Unicode, several ms to compile) are built only for odd ones.
// It gives title-case's answer on every character and pair of characters it covers, and on
// random strings of them (tests/nlp-title-case.test.ts).
// Vietnamese and ASCII letters and digits: each has a one-character upper and lower case.
const SYLLABLE_CHARS =
  '0-9A-Za-z\\u00C0-\\u00C3\\u00C8-\\u00CA\\u00CC\\u00CD\\u00D2-\\u00D5\\u00D9\\u00DA\\u00DD\\u00E0-\\u00E3\\u00E8-\\u00EA\\u00EC\\u00ED\\u00F2-\\u00F5\\u00F9\\u00FA\\u00FD\\u0102\\u0103\\u0110\\u0111\\u0128\\u0129\\u0168\\u0169\\u01A0\\u01A1\\u01AF\\u01B0\\u1EA0-\\u1EF9';
// Punctuation of news text; no-case deletes it (a run inside the text becomes one space).
const PUNCTUATION_CHARS = '!-\\/:-@\\[-`{-~\\u2013\\u2014\\u2018\\u2019\\u201C\\u201D\\u2026';
// Example: `Cần Thơ`, `19`, `iPhone` (syllables separated by single spaces).
const SYLLABLES = new RegExp(`^[${SYLLABLE_CHARS}]+(?: [${SYLLABLE_CHARS}]+)*$`, 'u');
// Example: `động , tổ`, `(NLĐ)`, `1.850.000`: what the short cut can answer.
const COVERED = new RegExp(`^[${SYLLABLE_CHARS}${PUNCTUATION_CHARS} ]+$`, 'u');

/**
 * title-case deletes punctuation and the spaces at the ends, makes other space runs one space,
 * and writes each word as a capital and small letters, after splitting camelCase apart. So a
 * string with punctuation or odd spaces never equals its title case, and a run of syllables
 * equals it exactly when every syllable is a capital (or digit) followed by small letters: any
 * other capital would be lowered or split off.
 */
function isTitleShortCut(word: string): boolean | undefined {
  if (!COVERED.test(word)) return undefined;
  if (!SYLLABLES.test(word)) return false;
  return word.split(' ').every((s) => s === s.charAt(0).toUpperCase() + s.slice(1).toLowerCase());
}

/** vntk's `text_isTitle`: true for `Cần Thơ`, `A`, `19`; false for `COVID`, `iPhone`, `,`. */
export function isTitle(word: string): boolean {
  let result = memo.get(word);
  if (result === undefined) {
    result = isTitleShortCut(word) ?? word === titleCase(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, result);
  }
  return result;
}

/** Per word, what it brings to a run of words joined by spaces (isTitleOfRun). */
const parts = new Map<string, 0 | 1 | 2>();

/**
 * 1: syllables, each a capital (or digit) and small letters; 2: the short cut covers it, and no
 * run holding it is title case (it has punctuation, or a syllable of another case); 0: only
 * title-case itself can tell.
 */
function runPart(word: string): 0 | 1 | 2 {
  let part = parts.get(word);
  if (part === undefined) {
    const short = word.includes(' ') ? undefined : isTitleShortCut(word);
    part = short === undefined ? 0 : short ? 1 : 2;
    if (parts.size >= MEMO_LIMIT) parts.clear();
    parts.set(word, part);
  }
  return part;
}

/** runPart of each word, for isTitleOfRun: computed once per sentence, not once per n-gram. */
export function runParts(words: readonly string[]): Uint8Array {
  return Uint8Array.from(words, runPart);
}

/**
 * isTitle of `words[from] + ' ' + … + words[from + length - 1]` (`joined`), read off the words'
 * runParts where the short cut covers them all: its string test then holds for the run exactly
 * when it holds for each word, so no memo is asked about a new n-gram string.
 */
export function isTitleOfRun(parts: Uint8Array, from: number, length: number, joined: string): boolean {
  let all = true;
  for (let m = 0; m < length; m++) {
    const part = parts[from + m];
    if (part === 0) return isTitle(joined);
    if (part === 2) all = false;
  }
  return all;
}
