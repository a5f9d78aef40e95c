// Syllable tokens for the entity rules: cut from the normalised text itself (so offsets are exact
// whatever the segmenter did), each carrying the segmenter's word index and CRF tags as signals.
import type { Span, Word } from '../../types.js';
import { DIGIT, LETTER, LETTER_OR_DIGIT, UPPER } from '../../lexicon/letters.js';
import { toOldStyleTone } from '../../lexicon/fold.js';

export interface EntityToken extends Span {
  text: string;
  /** Case-folded matching key (lowercase, old-style tone marks, `Đ` look-alikes unified). */
  key: string;
  /** Matching key with case kept, for case-sensitive lists (org heads, gazetteers). */
  ckey: string;
  /** Index of the segmenter's word that holds this token, -1 when none does. */
  word: number;
  /** CRF NER tag of that word for this syllable (`B-PER` only on the word's first syllable). */
  ner: string;
  pos: string;
  isWord: boolean;
  isPunct: boolean;
  isNumber: boolean;
  /** First letter uppercase (`Cần`, `TP`, `A`). */
  isCap: boolean;
  /** Two or more letters, all uppercase (`TP`, `UBND`, `GD&ĐT`, `TP.HCM`). */
  isAcronym: boolean;
  /** Dotted initials (`H.T.P`). */
  isInitials: boolean;
}

// One token: a run of letters/digits joined by inner `.`, `-`, `&`, `/` or apostrophes
// (`COVID-19`, `TP.HCM`, `GD&ĐT`, `A/H5N1`, `H.T.P`, `1.850.000`), or any other single
// non-space character. The joiners are outside the letter class, so the repetition is linear.
// Example: `Sở GD&ĐT TP.HCM, COVID-19.` → Sở | GD&ĐT | TP.HCM | , | COVID-19 | .
const TOKEN = new RegExp(String.raw`[${LETTER_OR_DIGIT}]+(?:[.\-&/'’][${LETTER_OR_DIGIT}]+)*|[^\s${LETTER_OR_DIGIT}]`, 'gu');
// Example: `H.T.P`, `N.V.A`
const INITIALS = new RegExp(String.raw`^[${UPPER}](?:\.[${UPPER}])+$`, 'u');
// Example: `UBND`, `LĐLĐ`, `GD&ĐT`, `TP.HCM`
const ACRONYM = new RegExp(String.raw`^(?=(?:[^${LETTER}]*[${LETTER}]){2})[${UPPER}${DIGIT}.\-&/]+$`, 'u');
// Example: `19.700`, `07`, `1,5`
const NUMBER = new RegExp(String.raw`^[${DIGIT}][${DIGIT}.,/\-]*$`, 'u');
// Example: `Cần`, `19`, `A/H5N1` (a word); `,`, `“` (punctuation)
const WORD_CHAR = new RegExp(`[${LETTER_OR_DIGIT}]`, 'u');
// Example: `Cần`, `Đ`, `Ủy` (capitalised); `công`, `19` (not)
const CAPITALISED = new RegExp(`^[${UPPER}]`, 'u');

type Shape = Pick<EntityToken, 'key' | 'ckey' | 'isWord' | 'isPunct' | 'isNumber' | 'isCap' | 'isAcronym' | 'isInitials'>;

/** News reuses a small vocabulary: the per-string work is cached (bounded, cleared when full). */
const SHAPES = new Map<string, Shape>();
const MAX_SHAPES = 50_000;

function shapeOf(t: string): Shape {
  const hit = SHAPES.get(t);
  if (hit) return hit;
  const isWord = WORD_CHAR.test(t);
  const isCap = CAPITALISED.test(t);
  const ckey = toOldStyleTone(t);
  const shape: Shape = {
    key: ckey.toLowerCase(),
    ckey,
    isWord,
    isPunct: !isWord,
    isNumber: NUMBER.test(t),
    isCap,
    isAcronym: isCap && ACRONYM.test(t),
    isInitials: INITIALS.test(t),
  };
  if (SHAPES.size >= MAX_SHAPES) SHAPES.clear();
  SHAPES.set(t, shape);
  return shape;
}

/** Tokens of `text` inside `span`, tagged with the words (sorted by start) that cover them. */
export function tokenize(text: string, span: Span, words: readonly Word[]): EntityToken[] {
  const out: EntityToken[] = [];
  const slice = text.slice(span.start, span.end);
  let w = 0;
  let lastWord = -1;
  for (const m of slice.matchAll(TOKEN)) {
    const start = span.start + m.index;
    const t = m[0];
    while (w < words.length && (words[w] as Word).end <= start) w++;
    const word = w < words.length && (words[w] as Word).start <= start ? w : -1;
    const wd = word >= 0 ? (words[word] as Word) : undefined;
    const firstOfWord = word !== lastWord;
    lastWord = word;
    let ner = wd?.ner ?? '';
    if (!firstOfWord && ner.startsWith('B-')) ner = 'I-' + ner.slice(2);
    const sh = shapeOf(t);
    out.push({
      text: t,
      start,
      end: start + t.length,
      key: sh.key,
      ckey: sh.ckey,
      word,
      ner,
      pos: wd?.pos ?? '',
      isWord: sh.isWord,
      isPunct: sh.isPunct,
      isNumber: sh.isNumber,
      isCap: sh.isCap,
      isAcronym: sh.isAcronym,
      isInitials: sh.isInitials,
    });
  }
  return out;
}

// Example: `Bà Rịa`, `Cần Thơ`: words of letters and digits, one space apart (most data entries).
const PLAIN_ENTRY = new RegExp(`^[${LETTER_OR_DIGIT}]+(?: [${LETTER_OR_DIGIT}]+)*$`, 'u');

/** Tokens of a data entry (`Bà Rịa - Vũng Tàu`), as case-kept keys. */
export function entryKeys(entry: string): string[] {
  const nfc = entry.normalize('NFC');
  // The gazetteers hold a few thousand entries, read at every start: a plain entry's tokens are
  // its words, and toOldStyleTone changes a syllable's end only, so it may run on the whole entry.
  if (PLAIN_ENTRY.test(nfc)) return toOldStyleTone(nfc).split(' ');
  const out: string[] = [];
  for (const m of nfc.matchAll(TOKEN)) out.push(toOldStyleTone(m[0]));
  return out;
}
