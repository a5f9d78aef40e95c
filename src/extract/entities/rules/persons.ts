// Persons: a name after a title (`ông Nguyễn Văn A`, `Chủ tịch UBND tỉnh … Lê Văn B`), names
// listed after a plural title, a family name and its given names, vntk's PER trimmed to name
// syllables, and a role written after the name (`…, Giám đốc Sở Y tế, …`).
import { SentenceContext } from './context.js';
import type { EntityToken } from '../tokens.js';
import type { TitleKind } from '../data.js';

/** Words that make the title after them plural (`các ông`, `hai chị`). */
const PLURALS = new Set(['các', 'những', 'hai', 'ba', 'bốn', 'năm']);

/** From a title at `i`, past further titles, the post's country and its body, to where the name starts. */
function skipRole(cx: SentenceContext, i: number, title: { len: number; kind: TitleKind }): { s: number; roleStart: number } {
  let j = i + title.len;
  let roleStart = title.kind === 'honorific' ? -1 : i;
  // `Ngoại trưởng Mỹ Antony Blinken`, `Đại sứ Nhật Bản`: the country belongs to the role (not
  // after `ca sĩ`: `Ca sĩ Mỹ Tâm` is a name).
  const officeHolder = title.kind === 'position' || title.kind === 'rank';
  for (let steps = 0; steps < 6; steps++) {
    const next = cx.titleAt[j];
    if (next) {
      // `Cụ bà Lê Thị Hoa`, `ông Chủ tịch`
      if (roleStart < 0 && next.kind !== 'honorific') roleStart = j;
      j += next.len;
      continue;
    }
    // `Đại sứ Mỹ tại Việt Nam Marc Knapper`: the post's country, then where it is held.
    const at = officeHolder && cx.T[j]?.key === 'tại' && j > i + title.len ? 1 : 0;
    const gaz = roleStart >= 0 && officeHolder ? cx.data.places.match(cx.T, j + at) : undefined;
    if (gaz && cx.T[j + at]?.isCap) {
      cx.add(cx.gazetteerCandidate(j + at, j + at + gaz.keys.length, gaz.value, 75));
      j += at + gaz.keys.length;
      continue;
    }
    // Example: `ThS. Lê Văn A`, `TS. BS Nguyễn Văn B`
    if (cx.T[j]?.text === '.' && cx.T[j - 1]?.isCap && title.kind !== 'honorific') {
      j++;
      continue;
    }
    const org = cx.orgAt.get(j) ?? cx.locAt.get(j);
    if (!org || roleStart < 0) break;
    j = org.e;
  }
  return { s: j, roleStart };
}

/** Whether the name run [s, e) after a title at `i` is no person (a common noun, a department, a home province). */
function notAPerson(cx: SentenceContext, i: number, title: { len: number; kind: TitleKind }, s: number, e: number): boolean {
  const lone = title.kind !== 'honorific' && e - s === 1 && !cx.T[s]!.isInitials;
  // `Thủ tướng Chính phủ` is caught as an ORG; a lone capitalised word right after a
  // sentence-initial title is too often a common noun to trust.
  if (lone && cx.sentenceStart(i) && i + title.len === s && !cx.T[s]!.ner.endsWith('PER')) return true;
  // `Trưởng khoa Nhi Bệnh viện …`: one capitalised word between a post and the next name is a
  // department, not a person.
  if (lone && cx.T[e]?.isCap) return true;
  // `Học sinh Hà Giang`: after an occupation, a province or country is where they are from.
  if (title.kind === 'profession' && s === i + title.len) {
    const gaz = cx.data.places.match(cx.T, s);
    if (gaz && s + gaz.keys.length === e) return true;
  }
  return false;
}

/** `ông Nguyễn Văn A`, `Chủ tịch UBND tỉnh Quảng Nam Lê Văn B`: the title (and body) become the person's role. */
export function findTitledPerson(cx: SentenceContext, i: number): void {
  const title = cx.titleAt[i];
  if (!title) return;
  // `Bà Rịa`, `Anh` at the start of a sentence in a gazetteer: a place, not an honorific.
  const asPlace = cx.data.places.match(cx.T, i);
  if (asPlace && !cx.isNameToken(i + asPlace.keys.length)) return;
  const { s, roleStart } = skipRole(cx, i, title);
  if (cx.data.orgHeads.match(cx.T, s) || cx.data.units.match(cx.T, s)) return;
  const e = cx.nameRun(s);
  if (e <= s || notAPerson(cx, i, title, s, e)) return;
  const roles: string[] = [];
  if (roleStart >= 0 && s > roleStart) {
    let roleEnd = s;
    while (roleEnd > roleStart && (cx.T[roleEnd - 1] as EntityToken).isPunct) roleEnd--;
    roles.push(cx.text.slice((cx.T[roleStart] as EntityToken).start, (cx.T[roleEnd - 1] as EntityToken).end));
  }
  roles.push(...appositiveRole(cx, e));
  cx.add({ s, e, type: 'PER', strength: 80, nestable: false, roles });
  if (PLURALS.has(cx.T[i - 1]?.key ?? '')) {
    findListedPersons(cx, e, roles.slice(0, 1));
  } else if (cx.T[e]?.key === 'và' && !cx.data.orgHeads.match(cx.T, e + 1) && !cx.data.places.match(cx.T, e + 1)) {
    // `HLV Park Hang-seo và Kim Sang-sik`: a second full name joined to the first.
    const end = cx.nameRun(e + 1, 4);
    if (end - (e + 1) >= 2 && !cx.isNameToken(end)) cx.add({ s: e + 1, e: end, type: 'PER', strength: 65, nestable: false, roles: [] });
  }
}

/** `các anh Ba Bường, Ba Hương và Mười Thơ`: names listed after a plural title share it. */
export function findListedPersons(cx: SentenceContext, e: number, roles: string[]): void {
  for (let steps = 0; steps < 20; steps++) {
    const sep = cx.T[e];
    if (!sep || (sep.text !== ',' && sep.key !== 'và')) return;
    const end = cx.nameRun(e + 1);
    if (end <= e + 1) return;
    cx.add({ s: e + 1, e: end, type: 'PER', strength: 65, nestable: false, roles });
    e = end;
  }
}
/** Separators before a role written after the name (`…, Giám đốc Sở …`, `… - giám đốc Công ty …`). */
const APPOSITIVE = new Set([',', '-', '–', '(']);

/** `bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ, …`: the title and body after the name. */
export function appositiveRole(cx: SentenceContext, e: number): string[] {
  if (!APPOSITIVE.has(cx.T[e]?.text ?? '')) return [];
  const start = e + 1;
  // `nguyên Chủ tịch Quốc hội`, `cựu Bộ trưởng`
  const former = cx.T[start]?.key === 'nguyên' || cx.T[start]?.key === 'cựu' ? 1 : 0;
  const title = cx.titleAt[start + former];
  if (!title || title.kind === 'honorific') return [];
  let j = start + former + title.len;
  for (let steps = 0; steps < 4; steps++) {
    const next = cx.titleAt[j];
    if (next && next.kind !== 'honorific') {
      j += next.len;
      continue;
    }
    const body = cx.orgAt.get(j) ?? cx.locAt.get(j);
    if (!body) break;
    j = body.e;
  }
  return [cx.text.slice((cx.T[start] as EntityToken).start, (cx.T[j - 1] as EntityToken).end)];
}
export function findFamilyName(cx: SentenceContext, i: number): void {
  if (!cx.isFamily(i) || (cx.isNameToken(i - 1) && !cx.sentenceStart(i - 1)) || cx.titleAt[i]) return;
  if (!cx.isNameToken(i)) return;
  const e = cx.nameRun(i, 4);
  if (e - i < 2 || cx.isNameToken(e)) return;
  cx.add({ s: i, e, type: 'PER', strength: 60, nestable: false, roles: appositiveRole(cx, e) });
}
export function findCrfPersons(cx: SentenceContext): void {
  const T = cx.T;
  for (let i = 0; i < T.length; i++) {
    if ((T[i] as EntityToken).ner !== 'B-PER') continue;
    let e = i + 1;
    while (e < T.length && (T[e] as EntityToken).ner === 'I-PER') e++;
    // The CRF runs titles and places into names; keep only the run of name syllables.
    let s = i;
    while (s < e && (!cx.isNameToken(s) || cx.titleAt[s])) s += cx.titleAt[s]?.len ?? 1;
    let k = s;
    while (k < e && cx.isNameToken(k)) k++;
    if (k - s >= 2 && k - s <= 4 && !cx.isNameToken(k) && !(cx.isNameToken(s - 1) && !cx.sentenceStart(s - 1))) {
      cx.add({ s, e: k, type: 'PER', strength: 40, nestable: false, roles: appositiveRole(cx, k) });
    }
    i = e - 1;
  }
}