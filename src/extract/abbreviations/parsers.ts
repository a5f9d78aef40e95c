// Parsers of abbreviation uses (chrono's shape): one per written form, tried in order on each
// token; the first that matches says which spellings the token holds. Tokens that cannot be an
// abbreviation (a code, a document number, initials, a web address) are skipped before any parser.
import type { Span } from '../../types.js';
import { DIGIT, UPPER } from '../../lexicon/letters.js';
import { getBuiltinDictionary, lookupBuiltin } from './dictionary.js';
import type { Known } from './known.js';
import { HAS_CAPITAL, INITIALS, isBracketedAcronym, mayBeCaseVariant, type Resolved, type Resolver } from './resolve.js';
import type { Token } from './senses.js';
import { looksLikeAbbreviation, shortFormKey } from '../../lexicon/short-forms.js';

/** A spelling a parser found, with what it resolved to; refiners decide whether it stays. */
export interface Candidate {
  spelling: string;
  start: number;
  /** Index of the token it came from. */
  token: number;
  resolved: Resolved;
  /** Set where the parser knows it better than the spelling's length (`Q.` with its dot). */
  end?: number;
  /** In a document number or a road code: selects the sense marked `@document` or `@road`. */
  place?: 'document' | 'road';
}

export interface ParseContext {
  text: string;
  tokens: Token[];
  spans: Span[];
  known: Known;
  resolver: Resolver;
}

// Codes and names with digits are not abbreviations.
// e.g. "COVID-19", "SU290", "F0"
export const HAS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');

// A road code: the kind of road, then its number.
// e.g. "QL1A", "QL.1A", "ĐT741", "ĐT-741"
const ROAD_CODE = new RegExp(`^(QL|ĐT|TL|ĐH|HL)[.\\-]?[${DIGIT}]{1,4}[A-Z]?$`, 'u');
// e.g. "ĐT" in "ĐT 741"
const ROAD_LETTERS = /^(?:QL|ĐT|TL|ĐH|HL)$/u;
// e.g. "741", "1A"
const ROAD_NUMBER = new RegExp(`^[${DIGIT}]{1,4}[A-Z]?$`, 'u');

// A place unit in one letter joined to a number by its dot.
// e.g. "Q.1", "P.12"
const PLACE_LETTER = new RegExp(`^[QPH]\\.[${DIGIT}]{1,2}$`, 'u');
// After the dot of a place unit: a number or a capitalised name, at most one space between.
// e.g. " 1", "Bến"
const NAME_OR_NUMBER_AFTER_DOT = new RegExp(`^ ?[${UPPER}${DIGIT}]`, 'u');
// e.g. "Nguyễn"
const CAPITALISED = new RegExp(`^[${UPPER}]`, 'u');

// Between two parts of a document number.
// e.g. " - " in "QĐ - UB", "-"
const DASH_GAP = /^ ?[-–] ?$/u;
// Between two short forms read as one.
// e.g. " & ", " - ", " và ", "&"
const JOIN_GAP = /^(?: ?[&\-–] ?| và )$/u;

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

interface TokenGuard {
  name: string;
  /** True when the token is not an abbreviation use. */
  skip: (ctx: ParseContext, t: Token) => boolean;
}

/** Tokens no parser looks at, in order. */
export const tokenGuards: TokenGuard[] = [
  // `đoàn`: no capital, unless a user dictionary has the spelling or it is a known form in
  // lower case (`ubnd`, `tp` in older text)
  {
    name: 'no capital',
    skip: (ctx, t) => !HAS_CAPITAL.test(t.text) && !ctx.known.userSpellings.has(t.text) && (!mayBeCaseVariant(t.text) || !ctx.resolver.classify(t.text)),
  },
  // `COVID-19`, `SU290`, `F0`; but a road code (`QL1A`), a place unit (`Q.1`) and a code the
  // article defines (`PC45`) are read
  {
    name: 'code with digits',
    skip: (ctx, t) => HAS_DIGIT.test(t.text) && !ROAD_CODE.test(t.text) && !PLACE_LETTER.test(t.text) && !ctx.known.inline.has(shortFormKey(t.text)),
  },
  // `H.T.P`: a person's initials, even where HTP is an abbreviation
  { name: 'initials', skip: (_, t) => INITIALS.test(t.text) },
  // `VTV.vn`, an e-mail, a URL
  {
    name: 'web address',
    skip: (ctx, t) => WEB_NAME.test(t.text) || ctx.text[t.start - 1] === '@' || ctx.text[t.end] === '@' || inWebAddress(ctx.text, t.start),
  },
];

/** The candidate a spelling at `start` makes, if it is an abbreviation at all. */
function candidate(ctx: ParseContext, spelling: string, start: number, token: number): Candidate | null {
  let r = ctx.resolver.classify(spelling);
  // `(VASEP)`: alone in parentheses, a word-like acronym is still an abbreviation
  if (!r && ctx.text[start - 1] === '(' && ctx.text[start + spelling.length] === ')' && isBracketedAcronym(spelling)) r = { key: shortFormKey(spelling), unknown: true, syllable: false };
  return r ? { spelling, start, token, resolved: r } : null;
}

const present = (c: Candidate | null): c is Candidate => c !== null;

/** What a parser found at a token, and how many tokens it used; null when its form is not there. */
interface Parsed {
  found: Candidate[];
  consumed: number;
}

interface MentionParser {
  name: string;
  parse: (ctx: ParseContext, i: number) => Parsed | null;
}

// Two short forms a space apart that the dictionary has as one.
// e.g. "TP HCM", "BS CKII", "PGS TS"
function parseSpacedPair(ctx: ParseContext, i: number): Parsed | null {
  const { text, known } = ctx;
  const t = ctx.tokens[i] as Token;
  const next = ctx.tokens[i + 1];
  if (!next || next.start !== t.end + 1 || text[t.end] !== ' ' || !looksLikeAbbreviation(t.text) || !looksLikeAbbreviation(next.text)) return null;
  const joined = text.slice(t.start, next.end);
  if (!ctx.resolver.classify(joined)?.entry || known.inline.has(shortFormKey(t.text)) || known.inline.has(shortFormKey(next.text))) return null;
  return { found: [candidate(ctx, joined, t.start, i)].filter(present), consumed: 2 };
}

// A token read whole: plain, or joined with `.`, `&`, `-` when that spelling is known as one.
// e.g. "NLĐ", "TP.HCM", "GD&ĐT"
function parseWholeToken(ctx: ParseContext, i: number): Parsed | null {
  const t = ctx.tokens[i] as Token;
  if (/[.&\-]/u.test(t.text) && !ctx.resolver.classify(t.text)) return null;
  return { found: [candidate(ctx, t.text, t.start, i)].filter(present), consumed: 1 };
}

// A space missing after a dot, so each part counts on its own; a part joined with `&` or `-`
// counts only when every piece is an abbreviation (not `VN-Index`).
// e.g. "TP.Cần", "ĐV.Trong", "UBND.GD-ĐT"
function parseDottedParts(ctx: ParseContext, i: number): Parsed | null {
  const t = ctx.tokens[i] as Token;
  const found: (Candidate | null)[] = [];
  let at = t.start;
  for (const part of t.text.split('.')) {
    if (!/[&\-]/u.test(part) || ctx.resolver.classify(part)) found.push(candidate(ctx, part, at, i));
    else {
      const pieces = part.split(/[&\-]/u);
      if (pieces.every((p) => ctx.resolver.classify(p))) {
        let pieceAt = at;
        for (const p of pieces) {
          found.push(candidate(ctx, p, pieceAt, i));
          pieceAt += p.length + 1;
        }
      }
    }
    at += part.length + 1;
  }
  return { found: found.filter(present), consumed: 1 };
}

// A document number: the part after the last slash names the kind of document and who issued
// it, each part an abbreviation; only parts a dictionary or the article knows are reported.
// e.g. "QĐ-UBND" in "số 12/QĐ-UBND", "TT-BTC" in "12/2023/TT-BTC", "QĐ - UB" in "2554/QĐ - UB"
function parseDocumentNumber(ctx: ParseContext, i: number): Parsed | null {
  const { text, tokens } = ctx;
  const t = tokens[i] as Token;
  if (text[t.start - 1] !== '/' || !HAS_DIGIT.test(text[t.start - 2] ?? '')) return null;
  let last = i;
  while (last + 1 < tokens.length && last - i < 3) {
    const next = tokens[last + 1] as Token;
    if (!DASH_GAP.test(text.slice((tokens[last] as Token).end, next.start)) || HAS_DIGIT.test(next.text)) break;
    last++;
  }
  const found: Candidate[] = [];
  for (let k = i; k <= last; k++) {
    const token = tokens[k] as Token;
    let at = token.start;
    for (const part of token.text.split('-')) {
      const r = ctx.resolver.classify(part);
      if (r && !r.unknown) found.push({ spelling: part, start: at, token: k, resolved: r, place: 'document' });
      at += part.length + 1;
    }
  }
  return { found, consumed: last - i + 1 };
}

// A road code: the letters name the kind of road.
// e.g. "QL1A", "QL.1A", "ĐT741", "ĐT 741", "TL10"
function parseRoadCode(ctx: ParseContext, i: number): Parsed | null {
  const t = ctx.tokens[i] as Token;
  const next = ctx.tokens[i + 1];
  const joined = ROAD_CODE.exec(t.text);
  const spaced = !joined && ROAD_LETTERS.test(t.text) && next && ctx.text.slice(t.end, next.start) === ' ' && ROAD_NUMBER.test(next.text);
  if (!joined && !spaced) return null;
  const letters = joined ? (joined[1] as string) : t.text;
  const r = ctx.resolver.classify(letters);
  if (!r) return null;
  return { found: [{ spelling: letters, start: t.start, token: i, resolved: r, place: 'road' }], consumed: spaced ? 2 : 1 };
}

// Words before which a capital letter with a dot is a person's initial, not a place unit.
// e.g. "anh" in "anh H. Hà"
const PERSON_WORDS = new Set(['anh', 'chị', 'ông', 'bà', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'bé', 'thầy', 'chàng', 'nàng', 'cậu', 'dì', 'mợ', 'thím']);

// A place unit as one letter and a dot before the place's name or number.
// e.g. "Q. 1", "Q.1", "P. Bến Nghé", "H. Củ Chi"
function parsePlaceLetter(ctx: ParseContext, i: number): Parsed | null {
  const { text, tokens } = ctx;
  const t = tokens[i] as Token;
  const letter = t.text[0] as string;
  if (!'QPH'.includes(letter) || text[t.start + 1] !== '.' || !NAME_OR_NUMBER_AFTER_DOT.test(text.slice(t.start + 2, t.start + 4))) return null;
  const before = tokens[i - 1];
  if (before && text.slice(before.end, t.start) === ' ' && (CAPITALISED.test(before.text) || PERSON_WORDS.has(before.text.toLowerCase()))) return null;
  const entry = lookupBuiltin(letter);
  if (!entry) return null;
  const resolved: Resolved = ctx.known.inline.has(entry.key) ? { key: entry.key, unknown: false, syllable: false } : { key: entry.key, entry, unknown: false, syllable: false };
  return { found: [{ spelling: letter, start: t.start, token: i, resolved, end: t.start + 2 }], consumed: 1 };
}

// Short forms joined by a spaced connector or `và`, that the dictionary or the article has as one
// form; read as one, so that no part takes a sense of its own (`NV` in `KHXH & NV` is nhân văn).
// e.g. "NN & PTNT", "NN - PTNT", "NN và PTNT", "KHXH & NV", "GD - ĐT", "LĐ - TB & XH"
function parseSpacedJoin(ctx: ParseContext, i: number): Parsed | null {
  const { text, tokens } = ctx;
  const chain = [tokens[i] as Token];
  // token index after each link, so that a `và` between two parts is used up with them
  const after = [i + 1];
  while (chain.length < 4) {
    const prev = chain[chain.length - 1] as Token;
    let k = after[after.length - 1] as number;
    let gap = text.slice(prev.end, tokens[k]?.start ?? prev.end);
    if (tokens[k]?.text === 'và' && gap === ' ') {
      gap = text.slice(prev.end, tokens[k + 1]?.start ?? prev.end);
      k++;
    }
    const next = tokens[k];
    if (!next || !JOIN_GAP.test(gap) || !looksLikeAbbreviation(next.text)) break;
    chain.push(next);
    after.push(k + 1);
  }
  if (chain.length < 2 || !looksLikeAbbreviation((chain[0] as Token).text)) return null;
  for (let n = chain.length; n >= 2; n--) {
    const key = shortFormKey(chain.slice(0, n).map((c) => c.text).join(''));
    const entry = getBuiltinDictionary().byKey.get(key);
    if (!ctx.known.inline.has(key) && (!entry || !/[&\-]/u.test(entry.short))) continue;
    const last = chain[n - 1] as Token;
    const spelling = text.slice((chain[0] as Token).start, last.end);
    const resolved: Resolved = ctx.known.inline.has(key) || !entry ? { key, unknown: false, syllable: false } : { key, entry, unknown: false, syllable: false };
    return { found: [{ spelling, start: (chain[0] as Token).start, token: i, resolved }], consumed: (after[n - 1] as number) - i };
  }
  return null;
}

// A code the article defines with a space (`Phòng Cảnh sát hình sự (PC 45)`), used the same way.
// e.g. "PC 45"
function parseSpacedCode(ctx: ParseContext, i: number): Parsed | null {
  const t = ctx.tokens[i] as Token;
  const next = ctx.tokens[i + 1];
  if (!next || ctx.text.slice(t.end, next.start) !== ' ' || !HAS_DIGIT.test(next.text) || HAS_DIGIT.test(t.text)) return null;
  const key = shortFormKey(t.text + next.text);
  if (!ctx.known.inline.has(key)) return null;
  const spelling = ctx.text.slice(t.start, next.end);
  return { found: [{ spelling, start: t.start, token: i, resolved: { key, unknown: false, syllable: false } }], consumed: 2 };
}

/** The parsers, in the order they are tried on a token. */
export const mentionParsers: MentionParser[] = [
  { name: 'document number', parse: parseDocumentNumber },
  { name: 'road code', parse: parseRoadCode },
  { name: 'place letter', parse: parsePlaceLetter },
  { name: 'spaced code', parse: parseSpacedCode },
  { name: 'spaced join', parse: parseSpacedJoin },
  { name: 'spaced pair', parse: parseSpacedPair },
  { name: 'whole token', parse: parseWholeToken },
  { name: 'dotted parts', parse: parseDottedParts },
];

/** Every candidate use in the tokens, in text order. */
export function parseMentions(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    if (tokenGuards.some((g) => g.skip(ctx, t))) {
      i++;
      continue;
    }
    let consumed = 1;
    for (const parser of mentionParsers) {
      const parsed = parser.parse(ctx, i);
      if (!parsed) continue;
      out.push(...parsed.found);
      consumed = parsed.consumed;
      break;
    }
    i += consumed;
  }
  return out;
}
