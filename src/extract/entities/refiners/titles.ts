// Titles are no part of a name: `Chủ tịch LĐLĐ TP Cần Thơ` is the organisation `LĐLĐ TP Cần Thơ`
// held by a chairman, `ông Nguyễn Văn A` the person `Nguyễn Văn A`. The learned tagger
// sometimes runs a title into the span it marks; this trims it off again.
import type { EntityData } from '../data.js';
import type { Candidate } from '../rules/candidate.js';
import type { EntityToken } from '../tokens.js';

/** Candidates with any leading title removed (an organisation only when a head or acronym follows). */
export function trimTitles(cands: readonly Candidate[], tokens: readonly EntityToken[], data: EntityData): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'ORG' && c.type !== 'PER') return c;
    let s = c.s;
    for (let steps = 0; steps < 4 && s < c.e; steps++) {
      const title = data.titles.match(tokens, s);
      if (!title || s + title.keys.length >= c.e) break;
      const after = s + title.keys.length;
      const next = tokens[after] as EntityToken;
      if (c.type === 'ORG' && !data.orgHeads.match(tokens, after) && !data.orgNames.match(tokens, after) && !next.isAcronym) break;
      if (c.type === 'PER' && !next.isCap) break;
      s = after;
    }
    return s === c.s ? c : { ...c, s, headEnd: c.headEnd !== undefined ? Math.max(c.headEnd, s + 1) : undefined };
  });
}
