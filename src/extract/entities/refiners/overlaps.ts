// Settling overlaps between candidates: the strongest first, a weaker one kept only when apart
// from every kept one or nested in an allowed way.
import type { Candidate } from '../rules/candidate.js';

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
