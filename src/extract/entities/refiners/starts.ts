// Where a place starts: a verb, a preposition or a conjunction before a place's name is no part
// of it (`cho biết Chính phủ`, `tới Hà Nội`), though the tagger sometimes runs a span back over
// one. Nouns stay (`vùng`, `khu vực` before a place are the annotators' call); persons and
// organisations are trimmed with the titles (refiners/titles.ts).
import type { Candidate } from '../rules/candidate.js';
import type { EntityToken } from '../tokens.js';

/** POS tags of words that open no place: verbs, prepositions, conjunctions, adverbs. */
const NOT_IN_PLACES = /^[VECR]/u;

/** Places trimmed past their leading lowercase verbs and prepositions no rule put inside a place. */
export function placesStartAfterVerbs(kept: readonly Candidate[], rules: readonly Candidate[], tokens: readonly EntityToken[]): Candidate[] {
  return kept.map((c) => {
    if (c.type !== 'LOC') return c;
    const inRule = (k: number) => rules.some((r) => r.type === 'LOC' && r.s <= k && k < r.e);
    let s = c.s;
    while (s < c.e && !(tokens[s] as EntityToken).isCap && (tokens[s] as EntityToken).isWord && NOT_IN_PLACES.test((tokens[s] as EntityToken).pos) && !inRule(s)) s++;
    if (s === c.s || !tokens.slice(s, c.e).some((t) => t.isCap)) return c;
    return { ...c, s };
  });
}
