// The recognisers: each reads one sentence's tokens and proposes candidate spans (persons after
// titles, places after unit words, organisations after their heads, quoted names, gazetteer and
// CRF matches). Overlaps between candidates are settled afterwards, in entities.ts.
import { entityData } from './data.js';
import type { EntityData, PlaceInfo, TitleKind } from './data.js';
import { inDictionary } from '../../nlp/dictionary.js';
import { toNewToneLower, toOldTone } from '../../lexicon/fold.js';
import type { EntityToken } from './tokens.js';
import type { EntityType } from '../../types.js';
import { DIGIT, UPPER } from '../../lexicon/letters.js';

// Built once here rather than as literals in the rules, from lexicon/letters.ts's classes (a `\p{…}`
// class costs milliseconds to compile in each pattern).
// Example: `COVID-19`, `F0` (hold a digit); `Thơ` (not)
const HAS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');
// Example: `1` (`Quận 1`), `3A` (`ấp 3A`)
const HOUSE_NUMBER = new RegExp(`^[${DIGIT}]{1,3}[${UPPER}]?$`, 'u');
// Example: `7`, `2023`
const SHORT_NUMBER = new RegExp(`^[${DIGIT}]{1,4}$`, 'u');
// Example: `TP`, `19` (a capital or digit anywhere); `thơ` (not)
const UPPER_OR_DIGIT = new RegExp(`[${UPPER}${DIGIT}]`, 'u');
// Example: `32` (`SEA Games 32`), `2023/24`
const YEAR_OR_TERM = new RegExp(`^[${DIGIT}]{1,4}(?:/[${DIGIT}]{2,4})?$`, 'u');

export interface PlaceKey {
  /** Folded place name without its unit (`cần thơ`, `1` for `Quận 1`). */
  name: string;
  /** Canonical unit (`TP`, `quận`), empty for a bare name. */
  unit: string;
  level: string;
  numbered: boolean;
  gazetteer: PlaceInfo | undefined;
  /** Surface of the name part (`Thốt Nốt`). */
  surfaceName: string;
}

export interface Candidate {
  /** Token indexes, [s, e). */
  s: number;
  e: number;
  type: EntityType;
  strength: number;
  /** May sit inside an outer entity of the same type (a suffix `LĐLĐ TP Cần Thơ` in `Ban Thường vụ LĐLĐ TP Cần Thơ`). */
  nestable: boolean;
  /** For ORG: end of the head, inner organisations must start at or after it. */
  headEnd?: number;
  /** For ORG ending in a unit word without a name (`UBND tỉnh`). */
  bareUnit?: boolean;
  /** For ORG whose name ends in a place (`Sở Y tế Hà Nội`). */
  placed?: boolean;
  /** For ORG from the list of named institutions: the canonical name. */
  canonical?: string;
  place?: PlaceKey;
  roles?: string[];
}

/** Longest ORG/LOC chains let a title reach a name; these bound every scan so input stays linear. */
const MAX_ORG_TOKENS = 20;
const MAX_NAME_TOKENS = 5;
const MAX_QUOTE_TOKENS = 40;
const MAX_QUOTE_WORDS = 8;
/** After `phong trào`, `chương trình`: campaign names run longer. */
const MAX_TRIGGERED_QUOTE_WORDS = 12;

const OPENERS = new Set(['"', '“', '«', '(', '[', ':', '-', '–', '—', '‘', "'"]);
const JOINERS = new Set(['và', '&']);
const DASHES = new Set(['-', '–']);
const QUOTE_LINKS = new Set([',', 'và', 'hay', 'hoặc', '…', '.']);
/** Words that make the title after them plural (`các ông`, `hai chị`). */
const PLURALS = new Set(['các', 'những', 'hai', 'ba', 'bốn', 'năm']);
/** Words after which a capitalised name is a place (`tại Dải Gaza`, `sang Savannakhet`). */
const PLACE_CUES = new Set(['tại', 'ở', 'đến', 'về', 'từ', 'sang', 'qua', 'vào', 'khắp', 'thăm', 'ngụ', 'quê']);
const DISEASE_CUES = new Set(['bệnh', 'dịch', 'mắc', 'ca', 'tiêm', 'vaccine', 'vắc', 'xin', 'chống', 'phòng']);
/** Admin unit levels whose unit word may be capitalised (`Quận 1`, `Huyện Củ Chi`). */
const CAP_UNIT_LEVELS = new Set(['province', 'district', 'commune', 'area']);

/** Everything the recognisers learn about one sentence. */
export class SentenceRules {
  readonly data: EntityData = entityData();
  readonly cands: Candidate[] = [];
  private readonly titleEnds = new Set<number>();
  private readonly titleAt: ({ len: number; kind: TitleKind } | undefined)[] = [];
  private readonly locAt = new Map<number, Candidate>();
  /** Tokens inside the name part of a unit place (`Đài Nam` in `huyện Đài Nam`). */
  private readonly inPlaceName = new Set<number>();
  private readonly orgAt = new Map<number, Candidate>();

  constructor(
    private readonly T: readonly EntityToken[],
    private readonly text: string,
  ) {}

  run(): Candidate[] {
    const n = this.T.length;
    for (let i = 0; i < n; i++) this.findTitle(i);
    for (let i = 0; i < n; i++) this.findUnitPlace(i);
    for (let i = n - 1; i >= 0; i--) this.findOrg(i);
    for (let i = 0; i < n; i++) {
      this.findGazetteerPlace(i);
      this.findTitledPerson(i);
      this.findFamilyName(i);
      this.findMisc(i);
    }
    this.findCrfPersons();
    this.findCrfPlaces();
    this.findQuotes();
    return this.cands;
  }

  // ---- token predicates ----

  private sentenceStart(i: number): boolean {
    const p = this.T[i - 1];
    return !p || OPENERS.has(p.text) || p.text === '.' || p.text === '!' || p.text === '?';
  }

  /**
   * A token that continues the same segmenter word as the one before it. Punctuation never
   * does: the tokenizer keeps `ASEAN.` or `TP.` as one word.
   */
  private sameWord(i: number): boolean {
    const t = this.T[i];
    const p = this.T[i - 1];
    return !!t && !!p && t.word >= 0 && t.word === p.word && t.isWord && p.isWord;
  }

  /**
   * A word of one capitalised syllable and lowercase ones (`Hiến pháp`, `Kinh tế`, `Hóa chất`) is
   * a title-case common noun, not a name. vntk also glues names to what follows (`Việt Nam vô
   * địch` as one word), so a word whose first two syllables are capitalised still counts.
   */
  private wholeWordCap(i: number): boolean {
    let ws = i;
    // Bounded: a run-on "word" from odd input must not make every lookup walk it.
    while (ws > i - MAX_NAME_TOKENS && this.sameWord(ws)) ws--;
    const first = this.T[ws] as EntityToken;
    const second = this.T[ws + 1];
    return !(first.isCap && this.sameWord(ws + 1) && second && !second.isCap && second.isWord);
  }

  private isNameToken(i: number): boolean {
    const t = this.T[i];
    if (!t) return false;
    if (t.isInitials) return true;
    // Example: `Nguyễn`, `Sang-sik`, `A` are name syllables; `UBND`, `U23`, `12A1` are not.
    return t.isCap && t.isWord && !t.isAcronym && !HAS_DIGIT.test(t.text) && this.wholeWordCap(i);
  }

  /** End of the run of name tokens from `i` (at most `max`); a dotted initial ends the run. */
  private nameRun(i: number, max = MAX_NAME_TOKENS): number {
    let k = i;
    while (k - i < max && this.isNameToken(k)) {
      k++;
      if ((this.T[k - 1] as EntityToken).isInitials) break;
    }
    // vntk glues a name's last syllable to the verb after it (`Mai Quốc | Bình than`): a
    // capitalised first syllable of a word still ends a run already begun.
    const t = this.T[k];
    if (k > i && k - i < max && t && t.isCap && t.isWord && !t.isAcronym && !this.sameWord(k) && !HAS_DIGIT.test(t.text)) k++;
    return k;
  }

  /** A lowercase word the tagger calls a noun (never without tags: a verb would join). */
  private isLowerNoun(i: number): boolean {
    const t = this.T[i];
    return !!t && t.isWord && !t.isCap && !t.isNumber && t.pos.startsWith('N') && !this.data.units.match(this.T, i);
  }

  private isFamily(i: number): boolean {
    const t = this.T[i];
    return !!t && this.data.familyNames.has(t.ckey);
  }

  /** Start of a person's name at the tail of the name run [s, e) (`Phong Điền Nguyễn Văn A`), or -1. */
  private personTail(s: number, e: number): number {
    for (let p = Math.max(s, e - 4); p <= e - 2; p++) if (this.isFamily(p)) return p;
    return -1;
  }

  /** Whether a title (`Chủ tịch`, `Giám đốc`) stands before `i` with only a name's heads between. */
  private inRoleContext(i: number): boolean {
    let k = i;
    for (let steps = 0; steps < MAX_ORG_TOKENS && k > 0; steps++, k--) {
      if (this.titleEnds.has(k)) return true;
      const t = this.T[k - 1] as EntityToken;
      if (t.isPunct && t.text !== '&' && t.text !== '.') return false;
      if (!t.isCap && !this.data.units.match(this.T, k - 1) && !JOINERS.has(t.key) && !this.sameWord(k - 1)) {
        return false;
      }
    }
    return this.titleEnds.has(k);
  }

  private add(c: Candidate): void {
    if (c.e > c.s) this.cands.push(c);
  }

  // ---- titles ----

  private findTitle(i: number): void {
    const m = this.data.titles.match(this.T, i);
    if (!m) return;
    const t = this.T[i] as EntityToken;
    const last = i + m.keys.length;
    // `anh` in `anh hùng`, `em` in `anh em`: the title must be whole segmenter words, except
    // that vntk glues a title to the name after it (`Anh Hùng`, `Trưởng Ban`).
    if (this.sameWord(i) && !(this.T[i - 1] as EntityToken).isCap) return;
    if (this.sameWord(last) && !(this.T[last] as EntityToken).isCap) return;
    // A capitalised honorific mid-sentence is a name or a place (`Anh`, `Bà Rịa`), not `anh`/`bà`.
    if (m.value === 'honorific' && t.isCap && !this.sentenceStart(i)) return;
    this.titleAt[i] = { len: m.keys.length, kind: m.value };
    if (m.value !== 'honorific') this.titleEnds.add(last);
  }

  // ---- places ----

  /** A place name after a unit word at `j` (gazetteer, number or capitalised run), as its end. */
  private placeNameEnd(i: number, j: number, numbered: boolean, level: string): { end: number; gaz?: PlaceInfo; num: boolean } {
    const gaz = this.data.places.match(this.T, j);
    const after = j + (gaz?.keys.length ?? 0);
    // `tỉnh Lâm Đồng Trần Văn Hiệp`: a known province, then a person.
    if (gaz && (!this.isNameToken(after) || this.isFamily(after))) return { end: after, gaz: gaz.value, num: false };
    const t = this.T[j];
    // Example: `Quận 1`, `phường 7`, `ấp 3A`
    if (numbered && t && HOUSE_NUMBER.test(t.text)) return { end: j + 1, num: true };
    if (level === 'area') {
      // Example: `Khu công nghiệp VSIP Bắc Ninh`, `KCN Trà Nóc`
      let k = j;
      while (k - j < 6 && (this.isNameToken(k) || (this.T[k]?.isAcronym ?? false))) k++;
      return { end: k, num: false };
    }
    const role = this.inRoleContext(i);
    let k = this.nameRun(j, role ? 8 : 4);
    if (k > j && role) {
      // `Chủ tịch UBND xã Tân Phú Nguyễn Văn B`: the person's name is not part of the place.
      const p = this.personTail(j, k);
      if (p >= 0) k = p;
      else if (k - j > 4) k = j + 4;
    }
    return { end: k, num: false };
  }

  private findUnitPlace(i: number): void {
    const u = this.data.units.match(this.T, i);
    if (!u) return;
    const t = this.T[i] as EntityToken;
    if (t.isCap && !t.isAcronym && !CAP_UNIT_LEVELS.has(u.value.level)) return;
    // `hợp tác xã`, `văn bản`, `thành phố` read from `phố`: the unit must start its word.
    if (this.sameWord(i)) return;
    const prev = this.T[i - 1];
    if (prev && ((t.key === 'xã' && prev.key === 'tác') || (t.key === 'phố' && prev.key === 'thành'))) return;
    let j = i + u.keys.length;
    if (this.sameWord(j)) return;
    if (u.value.canonical === 'TP' && this.T[j]?.text === '.') j++;
    const name = this.placeNameEnd(i, j, u.value.number, u.value.level);
    if (name.end <= j) return;
    const first = this.T[j] as EntityToken;
    const last = this.T[name.end - 1] as EntityToken;
    const surfaceName = this.text.slice(first.start, last.end);
    const c: Candidate = {
      s: i,
      e: name.end,
      type: 'LOC',
      strength: 85,
      nestable: true,
      place: {
        name: toNewToneLower(name.gaz ? name.gaz.canonical : surfaceName),
        unit: u.value.canonical,
        level: u.value.level,
        numbered: name.num,
        gazetteer: name.gaz,
        surfaceName,
      },
    };
    this.add(c);
    this.locAt.set(i, c);
    for (let k = j; k < name.end; k++) this.inPlaceName.add(k);
    // The name alone is the same place (grouped later); it is not a second mention.
  }

  private findGazetteerPlace(i: number): void {
    const t = this.T[i] as EntityToken;
    // Example: `miền Trung`, `châu Âu` (the region words are written lowercase)
    if (!t.isCap && !/^(?:miền|châu)$/u.test(t.key)) return;
    const m = this.data.places.match(this.T, i);
    if (!m || !m.value.standalone) return;
    const e = i + m.keys.length;
    // Part of a longer name: `Nguyễn Thái Bình`, `Mỹ Tâm` stay for other rules; a place of two
    // syllables or more may be followed by a person (`Thành ủy Hà Nội Bùi Thị Minh Hoài`).
    if (this.isNameToken(i - 1) && !this.sentenceStart(i - 1)) return;
    if (this.isNameToken(e) && (m.keys.length === 1 || !this.isFamily(e))) return;
    const single = m.keys.length === 1 && !t.isAcronym;
    // `Pháp luật`, `Anh hùng`: a one-syllable name glued into a longer word is that word.
    if (single && (this.sameWord(i) || this.sameWord(e))) return;
    // `anh Đức`, `chị Nga`: a single-syllable country after an honorific is a person; so is one
    // opening a sentence that the CRF reads as a person (`Đức tự giới thiệu …`).
    if (single && ((i > 0 && this.titleAt[i - 1]) || this.titleAt[i] || (this.sentenceStart(i) && t.ner.endsWith('-PER')))) return;
    this.add(this.gazetteerCandidate(i, e, m.value, single ? 55 : 75));
  }

  private gazetteerCandidate(s: number, e: number, info: PlaceInfo, strength: number): Candidate {
    const surfaceName = this.text.slice((this.T[s] as EntityToken).start, (this.T[e - 1] as EntityToken).end);
    return {
      s,
      e,
      type: 'LOC',
      strength,
      nestable: true,
      place: { name: toNewToneLower(info.canonical), unit: '', level: info.kind, numbered: false, gazetteer: info, surfaceName },
    };
  }

  // ---- organisations ----

  private findOrg(i: number): void {
    const named = this.data.orgNames.match(this.T, i);
    const afterNamed = named ? i + named.keys.length : 0;
    if (named && !this.sameWord(i) && !this.sameWord(afterNamed) && (!this.isNameToken(afterNamed) || this.isFamily(afterNamed))) {
      const c: Candidate = { s: i, e: i + named.keys.length, type: 'ORG', strength: 75, nestable: false, canonical: named.value, headEnd: i + named.keys.length };
      this.add(c);
      if (!this.orgAt.has(i)) this.orgAt.set(i, c);
    }
    const h = this.data.orgHeads.match(this.T, i);
    // A head inside a lowercase word is no head; vntk may glue a title to it (`Trưởng Ban`).
    if (!h || (this.sameWord(i) && !(this.T[i - 1] as EntityToken).isCap)) return;
    const headEnd = i + h.keys.length;
    // `Trường Sa`, `Hội An`, `Hải Phòng`, `huyện Đài Nam`: a place that holds a head word.
    const asPlace = this.data.places.match(this.T, i);
    if ((asPlace && asPlace.keys.length >= h.keys.length) || this.inPlaceName.has(i)) return;
    for (let b = Math.max(0, i - 3); b < i; b++) {
      const around = this.data.places.match(this.T, b);
      if (around && b + around.keys.length > i) return;
    }
    // `Ban đầu`, `Trường hợp`, `Báo cáo`: a head glued to a lowercase syllable is an ordinary word.
    if (this.sameWord(headEnd) && !(this.T[headEnd] as EntityToken).isCap) return;
    const role = this.inRoleContext(i);
    let j = headEnd;
    let comps = 0;
    let bareUnit = false;
    let hasPlace = false;
    while (j < this.T.length && j - i < MAX_ORG_TOKENS) {
      const t = this.T[j] as EntityToken;
      const loc = this.locAt.get(j);
      if (loc) {
        j = loc.e;
        hasPlace = true;
        break;
      }
      const unit = this.data.units.match(this.T, j);
      if (unit && (!t.isCap || t.isAcronym) && !this.sameWord(j + unit.keys.length)) {
        // `UBND tỉnh`, `Công an huyện`: the unit without a name closes the organisation's name.
        if (CAP_UNIT_LEVELS.has(unit.value.level)) {
          j += unit.keys.length;
          bareUnit = true;
        }
        break;
      }
      const gaz = this.data.places.match(this.T, j);
      if (gaz && gaz.value.standalone && t.isCap && (!this.isNameToken(j + gaz.keys.length) || this.isFamily(j + gaz.keys.length))) {
        this.add(this.gazetteerCandidate(j, j + gaz.keys.length, gaz.value, 75));
        j += gaz.keys.length;
        hasPlace = true;
        break;
      }
      // Example: `Ủy ban Kinh tế của Quốc hội`, `Ban Chỉ đạo của Chính phủ`
      if (t.key === 'của' && comps > 0) {
        const owner = this.data.orgNames.match(this.T, j + 1);
        const after = j + 1 + (owner?.keys.length ?? 0);
        if (owner && (!this.isNameToken(after) || this.isFamily(after))) {
          j += 1 + owner.keys.length;
          break;
        }
      }
      // Example: `Trường Tiểu học số 1 thị trấn Phú Hòa`
      if (t.key === 'số' && this.T[j + 1]?.isNumber) {
        j += 2;
        comps++;
        continue;
      }
      // Example: `Quân khu 7`, `Bệnh viện Nhi đồng 1.` (a figure after a name only at its end:
      // `Công ty ABC 3 năm` is a duration)
      // (not after an acronym head: `BV 478` is a boat's number)
      const acronymHead = h.keys.length === 1 && (this.T[i] as EntityToken).isAcronym;
      if (SHORT_NUMBER.test(t.text) && !acronymHead && (comps === 0 || !this.T[j + 1]?.isWord)) {
        j++;
        comps++;
        break;
      }
      // Example: `Trung tâm Kiểm soát bệnh tật tỉnh Đồng Nai`, `Công ty cổ phần Sữa Việt Nam`
      const inner = comps > 0 || h.keys.length > 0 ? this.data.orgInner.match(this.T, j) : undefined;
      if (inner && !t.isCap && !this.sameWord(j + inner.keys.length) && !this.sameWord(j)) {
        j += inner.keys.length;
        continue;
      }
      if (t.isCap && t.isWord && !t.isNumber) {
        // `Chủ tịch UBND tỉnh … Lê Văn A`, `bộ Công an Lê Thế Tiệm`: the person after a complete
        // name is not part of it.
        const complete = role ? comps > 0 || h.value.bare : comps === 0 && h.value.bare;
        if (complete && this.isFamily(j)) {
          const k = this.nameRun(j, MAX_NAME_TOKENS);
          if (k - j >= 2 && k - j <= 4 && !this.isNameToken(k)) break;
        }
        const compStart = j;
        j++;
        while (this.sameWord(j) && (this.T[j] as EntityToken).isWord) j++;
        // `Cục Thủy lợi` cut by the segmenter into `Thủy | lợi`: a dictionary word stays whole.
        const low = this.T[j];
        if (j === compStart + 1 && low && low.isWord && !low.isCap && !this.sameWord(j + 1)) {
          const pair = `${t.key} ${low.key}`;
          if (inDictionary(pair) || inDictionary(toOldTone(pair))) j++;
        }
        comps++;
        continue;
      }
      // `Bệnh viện Ung bướu TP Cần Thơ`: lowercase nouns (up to two) that lead to a unit place
      // are inside the name, which ends at the place.
      if (comps > 0 && this.isLowerNoun(j)) {
        const k = this.isLowerNoun(j + 1) ? j + 2 : j + 1;
        if (this.locAt.has(k)) {
          j = k;
          continue;
        }
      }
      const next = this.T[j + 1];
      // `Công ty TNHH Hóa chất Vĩnh Phát` segmented `Hóa | chất`: a lowercase noun between two
      // capitalised parts of the name (the tagger's POS says noun) stays inside.
      if (
        comps > 0 &&
        t.isWord &&
        !t.isCap &&
        t.pos.startsWith('N') &&
        (this.T[j - 1] as EntityToken).isCap &&
        next?.isCap &&
        !next.isAcronym &&
        !this.data.orgHeads.match(this.T, j + 1) &&
        !this.data.places.match(this.T, j + 1) &&
        !this.isFamily(j + 1)
      ) {
        j++;
        continue;
      }
      if (
        comps > 0 &&
        (JOINERS.has(t.key) || (DASHES.has(t.text) && this.T[j - 1]!.end < t.start)) &&
        next?.isCap &&
        !next.isNumber &&
        !this.data.orgHeads.match(this.T, j + 1) &&
        !this.data.orgNames.match(this.T, j + 1) &&
        !(this.isFamily(j + 1) && this.nameRun(j + 1) - (j + 1) >= 2)
      ) {
        j++;
        continue;
      }
      break;
    }
    if (comps === 0 && !hasPlace && !(bareUnit && h.value.bare) && !(h.value.bare && h.keys.length > 1)) return;
    // Trailing lowercase words without the name they led to (`Cục An toàn thực phẩm` is fine,
    // `Phòng Cảnh sát giao thông` too): nothing to trim, they are all from the inner list.
    // Only an organisation with its own place can sit inside another (`LĐLĐ TP Cần Thơ` in
    // `Ban Thường vụ LĐLĐ TP Cần Thơ`); `Công an` in `Bộ Công an` is the ministry's domain.
    const c: Candidate = { s: i, e: j, type: 'ORG', strength: 90, nestable: hasPlace || bareUnit, headEnd, bareUnit, placed: hasPlace };
    this.add(c);
    const prev = this.orgAt.get(i);
    if (!prev || prev.e < j) this.orgAt.set(i, c);
  }

  // ---- persons ----

  private findTitledPerson(i: number): void {
    const title = this.titleAt[i];
    if (!title) return;
    // `Bà Rịa`, `Anh` at the start of a sentence in a gazetteer: a place, not an honorific.
    const asPlace = this.data.places.match(this.T, i);
    if (asPlace && !this.isNameToken(i + asPlace.keys.length)) return;
    let j = i + title.len;
    let roleStart = title.kind === 'honorific' ? -1 : i;
    for (let steps = 0; steps < 6; steps++) {
      const next = this.titleAt[j];
      if (next) {
        // `Cụ bà Lê Thị Hoa`, `ông Chủ tịch`
        if (roleStart < 0 && next.kind !== 'honorific') roleStart = j;
        j += next.len;
        continue;
      }
      // `Ngoại trưởng Mỹ Antony Blinken`, `Đại sứ Nhật Bản`: the country belongs to the role
      // (not after `ca sĩ`: `Ca sĩ Mỹ Tâm` is a name).
      const officeHolder = title.kind === 'position' || title.kind === 'rank';
      // `Đại sứ Mỹ tại Việt Nam Marc Knapper`: the post's country, then where it is held.
      const at = officeHolder && this.T[j]?.key === 'tại' && j > i + title.len ? 1 : 0;
      const gaz = roleStart >= 0 && officeHolder ? this.data.places.match(this.T, j + at) : undefined;
      if (gaz && this.T[j + at]?.isCap) {
        this.add(this.gazetteerCandidate(j + at, j + at + gaz.keys.length, gaz.value, 75));
        j += at + gaz.keys.length;
        continue;
      }
      // Example: `ThS. Lê Văn A`, `TS. BS Nguyễn Văn B`
      if (this.T[j]?.text === '.' && this.T[j - 1]?.isCap && title.kind !== 'honorific') {
        j++;
        continue;
      }
      const org = this.orgAt.get(j) ?? this.locAt.get(j);
      if (org && roleStart >= 0) {
        j = org.e;
        continue;
      }
      break;
    }
    const s = j;
    if (this.data.orgHeads.match(this.T, s) || this.data.units.match(this.T, s)) return;
    const e = this.nameRun(s);
    if (e <= s) return;
    if (title.kind !== 'honorific' && e - s === 1 && !this.T[s]!.isInitials && this.sentenceStart(i) && i + title.len === s) {
      // `Thủ tướng Chính phủ` is caught as an ORG; a lone capitalised word right after a
      // sentence-initial title is too often a common noun to trust.
      if (!this.T[s]!.ner.endsWith('PER')) return;
    }
    // `Trưởng khoa Nhi Bệnh viện …`: one capitalised word between a post and the next name is a
    // department, not a person.
    if (title.kind !== 'honorific' && e - s === 1 && !this.T[s]!.isInitials && this.T[e]?.isCap) return;
    // `Học sinh Hà Giang`: after an occupation, a province or country is where they are from.
    if (title.kind === 'profession' && s === i + title.len) {
      const gaz = this.data.places.match(this.T, s);
      if (gaz && s + gaz.keys.length === e) return;
    }
    const roles: string[] = [];
    if (roleStart >= 0 && s > roleStart) {
      let roleEnd = s;
      while (roleEnd > roleStart && (this.T[roleEnd - 1] as EntityToken).isPunct) roleEnd--;
      roles.push(this.text.slice((this.T[roleStart] as EntityToken).start, (this.T[roleEnd - 1] as EntityToken).end));
    }
    roles.push(...this.appositiveRole(e));
    this.add({ s, e, type: 'PER', strength: 80, nestable: false, roles });
    if (PLURALS.has(this.T[i - 1]?.key ?? '')) {
      this.findListedPersons(e, roles.slice(0, 1));
    } else if (this.T[e]?.key === 'và' && !this.data.orgHeads.match(this.T, e + 1) && !this.data.places.match(this.T, e + 1)) {
      // `HLV Park Hang-seo và Kim Sang-sik`: a second full name joined to the first.
      const end = this.nameRun(e + 1, 4);
      if (end - (e + 1) >= 2 && !this.isNameToken(end)) this.add({ s: e + 1, e: end, type: 'PER', strength: 65, nestable: false, roles: [] });
    }
  }

  /** `các anh Ba Bường, Ba Hương và Mười Thơ`: names listed after a plural title share it. */
  private findListedPersons(e: number, roles: string[]): void {
    for (let steps = 0; steps < 20; steps++) {
      const sep = this.T[e];
      if (!sep || (sep.text !== ',' && sep.key !== 'và')) return;
      const end = this.nameRun(e + 1);
      if (end <= e + 1) return;
      this.add({ s: e + 1, e: end, type: 'PER', strength: 65, nestable: false, roles });
      e = end;
    }
  }

  /** `bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ, …`: the title and body after the name. */
  private appositiveRole(e: number): string[] {
    if (this.T[e]?.text !== ',') return [];
    const start = e + 1;
    // `nguyên Chủ tịch Quốc hội`, `cựu Bộ trưởng`
    const former = this.T[start]?.key === 'nguyên' || this.T[start]?.key === 'cựu' ? 1 : 0;
    const title = this.titleAt[start + former];
    if (!title || title.kind === 'honorific') return [];
    let j = start + former + title.len;
    for (let steps = 0; steps < 4; steps++) {
      const next = this.titleAt[j];
      if (next && next.kind !== 'honorific') {
        j += next.len;
        continue;
      }
      const body = this.orgAt.get(j) ?? this.locAt.get(j);
      if (!body) break;
      j = body.e;
    }
    return [this.text.slice((this.T[start] as EntityToken).start, (this.T[j - 1] as EntityToken).end)];
  }

  private findFamilyName(i: number): void {
    if (!this.isFamily(i) || (this.isNameToken(i - 1) && !this.sentenceStart(i - 1)) || this.titleAt[i]) return;
    if (!this.isNameToken(i)) return;
    const e = this.nameRun(i, 4);
    if (e - i < 2 || this.isNameToken(e)) return;
    this.add({ s: i, e, type: 'PER', strength: 60, nestable: false, roles: this.appositiveRole(e) });
  }

  private findCrfPersons(): void {
    const T = this.T;
    for (let i = 0; i < T.length; i++) {
      if ((T[i] as EntityToken).ner !== 'B-PER') continue;
      let e = i + 1;
      while (e < T.length && (T[e] as EntityToken).ner === 'I-PER') e++;
      // The CRF runs titles and places into names; keep only the run of name syllables.
      let s = i;
      while (s < e && (!this.isNameToken(s) || this.titleAt[s])) s += this.titleAt[s]?.len ?? 1;
      let k = s;
      while (k < e && this.isNameToken(k)) k++;
      if (k - s >= 2 && k - s <= 4 && !this.isNameToken(k) && !(this.isNameToken(s - 1) && !this.sentenceStart(s - 1))) {
        this.add({ s, e: k, type: 'PER', strength: 40, nestable: false, roles: this.appositiveRole(k) });
      }
      i = e - 1;
    }
  }

  /**
   * Places the gazetteer does not know (`Dải Gaza`, `Mỹ Đình`, `Savannakhet`): the CRF's LOC,
   * trimmed to capitalised name words, kept only right after a word that introduces a place.
   */
  private findCrfPlaces(): void {
    const T = this.T;
    for (let i = 0; i < T.length; i++) {
      if ((T[i] as EntityToken).ner !== 'B-LOC') continue;
      let e = i + 1;
      // vntk tags each word of a place B-LOC (`Dải/B-LOC Gaza/B-LOC`): one run.
      while (e < T.length && (T[e] as EntityToken).ner.endsWith('-LOC')) e++;
      let s = i;
      while (s < e && !this.isNameToken(s)) s++;
      let k = s;
      while (k < e && this.isNameToken(k) && !(this.T[k] as EntityToken).isInitials) k++;
      // `tại Việt Nam Marc Knapper` tagged as one place: a known place ends where it ends.
      const known = this.data.places.match(T, s);
      if (known && s + known.keys.length < k) k = s + known.keys.length;
      const cue = T[s - 1];
      // `từ A đến Z`: a lone letter is no place.
      const letters = k > s && (k - s > 1 || (T[s] as EntityToken).text.length > 1);
      if (letters && k - s <= 4 && !this.isNameToken(k) && cue && PLACE_CUES.has(cue.key) && !this.isFamily(s)) {
        if (!this.data.orgHeads.match(T, s) && !this.data.orgNames.match(T, s) && !this.titleAt[s]) {
          this.add({ s, e: k, type: 'LOC', strength: 45, nestable: true, place: { name: toNewToneLower(this.text.slice((T[s] as EntityToken).start, (T[k - 1] as EntityToken).end)), unit: '', level: 'crf', numbered: false, gazetteer: undefined, surfaceName: '' } });
        }
      }
      i = e - 1;
    }
  }

  // ---- MISC ----

  private findMisc(i: number): void {
    const t = this.T[i] as EntityToken;
    const d = this.data.diseases.match(this.T, i);
    if (d && !this.sameWord(i) && !this.sameWord(i + d.keys.length)) {
      // Example: `sốt xuất huyết`, `COVID-19`, `HIV` need no cue; `sởi` does (`bệnh sởi`).
      const strong = d.keys.length > 1 || UPPER_OR_DIGIT.test(t.text);
      const prev = this.T[i - 1];
      if (strong || (prev && DISEASE_CUES.has(prev.key))) {
        this.add({ s: i, e: i + d.keys.length, type: 'MISC', strength: 70, nestable: false });
      }
    }
    const ev = this.data.events.match(this.T, i);
    if (ev && !this.isNameToken(i + ev.keys.length) && !this.sameWord(i) && !this.sameWord(i + ev.keys.length)) {
      let e = i + ev.keys.length;
      // Example: `SEA Games 32`, `V-League 2023/24`
      if (this.T[e] && YEAR_OR_TERM.test((this.T[e] as EntityToken).text)) e++;
      this.add({ s: i, e, type: 'MISC', strength: 70, nestable: true });
    }
  }

  private findQuotes(): void {
    const T = this.T;
    let lastClose = -2;
    for (let o = 0; o < T.length; o++) {
      const open = (T[o] as EntityToken).text;
      const close = open === '"' ? '"' : open === '“' ? '”' : open === '«' ? '»' : '';
      if (!close) continue;
      let c = o + 1;
      while (c < T.length && c - o <= MAX_QUOTE_TOKENS && (T[c] as EntityToken).text !== close) c++;
      if (c >= T.length || (T[c] as EntityToken).text !== close) continue;
      let s = o + 1;
      let e = c;
      while (e > s && (T[e - 1] as EntityToken).isPunct) e--;
      while (s < e && (T[s] as EntityToken).isPunct) s++;
      const accepted = e > s && this.acceptQuote(o, s, e, lastClose);
      if (accepted) {
        this.add({ s, e, type: 'MISC', strength: 70, nestable: true });
        lastClose = c;
      }
      o = c;
    }
  }

  private acceptQuote(o: number, s: number, e: number, lastClose: number): boolean {
    const T = this.T;
    let words = 0;
    let caps = 0;
    for (let k = s; k < e; k++) {
      const t = T[k] as EntityToken;
      if (t.isWord) {
        words++;
        if (t.isCap) caps++;
      } else if (t.text === '.' || t.text === '?' || t.text === '!' || t.text === ';') {
        return false;
      }
    }
    if (words === 0 || words > MAX_TRIGGERED_QUOTE_WORDS || !(T[s] as EntityToken).isCap) return false;
    // A list of names, `"Tháng Công nhân", "Cảm ơn NLĐ", …`: the first one's evidence carries.
    if (lastClose >= 0) {
      let k = lastClose + 1;
      while (k < o && QUOTE_LINKS.has((T[k] as EntityToken).key)) k++;
      if (k === o) return true;
    }
    for (let p = Math.max(0, o - 4); p < o; p++) {
      const m = this.data.miscTriggers.match(T, p);
      if (m && p + m.keys.length === o) return true;
    }
    return words >= 2 && words <= MAX_QUOTE_WORDS && caps * 2 >= words + 1;
  }
}
