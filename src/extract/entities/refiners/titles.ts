// Titles are no part of a name: `Chủ tịch LĐLĐ TP Cần Thơ` is the organisation `LĐLĐ TP Cần Thơ`
// held by a chairman, `ông Nguyễn Văn A` the person `Nguyễn Văn A`, and `Phó Trưởng` alone is
// nobody. The learned tagger sometimes runs a title into a span, or marks a piece of one; this
// trims titles (and punctuation) off the edges of persons and organisations, and drops what is
// left with nothing else.
import type { EntityData } from '../data.js';
import type { Candidate } from '../rules/candidate.js';
import type { EntityToken } from '../tokens.js';

/** Tokens covered by a title of the list (`Phó`, `Chủ tịch`, `Trưởng khoa`, `bác sĩ`). */
function titleCover(tokens: readonly EntityToken[], data: EntityData): boolean[] {
  const cover = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const m = data.titles.match(tokens, i);
    if (m && m.value !== 'honorific') for (let k = 0; k < m.keys.length; k++) cover[i + k] = true;
    else if (m) cover[i] = true;
  }
  return cover;
}

/** Candidates with leading titles and edge punctuation removed; those left empty are dropped. */
export function trimTitles(cands: readonly Candidate[], tokens: readonly EntityToken[], data: EntityData): Candidate[] {
  const cover = titleCover(tokens, data);
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.type !== 'ORG' && c.type !== 'PER') {
      out.push(c);
      continue;
    }
    let s = c.s;
    let e = c.e;
    // Example: `Nguyên Chủ tịch`, `Phó Trưởng` (`nguyên`, `cựu` and `phó` lead a title)
    // An organisation's head may hold a title's words (`Đại sứ quán`, `Ban` in `Trưởng Ban`): it stays.
    const head = (k: number) => c.type === 'ORG' && (!!data.orgHeads.match(tokens, k) || !!data.orgNames.match(tokens, k));
    while (s < e && !head(s) && (cover[s] || tokens[s]?.isPunct || /^(?:nguyên|cựu|phó)$/u.test(tokens[s]?.key ?? ''))) s++;
    while (e > s && tokens[e - 1]?.isPunct) e--;
    // A verb is no start of a name (`biết Chính phủ Campuchia` after `cho`); a lowercase head
    // the tagger reads as a verb is (`ủy ban Dân tộc`).
    while (s < e && !head(s) && !(tokens[s] as EntityToken).isCap && (tokens[s] as EntityToken).pos.startsWith('V')) s++;
    // A title's last piece (`tịch` of `Chủ tịch`) is no start of a name either.
    while (s < e && !head(s) && !(tokens[s] as EntityToken).isCap && cover[s - 1] && c.type === 'ORG') s++;
    if (e <= s || (s > c.s && !tokens.slice(s, e).some((t) => t.isCap))) continue;
    out.push(s === c.s && e === c.e ? c : { ...c, s, e, headEnd: c.headEnd !== undefined ? Math.max(c.headEnd, s + 1) : undefined });
  }
  return out;
}
