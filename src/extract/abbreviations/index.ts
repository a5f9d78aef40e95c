// Abbreviations of an article: every use of each short form, what it stands for, and where that
// came from (the article's own definition, the user's dictionary, the built-in one, or nowhere).
import type { Abbreviation, AbbreviationSource, Redefinition, Span } from '../../types.js';
import { DIGIT, LETTER, LETTER_OR_DIGIT, UPPER } from '../../lexicon/letters.js';
import { findDefinitions, type Definition } from './definitions.js';
import { ContextIndex, splitBySense, type Mention, type Token } from './senses.js';
import {
  getBuiltinDictionary,
  getNameHeads,
  getStoplist,
  lookupBuiltin,
  type DictionaryEntry,
  type UserEntry,
} from './dictionary.js';
import { isCapitalisedWord, isRomanNumeral, isSentenceStart, isSyllableShaped } from './text.js';
import { stripMarksKeepD, stripTones, unifyLookalikeD } from '../../lexicon/fold.js';
import { isNonFinalAbbreviation, looksLikeAbbreviation, shortFormKey } from '../../lexicon/short-forms.js';

export { DictionaryError, loadUserDictionary, type UserEntry } from './dictionary.js';

export interface ExtractAbbreviationsOptions {
  userDict?: Map<string, UserEntry> | null;
}

// e.g. "TP.HCM", "GD&ĐT", "LĐ-TB&XH", "COVID-19", "đoàn"
const TOKEN = new RegExp(String.raw`[${LETTER_OR_DIGIT}]+(?:[.&\-][${LETTER_OR_DIGIT}]+)*`, 'gu');

// Codes and names with digits are not abbreviations.
// e.g. "COVID-19", "SU290", "F0"
const HAS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');
// e.g. "đ", "9"
const WORD_CHAR = new RegExp(`[${LETTER_OR_DIGIT}]`, 'u');

// What follows the dot of an abbreviation written before a name.
// e.g. " Cần" in "TP. Cần Thơ", " 1" in "Q. 1"
const NAME_AFTER_DOT = new RegExp(String.raw`^[ \u00A0]+[${UPPER}${DIGIT}]`, 'u');

// A domain name: its last part is a lower-case Latin suffix.
// e.g. "VTV.vn", "NLD.com.vn", "Vietnamnet.vn"
const WEB_NAME = /\.[a-z]{2,6}$/u;

/** Whether the position is inside a web address (`https://vtv.vn/TP`, `www.NLD.com.vn`): looks back to the last space, at most 200 characters. */
function inWebAddress(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && pos - i < 200 && !/\s/u.test(text[i - 1] ?? ' ')) i--;
  const chunk = text.slice(i, pos);
  return chunk.includes('://') || chunk.startsWith('www.');
}

// A person's initials, not an abbreviation.
// e.g. "H.T.P"
const INITIALS = new RegExp(String.raw`^[${LETTER}](?:\.[${LETTER}])+$`, 'u');
// e.g. "Nguyễn"
const CAPITALISED = new RegExp(`^[${UPPER}]`, 'u');

interface Known {
  inline: Map<string, Definition>;
  inlineSpellings: Map<string, Definition>;
  user: Map<string, UserEntry>;
  userSpellings: Map<string, UserEntry>;
}

/** What a spelling is, worked out once per distinct spelling in a call. */
interface Resolved {
  key: string;
  entry?: DictionaryEntry;
  /** Neither defined nor in a dictionary, but shaped like an abbreviation. */
  unknown: boolean;
  /** One syllable in capitals (`CA`, `AI`): a word when the phrase around it is in capitals. */
  syllable: boolean;
}

/** Sorted, clamped, merged copy of the scope. */
function cleanScope(text: string, scope: Span[]): Span[] {
  const spans = (Array.isArray(scope) ? scope : [])
    .filter((s) => s && Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => ({ start: Math.max(0, Math.min(text.length, Math.floor(s.start))), end: Math.max(0, Math.min(text.length, Math.floor(s.end))) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function tokenize(text: string, spans: Span[]): Token[] {
  const out: Token[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    for (const m of slice.matchAll(TOKEN)) {
      const start = span.start + (m.index ?? 0);
      const end = start + m[0].length;
      // a word cut by the edge of the span is not a word of the span
      if ((start === span.start && WORD_CHAR.test(text[start - 1] ?? '')) || (end === span.end && WORD_CHAR.test(text[end] ?? ''))) continue;
      out.push({ text: m[0], start, end: start + m[0].length });
    }
  }
  return out;
}

// e.g. "-" and "." in "LĐ-TB.XH"
const NOT_LETTER = new RegExp(`[^${LETTER}]`, 'gu');

/** Whether a token is a word in capitals (`TỈNH`, `HOA`) rather than an abbreviation. */
function isShoutedWord(token: string): boolean {
  const letters = token.replace(NOT_LETTER, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || HAS_DIGIT.test(token)) return false;
  return !looksLikeAbbreviation(token) || isSyllableShaped(token) || isCapitalisedWord(token);
}

/** Whether an unknown token in capitals is an abbreviation an editor should see. */
function isUnknownAbbreviation(spelling: string): boolean {
  if (!looksLikeAbbreviation(spelling)) return false;
  const key = shortFormKey(spelling);
  if (isRomanNumeral(key) || getStoplist().has(key)) return false;
  if (isSyllableShaped(spelling) || isCapitalisedWord(spelling)) return false;
  return !INITIALS.test(spelling);
}

/** An acronym pronounced as a word (`VASEP`, `UNESCO`) that the writer marks by putting it in parentheses. */
function isBracketedAcronym(spelling: string): boolean {
  return /^[A-Z]{2,10}$/u.test(spelling) && !isRomanNumeral(spelling) && !getStoplist().has(spelling);
}

// An upper-case letter: a token without one is an ordinary word (unless a user dictionary has it).
// e.g. "đoàn" has none, "Cần" and "NLĐ" have
const HAS_CAPITAL = new RegExp(`[${UPPER}]`, 'u');

/** The key a spelling belongs to: the article's definitions first, then the user's, then the built-in dictionary. */
function resolveKey(spelling: string, known: Known): { key: string; entry?: DictionaryEntry } | null {
  const exactInline = known.inlineSpellings.get(spelling);
  if (exactInline) return { key: exactInline.key };
  const userExact = known.userSpellings.get(unifyLookalikeD(spelling));
  if (userExact) return { key: shortFormKey(userExact.short) };
  if (!HAS_CAPITAL.test(spelling)) return null;
  const shaped = looksLikeAbbreviation(spelling);
  const key = shaped ? shortFormKey(spelling) : '';
  if (shaped && known.inline.has(key)) return { key };
  const user = shaped ? known.user.get(key) : undefined;
  if (user) return { key: shortFormKey(user.short) };
  const entry = lookupBuiltin(spelling);
  if (entry) return { key: entry.key, entry };
  return null;
}

function collectMentions(text: string, tokens: Token[], spans: Span[], known: Known): Mention[] {
  const out: Mention[] = [];
  const resolved = new Map<string, Resolved | null>();
  const classify = (spelling: string): Resolved | null => {
    let r = resolved.get(spelling);
    if (r !== undefined) return r;
    const found = resolveKey(spelling, known);
    if (found) r = { ...found, unknown: false, syllable: isSyllableShaped(spelling) };
    else if (HAS_CAPITAL.test(spelling) && isUnknownAbbreviation(spelling)) r = { key: shortFormKey(spelling), unknown: true, syllable: false };
    else r = null;
    resolved.set(spelling, r);
    return r;
  };
  const shoutedWords = new Map<string, boolean>();
  const isShouted = (i: number): boolean => {
    for (const t of [tokens[i - 1], tokens[i + 1]]) {
      if (!t || !HAS_CAPITAL.test(t.text)) continue;
      let w = shoutedWords.get(t.text);
      if (w === undefined) {
        w = isShoutedWord(t.text);
        shoutedWords.set(t.text, w);
      }
      if (w) return true;
    }
    return false;
  };
  let spanIndex = 0;
  const spanEnd = (pos: number): number => {
    while (spanIndex < spans.length && (spans[spanIndex] as Span).end <= pos) spanIndex++;
    return spans[spanIndex]?.end ?? text.length;
  };
  const add = (spelling: string, start: number, i: number): void => {
    let r = classify(spelling);
    // `(VASEP)`: alone in parentheses, a word-like acronym is still an abbreviation
    if (!r && text[start - 1] === '(' && text[start + spelling.length] === ')' && isBracketedAcronym(spelling)) r = { key: shortFormKey(spelling), unknown: true, syllable: false };
    if (!r) return;
    // `CA SĨ`, `AI ĐÓ`, `TIN NÓNG`: inside a phrase in capitals, a syllable or an unknown is a word
    if ((r.unknown || r.syllable) && isShouted(i)) return;
    let end = start + spelling.length;
    // `TP. Cần Thơ`, `ThS. Nguyễn Văn A`: the dot belongs to the abbreviation
    if (r.entry?.prefix && text[end] === '.' && NAME_AFTER_DOT.test(text.slice(end + 1, end + 4)) && end + 1 < spanEnd(start)) end++;
    out.push({ key: r.key, spelling, start, end, token: i });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!HAS_CAPITAL.test(t.text) && !known.userSpellings.has(t.text)) continue;
    if (HAS_DIGIT.test(t.text)) continue; // COVID-19, SU290, F0
    // 123/QĐ-UBND, 12/2023/TT-BTC: a document number (but `đồng/USD` is a unit)
    if (text[t.start - 1] === '/' && HAS_DIGIT.test(text[t.start - 2] ?? '')) continue;
    if (INITIALS.test(t.text)) continue; // H.T.P: a person's initials, even where HTP is an abbreviation
    if (WEB_NAME.test(t.text) || text[t.start - 1] === '@' || text[t.end] === '@' || inWebAddress(text, t.start)) continue; // VTV.vn, an e-mail, a URL
    // `TP HCM`, `BS CKII`, `PGS TS`: two short forms a space apart that the dictionary has as one
    const next = tokens[i + 1];
    if (next && next.start === t.end + 1 && text[t.end] === ' ' && looksLikeAbbreviation(t.text) && looksLikeAbbreviation(next.text)) {
      const joined = text.slice(t.start, next.end);
      if (classify(joined)?.entry && !known.inline.has(shortFormKey(t.text)) && !known.inline.has(shortFormKey(next.text))) {
        add(joined, t.start, i);
        i++;
        continue;
      }
    }
    if (!/[.&\-]/u.test(t.text) || classify(t.text)) {
      add(t.text, t.start, i);
      continue;
    }
    // `TP.Cần`, `ĐV.Trong`: a space missing after a dot, so each part counts on its own
    let at = t.start;
    for (const part of t.text.split('.')) {
      if (!/[&\-]/u.test(part) || classify(part)) add(part, at, i);
      else {
        // `GD-ĐT`-like joins count only when every piece is an abbreviation (not `VN-Index`)
        const pieces = part.split(/[&\-]/u);
        if (pieces.every((p) => classify(p))) {
          let pieceAt = at;
          for (const p of pieces) {
            add(p, pieceAt, i);
            pieceAt += p.length + 1;
          }
        }
      }
      at += part.length + 1;
    }
  }
  return out;
}

/**
 * The case an inline expansion takes in a sentence: a capital that only opens the sentence goes
 * (`Người lao động (NLĐ)` → người lao động), and a definition in a headline in capitals
 * (`CÔNG ĐOÀN (CĐ)`) is written as the dictionary writes it, or in lower case.
 */
function inlineExpansionCase(text: string, d: Definition): string {
  const expansion = d.expansion;
  const shouted = expansion === expansion.toUpperCase() && expansion !== expansion.toLowerCase() && expansion.length > 1;
  if (!shouted && (!CAPITALISED.test(expansion) || !isSentenceStart(text, d.expansionStart, isNonFinalAbbreviation))) return expansion;
  const folded = stripTones(expansion);
  for (const s of getBuiltinDictionary().byKey.get(d.key)?.senses ?? []) if (stripTones(s.expansion) === folded) return s.expansion;
  for (const entry of getBuiltinDictionary().byKey.values()) {
    for (const s of entry.senses) if (stripTones(s.expansion) === folded) return s.expansion;
  }
  if (shouted) return expansion.toLowerCase();
  const rest = expansion.split(/\s+/u).slice(1);
  if (rest.some((w) => CAPITALISED.test(w))) return expansion;
  return expansion.charAt(0).toLowerCase() + expansion.slice(1);
}

/**
 * Finds every abbreviation in the scope of the text. Sorted by first use. Never throws.
 *
 * Where the expansion comes from, first match wins: a definition in the article itself
 * (`công đoàn (CĐ)`, `NLĐ (người lao động)`), the user's dictionary, the built-in dictionary
 * (an ambiguous entry is resolved from context or left with `expansion: null` and `candidates`),
 * else `source: "unknown"` for a token in capitals that looks like an abbreviation.
 */
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
  return findDefinitions(text, spans, { isShort, nameHeads: getNameHeads(), acceptAcronym });
}

// `Giáo dục và Đào tạo`, `Giáo dục - Đào tạo` and `Giáo dục & Đào tạo` are one expansion, and
// so are `Ủy ban` and `Uỷ ban`.
const comparable = (s: string): string =>
  stripMarksKeepD(s)
    .split(/[\s\-–&]+/u)
    .filter((w) => w !== '' && w !== 'va')
    .join(' ');
const sameExpansion = (a: string, b: string): boolean => comparable(a) === comparable(b);

export function extractAbbreviations(text: string, scope: Span[], options: ExtractAbbreviationsOptions = {}): Abbreviation[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const spans = cleanScope(text, scope);
  if (spans.length === 0) return [];

  const userDict = options?.userDict instanceof Map ? options.userDict : new Map<string, UserEntry>();
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
  const known: Known = { inline, inlineSpellings, user, userSpellings };

  const tokens = tokenize(text, spans);
  const mentions = collectMentions(text, tokens, spans, known);
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = groups.get(m.key);
    if (list) list.push(m);
    else groups.set(m.key, [m]);
  }

  // Domains of the abbreviations whose sense is certain, as evidence for the ambiguous ones.
  const domainVotes = new Map<string, number>();
  const builtinByKey = getBuiltinDictionary().byKey;
  for (const key of groups.keys()) {
    const entry = builtinByKey.get(key);
    const d = inline.get(key);
    const sense = d ? entry?.senses.find((s) => stripTones(s.expansion) === stripTones(d.expansion)) : entry?.senses.length === 1 ? entry.senses[0] : undefined;
    if (sense) domainVotes.set(sense.domain, (domainVotes.get(sense.domain) ?? 0) + 1);
  }

  let index: ContextIndex | null = null;
  const out: Abbreviation[] = [];
  const record = (short: string, expansion: string | null, source: AbbreviationSource, list: Mention[]): Abbreviation => ({
    short,
    expansion,
    source,
    count: list.length,
    first: (list[0] as Mention).start,
    definedAt: null,
    mentions: list.map((m) => [m.start, m.end]),
  });
  for (const [key, list] of groups) {
    const d = inline.get(key);
    const u = user.get(key);
    const entry = builtinByKey.get(key);
    if (d) {
      const a = record(unifyLookalikeD(d.short), inlineExpansionCase(text, d), 'inline', list);
      a.definedAt = d.shortStart;
      a.definition = [d.start, d.end];
      const again = redefined.get(key);
      if (again) a.redefinitions = again;
      out.push(a);
    } else if (u) {
      out.push(record(u.short, u.expansion, 'user', list));
    } else if (entry && entry.senses.length === 1) {
      out.push(record(entry.short, entry.senses[0]?.expansion ?? null, 'builtin', list));
    } else if (entry) {
      index ??= new ContextIndex(tokens, text);
      for (const [sense, mentions] of splitBySense(entry, list, index, text, domainVotes)) {
        const a = record(entry.short, sense?.expansion ?? null, 'builtin', mentions);
        if (!sense) a.candidates = entry.senses.map((s) => s.expansion);
        out.push(a);
      }
    } else {
      out.push(record((list[0] as Mention).spelling, null, 'unknown', list));
    }
  }
  return out.sort((a, b) => a.first - b.first);
}
