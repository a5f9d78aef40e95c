// Places: a unit word and its name (`huyện Củ Chi`, `Quận 1`, `TP. HCM`), a gazetteer name
// (`Cần Thơ`, `châu Âu`), and vntk's LOC after a word that introduces a place (`tại Dải Gaza`).
import type { Candidate } from './candidate.js';
import { SentenceContext, CAP_UNIT_LEVELS } from './context.js';
import type { EntityToken } from '../tokens.js';
import { toOldStyleToneLower } from '../../../lexicon/fold.js';
import type { PlaceInfo } from '../data.js';
import { DIGIT, UPPER } from '../../../lexicon/letters.js';

// Example: `1` (`Quận 1`), `3A` (`ấp 3A`)
const HOUSE_NUMBER = new RegExp(`^[${DIGIT}]{1,3}[${UPPER}]?$`, 'u');
/** Words after which a capitalised name is a place (`tại Dải Gaza`, `sang Savannakhet`). */
const PLACE_CUES = new Set(['tại', 'ở', 'đến', 'về', 'từ', 'sang', 'qua', 'vào', 'khắp', 'thăm', 'ngụ', 'quê']);

/** A place name after a unit word at `j` (gazetteer, number or capitalised run), as its end. */
export function placeNameEnd(cx: SentenceContext, i: number, j: number, numbered: boolean, level: string): { end: number; gaz?: PlaceInfo; num: boolean } {
  const gaz = cx.data.places.match(cx.T, j);
  const after = j + (gaz?.keys.length ?? 0);
  // `tỉnh Lâm Đồng Trần Văn Hiệp`: a known province, then a person.
  if (gaz && (!cx.isNameToken(after) || cx.isFamily(after))) return { end: after, gaz: gaz.value, num: false };
  const t = cx.T[j];
  // Example: `Quận 1`, `phường 7`, `ấp 3A`
  if (numbered && t && HOUSE_NUMBER.test(t.text)) return { end: j + 1, num: true };
  if (level === 'area') {
    // Example: `Khu công nghiệp VSIP Bắc Ninh`, `KCN Trà Nóc`
    let k = j;
    while (k - j < 6 && (cx.isNameToken(k) || (cx.T[k]?.isAcronym ?? false))) k++;
    return { end: k, num: false };
  }
  const role = cx.inRoleContext(i);
  let k = cx.nameRun(j, role ? 8 : 4);
  if (k > j && role) {
    // `Chủ tịch UBND xã Tân Phú Nguyễn Văn B`: the person's name is not part of the place.
    const p = cx.personTail(j, k);
    if (p >= 0) k = p;
    else if (k - j > 4) k = j + 4;
  }
  return { end: k, num: false };
}
export function findUnitPlace(cx: SentenceContext, i: number): void {
  const u = cx.data.units.match(cx.T, i);
  if (!u) return;
  const t = cx.T[i] as EntityToken;
  if (t.isCap && !t.isAcronym && !CAP_UNIT_LEVELS.has(u.value.level)) return;
  // `hợp tác xã`, `Thông tấn xã`, `văn bản`, `thành phố` read from `phố`: the unit must start its word.
  if (cx.sameWord(i)) return;
  const prev = cx.T[i - 1];
  if (prev && ((t.key === 'xã' && (prev.key === 'tác' || prev.key === 'tấn')) || (t.key === 'phố' && prev.key === 'thành'))) return;
  let j = i + u.keys.length;
  if (cx.sameWord(j)) return;
  if (u.value.canonical === 'TP' && cx.T[j]?.text === '.') j++;
  const name = placeNameEnd(cx, i, j, u.value.number, u.value.level);
  if (name.end <= j) return;
  const first = cx.T[j] as EntityToken;
  const last = cx.T[name.end - 1] as EntityToken;
  const surfaceName = cx.text.slice(first.start, last.end);
  const c: Candidate = {
    s: i,
    e: name.end,
    type: 'LOC',
    strength: 85,
    nestable: true,
    place: {
      name: toOldStyleToneLower(name.gaz ? name.gaz.canonical : surfaceName),
      unit: u.value.canonical,
      level: u.value.level,
      numbered: name.num,
      gazetteer: name.gaz,
      surfaceName,
    },
  };
  cx.add(c);
  cx.locAt.set(i, c);
  for (let k = j; k < name.end; k++) cx.inPlaceName.add(k);
  // The name alone is the same place (grouped later); it is not a second mention.
}
export function findGazetteerPlace(cx: SentenceContext, i: number): void {
  const t = cx.T[i] as EntityToken;
  // Example: `miền Trung`, `châu Âu` (the region words are written lowercase)
  if (!t.isCap && !/^(?:miền|châu)$/u.test(t.key)) return;
  const m = cx.data.places.match(cx.T, i);
  if (!m || !m.value.standalone) return;
  const e = i + m.keys.length;
  // Part of a longer name: `Nguyễn Thái Bình`, `Mỹ Tâm` stay for other rules; a place of two
  // syllables or more may be followed by a person (`Thành ủy Hà Nội Bùi Thị Minh Hoài`).
  if (cx.isNameToken(i - 1) && !cx.sentenceStart(i - 1)) return;
  if (cx.isNameToken(e) && (m.keys.length === 1 || !cx.isFamily(e))) return;
  const single = m.keys.length === 1 && !t.isAcronym;
  // `Pháp luật`, `Anh hùng`: a one-syllable name glued into a longer word is that word.
  if (single && (cx.sameWord(i) || cx.sameWord(e))) return;
  // `anh Đức`, `chị Nga`: a single-syllable country after an honorific is a person; so is one
  // opening a sentence that the CRF reads as a person (`Đức tự giới thiệu …`).
  if (single && ((i > 0 && cx.titleAt[i - 1]) || cx.titleAt[i] || (cx.sentenceStart(i) && t.ner.endsWith('-PER')))) return;
  cx.add(cx.gazetteerCandidate(i, e, m.value, single ? 55 : 75));
}
/**
 * Places the gazetteer does not know (`Dải Gaza`, `Mỹ Đình`, `Savannakhet`): the CRF's LOC,
 * trimmed to capitalised name words, kept only right after a word that introduces a place.
 */
export function findCrfPlaces(cx: SentenceContext): void {
  const T = cx.T;
  for (let i = 0; i < T.length; i++) {
    if ((T[i] as EntityToken).ner !== 'B-LOC') continue;
    let e = i + 1;
    // vntk tags each word of a place B-LOC (`Dải/B-LOC Gaza/B-LOC`): one run.
    while (e < T.length && (T[e] as EntityToken).ner.endsWith('-LOC')) e++;
    let s = i;
    while (s < e && !cx.isNameToken(s)) s++;
    let k = s;
    while (k < e && cx.isNameToken(k) && !(cx.T[k] as EntityToken).isInitials) k++;
    // `tại Việt Nam Marc Knapper` tagged as one place: a known place ends where it ends.
    const known = cx.data.places.match(T, s);
    if (known && s + known.keys.length < k) k = s + known.keys.length;
    const cue = T[s - 1];
    // `từ A đến Z`: a lone letter is no place.
    const letters = k > s && (k - s > 1 || (T[s] as EntityToken).text.length > 1);
    if (letters && k - s <= 4 && !cx.isNameToken(k) && cue && PLACE_CUES.has(cue.key) && !cx.isFamily(s)) {
      if (!cx.data.orgHeads.match(T, s) && !cx.data.orgNames.match(T, s) && !cx.titleAt[s]) {
        cx.add({ s, e: k, type: 'LOC', strength: 45, nestable: true, place: { name: toOldStyleToneLower(cx.text.slice((T[s] as EntityToken).start, (T[k - 1] as EntityToken).end)), unit: '', level: 'crf', numbered: false, gazetteer: undefined, surfaceName: '' } });
      }
    }
    i = e - 1;
  }
}