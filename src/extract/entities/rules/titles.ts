// Titles and honorifics (`Chủ tịch`, `ông`, `TS.`): marked first, since persons, places and
// organisations all read them.
import { SentenceContext } from './context.js';
import type { EntityToken } from '../tokens.js';

export function findTitle(cx: SentenceContext, i: number): void {
  const m = cx.data.titles.match(cx.T, i);
  if (!m) return;
  const t = cx.T[i] as EntityToken;
  const last = i + m.keys.length;
  // `anh` in `anh hùng`, `em` in `anh em`: the title must be whole segmenter words, except
  // that vntk glues a title to the name after it (`Anh Hùng`, `Trưởng Ban`).
  if (cx.sameWord(i) && !(cx.T[i - 1] as EntityToken).isCap) return;
  if (cx.sameWord(last) && !(cx.T[last] as EntityToken).isCap) return;
  // A capitalised honorific mid-sentence is a name or a place (`Anh`, `Bà Rịa`), not `anh`/`bà`.
  if (m.value === 'honorific' && t.isCap && !cx.sentenceStart(i)) return;
  cx.titleAt[i] = { len: m.keys.length, kind: m.value };
  if (m.value !== 'honorific') cx.titleEnds.add(last);
}