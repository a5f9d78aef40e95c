// Organisations: a named institution from the list (`Quốc hội`, `Vietcombank`) or a head
// (`Bộ`, `Công ty`, `UBND`) and the name after it, read one step at a time up to where it ends
// (a place, a bare unit word, an owner, a figure, or a word that cannot continue a name).
import type { Candidate } from './candidate.js';
import { SentenceContext, MAX_NAME_TOKENS, MAX_ORG_TOKENS, JOINERS, CAP_UNIT_LEVELS } from './context.js';
import type { EntityToken } from '../tokens.js';
import { toNewStyleTone } from '../../../lexicon/fold.js';
import type { OrgHead, PhraseEntry } from '../data.js';
import { inDictionary } from '../../../nlp/dictionary.js';
import { DIGIT } from '../../../lexicon/letters.js';

// Example: `7`, `2023`
const SHORT_NUMBER = new RegExp(`^[${DIGIT}]{1,4}$`, 'u');
const DASHES = new Set(['-', '–']);

/** `Quốc hội`, `Vietcombank`: a name from the list, when it is a whole word and no longer name. */
export function findNamedOrg(cx: SentenceContext, i: number): void {
  const named = cx.data.orgNames.match(cx.T, i);
  if (!named) return;
  const after = i + named.keys.length;
  if (cx.sameWord(i) || cx.sameWord(after) || (cx.isNameToken(after) && !cx.isFamily(after))) return;
  const c: Candidate = { s: i, e: after, type: 'ORG', strength: 75, nestable: false, canonical: named.value, headEnd: after };
  cx.add(c);
  if (!cx.orgAt.has(i)) cx.orgAt.set(i, c);
}

/** The head at `i` (`Bộ`, `Công ty`, `UBND`) when it starts an organisation's name here. */
function headAt(cx: SentenceContext, i: number): PhraseEntry<OrgHead> | undefined {
  const h = cx.data.orgHeads.match(cx.T, i);
  // A head inside a lowercase word is no head; vntk may glue a title to it (`Trưởng Ban`).
  // A lowercase head starts its word (`hội` in `Quốc hội`, `bộ` in `Đảng bộ` is no head).
  if (!h || (cx.sameWord(i) && (h.value.lower || !(cx.T[i - 1] as EntityToken).isCap))) return undefined;
  // A lowercase head opens a name only before a capital, an inner word, `số` or (bare) a place:
  // most `công ty`, `trường`, `ban` in running text are ordinary words, settled here cheaply, and
  // a bare figure after one is a count (`ban 3 người`), not a name (`Quân khu 7` is capitalised).
  if (h.value.lower && !h.value.bare) {
    const next = cx.T[i + h.keys.length];
    if (!next || (!next.isCap && next.key !== 'số' && !cx.data.orgInner.match(cx.T, i + h.keys.length))) return undefined;
  }
  // `Trường Sa`, `Hội An`, `Hải Phòng`, `huyện Đài Nam`: a place that holds a head word.
  const asPlace = cx.data.places.match(cx.T, i);
  if ((asPlace && asPlace.keys.length >= h.keys.length) || cx.inPlaceName.has(i)) return undefined;
  for (let b = Math.max(0, i - 3); b < i; b++) {
    const around = cx.data.places.match(cx.T, b);
    if (around && b + around.keys.length > i) return undefined;
  }
  // `Ban đầu`, `Trường hợp`, `Báo cáo`: a head glued to a lowercase syllable is an ordinary word.
  const headEnd = i + h.keys.length;
  if (cx.sameWord(headEnd) && !(cx.T[headEnd] as EntityToken).isCap) return undefined;
  return h;
}

/** Where the reading of one name stands. */
interface NameScan {
  i: number;
  j: number;
  head: PhraseEntry<OrgHead>;
  /** A title stands before the head (`Chủ tịch UBND …`): a person may follow the name. */
  role: boolean;
  /** Capitalised components read so far. */
  comps: number;
  bareUnit: boolean;
  hasPlace: boolean;
}

/** What one step did: read on, or end the name here. */
type Step = 'next' | 'stop' | undefined;

/** A place ends the name: a unit place, a bare unit word (`UBND tỉnh`), a gazetteer name. */
function placeStep(cx: SentenceContext, st: NameScan, t: EntityToken): Step {
  const loc = cx.locAt.get(st.j);
  if (loc) {
    st.j = loc.e;
    st.hasPlace = true;
    return 'stop';
  }
  const unit = cx.data.units.match(cx.T, st.j);
  if (unit && (!t.isCap || t.isAcronym) && !cx.sameWord(st.j + unit.keys.length)) {
    // `UBND tỉnh`, `Công an huyện`: the unit without a name closes the organisation's name.
    if (CAP_UNIT_LEVELS.has(unit.value.level)) {
      st.j += unit.keys.length;
      st.bareUnit = true;
    }
    return 'stop';
  }
  const gaz = cx.data.places.match(cx.T, st.j);
  const after = st.j + (gaz?.keys.length ?? 0);
  if (gaz && gaz.value.standalone && t.isCap && (!cx.isNameToken(after) || cx.isFamily(after))) {
    cx.add(cx.gazetteerCandidate(st.j, after, gaz.value, 75));
    st.j = after;
    st.hasPlace = true;
    return 'stop';
  }
  return undefined;
}

/** An owner (`Ủy ban Kinh tế của Quốc hội`), a number (`Trường Tiểu học số 1`, `Quân khu 7`). */
function ownerOrNumberStep(cx: SentenceContext, st: NameScan, t: EntityToken): Step {
  if (t.key === 'của' && st.comps > 0) {
    const owner = cx.data.orgNames.match(cx.T, st.j + 1);
    const after = st.j + 1 + (owner?.keys.length ?? 0);
    if (owner && (!cx.isNameToken(after) || cx.isFamily(after))) {
      st.j = after;
      return 'stop';
    }
  }
  if (t.key === 'số' && cx.T[st.j + 1]?.isNumber) {
    st.j += 2;
    st.comps++;
    return 'next';
  }
  // A figure after a name only at its end (`Công ty ABC 3 năm` is a duration), and not after an
  // acronym head (`BV 478` is a boat's number).
  const acronymHead = st.head.keys.length === 1 && (cx.T[st.i] as EntityToken).isAcronym;
  if (SHORT_NUMBER.test(t.text) && !acronymHead && (st.comps === 0 || !cx.T[st.j + 1]?.isWord)) {
    st.j++;
    st.comps++;
    return 'stop';
  }
  return undefined;
}

/** A capitalised component (`Y tế`, `Thủy lợi`), unless it is the person after a complete name. */
function capitalisedStep(cx: SentenceContext, st: NameScan, t: EntityToken): Step {
  if (!t.isCap || !t.isWord || t.isNumber) return undefined;
  // `Chủ tịch UBND tỉnh … Lê Văn A`, `bộ Công an Lê Thế Tiệm`: the person after a complete name
  // is not part of it.
  const complete = st.role ? st.comps > 0 || st.head.value.bare : st.comps === 0 && st.head.value.bare;
  if (complete && cx.isFamily(st.j)) {
    const k = cx.nameRun(st.j, MAX_NAME_TOKENS);
    if (k - st.j >= 2 && k - st.j <= 4 && !cx.isNameToken(k)) return 'stop';
  }
  const compStart = st.j;
  st.j++;
  while (cx.sameWord(st.j) && (cx.T[st.j] as EntityToken).isWord) st.j++;
  // `Cục Thủy lợi` cut by the segmenter into `Thủy | lợi`: a dictionary word stays whole.
  const low = cx.T[st.j];
  if (st.j === compStart + 1 && low && low.isWord && !low.isCap && !cx.sameWord(st.j + 1)) {
    const pair = `${t.key} ${low.key}`;
    if (inDictionary(pair) || inDictionary(toNewStyleTone(pair))) st.j++;
  }
  st.comps++;
  return 'next';
}

/** Lowercase words inside a name: nouns leading to a place, a noun between parts, a joiner. */
function lowercaseStep(cx: SentenceContext, st: NameScan, t: EntityToken): Step {
  const j = st.j;
  if (st.comps === 0) return undefined;
  // `Bệnh viện Ung bướu TP Cần Thơ`: lowercase nouns (up to two) that lead to a unit place are
  // inside the name, which ends at the place.
  if (cx.isLowerNoun(j)) {
    const k = cx.isLowerNoun(j + 1) ? j + 2 : j + 1;
    if (cx.locAt.has(k)) {
      st.j = k;
      return 'next';
    }
  }
  const next = cx.T[j + 1];
  if (!next?.isCap) return undefined;
  const nextStartsName = !!cx.data.orgHeads.match(cx.T, j + 1);
  // `Công ty TNHH Hóa chất Vĩnh Phát` segmented `Hóa | chất`: a lowercase noun between two
  // capitalised parts of the name (the tagger's POS says noun) stays inside.
  const prev = cx.T[j - 1] as EntityToken;
  if (t.isWord && !t.isCap && t.pos.startsWith('N') && prev.isCap && !next.isAcronym && !nextStartsName && !cx.data.places.match(cx.T, j + 1) && !cx.isFamily(j + 1)) {
    st.j++;
    return 'next';
  }
  // Example: `Sở Văn hóa - Thể thao`, `Bộ Nông nghiệp và Phát triển nông thôn`
  const joiner = JOINERS.has(t.key) || (DASHES.has(t.text) && prev.end < t.start);
  if (joiner && !next.isNumber && !nextStartsName && !cx.data.orgNames.match(cx.T, j + 1) && !(cx.isFamily(j + 1) && cx.nameRun(j + 1) - (j + 1) >= 2)) {
    st.j++;
    return 'next';
  }
  return undefined;
}

/** Example: `Trung tâm Kiểm soát bệnh tật tỉnh Đồng Nai`, `Công ty cổ phần Sữa Việt Nam` */
function innerWordStep(cx: SentenceContext, st: NameScan, t: EntityToken): Step {
  const inner = st.comps > 0 || st.head.keys.length > 0 ? cx.data.orgInner.match(cx.T, st.j) : undefined;
  if (inner && !t.isCap && !cx.sameWord(st.j + inner.keys.length) && !cx.sameWord(st.j)) {
    st.j += inner.keys.length;
    return 'next';
  }
  return undefined;
}

/** The steps, in the order they are tried at each token of a name. */
const NAME_STEPS = [placeStep, ownerOrNumberStep, innerWordStep, capitalisedStep, lowercaseStep];

/** A head and the name after it (`Sở Y tế TP Cần Thơ`, `UBND tỉnh`, `Công ty TNHH Minh Phát`). */
export function findOrg(cx: SentenceContext, i: number): void {
  const head = headAt(cx, i);
  if (!head) return;
  const headEnd = i + head.keys.length;
  const st: NameScan = { i, j: headEnd, head, role: cx.inRoleContext(i), comps: 0, bareUnit: false, hasPlace: false };
  scan: while (st.j < cx.T.length && st.j - i < MAX_ORG_TOKENS) {
    const t = cx.T[st.j] as EntityToken;
    for (const step of NAME_STEPS) {
      const done = step(cx, st, t);
      if (done === 'next') continue scan;
      if (done === 'stop') break scan;
    }
    break;
  }
  const { j, comps, bareUnit, hasPlace } = st;
  // `công ty Du lịch Lâm Đồng`: a lowercase head needs a capitalised part (or, bare, its place);
  // `trung tâm Hà Nội` is the city centre, `bộ` and `ban` alone are ordinary words.
  if (head.value.lower ? comps === 0 && !(hasPlace && head.value.bare) : comps === 0 && !hasPlace && !(bareUnit && head.value.bare) && !(head.value.bare && head.keys.length > 1)) return;
  // Only an organisation with its own place can sit inside another (`LĐLĐ TP Cần Thơ` in
  // `Ban Thường vụ LĐLĐ TP Cần Thơ`); `Công an` in `Bộ Công an` is the ministry's domain.
  const c: Candidate = { s: i, e: j, type: 'ORG', strength: 90, nestable: hasPlace || bareUnit, headEnd, bareUnit, placed: hasPlace };
  cx.add(c);
  const prev = cx.orgAt.get(i);
  if (!prev || prev.e < j) cx.orgAt.set(i, c);
}
