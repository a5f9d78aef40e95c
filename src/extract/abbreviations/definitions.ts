// Definitions an article gives itself: `người lao động (NLĐ)` and `NLĐ (người lao động)`, kept
// only when the initials of the written-out words spell the short form.
import type { Span } from '../../types.js';
import { LETTER, UPPER } from '../../lexicon/letters.js';
import { initialsOf, spells } from './text.js';
import { stripTones } from '../../lexicon/fold.js';
import { shortFormKey } from '../../lexicon/short-forms.js';

export interface Definition {
  key: string;
  /** The short form as the definition writes it. */
  short: string;
  /** The written-out form as the text has it. */
  expansion: string;
  /** Where the short form of the definition stands. */
  shortStart: number;
  shortEnd: number;
  /** The whole definition: `công đoàn (CĐ)` or `NLĐ (người lao động)`. */
  start: number;
  end: number;
  /** Where the written-out words start (for sentence-initial capitals). */
  expansionStart: number;
}

// A parenthesis longer than this is a remark, not a definition.
const MAX_PAREN = 160;

// A short form alone in parentheses, or with up to two words of the name around it; the words
// are checked in code (bounded quantifiers over Unicode classes cost milliseconds to compile).
// e.g. "(NLĐ)", "(sau đây gọi tắt là NLĐ)", "(viết tắt: GD&ĐT)", "(Sở GD&ĐT)", "(UBND tỉnh)"
const SHORT_IN_PAREN = /^\s*(?:(?:sau đây )?(?:gọi|viết) tắt(?: là)?:?\s+)?(\S+(?: \S+){0,2})\s*$/u;

// A word of a short form: a letter, then letters and `.`, `&`, `-`.
// e.g. "GD&ĐT", "TP.HCM", "Sở"
const SHORT_WORD = new RegExp(String.raw`^[${LETTER}][${LETTER}.&\-]*$`, 'u');

// The written-out words inside parentheses: letters with spaces, commas or dashes between.
// e.g. "(người lao động)", "(Lao động - Thương binh và Xã hội)"
const WORDS_IN_PAREN = new RegExp(String.raw`^[\s,\-–${LETTER}]+$`, 'u');

// One syllable.
// e.g. "động"
const SYLLABLE = new RegExp(`[${LETTER}]+`, 'gu');
const SYLLABLE_ONLY = new RegExp(`^[${LETTER}]+$`, 'u');

// e.g. "đ"
const LETTER_CHAR = new RegExp(`[${LETTER}]`, 'u');
// A character of a short form, looking back from its end.
// e.g. "Đ", ".", "&" in "GD&ĐT"
const SHORT_CHAR = new RegExp(String.raw`[${LETTER}.&\-]`, 'u');
// e.g. "Tổ", "Y"
const CAPITALISED = new RegExp(`^[${UPPER}]`, 'u');
const isLetter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code >= 0x61 && code <= 0x7a) return true; // a-z, the common case
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a);
  return LETTER_CHAR.test(c);
};

/**
 * Up to `max` syllables that end right before `end`, separated by spaces or a dash
 * (`Lao động - Thương binh`), with `commas` also a comma, stopping at any other character.
 * Nearest last.
 */
function syllablesBefore(text: string, end: number, limit: number, max: number, commas = false): Span[] {
  const out: Span[] = [];
  let i = end;
  while (out.length < max) {
    let j = i;
    while (j > limit && (text[j - 1] === ' ' || text[j - 1] === '\u00A0')) j--;
    const c = text[j - 1];
    if (out.length > 0 && j > limit && (c === '-' || c === '–' || (commas && c === ',')) && j < i) {
      j--;
      while (j > limit && text[j - 1] === ' ') j--;
    }
    if (out.length > 0 && j === i) break; // no separator between two words
    const wordEnd = j;
    while (j > limit && isLetter(text[j - 1] ?? '')) j--;
    if (j === wordEnd) break;
    out.unshift({ start: j, end: wordEnd });
    i = j;
  }
  return out;
}

/** The short form right before `end` (spaces skipped), if a token ends there. */
function tokenBefore(text: string, end: number, limit: number): Span | null {
  let j = end;
  while (j > limit && text[j - 1] === ' ') j--;
  const tokenEnd = j;
  while (j > limit && tokenEnd - j < 30 && SHORT_CHAR.test(text[j - 1] ?? '')) j--;
  while (j < tokenEnd && !isLetter(text[j] ?? '')) j++;
  return j < tokenEnd && tokenEnd - j <= 24 ? { start: j, end: tokenEnd } : null;
}

/**
 * Every definition in the spans, in text order. Linear: each `(` is looked at up to the next
 * `(`, `)`, line end, or MAX_PAREN characters, and back over a bounded number of syllables.
 */
export interface DefinitionOptions {
  /** Whether a spelling can be a short form (looks like one, or a dictionary knows it). */
  isShort: (spelling: string) => boolean;
  /** Words that open the name of a body, as syllables (`Tổ chức`, `Hiệp hội`). */
  nameHeads: string[][];
  /** Whether an acronym not made of the name's initials may stand for that name (`WHO`). */
  acceptAcronym: (short: string, expansion: string) => boolean;
  /** What the dictionaries say a short form stands for, in Vietnamese and English (`UAV`: máy bay không người lái). */
  knownExpansions: (short: string) => string[];
}

export function findDefinitions(text: string, spans: Span[], options: DefinitionOptions): Definition[] {
  const out: Definition[] = [];
  for (const span of spans) {
    let open = text.indexOf('(', span.start);
    while (open !== -1 && open < span.end) {
      const limit = Math.min(span.end, open + 1 + MAX_PAREN);
      let close = -1;
      let next = -1;
      for (let i = open + 1; i < limit; i++) {
        const c = text[i];
        if (c === ')') {
          close = i;
          break;
        }
        if (c === '(') {
          next = i;
          break;
        }
        if (c === '\n') break;
      }
      if (close !== -1) {
        const found = readDefinition(text, span, open, close, options);
        if (found) out.push(found);
      }
      open = next !== -1 ? next : text.indexOf('(', open + 1);
    }
  }
  return out;
}

const sameWord = (a: string, b: string): boolean => stripTones(a) === stripTones(b);

/**
 * `người lao động (NLĐ)`, and with the head or tail of the name repeated inside the parentheses:
 * `Sở Giáo dục và Đào tạo (Sở GD&ĐT)`, `Ủy ban nhân dân tỉnh (UBND tỉnh)`.
 */
function readExpansionFirst(text: string, span: Span, open: number, close: number, content: string, isShort: (s: string) => boolean): Definition | null | undefined {
  const m = SHORT_IN_PAREN.exec(content);
  const inner = m?.[1];
  if (inner === undefined) return undefined;
  const innerStart = open + 1 + content.trimEnd().length - inner.length;
  const words = inner.split(' ');
  if (words.some((w) => w.length > 24 || !SHORT_WORD.test(w))) return undefined;
  const at = words.findIndex((w) => isShort(w));
  if (at === -1 || words.some((w, i) => i !== at && (isShort(w) || !SYLLABLE_ONLY.test(w)))) return undefined;
  const short = words[at] as string;
  const lead = words.slice(0, at);
  const trail = words.slice(at + 1);
  const shortStart = innerStart + words.slice(0, at).reduce((n, w) => n + w.length + 1, 0);
  // as many syllables as initials, plus a few `và` the short form may leave out
  const [withDigraphs, single] = initialsOf(short);
  const fewest = Math.min(withDigraphs.length, single.length);
  const most = Math.max(withDigraphs.length, single.length) + 3;
  const before = syllablesBefore(text, open, span.start, most + lead.length + trail.length);
  const word = (w: Span | undefined): string => (w ? text.slice(w.start, w.end) : '');
  const tail = before.slice(before.length - trail.length);
  if (trail.length > 0 && (tail.length !== trail.length || tail.some((w, i) => !sameWord(word(w), trail[i] ?? '')))) return null;
  const body = before.slice(0, before.length - trail.length);
  for (let n = fewest; n + lead.length <= body.length; n++) {
    const expansion = body.slice(body.length - n);
    const head = body.slice(body.length - n - lead.length, body.length - n);
    if (head.some((w, i) => !sameWord(word(w), lead[i] ?? ''))) continue;
    if (!spells(short, expansion.map(word))) continue;
    const first = expansion[0] as Span;
    const last = expansion[expansion.length - 1] as Span;
    return {
      key: shortFormKey(short),
      short,
      expansion: text.slice(first.start, last.end),
      shortStart,
      shortEnd: shortStart + short.length,
      start: (head[0] ?? first).start,
      end: close + 1,
      expansionStart: first.start,
    };
  }
  return null;
}

// An acronym in Latin capitals alone in parentheses, or a unit's code with its number.
// e.g. "(WHO)", "(VASEP)", "(PC45)", "(PC 45)"
const ACRONYM_IN_PAREN = /^\s*([A-Z]{2,10}|[A-ZĐ]{1,6} ?[0-9]{1,4}[A-Z]?)\s*$/u;

// Syllables of a body's name before its acronym; longer names are rare and the walk stays bounded.
const MAX_NAME = 20;

/**
 * `Tổ chức Y tế Thế giới (WHO)`: an acronym in Latin capitals after a name opened by a capitalised
 * head word; the name runs from the head nearest the parenthesis.
 */
function readAcronym(text: string, span: Span, open: number, close: number, content: string, options: DefinitionOptions): Definition | null {
  const m = ACRONYM_IN_PAREN.exec(content);
  const short = m?.[1];
  if (short === undefined) return null;
  const before = syllablesBefore(text, open, span.start, MAX_NAME, true);
  const word = (k: number): string => {
    const w = before[k];
    return w ? text.slice(w.start, w.end) : '';
  };
  for (let k = before.length - 2; k >= 0; k--) {
    if (!CAPITALISED.test(word(k))) continue;
    const head = options.nameHeads.find((h) => h.every((w, i) => k + i < before.length - 1 && stripTones(word(k + i)) === w));
    if (!head) continue;
    // a name goes on with a capitalised word (`Tổ chức Y tế`), not `Tổ chức này`
    if (!before.slice(k + head.length).some((_, i) => CAPITALISED.test(word(k + head.length + i)))) return null;
    const first = before[k] as Span;
    const last = before[before.length - 1] as Span;
    const expansion = text.slice(first.start, last.end);
    if (!options.acceptAcronym(short, expansion)) return null;
    const shortStart = open + 1 + (m?.indices?.[1]?.[0] ?? 0);
    return { key: shortFormKey(short), short, expansion, shortStart, shortEnd: shortStart + short.length, start: first.start, end: close + 1, expansionStart: first.start };
  }
  return null;
}

// A short form alone in parentheses, letters or a code.
// e.g. "(UAV)", "(CPC)", "(PC45)"
const SHORT_ALONE = new RegExp(String.raw`^\s*([${LETTER}0-9][${LETTER}0-9.&\-]{0,15})\s*$`, 'u');
// How far back a known expansion is looked for.
const MAX_KNOWN_EXPANSION = 120;

/**
 * `máy bay không người lái (UAV)`, `Campuchia (CPC)`: the words before the parenthesis are what a
 * dictionary says the short form stands for, though its letters do not spell them.
 */
function readKnownExpansion(text: string, span: Span, open: number, close: number, content: string, options: DefinitionOptions): Definition | null {
  const short = SHORT_ALONE.exec(content)?.[1];
  if (short === undefined) return null;
  const expansions = options.knownExpansions(short);
  if (expansions.length === 0) return null;
  let end = open;
  while (end > span.start && (text[end - 1] === ' ' || text[end - 1] === '\u00A0')) end--;
  const before = stripTones(text.slice(Math.max(span.start, end - MAX_KNOWN_EXPANSION), end));
  for (const expansion of expansions) {
    const folded = stripTones(expansion);
    if (!before.endsWith(folded) || isLetter(before[before.length - folded.length - 1] ?? ' ')) continue;
    const start = end - folded.length;
    const shortStart = open + 1 + content.indexOf(short);
    return { key: shortFormKey(short), short, expansion: text.slice(start, end), shortStart, shortEnd: shortStart + short.length, start, end: close + 1, expansionStart: start };
  }
  return null;
}

function readDefinition(text: string, span: Span, open: number, close: number, options: DefinitionOptions): Definition | null {
  const { isShort } = options;
  const content = text.slice(open + 1, close);
  const expansionFirst = readExpansionFirst(text, span, open, close, content, isShort);
  if (expansionFirst) return expansionFirst;
  const known = readKnownExpansion(text, span, open, close, content, options);
  if (known) return known;
  if (expansionFirst === null) return readAcronym(text, span, open, close, content, options);
  // `Phòng Cảnh sát hình sự (PC45)`: a unit's code after its name
  if (/[0-9]/u.test(content)) return readAcronym(text, span, open, close, content, options);
  // `NLĐ (người lao động)`
  if (!WORDS_IN_PAREN.test(content) || !isLetter(content.trim()[0] ?? '')) return null;
  const token = tokenBefore(text, open, span.start);
  if (!token) return null;
  const spelling = text.slice(token.start, token.end);
  if (!isShort(spelling)) return null;
  const syllables = content.match(SYLLABLE) ?? [];
  if (syllables.length > 24 || !spells(spelling, syllables)) return null;
  const lead = content.length - content.trimStart().length;
  return {
    key: shortFormKey(spelling),
    short: spelling,
    expansion: content.trim().replace(/\s+/gu, ' '),
    shortStart: token.start,
    shortEnd: token.end,
    start: token.start,
    end: close + 1,
    expansionStart: open + 1 + lead,
  };
}
