// The one place where overlapping date readings are settled.
import type { Cand } from '../candidate.js';

/**
 * Keeps one reading wherever readings overlap: the longest, because it used more of the text's
 * evidence (`tháng 12 năm 2023` over `năm 2023`, `5 năm trước` over `năm trước`); on equal
 * length the parser's rank (a date over a duration). Works cluster by cluster so a long run of
 * candidates never costs more than sorting it.
 */
export function removeOverlaps(list: Cand[]): Cand[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cand[] = [];
  let cluster: Cand[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) out.push(cluster[0]!);
    else if (cluster.length > 1) {
      const byStrength = [...cluster].sort(
        (a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start,
      );
      const kept: Cand[] = [];
      for (const c of byStrength) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
      for (const k of kept.sort((a, b) => a.start - b.start)) out.push(k);
    }
    cluster = [];
  };
  for (const c of sorted) {
    if (c.start >= clusterEnd) {
      flush();
      clusterEnd = c.end;
    } else clusterEnd = Math.max(clusterEnd, c.end);
    cluster.push(c);
  }
  flush();
  return out;
}
