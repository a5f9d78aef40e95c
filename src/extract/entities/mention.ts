// From a candidate over tokens to a mention over the text, through the never-list: no bare
// number or date, no title alone, no punctuation at either edge.
import type { EntityType } from '../../types.js';
import { entityData } from './data.js';
import type { Mention } from './group.js';
import type { Candidate } from './rules/candidate.js';
import { toOldStyleToneLower } from '../../lexicon/fold.js';
import type { EntityToken } from './tokens.js';
import { DIGIT, LETTER_OR_DIGIT } from '../../lexicon/letters.js';

// Example: `2023`, `19.700`, `03/12/2023`, `07:09`
const NUMERIC = new RegExp(String.raw`^[${DIGIT}\s.,:/\-–]+$`, 'u');
// Example: `"Cảm ơn NLĐ`, `Nguyễn Văn A.`, `(Hà Nội`
const EDGE_PUNCT = new RegExp(`^[^${LETTER_OR_DIGIT}]|[^${LETTER_OR_DIGIT}]$`, 'u');
// Example: `Nguyễn Văn A 35`, `CDC1` (hold a digit); `Cần Thơ` (not)
const HAS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');

/** The never-list: no bare number or date, no title alone, no punctuation at either edge. */
export function isCleanSpan(surface: string, type: EntityType): boolean {
  if (surface.trim() === '' || EDGE_PUNCT.test(surface) || NUMERIC.test(surface)) return false;
  // `Anh` the country is also the honorific `anh`: honorifics alone are only barred as persons.
  const title = entityData().titleKeys.get(toOldStyleToneLower(surface));
  if (title && (type === 'PER' || title !== 'honorific')) return false;
  // Example: `Nguyễn Văn A 35`, `Cần Thơ, Hậu Giang`
  if (type === 'PER' && HAS_DIGIT.test(surface)) return false;
  if ((type === 'PER' || type === 'LOC') && /[,;:!?()"“”]/u.test(surface)) return false;
  return true;
}

export function toMention(c: Candidate, tokens: readonly EntityToken[], text: string): Mention | undefined {
  const first = tokens[c.s];
  const last = tokens[c.e - 1];
  if (!first || !last) return undefined;
  const surface = text.slice(first.start, last.end);
  if (!isCleanSpan(surface, c.type)) return undefined;
  // A number inside a place is only the numbered unit (`Quận 1`), never a stray figure.
  // Example: `ấp 3` kept, `Cần Thơ 2023` dropped
  if (c.type === 'LOC' && HAS_DIGIT.test(surface) && !c.place?.numbered) return undefined;
  const m: Mention = { start: first.start, end: last.end, text: surface, type: c.type, roles: c.roles ?? [] };
  if (c.place) m.place = c.place;
  if (c.canonical) m.canonical = c.canonical;
  if (c.bareUnit) m.bareUnit = true;
  if (c.placed) m.placed = true;
  if (c.type === 'ORG') m.tokens = tokens.slice(c.s, c.e).map((t) => t.text);
  return m;
}
