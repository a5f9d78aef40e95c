// What a spelling is: a known short form (the article's, the user's or the built-in one), an
// unknown abbreviation an editor should see, or an ordinary word. Worked out once per spelling.
import { DIGIT, LETTER, LOWER, UPPER } from '../../lexicon/letters.js';
import { getBuiltinDictionary, getStoplist, lookupBuiltin, type DictionaryEntry } from './dictionary.js';
import type { Known } from './known.js';
import { isCapitalisedWord, isRomanNumeral, isSyllableShaped } from './text.js';
import { unifyLookalikeD } from '../../lexicon/fold.js';
import { looksLikeAbbreviation, shortFormKey } from '../../lexicon/short-forms.js';

/** What a spelling is, worked out once per distinct spelling in a call. */
export interface Resolved {
  key: string;
  entry?: DictionaryEntry;
  /** Neither defined nor in a dictionary, but shaped like an abbreviation. */
  unknown: boolean;
  /** One syllable in capitals (`CA`, `AI`): a word when the phrase around it is in capitals. */
  syllable: boolean;
}

// A person's initials, not an abbreviation.
// e.g. "H.T.P"
export const INITIALS = new RegExp(String.raw`^[${LETTER}](?:\.[${LETTER}])+$`, 'u');

// An upper-case letter: a token without one is an ordinary word (unless a user dictionary has it).
// e.g. "đoàn" has none, "Cần" and "NLĐ" have
export const HAS_CAPITAL = new RegExp(`[${UPPER}]`, 'u');

// e.g. "45" in "PC45"
const HAS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');

/** Whether an unknown token in capitals is an abbreviation an editor should see. */
function isUnknownAbbreviation(spelling: string): boolean {
  if (!looksLikeAbbreviation(spelling)) return false;
  const key = shortFormKey(spelling);
  if (isRomanNumeral(key) || getStoplist().has(key)) return false;
  if (isSyllableShaped(spelling) || isCapitalisedWord(spelling)) return false;
  return !INITIALS.test(spelling);
}

/** An acronym pronounced as a word (`VASEP`, `UNESCO`) that the writer marks by putting it in parentheses. */
export function isBracketedAcronym(spelling: string): boolean {
  return /^[A-Z]{2,10}$/u.test(spelling) && !isRomanNumeral(spelling) && !getStoplist().has(spelling);
}

// Connectors between the letters of a short form.
// e.g. "." and "&" in "TP.HCM", "GD&ĐT"
const CONNECTORS = /[.&\-\s]/gu;

// A short form in lower case or with only its first letter capitalised, as older text and
// headlines typed in a hurry write it.
// e.g. "ubnd", "tp", "Ubnd", "Hđxx"
const CASE_VARIANT = new RegExp(`^[${LETTER}][${LOWER}]{1,5}$`, 'u');

/**
 * The built-in entry a lower-case spelling (`ubnd`, `Hđxx`) stands for: only a Vietnamese short
 * form written in capitals in the dictionary (not `Fed`, not a foreign acronym such as `who`, an
 * English word), and never a spelling that reads as a Vietnamese syllable (`ca`, `tin`).
 */
function caseVariantEntry(spelling: string): DictionaryEntry | undefined {
  if (!mayBeCaseVariant(spelling) || !CASE_VARIANT.test(spelling) || isSyllableShaped(spelling) || getStoplist().has(shortFormKey(spelling))) return undefined;
  return getBuiltinDictionary().byKey.get(shortFormKey(spelling));
}

let caseVariantKeys: Set<string> | null = null;

/**
 * A cheap first test for every lower-case token: whether its letters in capitals are the key of a
 * Vietnamese short form written in capitals (`ubnd` → UBND; not `Fed`, not a foreign acronym such
 * as `who`, an English word). A spelling with tone marks never matches, nor does it need to.
 */
export function mayBeCaseVariant(spelling: string): boolean {
  if (spelling.length < 2 || spelling.length > 6) return false;
  if (!caseVariantKeys) {
    caseVariantKeys = new Set();
    for (const entry of new Set(getBuiltinDictionary().byKey.values())) {
      if (entry.short !== entry.short.toUpperCase() || entry.senses.some((s) => s.english !== '')) continue;
      // `ubnd` and `Ubnd`: looked up as written, so that the common case (a word) allocates nothing
      const lower = entry.key.toLowerCase();
      caseVariantKeys.add(lower).add(entry.key.charAt(0) + lower.slice(1));
    }
  }
  return caseVariantKeys.has(spelling);
}

/** The key a spelling belongs to: the article's definitions first, then the user's, then the built-in dictionary. */
function resolveKey(spelling: string, known: Known): { key: string; entry?: DictionaryEntry } | null {
  const exactInline = known.inlineSpellings.get(spelling);
  if (exactInline) return { key: exactInline.key };
  const userExact = known.userSpellings.get(unifyLookalikeD(spelling));
  if (userExact) return { key: shortFormKey(userExact.short) };
  // `PC45` defined as `(PC 45)`: a code with digits is known only from the article's definition
  if (HAS_DIGIT.test(spelling)) return known.inline.has(shortFormKey(spelling)) ? { key: shortFormKey(spelling) } : null;
  // a single letter (`P`, `H`) is read only by the parser of place units: alone it is far more often an initial
  if (spelling.length < 2 || (spelling.length < 4 && spelling.replace(CONNECTORS, '').length < 2)) return null;
  if (!HAS_CAPITAL.test(spelling) || !HAS_CAPITAL.test(spelling.slice(1))) {
    const variant = caseVariantEntry(spelling);
    if (variant) return known.inline.has(variant.key) ? { key: variant.key } : { key: variant.key, entry: variant };
    if (!HAS_CAPITAL.test(spelling)) return null;
  }
  const shaped = looksLikeAbbreviation(spelling);
  const key = shaped ? shortFormKey(spelling) : '';
  if (shaped && known.inline.has(key)) return { key };
  const user = shaped ? known.user.get(key) : undefined;
  if (user) return { key: shortFormKey(user.short) };
  const entry = lookupBuiltin(spelling);
  if (entry) return { key: entry.key, entry };
  return null;
}

/** Classifies spellings against what the article and the dictionaries know, caching each answer. */
export class Resolver {
  private readonly cache = new Map<string, Resolved | null>();

  constructor(readonly known: Known) {}

  classify(spelling: string): Resolved | null {
    let r = this.cache.get(spelling);
    if (r !== undefined) return r;
    const found = resolveKey(spelling, this.known);
    if (found) r = { ...found, unknown: false, syllable: isSyllableShaped(spelling) };
    else if (HAS_CAPITAL.test(spelling) && isUnknownAbbreviation(spelling)) r = { key: shortFormKey(spelling), unknown: true, syllable: false };
    else r = null;
    this.cache.set(spelling, r);
    return r;
  }
}
