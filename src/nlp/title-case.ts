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

/** vntk's `text_isTitle`: true for `Cần Thơ`, `A`, `19`; false for `COVID`, `iPhone`, `,`. */
export function isTitle(word: string): boolean {
  let result = memo.get(word);
  if (result === undefined) {
    result = word === titleCase(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, result);
  }
  return result;
}
