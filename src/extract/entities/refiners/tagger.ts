// The learned tagger's spans joined with the rules' candidates.
import type { Candidate } from '../rules/candidate.js';
import type { TaggedSpan } from '../tagger/index.js';
import { resolve } from './overlaps.js';

/**
 * The rules' finer cut of a person span the tagger ran together: `Tổng thống Mỹ Joe Biden`
 * tagged as one person is the place `Mỹ` and the person `Joe Biden` when the rules' candidates
 * tile the span exactly.
 */
function rulesTiling(sp: TaggedSpan, cands: readonly Candidate[]): Candidate[] | undefined {
  if (sp.type !== 'PER') return undefined;
  const parts: Candidate[] = [];
  let at = sp.s;
  while (at < sp.e) {
    const next = cands.filter((c) => c.s === at && c.e <= sp.e && c.type !== 'MISC').sort((a, b) => b.e - a.e)[0];
    if (!next) return undefined;
    parts.push({ ...next, strength: 100 });
    at = next.e;
  }
  return parts.length > 1 && parts.some((p) => p.type === 'PER') ? parts : undefined;
}

/**
 * The tagger decides the outermost persons, organisations and places; the rules' candidates stay
 * where they agree with it (they carry roles, places and canonical names) or sit inside its spans
 * (nested places), and for MISC, which the tagger does not learn: a quoted name or an event the
 * rules found wins over the tagger's spans inside it (`"Xuân yêu thương"`, `SEA Games 32`).
 */
export function combine(cands: readonly Candidate[], tagged: readonly TaggedSpan[], tokenCount: number): Candidate[] {
  const misc = cands.filter((c) => c.type === 'MISC');
  const fromTagger = tagged
    .filter((sp) => !misc.some((m) => m.s <= sp.s && sp.e <= m.e) || cands.some((c) => c.s === sp.s && c.e === sp.e && c.type === sp.type))
    .flatMap((sp): Candidate[] => {
      const same = cands.find((c) => c.s === sp.s && c.e === sp.e && c.type === sp.type);
      if (same) return [{ ...same, strength: 100 }];
      const tiling = rulesTiling(sp, cands);
      if (tiling) return tiling;
      const roles = sp.type === 'PER' ? cands.find((c) => c.type === 'PER' && c.s < sp.e && sp.s < c.e && c.roles?.length)?.roles : undefined;
      return [{ s: sp.s, e: sp.e, type: sp.type, strength: 100, nestable: false, roles: roles ?? [] }];
    });
  const inside = cands.filter((c) => c.type === 'MISC' || tagged.some((sp) => sp.s <= c.s && c.e <= sp.e));
  return resolve([...fromTagger, ...inside], tokenCount);
}
