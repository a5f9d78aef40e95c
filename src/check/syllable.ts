// Whether a written syllable can be Vietnamese: onset, rime (glide, nucleus, coda) and tone, and
// the spelling rules that tie them (k/gh/ngh before i, e, ê, y and c/g/ng elsewhere; qu, gi; a
// stop coda p, t, c, ch takes only the sắc or nặng tone; the tone mark sits on the nucleus). The
// onsets and rimes are data (src/data/syllables.json); the rules that combine them are here.

import { readDataFile } from '../util/data.js';

/** 0 ngang (no mark), 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
const BASE_VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] as const;
const CONSONANTS = 'bcdđghklmnpqrstvx';

/** Every vowel letter, lower and upper case, with each tone: its toneless lower-case base and tone. */
const VOWEL_TONES: Map<string, { base: string; tone: Tone }> = (() => {
  const m = new Map<string, { base: string; tone: Tone }>();
  for (const base of BASE_VOWELS) {
    TONE_MARKS.forEach((mark, tone) => {
      const v = { base, tone: tone as Tone };
      m.set((base + mark).normalize('NFC'), v);
      m.set((base.toUpperCase() + mark).normalize('NFC'), v);
    });
  }
  return m;
})();

/** A vowel letter with a tone: `toned('a', 2)` is `á`. */
export function toned(base: string, tone: Tone): string {
  return (base + TONE_MARKS[tone]).normalize('NFC');
}

/** Lower-case letters of the Vietnamese alphabet, each vowel with each tone (for suggestions). */
export const ALPHABET: readonly string[] = [...CONSONANTS, ...BASE_VOWELS.flatMap((b) => TONE_MARKS.map((_, t) => toned(b, t as Tone)))];

export interface Toneless {
  /** The syllable in lower case without its tone mark (`người` → `ngươi`). */
  base: string;
  tone: Tone;
  /** Index of the letter that carries the tone in `base` (one UTF-16 unit per letter), -1 without one. */
  toneAt: number;
}

/**
 * The syllable without its tone, or null when it holds a letter outside the Vietnamese alphabet
 * (f, j, w, z, ñ, ü, …: a foreign word) or two tone marks. Expects NFC.
 */
export function splitTone(word: string): Toneless | null {
  let base = '';
  let tone: Tone = 0;
  let toneAt = -1;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] as string;
    const v = VOWEL_TONES.get(ch);
    if (v) {
      if (v.tone !== 0) {
        if (toneAt !== -1) return null;
        tone = v.tone;
        toneAt = i;
      }
      base += v.base;
      continue;
    }
    const lower = ch.toLowerCase();
    if (!CONSONANTS.includes(lower)) return null;
    base += lower;
  }
  return { base, tone, toneAt };
}

interface SyllableData {
  onsets: string[];
  rimes: string[];
}

let data: { onsets: string[]; rimes: Set<string> } | undefined;
function syllableData(): { onsets: string[]; rimes: Set<string> } {
  if (!data) {
    const raw = JSON.parse(readDataFile('syllables.json')) as SyllableData;
    data = { onsets: ['', ...raw.onsets], rimes: new Set(raw.rimes) };
  }
  return data;
}

const FRONT = new Set(['i', 'e', 'ê', 'y']);
// e.g. `oa`, `oă`, `oe`, `uy`, `uê`, `uâ`, `uơ`: a rime that opens with the glide
const GLIDE_RIME = /^(?:o[aăe]|u[yêâơ])/u;
const DIACRITIC_VOWEL = /[ăâêôơư]/gu;
const STOP_CODA = /(?:p|t|c|ch)$/u;

/**
 * Where the tone mark goes in `rime` (indexes into it). The nucleus carries it: the vowel with a
 * diacritic (the last one in ươ), else the first vowel after the glide; open oa, oe, uy take it
 * on either vowel (hòa and hoà, thủy and thuỷ are both standard), and so does the loan rime oo.
 */
export function tonePositions(rime: string): number[] {
  if (rime === 'oa' || rime === 'oe' || rime === 'uy' || rime.startsWith('oo')) return [0, 1];
  let last = -1;
  for (const m of rime.matchAll(DIACRITIC_VOWEL)) last = m.index ?? -1;
  if (last !== -1) return [last];
  return [GLIDE_RIME.test(rime) ? 1 : 0];
}

function onsetFits(onset: string, rime: string): boolean {
  const first = rime[0] as string;
  const yeRime = rime.startsWith('yê');
  if (yeRime && onset !== '' && onset !== 'qu') return false;
  // `iê` with no onset is written `yê` (yên, yêu).
  if (onset === '' && rime.startsWith('iê')) return false;
  switch (onset) {
    case 'k':
    case 'gh':
    case 'ngh':
      return FRONT.has(first) && !yeRime;
    case 'c':
      return !FRONT.has(first) && !GLIDE_RIME.test(rime);
    case 'g':
    case 'ng':
      return !FRONT.has(first);
    case 'qu':
      // `qu` holds the glide: quà, quê, quyết, quốc; not quo-, quu-, quư-, quia.
      return !'ouư'.includes(first) && !rime.startsWith('ia') && !rime.startsWith('iê');
    case 'gi':
      return first !== 'i' && first !== 'y';
    default:
      return true;
  }
}

interface Parse {
  onset: string;
  rime: string;
  /** Index of the rime's first letter in the syllable. */
  rimeAt: number;
  /** The rime's glide u is the u of qu, which never carries the tone (quý, not qúy). */
  glideInOnset?: boolean;
}

function parses(base: string): Parse[] {
  const { onsets, rimes } = syllableData();
  const out: Parse[] = [];
  for (const onset of onsets) {
    if (!base.startsWith(onset)) continue;
    const rime = base.slice(onset.length);
    if (rimes.has(rime) && onsetFits(onset, rime)) out.push({ onset, rime, rimeAt: onset.length });
  }
  // `quỳnh`, `quýt`, `quyên`: after q the u is the glide of uynh, uyt, uyên.
  if (base.startsWith('qu') && rimes.has(base.slice(1)) && GLIDE_RIME.test(base.slice(1))) out.push({ onset: 'qu', rime: base.slice(1), rimeAt: 1, glideInOnset: true });
  // `gì`, `gìn`, `giếng`: the i of gi is also the nucleus's first letter (gi + iêng → giêng).
  if (base.startsWith('gi')) {
    const rest = base.slice(2);
    if ((rest === '' || !'aăâeoôơuưy'.includes(rest[0] as string)) && rimes.has(`i${rest}`)) out.push({ onset: 'gi', rime: `i${rest}`, rimeAt: 1 });
  }
  return out;
}

export type SyllableProblem = 'shape' | 'stop-tone' | 'tone-place';

/**
 * Null when `word` (NFC, any case, already known to be in the Vietnamese alphabet) can be a
 * Vietnamese syllable; otherwise what is wrong: no onset and rime spell it (`shape`), a stop coda
 * with a tone other than sắc or nặng (`stop-tone`: đươc), or the tone mark off the nucleus
 * (`tone-place`: muà for mùa).
 */
export function syllableProblem(split: Toneless): SyllableProblem | null {
  const candidates = parses(split.base);
  if (candidates.length === 0) return 'shape';
  const stopOk = candidates.filter((p) => !STOP_CODA.test(p.rime) || split.tone === 2 || split.tone === 5);
  if (stopOk.length === 0) return 'stop-tone';
  if (split.toneAt === -1) return null;
  const placed = stopOk.some((p) => tonePositions(p.rime).some((i) => (i > 0 || !p.glideInOnset) && p.rimeAt + i === split.toneAt));
  return placed ? null : 'tone-place';
}

const VOWEL_LETTER = /[aăâeêioôơuưy]/u;

/**
 * True when the letters before the first vowel are a Vietnamese onset (`ngh` of `nghiêng`, none
 * in `ăn`). Lower-case abbreviations and codes fail it (`hđnd`, `đđv`, `nvơnn`), and so do words
 * without a vowel; a typo in the rime (`nguời`, `khôg`) passes.
 */
export function opensLikeSyllable(split: Toneless): boolean {
  const first = split.base.search(VOWEL_LETTER);
  if (first === -1) return false;
  const cluster = split.base.slice(0, first);
  if (cluster === 'q') return split.base[1] === 'u';
  return cluster === '' || syllableData().onsets.includes(cluster);
}

/**
 * True when `word` is several syllables written together, each after the first opening with a
 * consonant: how loanwords are often spelt (`ôtô`, `bêtông`, `balô`, `ăcqui`). Such parts are
 * loan syllables, so a stop coda without sắc or nặng (`cactông`) and the tone's place are let go.
 */
export function isJoinedSyllables(word: string, first = true): boolean {
  for (let i = 1; i < word.length; i++) {
    const head = splitTone(word.slice(0, i));
    const rest = word.slice(i);
    if (!head || parses(head.base).length === 0) continue;
    if (!first && !CONSONANTS.includes((head.base[0] as string))) continue;
    if (!CONSONANTS.includes((splitTone(rest)?.base[0] ?? ''))) continue;
    const tail = splitTone(rest);
    if (tail && parses(tail.base).length > 0) return true;
    if (rest.length > 2 && isJoinedSyllables(rest, false)) return true;
  }
  return false;
}

/** True when `word` is spelt like a Vietnamese syllable (whether or not it is a word). */
export function isVietnameseSyllable(word: string): boolean {
  const split = splitTone(word);
  return split !== null && split.base.length > 0 && syllableProblem(split) === null;
}
