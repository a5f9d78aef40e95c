// The rules, in the order they run over one sentence: each reads the tokens and what the rules
// before it marked (titles, unit places, organisations) and proposes candidate spans. Overlaps
// between candidates are settled afterwards, by the refiners (../refiners/).
import type { Candidate } from './candidate.js';
import { SentenceContext } from './context.js';
import { findMisc, findQuotes } from './misc.js';
import { findNamedOrg, findOrg } from './organisations.js';
import { findCrfPersons, findFamilyName, findTitledPerson } from './persons.js';
import { findCrfPlaces, findGazetteerPlace, findUnitPlace } from './places.js';
import { findTitle } from './titles.js';
import type { EntityToken } from '../tokens.js';

export type { Candidate, PlaceKey } from './candidate.js';

interface Rule {
  name: string;
  /** `forward` and `backward` run at each token in that order; `sentence` once. */
  scan: 'forward' | 'backward' | 'sentence';
  run: (c: SentenceContext, i: number) => void;
}

/** Titles first (persons, places and organisations read them), organisations right to left so that an inner name is known to the outer one. */
export const RULES: readonly Rule[] = [
  { name: 'titles', scan: 'forward', run: findTitle },
  { name: 'unit places', scan: 'forward', run: findUnitPlace },
  { name: 'named organisations', scan: 'backward', run: findNamedOrg },
  { name: 'organisations', scan: 'backward', run: findOrg },
  { name: 'gazetteer places', scan: 'forward', run: findGazetteerPlace },
  { name: 'titled persons', scan: 'forward', run: findTitledPerson },
  { name: 'family names', scan: 'forward', run: findFamilyName },
  { name: 'diseases and events', scan: 'forward', run: findMisc },
  { name: 'vntk persons', scan: 'sentence', run: (c) => findCrfPersons(c) },
  { name: 'vntk places', scan: 'sentence', run: (c) => findCrfPlaces(c) },
  { name: 'quoted names', scan: 'sentence', run: (c) => findQuotes(c) },
];

/** Every candidate the rules propose for one sentence. */
export function proposeCandidates(tokens: readonly EntityToken[], text: string): Candidate[] {
  const c = new SentenceContext(tokens, text);
  const n = tokens.length;
  for (const rule of RULES) {
    if (rule.scan === 'sentence') rule.run(c, 0);
    else if (rule.scan === 'backward') for (let i = n - 1; i >= 0; i--) rule.run(c, i);
    else for (let i = 0; i < n; i++) rule.run(c, i);
  }
  return c.cands;
}
