// A name never runs across a bracket: `công đoàn (CĐ) TP Cần Thơ` tagged from `CĐ` to `Thơ` is the
// short form `CĐ` and the place `TP Cần Thơ`. A part the rules read the same way takes the rules'
// candidate (its type and details); a part without a capital goes.
import type { Candidate } from '../rules/candidate.js';
import type { EntityToken } from '../tokens.js';

const BRACKETS = new Set(['(', ')', '[', ']']);

export function cutAtBrackets(kept: readonly Candidate[], all: readonly Candidate[], tokens: readonly EntityToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of kept) {
    let cut = false;
    for (let k = c.s; k < c.e && !cut; k++) cut = BRACKETS.has((tokens[k] as EntityToken).text);
    if (!cut || c.type === 'MISC') {
      out.push(c);
      continue;
    }
    let s = c.s;
    for (let k = c.s; k <= c.e; k++) {
      if (k < c.e && !BRACKETS.has((tokens[k] as EntityToken).text)) continue;
      if (k > s && tokens.slice(s, k).some((t) => t.isCap)) {
        const rule = all.find((o) => o.s === s && o.e === k && o.type !== 'MISC');
        out.push(rule ? { ...rule, strength: c.strength } : { s, e: k, type: c.type, strength: c.strength, nestable: false, roles: [] });
      }
      s = k + 1;
    }
  }
  return out;
}
