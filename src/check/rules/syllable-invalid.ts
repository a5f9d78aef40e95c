// A syllable that cannot be Vietnamese (`nguời`, `truờng`, `đươc`, `khôg`): a typo, or a
// keyboard (Telex, VNI) that put a mark on the wrong letter. Validity comes from the syllable's
// structure (src/check/syllable.ts); the suggestion is the attested syllable of the word list
// one edit away (src/check/word-list.ts). Left alone: words in plain ASCII or with letters
// outside the Vietnamese alphabet (foreign words: `online`, `Zelensky`, `café`), capitalised
// words inside a sentence or in an entity (names), words in capitals or mixed case (`ĐHQG`,
// `iPhone`), words glued to digits, hyphens or slashes (`H5N1`, `Ê-đê`, `đ/kg`), and URLs and
// e-mail addresses. Only the article's prose is read: not its dateline, byline or trailer.

import type { RawFinding, Rule } from '../types.js';
import { isJoinedSyllables, opensLikeSyllable, splitTone, syllableProblem, type SyllableProblem, type Toneless } from '../syllable.js';
import { suggestSyllables } from '../word-list.js';
import { spanContains } from '../names.js';
import { LETTER, UPPER } from '../../lexicon/letters.js';

// e.g. `người`, `Khôg`
const TOKEN = new RegExp(`[${LETTER}]+`, 'gu');
// e.g. the `-` of `Ê-đê`, the `5` of `H5N1`, the `/` of `đ/kg`, the `’` of `O’Neil`, the `@`,
// `:`, `?`, `%` of an address (`toasoan@báo.vn`, `https://báo.vn/tin?q=ngừơi%20dân`)
const GLUE = /[\d_\-‐‑/\\&+#'’@=:?%~]/u;
const UPPER_CHAR = new RegExp(`[${UPPER}]`, 'u');
const LETTER_OR_DIGIT = new RegExp(`[${LETTER}\\d]`, 'u');
const ASCII_ONLY = /^[a-zA-Z]+$/u;
// e.g. `“`, `(`, `- ` before the first word of a quote, a list item or a sentence
const OPENING = /[\s“"'‘([«–—-]/u;

const WHY: Record<SyllableProblem, string> = {
  shape: 'is not a Vietnamese syllable',
  'stop-tone': 'is not a Vietnamese syllable (one ending in p, t, c or ch takes only the sắc or nặng tone)',
  'tone-place': 'has its tone mark off the main vowel',
};

const MAX_WORD = 16;
const CONTENT = new Set(['title', 'lead', 'paragraph', 'caption']);

function capitalise(word: string): string {
  return (word[0] as string).toUpperCase() + word.slice(1);
}

// Articles share their words (Vietnamese writes a few thousand syllables), so each written form
// is judged once per process; the memo is emptied when it grows past any real vocabulary.
const JUDGED = new Map<string, SyllableProblem | null>();
const MAX_JUDGED = 100_000;

/** What is wrong with `word` as a Vietnamese syllable, or null (a valid one, or an abbreviation or loan). */
function judge(word: string): SyllableProblem | null {
  const known = JUDGED.get(word);
  if (known !== undefined) return known;
  const split = splitTone(word);
  let problem = split ? syllableProblem(split) : null;
  if (problem && (!opensLikeSyllable(split as Toneless) || isJoinedSyllables(word.toLowerCase()))) problem = null;
  if (JUDGED.size >= MAX_JUDGED) JUDGED.clear();
  JUDGED.set(word, problem);
  return problem;
}

/** True for a word the rule leaves alone whatever its letters: a code, an address, an abbreviation, a foreign word. */
function notProse(slice: string, i: number, word: string): boolean {
  const before = slice[i - 1];
  const after = slice[i + word.length];
  // No syllable, nor loanword written as one, is that long: a run of junk is not a typo.
  if (word.length < 2 || word.length > MAX_WORD || ASCII_ONLY.test(word)) return true;
  // A URL or an address glues every word to a `/`, `.`, `-`, `=`, `@`: no need to find its ends.
  if ((before !== undefined && GLUE.test(before)) || (after !== undefined && GLUE.test(after))) return true;
  // `v.v`, `TP.HCM`, `Sở Y tế.Hà`: letters on both sides of a full stop are an abbreviation or a code
  if (before === '.' && LETTER_OR_DIGIT.test(slice[i - 2] ?? '')) return true;
  if (after === '.' && LETTER_OR_DIGIT.test(slice[i + word.length + 1] ?? '')) return true;
  return UPPER_CHAR.test(word.slice(1));
}

export const syllableInvalid: Rule = {
  id: 'syllable-invalid',
  defaultSeverity: 'error',
  description: 'A syllable that cannot be Vietnamese (nguời, đươc, khôg), with the nearest real one.',
  check({ text, parts, analysis }) {
    const out: RawFinding[] = [];
    const inEntity = spanContains(analysis.entities.flatMap((e) => e.mentions));
    // One article repeats its typos; each word's suggestions are worked out once.
    const suggested = new Map<string, string[]>();
    const suggest = (lower: string) => {
      let s = suggested.get(lower);
      if (!s) suggested.set(lower, (s = suggestSyllables(lower)));
      return s;
    };
    for (const part of parts) {
      if (!CONTENT.has(part.kind)) continue;
      const sentenceStart = (at: number) => {
        let j = at - 1;
        while (j >= part.start && OPENING.test(text[j] as string)) j--;
        return j < part.start || '.!?…:'.includes(text[j] as string);
      };
      const slice = text.slice(part.start, part.end);
      for (const t of slice.matchAll(TOKEN)) {
        const word = t[0];
        const i = t.index ?? 0;
        if (notProse(slice, i, word)) continue;
        const problem = judge(word);
        if (!problem) continue;
        const start = part.start + i;
        const end = start + word.length;
        const capital = UPPER_CHAR.test(word[0] as string);
        if (capital && (!sentenceStart(start) || inEntity(start, end))) continue;
        const suggestions = suggest(word.toLowerCase()).map((s) => (capital ? capitalise(s) : s));
        // A capitalised word with no real syllable one edit away is a name (`Matxcơva`), not a typo.
        if (capital && suggestions.length === 0) continue;
        const [best, ...others] = suggestions;
        const hint = best === undefined ? '.' : `; did you mean "${best}"${others.length ? ` (or ${others.map((o) => `"${o}"`).join(', ')})` : ''}?`;
        out.push({ start, end, message: `"${word}" ${WHY[problem]}${hint}` });
      }
    }
    return out;
  },
};
