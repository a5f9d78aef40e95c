// Parsers of abbreviation uses (chrono's shape): one per written form, tried in order on each
// token; the first that matches says which spellings the token holds. Tokens that cannot be an
// abbreviation (a code, a document number, initials, a web address) are skipped before any parser.
import type { Span } from '../../types.js';
import { DIGIT } from '../../util/letters.js';
import type { Known } from './known.js';
import { HAS_CAPITAL, INITIALS, isBracketedAcronym, type Resolved, type Resolver } from './resolve.js';
import type { Token } from './senses.js';
import { foldKey, looksLikeAbbreviation } from './text.js';

/** A spelling a parser found, with what it resolved to; refiners decide whether it stays. */
export interface Candidate {
  spelling: string;
  start: number;
  /** Index of the token it came from. */
  token: number;
  resolved: Resolved;
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
  // `đoàn`: no capital, unless a user dictionary has the spelling
  { name: 'no capital', skip: (ctx, t) => !HAS_CAPITAL.test(t.text) && !ctx.known.userSpellings.has(t.text) },
  // `COVID-19`, `SU290`, `F0`
  { name: 'code with digits', skip: (_, t) => HAS_DIGIT.test(t.text) },
  // `123/QĐ-UBND`, `12/2023/TT-BTC`: a document number (but `đồng/USD` is a unit)
  { name: 'document number', skip: (ctx, t) => ctx.text[t.start - 1] === '/' && HAS_DIGIT.test(ctx.text[t.start - 2] ?? '') },
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
  if (!r && ctx.text[start - 1] === '(' && ctx.text[start + spelling.length] === ')' && isBracketedAcronym(spelling)) r = { key: foldKey(spelling), unknown: true, syllable: false };
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
  if (!ctx.resolver.classify(joined)?.entry || known.inline.has(foldKey(t.text)) || known.inline.has(foldKey(next.text))) return null;
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

/** The parsers, in the order they are tried on a token. */
export const mentionParsers: MentionParser[] = [
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
