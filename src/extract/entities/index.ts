// Named entities (PER, ORG, LOC, MISC): rules that follow how Vietnamese news writes names
// (titles before persons, unit words before places, heads before organisations, quoted
// programme names), with vntk's CRF tags as one signal; overlaps settled once, then mentions
// grouped into entities with a canonical name.
import type { Abbreviation, Doc, Entity, EntityType, Span, Word } from '../../types.js';
import { entityData } from './data.js';
import { groupMentions } from './group.js';
import type { Mention } from './group.js';
import { proposeCandidates } from './rules/index.js';
import type { Candidate } from './rules/candidate.js';
import { foldKey, tokenize } from './tokens.js';
import type { EntityToken } from './tokens.js';
import { DIGIT, LETTER_OR_DIGIT } from '../../util/letters.js';
import { tagSentence } from './tagger/index.js';
import type { TaggedSpan } from './tagger/index.js';

export interface EntityExtras {
  /** Byline authors (`Kiến Quốc` in `Bài, ảnh: Kiến Quốc`), counted as PER mentions. */
  authors?: { name: string; start: number; end: number }[];
}

const CONTENT_PARTS = new Set(['title', 'lead', 'paragraph', 'caption']);

/** The entities of `doc`, one per distinct entity, sorted by first mention. */
export function extractEntities(doc: Doc, abbreviations: Abbreviation[], extra?: EntityExtras): Entity[] {
  const text = doc.text;
  const mentions: Mention[] = [];
  const defined = new Map<string, Defined>();
  const acronymTokens: { tokens: readonly EntityToken[]; at: number }[] = [];
  const expansions = expansionMap(abbreviations);
  for (const { tokens, cands, kept: byRules } of readSentences(doc)) {
    tokens.forEach((t, at) => {
      if (t.isAcronym) acronymTokens.push({ tokens, at });
    });
    const tagged = tagSentence({ tokens, kept: byRules, data: entityData(), expansions });
    const kept = tagged ? combine(cands, tagged, tokens.length) : byRules;
    const byStart = new Map<number, Mention>();
    for (const c of kept) {
      const m = toMention(c, tokens, text);
      if (!m) continue;
      mentions.push(m);
      if (m.type === 'ORG' && !byStart.has(c.s)) byStart.set(c.s, m);
    }
    linkParenthesised(kept, tokens, byStart, mentions, defined);
  }
  addDefinedAcronyms(acronymTokens, defined, mentions);
  for (const a of extra?.authors ?? []) {
    if (!(a.start >= 0 && a.end <= text.length && a.end > a.start)) continue;
    const surface = text.slice(a.start, a.end);
    if (!isCleanSpan(surface, 'PER')) continue;
    // The byline may also be a sentence the rules read: one span is one mention.
    if (mentions.some((m) => m.start === a.start && m.end === a.end && m.type === 'PER')) continue;
    mentions.push({ start: a.start, end: a.end, text: surface, type: 'PER', roles: [] });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return groupMentions(mentions, text, expansions);
}

export interface SentenceReading {
  tokens: EntityToken[];
  /** Every candidate the rules proposed. */
  cands: Candidate[];
  /** The rules' candidates after overlaps were settled. */
  kept: Candidate[];
}

/** Each sentence's tokens and the rules' candidates (also what the tagger's training reads). */
export function* readSentences(doc: Doc): Generator<SentenceReading> {
  for (const sentence of scopes(doc)) {
    const tokens = tokenize(doc.text, sentence, sentence.words);
    if (tokens.length === 0) continue;
    const cands = proposeCandidates(tokens, doc.text);
    yield { tokens, cands, kept: resolve(cands, tokens.length) };
  }
}

/** Abbreviation → expansion: the article's own and the dictionary's, plus org heads and place aliases. */
export function expansionMap(abbreviations: readonly Abbreviation[]): Map<string, string> {
  const data = entityData();
  const map = new Map<string, string>([...data.headExpansions, ...data.placeAliases]);
  for (const a of abbreviations) if (a.expansion) map.set(a.short, a.expansion);
  return map;
}

/**
 * The tagger decides the outermost persons, organisations and places; the rules' candidates stay
 * where they agree with it (they carry roles, places and canonical names) or sit inside its spans
 * (nested places), and for MISC, which the tagger does not learn.
 */
function combine(cands: readonly Candidate[], tagged: readonly TaggedSpan[], tokenCount: number): Candidate[] {
  const fromTagger = tagged.map((sp): Candidate => {
    const same = cands.find((c) => c.s === sp.s && c.e === sp.e && c.type === sp.type);
    if (same) return { ...same, strength: 100 };
    const roles = sp.type === 'PER' ? cands.find((c) => c.type === 'PER' && c.s < sp.e && sp.s < c.e && c.roles?.length)?.roles : undefined;
    return { s: sp.s, e: sp.e, type: sp.type, strength: 100, nestable: false, roles: roles ?? [] };
  });
  const inside = cands.filter((c) => c.type === 'MISC' || tagged.some((sp) => sp.s <= c.s && c.e <= sp.e));
  return resolve([...fromTagger, ...inside], tokenCount);
}

interface Scope extends Span {
  words: readonly Word[];
}

/** A scope longer than this is read in pieces cut at white space (a 5 MB line stays cheap). */
const MAX_SCOPE_CHARS = 2000;

/** Sentences when the pipeline gave them; else the content parts or the lines, without words. */
function scopes(doc: Doc): Scope[] {
  const raw: Scope[] = [];
  if (doc.sentences.length > 0) {
    for (const s of doc.sentences) raw.push({ start: s.start, end: s.end, words: [...s.words].sort((a, b) => a.start - b.start) });
  } else {
    const parts = doc.parts.filter((p) => CONTENT_PARTS.has(p.kind));
    if (parts.length > 0) {
      for (const p of parts) raw.push({ start: p.start, end: p.end, words: [] });
    } else {
      let start = 0;
      for (const line of doc.text.split('\n')) {
        raw.push({ start, end: start + line.length, words: [] });
        start += line.length + 1;
      }
    }
  }
  const out: Scope[] = [];
  for (const s of raw) {
    let start = Math.max(0, s.start);
    const end = Math.min(doc.text.length, s.end);
    while (end - start > MAX_SCOPE_CHARS) {
      let cut = doc.text.lastIndexOf(' ', start + MAX_SCOPE_CHARS);
      if (cut <= start) cut = start + MAX_SCOPE_CHARS;
      out.push({ start, end: cut, words: s.words });
      start = cut;
    }
    if (end > start) out.push({ start, end, words: s.words });
  }
  return out;
}

/**
 * Strongest candidates first; a weaker one is kept only when it is apart from every kept one or
 * properly nested in an allowed way: a place or a suffix organisation inside an organisation
 * (`TP Cần Thơ` and `LĐLĐ TP Cần Thơ` in `Ban Thường vụ LĐLĐ TP Cần Thơ`), anything inside a
 * quoted name. A person never nests, and crossing spans never survive together.
 */
export function resolve(cands: Candidate[], tokenCount: number): Candidate[] {
  const order = [...cands].sort((a, b) => b.strength - a.strength || b.e - b.s - (a.e - a.s) || a.s - b.s);
  const cover: Candidate[][] = Array.from({ length: tokenCount }, () => []);
  const kept: Candidate[] = [];
  for (const c of order) {
    const seen = new Set<Candidate>();
    let ok = true;
    for (let k = c.s; k < c.e && ok; k++) {
      for (const o of cover[k] ?? []) {
        if (seen.has(o)) continue;
        seen.add(o);
        if (!compatible(c, o)) ok = false;
      }
    }
    if (!ok) continue;
    kept.push(c);
    for (let k = c.s; k < c.e; k++) cover[k]?.push(c);
  }
  return kept.sort((a, b) => a.s - b.s || b.e - a.e);
}

function compatible(a: Candidate, b: Candidate): boolean {
  if (a.s === b.s && a.e === b.e) return false;
  if (a.s <= b.s && b.e <= a.e) return nests(a, b);
  if (b.s <= a.s && a.e <= b.e) return nests(b, a);
  return false;
}

function nests(outer: Candidate, inner: Candidate): boolean {
  if (inner.type === 'PER' || outer.type === 'PER') return outer.type === 'MISC' && inner.type === 'PER';
  if (outer.type === 'MISC') return inner.type !== 'MISC';
  if (outer.type !== 'ORG') return false;
  if (inner.type === 'LOC') return inner.nestable;
  if (inner.type === 'ORG') return inner.nestable && inner.e === outer.e && inner.s >= (outer.headEnd ?? outer.s + 1);
  return false;
}

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
  const title = entityData().titleKeys.get(foldKey(surface));
  if (title && (type === 'PER' || title !== 'honorific')) return false;
  // Example: `Nguyễn Văn A 35`, `Cần Thơ, Hậu Giang`
  if (type === 'PER' && HAS_DIGIT.test(surface)) return false;
  if ((type === 'PER' || type === 'LOC') && /[,;:!?()"“”]/u.test(surface)) return false;
  return true;
}

function toMention(c: Candidate, tokens: readonly EntityToken[], text: string): Mention | undefined {
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

/**
 * `Tập đoàn Điện lực Việt Nam (EVN)`, `Công ty … Sữa Việt Nam (Vinamilk)`: the name in brackets
 * right after an organisation is that organisation; an unknown acronym there becomes a mention.
 */
function linkParenthesised(
  kept: readonly Candidate[],
  tokens: readonly EntityToken[],
  byStart: Map<number, Mention>,
  out: Mention[],
  defined: Map<string, Defined>,
): void {
  for (const c of kept) {
    if (c.type !== 'ORG' || tokens[c.e]?.text !== '(') continue;
    const outer = byStart.get(c.s);
    if (!outer) continue;
    const inner = byStart.get(c.e + 1);
    if (inner) {
      let close = c.e + 1;
      while (close < tokens.length && (tokens[close] as EntityToken).start < inner.end) close++;
      if (tokens[close]?.text === ')') inner.sameAs = outer;
      continue;
    }
    // Example: `(VSIP)`, `(BIDV)`, `(CDC Cần Thơ)`; not `(COVID-19)`, `(35 tuổi)`
    const acronym = tokens[c.e + 1];
    if (!acronym?.isAcronym || HAS_DIGIT.test(acronym.text)) continue;
    let close = c.e + 2;
    while (close < tokens.length && close - c.e <= 5 && (tokens[close] as EntityToken).isWord && (tokens[close] as EntityToken).isCap) close++;
    if (tokens[close]?.text !== ')') continue;
    const last = tokens[close - 1] as EntityToken;
    const words = tokens.slice(c.e + 1, close).map((t) => t.text);
    out.push({ start: acronym.start, end: last.end, text: words.join(' '), type: 'ORG', roles: [], tokens: words, sameAs: outer });
    if (!defined.has(acronym.text)) defined.set(acronym.text, { outer, words });
  }
}

interface Defined {
  outer: Mention;
  /** The bracketed form's words (`CDC`, `Cần`, `Thơ`). */
  words: string[];
}

/** Later uses of an acronym the article defined in brackets (`VSBN`, `CDC Cần Thơ`). */
function addDefinedAcronyms(
  uses: readonly { tokens: readonly EntityToken[]; at: number }[],
  defined: ReadonlyMap<string, Defined>,
  mentions: Mention[],
): void {
  if (defined.size === 0) return;
  const covered = mentions.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  let k = 0;
  let reach = -1;
  for (const { tokens, at } of uses) {
    const t = tokens[at] as EntityToken;
    while (k < covered.length && (covered[k] as readonly [number, number])[0] <= t.start) {
      reach = Math.max(reach, (covered[k] as readonly [number, number])[1]);
      k++;
    }
    const def = defined.get(t.text);
    if (!def || reach > t.start) continue;
    // The full bracketed form when it follows (`CDC Cần Thơ`), else the acronym alone.
    const full = def.words.every((w, n) => tokens[at + n]?.text === w);
    const end = full ? (tokens[at + def.words.length - 1] as EntityToken).end : t.end;
    const words = full ? def.words : [t.text];
    mentions.push({ start: t.start, end, text: words.join(' '), type: 'ORG', roles: [], tokens: words, sameAs: def.outer });
  }
}
