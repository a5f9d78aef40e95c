// One sentence as the rules see it: its tokens, the word lists, what earlier rules found (titles,
// places, organisations by start) and the token predicates every rule shares.
import { entityData } from '../data.js';
import type { EntityData, PlaceInfo, TitleKind } from '../data.js';
import { toOldStyleToneLower } from '../../../lexicon/fold.js';
import type { EntityToken } from '../tokens.js';
import { DIGIT } from '../../../lexicon/letters.js';
import type { Candidate } from './candidate.js';

// Built once here rather than as literals in the rules, from util/letters.ts's classes (a `\p{…}`
// class costs milliseconds to compile in each pattern).
// Example: `COVID-19`, `F0` (hold a digit); `Thơ` (not)
export const HAS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');

/** Longest ORG/LOC chains let a title reach a name; these bound every scan so input stays linear. */
export const MAX_ORG_TOKENS = 20;
export const MAX_NAME_TOKENS = 5;

const OPENERS = new Set(['"', '“', '«', '(', '[', ':', '-', '–', '—', '‘', "'"]);
export const JOINERS = new Set(['và', '&']);
/** Admin unit levels whose unit word may be capitalised (`Quận 1`, `Huyện Củ Chi`). */
export const CAP_UNIT_LEVELS = new Set(['province', 'district', 'commune', 'area']);


/** Everything the rules learn about one sentence, shared by every rule. */
export class SentenceContext {
  readonly data: EntityData = entityData();
  readonly cands: Candidate[] = [];
  readonly titleEnds = new Set<number>();
  readonly titleAt: ({ len: number; kind: TitleKind } | undefined)[] = [];
  readonly locAt = new Map<number, Candidate>();
  /** Tokens inside the name part of a unit place (`Đài Nam` in `huyện Đài Nam`). */
  readonly inPlaceName = new Set<number>();
  readonly orgAt = new Map<number, Candidate>();

  constructor(
    readonly T: readonly EntityToken[],
    readonly text: string,
  ) {}

  sentenceStart(i: number): boolean {
    const p = this.T[i - 1];
    return !p || OPENERS.has(p.text) || p.text === '.' || p.text === '!' || p.text === '?';
  }

  /**
   * A token that continues the same segmenter word as the one before it. Punctuation never
   * does: the tokenizer keeps `ASEAN.` or `TP.` as one word.
   */
  sameWord(i: number): boolean {
    const t = this.T[i];
    const p = this.T[i - 1];
    return !!t && !!p && t.word >= 0 && t.word === p.word && t.isWord && p.isWord;
  }

  /**
   * A word of one capitalised syllable and lowercase ones (`Hiến pháp`, `Kinh tế`, `Hóa chất`) is
   * a title-case common noun, not a name. vntk also glues names to what follows (`Việt Nam vô
   * địch` as one word), so a word whose first two syllables are capitalised still counts.
   */
  wholeWordCap(i: number): boolean {
    let ws = i;
    // Bounded: a run-on "word" from odd input must not make every lookup walk it.
    while (ws > i - MAX_NAME_TOKENS && this.sameWord(ws)) ws--;
    const first = this.T[ws] as EntityToken;
    const second = this.T[ws + 1];
    return !(first.isCap && this.sameWord(ws + 1) && second && !second.isCap && second.isWord);
  }

  isNameToken(i: number): boolean {
    const t = this.T[i];
    if (!t) return false;
    if (t.isInitials) return true;
    // Example: `Nguyễn`, `Sang-sik`, `A` are name syllables; `UBND`, `U23`, `12A1` are not.
    return t.isCap && t.isWord && !t.isAcronym && !HAS_DIGIT.test(t.text) && this.wholeWordCap(i);
  }

  /** End of the run of name tokens from `i` (at most `max`); a dotted initial ends the run. */
  nameRun(i: number, max = MAX_NAME_TOKENS): number {
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
  isLowerNoun(i: number): boolean {
    const t = this.T[i];
    return !!t && t.isWord && !t.isCap && !t.isNumber && t.pos.startsWith('N') && !this.data.units.match(this.T, i);
  }

  isFamily(i: number): boolean {
    const t = this.T[i];
    return !!t && this.data.familyNames.has(t.ckey);
  }

  /** Start of a person's name at the tail of the name run [s, e) (`Phong Điền Nguyễn Văn A`), or -1. */
  personTail(s: number, e: number): number {
    for (let p = Math.max(s, e - 4); p <= e - 2; p++) if (this.isFamily(p)) return p;
    return -1;
  }

  /** Whether a title (`Chủ tịch`, `Giám đốc`) stands before `i` with only a name's heads between. */
  inRoleContext(i: number): boolean {
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

  add(c: Candidate): void {
    if (c.e > c.s) this.cands.push(c);
  }

  gazetteerCandidate(s: number, e: number, info: PlaceInfo, strength: number): Candidate {
    const surfaceName = this.text.slice((this.T[s] as EntityToken).start, (this.T[e - 1] as EntityToken).end);
    return {
      s,
      e,
      type: 'LOC',
      strength,
      nestable: true,
      place: { name: toOldStyleToneLower(info.canonical), unit: '', level: info.kind, numbered: false, gazetteer: info, surfaceName },
    };
  }
}
