// Units and counted nouns after a number (`19.700 cuộc`, `3,2 tỷ đồng`, `5km`, `USD/tấn`).
//
// The unit is the listed unit or counted noun after the number (longest form, but a classifier
// wins over a compound: `15 cuộc thi` → `cuộc`), else the next lowercase syllable when it is not
// a function word (`40.000 chỗ`).
import { LOWER, MARK } from '../../lexicon/letters.js';
import type { UnitEntry, UnitKind } from './data.js';
import type { Phrase } from './number-words.js';
import { plainDigitsAt } from './digits.js';
import { GLUE, type Scan } from './scan.js';

// Example: `chỗ`, `votes` (a counted noun); `Lợi`, `m2` (not)
const LOWER_WORD = new RegExp(`^[${LOWER}${MARK}]+$`, 'u');

/** A listed unit and the last token it takes. */
export interface UnitMatch {
  entry: UnitEntry;
  last: number;
}

/** The unit or counted noun after a number; `listed` when it comes from units.tsv, not a guess. */
export interface UnitAfter {
  unit: string;
  kind: UnitKind;
  last: number;
  listed: boolean;
}

/** Unit written with the tokens from k on (up to `maxTo`), longest first. */
export function unitAt(scan: Scan, k: number, maxTo: number, glued: boolean): UnitMatch | null {
  const data = scan.data;
  const lastCandidate = Math.min(maxTo, k + data.maxUnitTokens - 1, scan.count - 1);
  let best: UnitMatch | null = null;
  let bestForm = '';
  for (let j = k; j <= lastCandidate; j++) {
    if (j > k && !(scan.isGlued(j) || (!glued && scan.isInline(j)))) break;
    if (j === k && scan.isMark(j) && !GLUE.has(scan.textOf(j)) && scan.textOf(j) !== '℃') break;
    const form = scan.textBetween(k, j).replace(/\s+/gu, ' ');
    if (!data.unitPrefixes.has(form.toLowerCase())) break;
    // Case matters for one-letter symbols: `5g` is grams, `5G` a network generation.
    const entry = data.units.get(form) ?? (form.length > 1 ? data.unitsLower.get(form.toLowerCase()) : undefined);
    // The unit is reported as written (`đ`, `baht`, `hecta`); the mention's unitNormalized says what it stands for.
    if (entry && (glued || unitEndsAt(scan, j))) {
      best = { entry, last: j };
      bestForm = form;
    }
  }
  return best === null || best.entry.unit === bestForm ? best : { entry: { ...best.entry, unit: bestForm }, last: best.last };
}

/** A spaced unit must end its word: `V` in `vòng 5 V-League` or `m` in `5 mẫu` is no unit. */
function unitEndsAt(scan: Scan, j: number): boolean {
  const next = j + 1;
  if (next >= scan.count || !scan.isGlued(next)) return true;
  if (!scan.isMark(next)) return false;
  const mark = scan.textOf(next);
  return !((mark === '-' || mark === '–') && scan.isWord(next + 1) && scan.isGlued(next + 1));
}

/** A counted noun not in the lists: a lowercase Vietnamese syllable that is no function word (`40.000 chỗ`). */
function guessedNoun(scan: Scan, k: number): boolean {
  const data = scan.data;
  const word = scan.lower(k);
  if (data.functionWords.has(word) || scan.roleOf(k) || data.qualifiers.has(word) || data.datePrefixes.has(word)) return false;
  // A counted noun is a Vietnamese syllable: letters with a vowel (`chỗ`, `votes`), not `tr` or `x`.
  return LOWER_WORD.test(word) && /[aeiouy]/u.test(word.normalize('NFD'));
}

// Parts of speech (vntk's tags) of a counted noun: a noun, a classifier, a unit noun.
export const NOUN_TAGS: ReadonlySet<string> = new Set(['N', 'Nc', 'Nu']);
// Words after a one-syllable counted noun that still belong to it: nouns (`con chim trời`, `án tử hình`).
const NOUN_MODIFIER_TAGS = new Set(['N']);
const MAX_NOUN_WORDS = 3;

/**
 * The last token of the counted noun starting at token k, read from the segmentation's words: the
 * whole word (`mục tiêu`, not `mục`), and after a one-syllable noun or classifier the nouns that
 * follow it (`con chim trời`, `đứa con`, `án tử hình`). A verb where a guessed noun would stand is
 * no unit (`3 ngã`): null. Without a word at k, `end` as found.
 */
function countedNoun(scan: Scan, k: number, end: number, listed: boolean): number | null {
  const word = scan.wordAt(k);
  if (!word) return end;
  if (!listed && word.pos.startsWith('V')) return null;
  if (!NOUN_TAGS.has(word.pos) && !listed) return end;
  let last = scan.tokenEndingAt(k, word.end);
  if (last < 0) return end;
  // A noun of two syllables or more is whole (`thiếu nữ`, `nhân viên`); what follows it is another
  // phrase, and so is what follows a noun of position (`hai đầu cầu`: two ends, of the bridge).
  if (word.text.includes(' ') || scan.data.positionNouns.has(word.text.toLowerCase())) return last;
  for (let words = 1; words < MAX_NOUN_WORDS; words++) {
    const next = last + 1;
    const following = scan.isInline(next) && !scan.hasUpperInitial(next) ? scan.wordAt(next) : undefined;
    if (!following || !NOUN_MODIFIER_TAGS.has(following.pos) || scan.data.functionWords.has(scan.lower(next)) || scan.roleOf(next) ||
        scan.data.positionNouns.has(following.text.toLowerCase())) break;
    const followingLast = scan.tokenEndingAt(next, following.end);
    if (followingLast < 0) break;
    last = followingLast;
  }
  return last;
}

/** Unit or counted noun after the phrase ending at `last`; a scaled number takes only listed units. */
export function unitAfter(scan: Scan, last: number, scaled = false): UnitAfter | null {
  const k = last + 1;
  if (k >= scan.count || !scan.isInline(k)) return null;
  const found = unitAt(scan, k, scan.count - 1, false);
  let unit: string;
  let kind: UnitKind;
  let end: number;
  if (found) {
    const firstWord = scan.lower(k);
    // A classifier leads a compound noun (`15 cuộc thi`, `1.850.000 lượt ĐV`): it is the counted noun.
    if (found.entry.kind === 'count' && scan.data.classifiers.has(firstWord) && found.last > k) {
      unit = firstWord;
      kind = 'count';
      end = k;
    } else {
      unit = found.entry.unit;
      kind = found.entry.kind;
      end = found.last;
    }
  } else if (scan.isWord(k) && !scan.hasUpperInitial(k) && !scaled && guessedNoun(scan, k)) {
    unit = scan.lower(k);
    kind = 'count';
    end = k;
  } else {
    return null;
  }
  if (kind === 'count' && scan.words.size > 0) {
    const noun = countedNoun(scan, k, end, found !== null);
    if (noun === null) return null;
    if (noun > end) {
      end = noun;
      unit = scan.textBetween(k, end).toLowerCase().replace(/\s+/gu, ' ');
    }
  }
  // `triệu đồng/tháng`, `USD/tấn`, `đồng/người/tháng`: per-units glued with slashes.
  for (let n = 0; n < 2 && kind !== 'time' && scan.isPunct(end + 1, '/') && scan.isGlued(end + 1) && scan.isWord(end + 2) && scan.isGlued(end + 2); n++) {
    const per = unitAt(scan, end + 2, scan.count - 1, true);
    const perLast = per ? per.last : end + 2;
    unit = `${unit}/${scan.textBetween(end + 2, perLast)}`;
    end = perLast;
  }
  return { unit, kind, last: end, listed: found !== null };
}

export function listedUnitAfter(scan: Scan, last: number): boolean {
  const k = last + 1;
  return k < scan.count && scan.isInline(k) && unitAt(scan, k, scan.count - 1, false) !== null;
}

/** `88 và 84 tuổi`, `3 hoặc 4 người`: the listed unit of the next number in a pair. */
export function sharedUnit(scan: Scan, last: number): { unit: string; kind: UnitKind } | null {
  const joiner = last + 1;
  if (joiner + 1 >= scan.count || !scan.isWord(joiner) || !scan.isInline(joiner)) return null;
  const word = scan.lower(joiner);
  if (!scan.data.listJoin.has(word) && !scan.data.rangeJoin.has(word)) return null;
  const k = joiner + 1;
  if (!scan.isNum(k) || !scan.isInline(k)) return null;
  const digits = plainDigitsAt(scan, k);
  if (!digits) return null;
  const after = unitAfter(scan, digits.last);
  if (!after || !after.listed) return null;
  return { unit: after.unit, kind: after.kind };
}

/**
 * A listed price, measure, share or age after the phrase makes it a quantity even after a label
 * (`căn hộ 45 m2`); a count does only when `countsToo` (`trong số 5 người`).
 */
export function quantityUnitAfter(scan: Scan, phrase: Phrase, countsToo: boolean): boolean {
  if (phrase.glued) return phrase.glued.kind !== 'time' && phrase.glued.kind !== 'count';
  const after = unitAfter(scan, phrase.last, phrase.scaled);
  if (!after || !after.listed || after.kind === 'time') return false;
  if (after.kind !== 'count') return true;
  // `trong số 5 người` counts; `bệnh nhân 416 người Anh` and `phường 5 quận 3` are names.
  return countsToo && !scan.data.placeLabels.has(after.unit);
}
