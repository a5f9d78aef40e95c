// The learned tagger's spans joined with the rules' candidates.
import type { Candidate } from '../rules/candidate.js';
import type { TaggedSpan } from '../tagger/index.js';
import { resolve } from './overlaps.js';

/**
 * The tagger decides the outermost persons, organisations and places; the rules' candidates stay
 * where they agree with it (they carry roles, places and canonical names) or sit inside its spans
 * (nested places), and for MISC, which the tagger does not learn.
 */
export function combine(cands: readonly Candidate[], tagged: readonly TaggedSpan[], tokenCount: number): Candidate[] {
  const fromTagger = tagged.map((sp): Candidate => {
    const same = cands.find((c) => c.s === sp.s && c.e === sp.e && c.type === sp.type);
    if (same) return { ...same, strength: 100 };
    const roles = sp.type === 'PER' ? cands.find((c) => c.type === 'PER' && c.s < sp.e && sp.s < c.e && c.roles?.length)?.roles : undefined;
    return { s: sp.s, e: sp.e, type: sp.type, strength: 100, nestable: false, roles: roles ?? [] };
  });
  const inside = cands.filter((c) => c.type === 'MISC' || tagged.some((sp) => sp.s <= c.s && c.e <= sp.e));
  return resolve([...fromTagger, ...inside], tokenCount);
}
