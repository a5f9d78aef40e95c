// A number word that is a word with a letter lost: `Cuộc họp ba đầu lúc 8 giờ` is `bắt đầu`
// (to begin) or `ban đầu` (at first) typed without its final consonant, not three heads.
//
// The slip is one missing letter on the bare letters (`bat` → `ba`), marks free: tone and letter
// marks are keystrokes of their own (Telex `bắt` is `b a w t s`) that an input method drops or
// misplaces when the syllable it builds is cut short, so they are no evidence either way. A tone
// alone is never taken for a slip: `ba con` and `bà con` are both words.
//
// A missing letter is only evidence where the number cannot be read as a quantity:
// - where a verb stands, not an object: after a subject (a noun or pronoun), after an adverb
//   (`sẽ`, `đã`), or opening a clause; after a verb, a preposition or a determiner a quantity is
//   counted (`có ba mặt`, `với ba bên`) and the number stands;
// - before a noun of position (`đầu`, `mặt`, `bên`, `phía`: data positionNouns), which is counted
//   with the thing it locates (`hai đầu cầu`, `ba mặt đường`) or as a fixed pair (`hai bên`); one
//   that locates nothing (a verb, a preposition, `lúc`, the clause's end follow it) is no counted
//   thing. After an adverb the segmentation may have joined it to the next syllable (`sẽ ba
//   đầu_vào tuần sau`), so there the noun's first syllable is enough.
// In that position, when the number word plus the noun is no dictionary word and the number word
// with one letter added is (`bắt đầu`, `ban đầu`), the text holds a misspelt word and no number.
// Known cost: a creature with three heads (`con rắn ba đầu được…`) loses its number.
import { inDictionaryAll } from '../../nlp/dictionary.js';
import type { Word } from '../../types.js';
import type { Scan } from './scan.js';
import { NOUN_TAGS } from './units.js';

// vntk's tags of an adverb (`sẽ`, `đã`, `vừa`): a verb, not a quantity, follows it.
const ADVERB_TAGS = new Set(['R']);
// Tags of a subject a verb follows (`Cuộc họp`, `Họ`); after any other word (a verb, a preposition,
// a determiner: `có ba mặt`, `với ba bên`) an object is counted, so the number stands.
const SUBJECT_TAGS = new Set([...NOUN_TAGS, 'Np', 'P']);
// Tags of a word a noun of position can locate (`đầu cầu`, `mặt đường`, `bên Lào`).
const LOCATED_TAGS = new Set([...NOUN_TAGS, 'Np']);

// The Vietnamese alphabet; each base vowel with the letter marks it can carry; the tone marks.
const LETTERS = 'abcdeghiklmnopqrstuvxyđ';
const LETTER_MARKS: Readonly<Record<string, readonly string[]>> = { a: ['a', 'ă', 'â'], e: ['e', 'ê'], i: ['i'], o: ['o', 'ô', 'ơ'], u: ['u', 'ư'], y: ['y'] };
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** `bắt` → `bat`: lower case, every mark gone, đ kept (a lost letter never turns đ into d). */
function bare(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase();
}

/**
 * Every spelling whose bare letters are `word`'s with one letter added (`ba` → `bat`, `ban`, `bia`…):
 * each vowel with any of its letter marks, and no tone or one tone on one vowel.
 */
function oneLetterMore(word: string): string[] {
  const letters = bare(word);
  const bases = new Set<string>();
  for (let i = 0; i <= letters.length; i++) {
    for (const ch of LETTERS) bases.add(letters.slice(0, i) + ch + letters.slice(i));
  }
  const out: string[] = [];
  for (const base of bases) {
    let forms = [''];
    for (const ch of base) forms = forms.flatMap((f) => (LETTER_MARKS[ch] ?? [ch]).map((o) => f + o));
    for (const form of forms) {
      out.push(form);
      for (let i = 0; i < form.length; i++) {
        if (LETTER_MARKS[bare(form[i]!)] === undefined) continue;
        for (const tone of TONES) out.push((form.slice(0, i + 1) + tone + form.slice(i + 1)).normalize('NFC'));
      }
    }
  }
  return out;
}

// Answers per `number word + noun` pair: the same few pairs recur in a text, and each costs a
// few thousand dictionary look-ups (one WebAssembly call).
const nearMisses = new Map<string, boolean>();

/** `ba đầu` is no word but `bắt đầu` (one letter more on `ba`) is; the number words themselves excluded. */
function isMissingLetterWord(scan: Scan, numberWord: string, noun: string): boolean {
  const key = `${numberWord} ${noun}`;
  let found = nearMisses.get(key);
  if (found === undefined) {
    const candidates = oneLetterMore(numberWord).filter((w) => !isNumberWord(scan, w));
    const hits = inDictionaryAll([key, ...candidates.map((c) => `${c} ${noun}`)]);
    found = hits[0] === 0 && hits.some((hit, i) => i > 0 && hit === 1);
    if (nearMisses.size > 1000) nearMisses.clear();
    nearMisses.set(key, found);
  }
  return found;
}

function isNumberWord(scan: Scan, word: string): boolean {
  const data = scan.data;
  return data.digits.has(word) || data.tens.has(word) || data.ten.has(word) || data.hundred.has(word) || data.dozen.has(word) || data.scales.has(word);
}

/**
 * The lone number word at token `first`, before the counted noun starting at `first + 1`, is a
 * word with a letter lost (see the file comment); needs the segmentation's words and tags.
 */
export function isMisspeltWord(scan: Scan, first: number): boolean {
  const nounToken = first + 1;
  if (scan.words.size === 0 || !scan.isWord(nounToken) || !scan.isInline(nounToken)) return false;
  const noun = scan.lower(nounToken);
  if (!scan.data.positionNouns.has(noun)) return false;
  const before = scan.isInline(first) ? wordEndingAt(scan, first - 1) : undefined;
  const afterAdverb = before !== undefined && ADVERB_TAGS.has(before.pos);
  // A clause opens at the number word (`Ba đầu từ mai`, `…, ba đầu`), or a subject or adverb ends right before it.
  const clauseStart = !scan.isInline(first) || scan.isMark(first - 1);
  const verbSlot = afterAdverb || clauseStart || (before !== undefined && SUBJECT_TAGS.has(before.pos));
  if (!verbSlot || (!afterAdverb && !locatesNothing(scan, nounToken))) return false;
  return isMissingLetterWord(scan, scan.lower(first), noun);
}

/** The segmentation's word whose last syllable is token k (`đã`, `chính thức`). */
function wordEndingAt(scan: Scan, k: number): Word | undefined {
  if (!scan.isWord(k)) return undefined;
  for (let j = k; j >= 0 && j > k - 4; j--) {
    const word = scan.wordAt(j);
    if (word) return word.end === scan.tokens.end[k] ? word : undefined;
  }
  return undefined;
}

/** The noun of position at token k is a word of its own and no noun it could locate follows it. */
function locatesNothing(scan: Scan, k: number): boolean {
  const word = scan.wordAt(k);
  if (!word || word.end !== scan.tokens.end[k]) return false;
  const next = k + 1;
  if (!scan.isWord(next) || !scan.isInline(next)) return true;
  const following = scan.wordAt(next);
  if (!following || !LOCATED_TAGS.has(following.pos)) return true;
  // `lúc 8 giờ`, `sáng nay`: a time word opens an adverbial, it is not located.
  return scan.data.datePrefixes.has(scan.lower(next));
}
