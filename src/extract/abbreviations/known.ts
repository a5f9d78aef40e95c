// What an article and its user know before any token is read: the article's own definitions
// (`người lao động (NLĐ)`) and the user's dictionary, by key and by exact spelling.
import type { Span } from '../../types.js';
import { findDefinitions, type Definition } from './definitions.js';
import { getNameHeads, lookupBuiltin, type UserEntry } from './dictionary.js';
import { foldKey, foldPhrase, looksLikeAbbreviation, normalizeLetters } from './text.js';

export interface Known {
  inline: Map<string, Definition>;
  inlineSpellings: Map<string, Definition>;
  user: Map<string, UserEntry>;
  userSpellings: Map<string, UserEntry>;
}

/**
 * Every inline definition in the spans, in text order (`người lao động (NLĐ)`, `NLĐ (người lao
 * động)`): the extractor keeps the first of each abbreviation, the abbreviation-redefined check
 * compares them all. `userSpellings` are short forms a user dictionary adds.
 */
export function articleDefinitions(text: string, spans: Span[], userSpellings: ReadonlyMap<string, unknown> = new Map()): Definition[] {
  const isShort = (s: string): boolean => looksLikeAbbreviation(s) || userSpellings.has(normalizeLetters(s)) || lookupBuiltin(s) !== undefined;
  // a foreign acronym stands for the name before it unless the dictionary says otherwise (`(HN)` after a hospital is a place)
  const acceptAcronym = (short: string, expansion: string): boolean => {
    const entry = lookupBuiltin(short);
    return !entry || entry.senses.some((s) => foldPhrase(s.expansion) === foldPhrase(expansion));
  };
  const knownExpansions = (short: string): string[] => {
    const user = userSpellings.get(normalizeLetters(short));
    const fromUser = user && typeof user === 'object' && typeof (user as UserEntry).expansion === 'string' ? [(user as UserEntry).expansion] : [];
    const senses = /[0-9]/u.test(short) ? [] : (lookupBuiltin(short)?.senses ?? []);
    return [...fromUser, ...senses.flatMap((s) => (s.english ? [s.expansion, s.english] : [s.expansion]))];
  };
  return findDefinitions(text, spans, { isShort, nameHeads: getNameHeads(), acceptAcronym, knownExpansions });
}

/** The user's entries by key and by spelling, and the article's first definition of each key. */
export function buildKnown(text: string, spans: Span[], userDict: Map<string, UserEntry>): Known {
  const user = new Map<string, UserEntry>();
  const userSpellings = new Map<string, UserEntry>();
  for (const entry of userDict.values()) {
    if (typeof entry?.short !== 'string' || typeof entry.expansion !== 'string' || entry.short === '') continue;
    user.set(foldKey(entry.short), entry);
    userSpellings.set(normalizeLetters(entry.short), entry);
  }
  const inline = new Map<string, Definition>();
  const inlineSpellings = new Map<string, Definition>();
  for (const d of articleDefinitions(text, spans, userSpellings)) {
    if (inline.has(d.key)) continue;
    inline.set(d.key, d);
    inlineSpellings.set(d.short, d);
  }
  return { inline, inlineSpellings, user, userSpellings };
}
