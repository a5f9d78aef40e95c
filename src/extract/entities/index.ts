// Named entities (PER, ORG, LOC, MISC): rules that follow how Vietnamese news writes names
// (titles before persons, unit words before places, heads before organisations, quoted
// programme names), with vntk's CRF tags as one signal; overlaps settled once, then mentions
// grouped into entities with a canonical name.
import type { Abbreviation, Doc, Entity, Span, Word } from '../../types.js';
import { entityData } from './data.js';
import { groupMentions } from './group.js';
import type { Mention } from './group.js';
import { proposeCandidates } from './rules/index.js';
import type { Candidate } from './rules/candidate.js';
import { tokenize } from './tokens.js';
import type { EntityToken } from './tokens.js';
import { tagSentence } from './tagger/index.js';
import { combine } from './refiners/tagger.js';
import { trimTitles } from './refiners/titles.js';
import { cutAtBrackets } from './refiners/brackets.js';
import { bodiesOfCountries, commonNounAcronyms, knownOrganisations, listedNamesKept, orgsEndAtWords, splitAtVerbs } from './refiners/organisations.js';
import { creditsArePersons, gazetteerPlaces, joinInitials, joinInitialsAcrossSentences, placesNotPersons, placesToWordEnd } from './refiners/persons.js';
import { resolve } from './refiners/overlaps.js';
import { placesStartAfterVerbs } from './refiners/starts.js';
import { addDefinedAcronyms, linkParenthesised } from './refiners/acronyms.js';
import type { Defined } from './refiners/acronyms.js';
import { isCleanSpan, toMention } from './mention.js';

export interface EntityExtras {
  /** Byline authors (`Kiến Quốc` in `Bài, ảnh: Kiến Quốc`), counted as PER mentions. */
  authors?: { name: string; start: number; end: number }[];
  /**
   * False: the rules alone, without the learned tagger (unit tests of the rules over a fake
   * segmenter, which gives none of the POS tags the tagger was trained with). Default true.
   */
  learned?: boolean;
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
    const kept = extra?.learned === false ? byRules : refineSentence({ tokens, cands, kept: byRules }, expansions, text);
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
    // The byline may also be a sentence the rules read: one span is one mention, a person's
    // (`NAM TRẦN` in capitals is no place, whatever the tagger made of it).
    if (mentions.some((m) => m.start === a.start && m.end === a.end && m.type === 'PER')) continue;
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k] as Mention;
      if (m.start < a.end && a.start < m.end) mentions.splice(k, 1);
    }
    mentions.push({ start: a.start, end: a.end, text: surface, type: 'PER', roles: [] });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return groupMentions(joinInitialsAcrossSentences(mentions, text, entityData()), text, expansions);
}

/**
 * What settles one sentence's candidates, in order: the rules' own overlaps (in readSentences),
 * then the learned tagger's outermost spans joined with the rules' details, then titles trimmed
 * off the names the tagger ran them into.
 */
const SENTENCE_REFINERS: readonly { name: string; run: (r: SentenceReading, kept: Candidate[], expansions: ReadonlyMap<string, string>, text: string) => Candidate[] }[] = [
  {
    name: 'learned tagger',
    run: (r, kept, expansions) => {
      const tagged = tagSentence({ tokens: r.tokens, kept, data: entityData(), expansions });
      return tagged ? combine(r.cands, tagged, r.tokens.length) : kept;
    },
  },
  { name: 'listed names the tagger missed', run: (r, kept, _e, text) => settle(kept, listedNamesKept(kept, r.kept, r.tokens, text), r.tokens.length) },
  { name: 'places start after verbs', run: (r, kept) => settle(kept, placesStartAfterVerbs(kept, r.cands, r.tokens), r.tokens.length) },
  { name: 'titles off names', run: (r, kept) => settle(kept, trimTitles(kept, r.tokens, entityData()), r.tokens.length) },
  { name: 'organisations cut at verbs', run: (r, kept) => settle(kept, splitAtVerbs(kept, r.cands, r.tokens), r.tokens.length) },
  { name: 'organisations end at a word', run: (r, kept) => settle(kept, orgsEndAtWords(kept, r.tokens), r.tokens.length) },
  { name: 'names cut at brackets', run: (r, kept) => settle(kept, cutAtBrackets(kept, r.cands, r.tokens), r.tokens.length) },
  { name: 'acronyms of common nouns', run: (r, kept, expansions) => commonNounAcronyms(kept, r.tokens, expansions) },
  { name: 'names run on over an initial', run: (r, kept) => joinInitials(kept, r.tokens) },
  { name: 'places are no persons', run: (r, kept, _e, text) => placesNotPersons(kept, r.tokens, text, entityData()) },
  { name: 'credits are persons', run: (r, kept) => creditsArePersons(kept, r.tokens) },
  { name: 'places to the end of their word', run: (r, kept) => settle(kept, placesToWordEnd(kept, r.tokens), r.tokens.length) },
  { name: 'listed organisations', run: (r, kept) => knownOrganisations(kept, r.tokens, entityData()) },
  { name: 'bodies of countries', run: (r, kept) => bodiesOfCountries(kept, r.tokens, entityData()) },
  { name: 'places the gazetteer names', run: (r, kept, _e, text) => gazetteerPlaces(kept, r.tokens, text, entityData()) },
];

/** Overlaps settled again only when a refiner changed a candidate (most sentences: none did). */
function settle(before: readonly Candidate[], after: Candidate[], tokenCount: number): Candidate[] {
  const same = after.length === before.length && after.every((c, k) => c === before[k]);
  return same ? after : resolve(after, tokenCount);
}

function refineSentence(r: SentenceReading, expansions: ReadonlyMap<string, string>, text: string): Candidate[] {
  let kept = r.kept;
  for (const refiner of SENTENCE_REFINERS) kept = refiner.run(r, kept, expansions, text);
  return kept;
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

