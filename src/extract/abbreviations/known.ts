// What an article and its user know before any token is read: the article's own definitions
// (`người lao động (NLĐ)`) and the user's dictionary, by key and by exact spelling.
import type { Redefinition, Span } from '../../types.js';
import { findDefinitions, type Definition } from './definitions.js';
import { getNameHeads, lookupBuiltin, type UserEntry } from './dictionary.js';
import { stripMarksKeepD, stripTones, unifyLookalikeD } from '../../lexicon/fold.js';
import { looksLikeAbbreviation, shortFormKey } from '../../lexicon/short-forms.js';

export interface Known {
  inline: Map<string, Definition>;
  /** Later definitions of a short form with another expansion, for `check` (abbreviation-redefined). */
  redefined: Map<string, Redefinition[]>;
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
  const isShort = (s: string): boolean => looksLikeAbbreviation(s) || userSpellings.has(unifyLookalikeD(s)) || lookupBuiltin(s) !== undefined;
  // a foreign acronym stands for the name before it unless the dictionary says otherwise (`(HN)` after a hospital is a place)
  const acceptAcronym = (short: string, expansion: string): boolean => {
    const entry = lookupBuiltin(short);
    return !entry || entry.senses.some((s) => stripTones(s.expansion) === stripTones(expansion));
  };
  const knownExpansions = (short: string): string[] => {
    const user = userSpellings.get(unifyLookalikeD(short));
    const fromUser = user && typeof user === 'object' && typeof (user as UserEntry).expansion === 'string' ? [(user as UserEntry).expansion] : [];
    const senses = /[0-9]/u.test(short) ? [] : (lookupBuiltin(short)?.senses ?? []);
    return [...fromUser, ...senses.flatMap((s) => (s.english ? [s.expansion, s.english] : [s.expansion]))];
  };
  return findDefinitions(text, spans, { isShort, nameHeads: getNameHeads(), acceptAcronym, knownExpansions });
}

// `Giáo dục và Đào tạo`, `Giáo dục - Đào tạo` and `Giáo dục & Đào tạo` are one expansion, and
// so are `Ủy ban` and `Uỷ ban`.
const comparable = (s: string): string =>
  stripMarksKeepD(s)
    .split(/[\s\-–&]+/u)
    .filter((w) => w !== '' && w !== 'va')
    .join(' ');
const sameExpansion = (a: string, b: string): boolean => comparable(a) === comparable(b);

/** The user's entries by key and by spelling, and the article's first definition of each key. */
export function buildKnown(text: string, spans: Span[], userDict: Map<string, UserEntry>): Known {
  const user = new Map<string, UserEntry>();
  const userSpellings = new Map<string, UserEntry>();
  for (const entry of userDict.values()) {
    if (typeof entry?.short !== 'string' || typeof entry.expansion !== 'string' || entry.short === '') continue;
    user.set(shortFormKey(entry.short), entry);
    userSpellings.set(unifyLookalikeD(entry.short), entry);
  }
  const inline = new Map<string, Definition>();
  const inlineSpellings = new Map<string, Definition>();
  // The first definition of a short form is the one kept; a later one with another expansion
  // is listed on the abbreviation so `check` (abbreviation-redefined) can report it.
  const redefined = new Map<string, Redefinition[]>();
  for (const d of articleDefinitions(text, spans, userSpellings)) {
    const first = inline.get(d.key);
    if (first) {
      if (!sameExpansion(first.expansion, d.expansion)) {
        const list = redefined.get(d.key) ?? [];
        list.push({ short: d.short, at: [d.shortStart, d.shortEnd], expansion: d.expansion });
        redefined.set(d.key, list);
      }
      continue;
    }
    inline.set(d.key, d);
    inlineSpellings.set(d.short, d);
  }
  return { inline, redefined, inlineSpellings, user, userSpellings };
}
