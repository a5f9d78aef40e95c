// Finds quantities in Vietnamese news text: digits and number words with their scale, unit, qualifier and kind.
//
// Span rule: a mention covers the number itself with its scale words (`3,2 tỷ`), a range's second
// number (`10-15`, `10 đến 15`), the ordinal marker (`thứ 3`), a currency sign written before it
// (`$100`) and a unit symbol glued to it without a space (`0,5%`, `5km`, `20°C`, `500.000đ`). A unit
// or counted noun after a space (`19.700 cuộc`, `3,2 tỷ đồng`, `50 %`) and the qualifier (`hơn`) are
// reported in `unit`/`qualifier` but stay outside the span.
//
// Separator rule (Vietnamese writes `.` for thousands and `,` for decimals):
// - `1.850.000`: `.` with a 1–3 digit lead and 3-digit groups is thousands. Any other dotted form
//   (`1.7.2025`, `1.2.3`, `4.0`) is a date, version or code and is skipped, except `a.b` (1–2 digits
//   after the dot) directly followed by `%`, a scale word or a unit, read as an English decimal (`5.5%`).
// - `3,2`, `0,5`, `1,25`: `,` followed by anything but exactly 3 digits is a decimal.
// - `19,700`: `,` + exactly 3 digits is ambiguous. It is thousands (English style) unless the lead is
//   `0` or a scale word or `%` follows (`1,250 tỷ` is 1.25 tỷ, `2,500%` is 2.5%), where it is a decimal.
//   Several `,` groups (`1,850,000`) are thousands; `1,234.5` is English, `1.234,5` Vietnamese.
// - `19 700`: a 1–3 digit number followed by one space and exactly 3 digits is one number.
// - Digits touching `/` or `:` (`25/2`, `07:09`, `100/2019/NĐ-CP`), a letter (`COVID-19`, `SU290`,
//   `18h30`, `1A`) or a leading zero (`0912 345 678`) are dates, times, codes or phone numbers.
// - `10-15` is a range, but without a unit `24-7` (day-month) and `2020-2025` (years) are dates.
//
// Context rule (the word lists are in src/data/number-words.json and src/data/units.tsv):
// - A bare integer after an identifier label (`Điều 5`, `bệnh nhân 416`, `số 45`), after a name
//   (`VJ 826`, `Quân khu 9`) or before one (`45 Lê Lợi`) is a name, unless a listed measure, price,
//   share or age follows (`căn hộ 45 m2`); after a date word (`ngày 25`, `năm 2019`) or before a
//   duration noun (`5 năm qua`, `3 tháng`) it belongs to the date extractor; a bare 4-digit 1000–2100
//   is a year.
// - `thứ N` is an ordinal (`xếp thứ 3`, `lần thứ hai`, `thứ XIII`) unless it reads as a weekday:
//   a capitalised number word (`thứ Hai`), a day-time or `vào` before it, or a date, `tuần`, `này`,
//   `tới` after it (`thứ 3 (4/12)`, `sáng thứ 5`).
// - A lone number word counts only before a listed unit (`hai người`); `một`, `năm`, `tư` never alone.
// - The unit is the listed unit or counted noun after the number (longest form, but a classifier
//   wins over a compound: `15 cuộc thi` → `cuộc`), else the next lowercase syllable when it is not
//   a function word (`40.000 chỗ`); the qualifier is the listed word before it (`hơn`, `gần như`).
import type { NumberKind, NumberMention, Span } from '../../types.js';
import { LOWER, MARK, UPPER } from '../../lexicon/letters.js';
import { numberData, type NumberData, type UnitEntry } from './data.js';
import { NUM, PUNCT, WORD, tokenize, type TokenList } from './tokens.js';

// Marks that may sit inside a glued number chunk (`1.850.000`, `10-15%`, `$100`, `20°C`, `km/h`).
const GLUE = new Set(['.', ',', ':', '/', '-', '–', '_', '+', '%', '°', '$', '€', '£', '¥', '₫', '−', '\'', '²', '³']);
// Marks that never end a chunk's meaning: a sentence's full stop or comma after a number.
const TRAILING = new Set(['.', ',', ':', '-', '–', '/', '_', '+', '\'']);
// The one space between digit groups in `19 700` (also no-break and thin spaces).
const SPACE_GROUP = /^[ \u00a0\u202f\u2009]$/u;
// Up to two spaces (any Unicode space but a line break) between the words of one expression.
const INLINE_GAP = /^[^\S\n\r]{1,2}$/u;
// Case classes from lexicon/letters.ts (a `\p{Lu}` class costs milliseconds to compile in each
// pattern), built once here rather than in the rules.
// Example: `cuộc` holds a lower-case letter; `HƠN 19.700 CUỘC` does not
const HAS_LOWER = new RegExp(`[${LOWER}]`, 'u');
// Example: `chỗ`, `votes` (a counted noun); `Lợi`, `m2` (not)
const LOWER_WORD = new RegExp(`^[${LOWER}${MARK}]+$`, 'u');
// Example: `VN`, `BN` (a code word before a number)
const CAPS_CODE = new RegExp(`^[${UPPER}${MARK}]{2,5}$`, 'u');
// Example: `SU`, `QUÂN` (a word in capitals)
const CAPS_WORD = new RegExp(`^[${UPPER}${MARK}]{2,}$`, 'u');
const MAX_DIGITS = 15;

interface Core {
  /** First and last token of the digits (and separators) inside the chunk. */
  first: number;
  last: number;
  groups: string[];
  seps: string[];
}

interface Value {
  value: number;
  /** Integer mantissa and number of decimals, so that `3,2 tỷ` scales exactly. */
  mant: number;
  frac: number;
  integer: boolean;
  /** Written with separators (`19.700`), so it is not a bare year or code. */
  grouped: boolean;
}

interface Phrase {
  first: number;
  last: number;
  value: number;
  /** Value of the leading group before its first scale word (`4` in `4 tỷ`). */
  lead: number;
  scaled: boolean;
  integer: boolean;
  grouped: boolean;
  wordsOnly: boolean;
  /** Elements read; a lone digit word needs a unit to count. */
  elements: number;
  /** A unit glued to the digits inside the chunk (`5km`, `0,5%`). */
  glued: UnitEntry | null;
  gluedLast: number;
  mant: number;
  frac: number;
}

/** A word's part in a number phrase (`hai` digit 2, `mươi` tens, `triệu` scale 1 000 000). */
interface Role {
  role: string;
  value: number;
  w: string;
}

class Extractor {
  private readonly d: NumberData;
  private readonly t: TokenList;
  private readonly text: string;
  readonly out: NumberMention[] = [];

  private readonly lows: (string | undefined)[];
  private readonly caps: boolean;
  private readonly roles: (Role | null | undefined)[];

  constructor(text: string, t: TokenList) {
    this.d = numberData();
    this.t = t;
    this.text = text;
    this.lows = new Array<string | undefined>(t.length);
    // A headline in capitals (`HƠN 19.700 CUỘC`) says nothing about names: capital-based rules are off.
    this.caps = t.length > 0 && !HAS_LOWER.test(text.slice(t.start[0], t.end[t.length - 1]));
    this.roles = new Array<Role | null | undefined>(t.length);
  }

  // ---- token helpers ----

  private str(k: number): string {
    return this.text.slice(this.t.start[k]!, this.t.end[k]!);
  }

  /** Lowercased token text, cached: context look-ups ask for the same few tokens many times. */
  private low(k: number): string {
    let w = this.lows[k];
    if (w === undefined) {
      w = this.str(k).toLowerCase();
      this.lows[k] = w;
    }
    return w;
  }

  private glued(k: number): boolean {
    return k > 0 && k < this.t.length && this.t.end[k - 1] === this.t.start[k];
  }

  /** Token k follows token k-1 after one or two spaces on the same line. */
  private inline(k: number): boolean {
    if (k <= 0 || k >= this.t.length) return false;
    const gap = this.text.slice(this.t.end[k - 1]!, this.t.start[k]!);
    return INLINE_GAP.test(gap);
  }

  private material(k: number): boolean {
    const type = this.t.type[k];
    return type === NUM || type === WORD || GLUE.has(this.str(k));
  }

  private chunkStart(k: number): boolean {
    return k === 0 || !this.glued(k) || !this.material(k - 1) || !this.material(k);
  }

  /** Last token of the chunk starting at k, without trailing full stops, commas or dashes. */
  private chunkEnd(k: number): number {
    let e = k;
    const n = this.t.length;
    if (!this.material(k)) return k;
    while (e + 1 < n && this.glued(e + 1) && this.material(e + 1)) e++;
    while (e > k && this.t.type[e] === PUNCT && TRAILING.has(this.str(e))) e--;
    return e;
  }

  private isWord(k: number): boolean {
    return k >= 0 && k < this.t.length && this.t.type[k] === WORD;
  }

  private isPunct(k: number, chars: Set<string> | string): boolean {
    if (k < 0 || k >= this.t.length || this.t.type[k] !== PUNCT) return false;
    const s = this.str(k);
    return typeof chars === 'string' ? s === chars : chars.has(s);
  }

  private upperInitial(k: number): boolean {
    if (this.caps) return false;
    const s = this.str(k);
    return s !== s.toLowerCase();
  }

  /**
   * The longest entry of `set` written as the words (single-spaced) ending right before token k,
   * lowercased; `maxWords` bounds the look-back. Returns the match and its first token.
   */
  private wordsBefore(k: number, set: Set<string>, maxWords = 3): { text: string; first: number } | null {
    let best: { text: string; first: number } | null = null;
    let j = k - 1;
    let words = 0;
    if (!this.inline(k)) return null;
    let phrase = '';
    while (j >= 0 && words < maxWords && this.t.type[j] === WORD) {
      // The words are one or two spaces apart (`inline`), which the lists write as one.
      phrase = phrase === '' ? this.low(j) : `${this.low(j)} ${phrase}`;
      if (set.has(phrase)) best = { text: phrase, first: j };
      words++;
      if (!this.inline(j)) break;
      j--;
    }
    return best;
  }

  /** The longest entry of `set` written as words starting at token k. */
  private wordsAfter(k: number, set: Set<string>, maxWords = 3): { text: string; last: number } | null {
    let best: { text: string; last: number } | null = null;
    let j = k;
    let phrase = '';
    for (let w = 0; w < maxWords && j < this.t.length && this.t.type[j] === WORD; w++, j++) {
      if (w > 0 && !this.inline(j)) break;
      phrase = w === 0 ? this.low(j) : `${phrase} ${this.low(j)}`;
      if (set.has(phrase)) best = { text: phrase, last: j };
    }
    return best;
  }

  // ---- digits ----

  /** Digits and `.`/`,` separators from num token k up to token e. */
  private readCore(k: number, e: number): Core {
    const core: Core = { first: k, last: k, groups: [this.str(k)], seps: [] };
    let j = k;
    while (j + 2 <= e && this.t.type[j + 2] === NUM && (this.isPunct(j + 1, '.') || this.isPunct(j + 1, ','))) {
      core.seps.push(this.str(j + 1));
      core.groups.push(this.str(j + 2));
      j += 2;
    }
    core.last = j;
    return core;
  }

  /**
   * Reads the groups as a number under the separator rule at the top of this file.
   * `decimalHint` says a scale word, `%` or unit follows (`1,250 tỷ`, `5.5%`).
   */
  private valueOf(core: Core, decimalHint: boolean): Value | null {
    const g = core.groups;
    const s = core.seps;
    const g0 = g[0]!;
    if (g0.length > MAX_DIGITS) return null;
    const thousandsTail = (from: number, to: number): boolean => {
      for (let i = from; i <= to; i++) if (g[i]!.length !== 3) return false;
      return true;
    };
    const leadOk = g0.length <= 3 && !(g0.length > 1 && g0.startsWith('0'));
    const make = (intDigits: string, fracDigits: string, grouped: boolean): Value | null => {
      if (intDigits.length + fracDigits.length > MAX_DIGITS + 2) return null;
      const mant = Number(intDigits + fracDigits);
      const frac = fracDigits.length;
      const value = frac === 0 ? mant : Number(`${intDigits}.${fracDigits}`);
      return { value, mant, frac, integer: frac === 0, grouped };
    };
    if (s.length === 0) return make(g0, '', false);
    if (s.every((x) => x === ' ')) return leadOk && thousandsTail(1, g.length - 1) ? make(g.join(''), '', true) : null;
    const dots = s.filter((x) => x === '.').length;
    const commas = s.length - dots;
    if (commas === 0) {
      if (leadOk && thousandsTail(1, g.length - 1)) return make(g.join(''), '', true);
      // `5.5%`, `1.5 tỷ`: an English decimal only when a unit or scale says it is a quantity.
      if (s.length === 1 && g[1]!.length <= 2 && decimalHint) return make(g0, g[1]!, false);
      return null;
    }
    if (dots === 0) {
      if (s.length === 1) {
        const f = g[1]!;
        if (f.length === 3 && leadOk && g0 !== '0' && !decimalHint) return make(g0 + f, '', true);
        return make(g0, f, false);
      }
      return leadOk && thousandsTail(1, g.length - 1) ? make(g.join(''), '', true) : null;
    }
    // Mixed: `1.234,5` (Vietnamese) or `1,234.5` (English); the last separator is the decimal one.
    const last = s[s.length - 1]!;
    const head = s.slice(0, -1);
    if (!head.every((x) => x !== last) || !leadOk || !thousandsTail(1, g.length - 2)) return null;
    return make(g.slice(0, -1).join(''), g[g.length - 1]!, true);
  }

  /** Unit written with the tokens from k on (up to `maxTo`), longest first. */
  private unitAt(k: number, maxTo: number, glued: boolean): { entry: UnitEntry; last: number } | null {
    const n = Math.min(maxTo, k + this.d.maxUnitTokens - 1, this.t.length - 1);
    let best: { entry: UnitEntry; last: number } | null = null;
    for (let j = k; j <= n; j++) {
      if (j > k && !(this.glued(j) || (!glued && this.inline(j)))) break;
      if (this.t.type[j] === PUNCT && j === k && !GLUE.has(this.str(j)) && this.str(j) !== '℃') break;
      const form = this.text.slice(this.t.start[k]!, this.t.end[j]!).replace(/\s+/gu, ' ');
      if (!this.d.unitPrefixes.has(form.toLowerCase())) break;
      // Case matters for one-letter symbols: `5g` is grams, `5G` a network generation.
      const entry = this.d.units.get(form) ?? (form.length > 1 ? this.d.unitsLower.get(form.toLowerCase()) : undefined);
      if (entry && (glued || this.unitEndsAt(j))) best = { entry, last: j };
    }
    return best;
  }

  /** A spaced unit must end its word: `V` in `vòng 5 V-League` or `m` in `5 mẫu` is no unit. */
  private unitEndsAt(j: number): boolean {
    const x = j + 1;
    if (x >= this.t.length || !this.glued(x)) return true;
    if (this.t.type[x] !== PUNCT) return false;
    const c = this.str(x);
    return !((c === '-' || c === '–') && this.isWord(x + 1) && this.glued(x + 1));
  }

  // ---- number words ----

  /** What token k is in a number phrase, cached per token (phrases look one token ahead). */
  private wordRole(k: number): Role | null {
    if (!this.isWord(k)) return null;
    let r = this.roles[k];
    if (r === undefined) {
      r = this.computeRole(k);
      this.roles[k] = r;
    }
    return r;
  }

  private computeRole(k: number): Role | null {
    const w = this.low(k);
    const d = this.d;
    const digit = d.digits.get(w);
    if (digit !== undefined) return { role: 'digit', value: digit, w };
    if (d.tens.has(w)) return { role: 'tens', value: 10, w };
    if (d.ten.has(w)) return { role: 'ten', value: 10, w };
    if (d.hundred.has(w)) return { role: 'hundred', value: 100, w };
    if (d.dozen.has(w)) return { role: 'dozen', value: 10, w };
    if (d.zeroJoin.has(w)) return { role: 'zero', value: 0, w };
    if (d.half.has(w)) return { role: 'half', value: 0, w };
    const scale = d.scales.get(w);
    if (scale !== undefined) return { role: 'scale', value: scale, w };
    return null;
  }

  /** A pure number chunk at k (`200` in `1 triệu 200 nghìn`), or null. */
  private pureDigitsAt(k: number, allowGluedUnit = false): { value: Value; last: number } | null {
    if (k >= this.t.length || this.t.type[k] !== NUM || !this.chunkStart(k)) return null;
    const e = this.chunkEnd(k);
    const core = this.readCore(k, e);
    // `100%` in `98 - 100%`: the unit glued to a range's second number is read by the caller.
    if (core.last !== e && !(allowGluedUnit && this.unitAt(core.last + 1, e, true)?.last === e)) return null;
    const v = this.valueOf(core, true);
    if (!v || (core.groups[0]!.length > 1 && core.groups[0]!.startsWith('0'))) return null;
    return { value: v, last: core.last };
  }

  /**
   * Reads a number phrase from token k: digits and number words with scale words
   * (`3,2 tỷ`, `1 triệu 200 nghìn`, `hai mươi lăm`, `một trăm linh năm`, `hàng chục nghìn`,
   * `1 triệu rưỡi`). `firstValue` is the already-read digits at k..firstLast, if any.
   */
  private readPhrase(k: number, first: { value: Value; last: number } | null, scaleStart: boolean): Phrase | null {
    let total = 0;
    let sub = 0;
    let pending: number | null = null;
    let pendingMant = 0;
    let pendingFrac = 0;
    let lastScale = Infinity;
    let prev: string | null = null;
    let lead: number | null = null;
    let scaled = false;
    let integer = true;
    let grouped = false;
    let wordsOnly = true;
    let elements = 0;
    let last = k - 1;
    let j = k;

    const roleAt = (x: number): Role | null => this.wordRole(x);
    const roleAfter = (x: number): Role | null => {
      const y = x + 1;
      return y < this.t.length && this.inline(y) ? roleAt(y) : null;
    };

    if (first) {
      pending = first.value.value;
      pendingMant = first.value.mant;
      pendingFrac = first.value.frac;
      integer = first.value.integer;
      grouped = first.value.grouped;
      wordsOnly = false;
      prev = 'digits';
      elements = 1;
      last = first.last;
      j = first.last + 1;
    }

    for (; j < this.t.length; ) {
      if (prev !== null && !this.inline(j)) break;
      if (this.t.type[j] === NUM) {
        // Digits inside a phrase only as a new group after a larger scale word (`1 triệu 200 nghìn`).
        if (prev !== 'scale' && prev !== 'zero') break;
        const dg = this.pureDigitsAt(j);
        if (!dg || !dg.value.integer) break;
        if (prev === 'zero') {
          if (dg.value.value >= 10) break;
        } else {
          const after = roleAfter(dg.last);
          if (!after || after.role !== 'scale' || after.value >= lastScale || dg.value.value >= 1000) break;
        }
        pending = dg.value.value;
        pendingMant = dg.value.value;
        pendingFrac = 0;
        wordsOnly = false;
        prev = 'digits';
        elements++;
        last = dg.last;
        j = dg.last + 1;
        continue;
      }
      const r = roleAt(j);
      if (!r) break;
      const after = roleAfter(j);
      let ok = false;
      switch (r.role) {
        case 'digit': {
          const w = r.w;
          const d = this.d;
          const nextMultiplies = after !== null && ['tens', 'hundred', 'dozen', 'scale'].includes(after.role);
          if (prev === null) {
            if (d.digitsOnlyAfterTens.has(w)) break;
            if (d.digitsNeedMultiplier.has(w) && !nextMultiplies) break;
            ok = true;
          } else if (prev === 'tens' || prev === 'ten') {
            // `hai mươi lăm`, not `hai mươi năm` (twenty years) or `mười mốt`.
            if (r.value === 0 || (d.digitsNeedMultiplier.has(w) && after?.role !== 'scale')) break;
            if (prev === 'ten' && d.notAfterTen.has(w)) break;
            ok = pending === null;
          } else if (prev === 'hundred') {
            ok = after?.role === 'tens' && !d.digitsOnlyAfterTens.has(w) && r.value !== 0;
            if (!ok && after === null && !d.digitsNeedMultiplier.has(w) && pending === null) {
              // `hai trăm mốt`, `trăm hai`: a lone digit after trăm is its tens.
              sub += r.value * 10;
              elements++;
              last = j;
              j++;
              prev = 'tail';
              continue;
            }
          } else if (prev === 'zero') {
            ok = r.value !== 0;
          } else if (prev === 'scale') {
            if (nextMultiplies && !d.digitsOnlyAfterTens.has(w)) ok = true;
            else if (after === null && !d.digitsNeedMultiplier.has(w)) {
              // `triệu hai`, `nghìn mốt`: a lone digit after a scale word is its tenth.
              total += (r.value * lastScale) / 10;
              elements++;
              last = j;
              j++;
              prev = 'tail';
              integer = Number.isInteger(total);
              continue;
            }
          }
          if (ok) {
            if (pending !== null) break;
            pending = r.value;
            pendingMant = r.value;
            pendingFrac = 0;
          }
          break;
        }
        case 'tens':
          ok = prev === 'digit' && pending !== null && pending >= 2 && sub % 100 === 0;
          if (ok) {
            sub += pending! * 10;
            pending = null;
          }
          break;
        case 'ten':
          ok = pending === null && (prev === null || prev === 'hundred' || prev === 'scale' || prev === 'zero') && sub % 100 === 0;
          if (ok) sub += 10;
          break;
        case 'hundred':
          if (prev === null) ok = scaleStart;
          else ok = pending !== null && pending < 10 && pending >= 0 && pendingFrac === 0 && sub === 0;
          if (ok) {
            sub += (pending ?? 1) * 100;
            pending = null;
          }
          break;
        case 'dozen':
          if (prev === null) ok = scaleStart;
          else ok = pending !== null && pendingFrac === 0 && sub === 0 && pending < 100;
          if (ok) {
            sub += (pending ?? 1) * 10;
            pending = null;
          }
          break;
        case 'zero':
          ok = (prev === 'hundred' || prev === 'scale') && after !== null && after.role === 'digit';
          if (!ok && (prev === 'hundred' || prev === 'scale')) {
            const dg = this.t.type[j + 1] === NUM && this.inline(j + 1) ? this.pureDigitsAt(j + 1) : null;
            ok = dg !== null && dg.value.integer && dg.value.value < 10;
          }
          break;
        case 'half':
          // `1 triệu rưỡi`, `trăm rưỡi`: half of the scale word before; nothing can follow it.
          if (prev === 'scale') {
            total += lastScale / 2;
            ok = true;
          } else if (prev === 'hundred' && pending === null) {
            sub += 50;
            ok = true;
          }
          break;
        case 'scale': {
          const s = r.value;
          if (prev === null) {
            if (!scaleStart) break;
          }
          if (prev === 'tail') break;
          if (prev === 'scale') {
            // `nghìn tỷ`: a larger scale word multiplies everything before it.
            if (s <= lastScale) break;
            total *= s;
            lastScale = s;
            ok = true;
            break;
          }
          const cur = sub + (pending ?? 0);
          const useMant = pending !== null && sub === 0 && pendingFrac > 0;
          const curValue = cur === 0 && prev === null ? 1 : cur;
          if (curValue === 0) break;
          if (lead === null) lead = curValue;
          const add = useMant ? (pendingMant * s) / 10 ** pendingFrac : curValue * s;
          if (s < lastScale) total += add;
          else if (total > 0) total = (total + curValue) * s;
          else break;
          lastScale = s;
          sub = 0;
          pending = null;
          scaled = true;
          ok = true;
          break;
        }
        default:
          break;
      }
      if (!ok) break;
      elements++;
      last = j;
      j++;
      prev = r.role === 'half' ? 'tail' : r.role;
    }
    if (last < k) return null;
    const value = total + sub + (pending ?? 0);
    if (!Number.isFinite(value)) return null;
    const isInteger = integer && Number.isInteger(value);
    const m = pendingFrac > 0 && !scaled ? pendingMant : Math.round(value);
    return {
      first: k,
      last,
      value,
      lead: lead ?? value,
      scaled,
      integer: isInteger,
      grouped,
      wordsOnly,
      elements,
      glued: null,
      gluedLast: last,
      mant: isInteger ? m : pendingMant,
      frac: isInteger ? 0 : pendingFrac,
    };
  }

  // ---- context ----

  /** Phone numbers run on in groups (`0912 345 678`, `(028) 3829 1234`); returns their last token. */
  private swallowGroups(k: number): number {
    let last = k;
    let j = k + 1;
    while (j < this.t.length) {
      if (this.isPunct(j, ')') && this.glued(j)) {
        last = j;
        j++;
        continue;
      }
      if (this.t.type[j] === NUM && (this.inline(j) || this.glued(j))) {
        last = this.chunkEnd(j);
        j = last + 1;
        continue;
      }
      if ((this.isPunct(j, '.') || this.isPunct(j, '-')) && this.t.type[j + 1] === NUM && this.glued(j + 1)) {
        j++;
        continue;
      }
      break;
    }
    return last;
  }

  private phoneLabelBefore(k: number): boolean {
    if (this.wordsBefore(k, this.d.phoneLabels, 4)) return true;
    // `ĐT: 0292…`, `Hotline: 1900 1234`
    if (k >= 2 && this.isPunct(k - 1, ':') && this.inline(k) && this.glued(k - 1)) {
      return this.wordsBefore(k - 1, this.d.phoneLabels, 4) !== null || this.phoneLabelGlued(k - 1);
    }
    return false;
  }

  private phoneLabelGlued(k: number): boolean {
    let j = k - 1;
    const words: number[] = [];
    while (j >= 0 && this.t.type[j] === WORD && words.length < 4) {
      words.unshift(j);
      if (!this.inline(j)) break;
      j--;
    }
    if (words.length === 0) return false;
    const phrase = this.text.slice(this.t.start[words[0]!]!, this.t.end[k - 1]!).toLowerCase();
    for (const label of this.d.phoneLabels) if (phrase.endsWith(label)) return true;
    return false;
  }

  /** Whether `thứ N` at marker m with number ending at `last` is a weekday (`thứ 3 (4/12)`, `sáng thứ 5`). */
  private isWeekday(m: number, numTok: number, last: number, value: number): boolean {
    if (value < 2 || value > 7) return false;
    if (this.t.type[numTok] === WORD && this.upperInitial(numTok) && romanValue(this.str(numTok)) === null) return true;
    if (this.wordsBefore(m, this.d.weekdayBefore, 2)) return true;
    let j = last + 1;
    if (this.isPunct(j, ',') && this.glued(j)) j++;
    if (j >= this.t.length) return false;
    if (this.isPunct(j, '(') && this.t.type[j + 1] === NUM) return true;
    if (this.t.type[j] === NUM) {
      const e = this.chunkEnd(j);
      for (let x = j; x <= e; x++) if (this.isPunct(x, '/') || this.isPunct(x, '-') || this.isPunct(x, '.')) return true;
    }
    if (this.isWord(j) && this.inline(j) && this.wordsAfter(j, this.d.weekdayAfter, 3)) return true;
    return false;
  }

  private qualifierBefore(k: number): string | null {
    let q = this.wordsBefore(k, this.d.qualifiers, 3);
    if (!q && k > 0 && this.isWord(k - 1) && this.d.rangeStart.has(this.low(k - 1))) q = this.wordsBefore(k - 1, this.d.qualifiers, 3);
    return q ? q.text : null;
  }

  /** Unit or counted noun after the phrase ending at `last`; returns the entry and its last token. */
  private unitAfter(last: number, scaled = false): { unit: string; kind: UnitEntry['kind']; last: number; listed: boolean } | null {
    const k = last + 1;
    if (k >= this.t.length || !this.inline(k)) return null;
    const found = this.unitAt(k, this.t.length - 1, false);
    let unit: string;
    let kind: UnitEntry['kind'];
    let end: number;
    if (found) {
      const firstWord = this.low(k);
      // A classifier leads a compound noun (`15 cuộc thi`, `1.850.000 lượt ĐV`): it is the counted noun.
      if (found.entry.kind === 'count' && this.d.classifiers.has(firstWord) && found.last > k) {
        unit = firstWord;
        kind = 'count';
        end = k;
      } else {
        unit = found.entry.unit;
        kind = found.entry.kind;
        end = found.last;
      }
    } else if (this.isWord(k) && !this.upperInitial(k) && !scaled) {
      const w = this.low(k);
      if (this.d.functionWords.has(w) || this.wordRole(k) || this.d.qualifiers.has(w) || this.d.datePrefixes.has(w)) return null;
      // A counted noun is a Vietnamese syllable: letters with a vowel (`chỗ`, `votes`), not `tr` or `x`.
      if (!LOWER_WORD.test(w) || !/[aeiouy]/u.test(w.normalize('NFD'))) return null;
      unit = w;
      kind = 'count';
      end = k;
    } else {
      return null;
    }
    // `triệu đồng/tháng`, `USD/tấn`, `đồng/người/tháng`: per-units glued with slashes.
    for (let n = 0; n < 2 && kind !== 'time' && this.isPunct(end + 1, '/') && this.glued(end + 1) && this.isWord(end + 2) && this.glued(end + 2); n++) {
      const per = this.unitAt(end + 2, this.t.length - 1, true);
      const perLast = per ? per.last : end + 2;
      unit = `${unit}/${this.text.slice(this.t.start[end + 2]!, this.t.end[perLast]!)}`;
      end = perLast;
    }
    return { unit, kind, last: end, listed: found !== null };
  }

  // ---- the main scan ----

  run(): void {
    const n = this.t.length;
    let i = 0;
    while (i < n) {
      if (!this.chunkStart(i)) {
        i++;
        continue;
      }
      const next = this.at(i);
      i = Math.max(next, i) + 1;
    }
  }

  /** Tries a mention starting at chunk start i; returns the last token consumed. */
  private at(i: number): number {
    const e = this.chunkEnd(i);
    let f = -1;
    for (let x = i; x <= e; x++) {
      if (this.t.type[x] === NUM) {
        f = x;
        break;
      }
    }
    if (f >= 0) return this.digitsChunk(i, f, e);
    if (i === e && this.isWord(i)) return this.wordChunk(i);
    return e;
  }

  private digitsChunk(i: number, f: number, e: number): number {
    // Anything glued before the digits: a currency sign, a minus, or else a code (`COVID-19`, `SU290`).
    let currency: string | null = null;
    let negative = false;
    if (f > i) {
      const prefix = this.text.slice(this.t.start[i]!, this.t.start[f]!);
      const cur = this.d.currencyPrefixes.get(prefix);
      if (cur) currency = cur;
      else if (prefix === '-' || prefix === '−') negative = true;
      else return f > i && prefix === '+' ? this.swallowGroups(e) : e;
    }
    const core = this.readCore(f, e);
    const g0 = core.groups[0]!;
    // `0912 345 678`, `0292.3820 123`, `(028) 3829 1234`, `ĐT: 1900 1234`
    if ((g0.length > 1 && g0.startsWith('0') && !(core.seps[0] === ',' && g0 === '0')) || this.phoneLabelBefore(i)) {
      return this.swallowGroups(e);
    }
    if (this.d.phonePrefixes.has(g0) && core.last === e && e + 1 < this.t.length && this.t.type[e + 1] === NUM && this.inline(e + 1)) {
      return this.swallowGroups(e);
    }
    if (g0.length > MAX_DIGITS) return e;
    // `1. Tăng cường…`, `2) Hỗ trợ…`: a list marker at the start of a line.
    if (f === i && core.seps.length === 0 && g0.length <= 2 && this.lineStart(f) && f + 1 < this.t.length &&
        (this.isPunct(f + 1, '.') || this.isPunct(f + 1, ')')) && this.glued(f + 1) && !this.glued(f + 2)) {
      return f + 1;
    }
    // `19 700`: a 1–3 digit lead and 3-digit groups after single spaces.
    let end = e;
    if (core.last === e && core.seps.length === 0 && g0.length <= 3 && !g0.startsWith('0')) {
      let j = e + 1;
      while (j < this.t.length && this.t.type[j] === NUM && this.str(j).length === 3 && SPACE_GROUP.test(this.text.slice(this.t.end[j - 1]!, this.t.start[j]!))) {
        const ce = this.chunkEnd(j);
        const c2 = this.readCore(j, ce);
        if (c2.seps.length > 0 && !(c2.seps.length === 1 && c2.seps[0] === ',' && c2.groups[1]!.length !== 3)) break;
        core.groups.push(this.str(j));
        core.seps.push(' ');
        core.last = j;
        end = ce;
        if (c2.seps.length > 0) {
          // `19 700,5`
          core.seps.push(',');
          core.groups.push(c2.groups[1]!);
          core.last = c2.last;
        }
        j = ce + 1;
        if (ce !== core.last) break;
      }
    }
    // What is glued after the digits decides between a unit, a range, a date, a time and a code.
    let gluedUnit: { entry: UnitEntry; last: number } | null = null;
    let rangeCore: Core | null = null;
    let rangeUnit: { entry: UnitEntry; last: number } | null = null;
    let r = core.last + 1;
    if (r <= end) {
      const rs = this.str(r);
      if (this.t.type[r] === WORD && this.d.timeSuffixes.has(rs.toLowerCase()) && !(rs === 'g' && r === end)) return end;
      if (rs === ':' || rs === '/' || rs === '_' || rs === '+') return end;
      if ((rs === '-' || rs === '–') && this.t.type[r + 1] === NUM && r + 1 <= end) {
        rangeCore = this.readCore(r + 1, end);
        const r2 = rangeCore.last + 1;
        if (r2 <= end) {
          const u = this.unitAt(r2, end, true);
          if (!u || u.last !== end) return end;
          rangeUnit = u;
        }
      } else {
        const u = this.unitAt(r, end, true);
        if (!u) return end;
        gluedUnit = u;
        // `1m70`: metres and centimetres written as one height.
        if (u.last + 1 === end && u.entry.unit === 'm' && this.t.type[end] === NUM && this.str(end).length === 2 && core.seps.length === 0 && g0.length === 1) {
          const p = this.simplePhrase(f, end, { value: Number(`${g0}.${this.str(end)}`), mant: Number(g0 + this.str(end)), frac: 2, integer: false, grouped: false });
          p.glued = u.entry;
          p.gluedLast = end;
          return this.finish(p, null, f);
        }
        if (u.last !== end) {
          const rest = u.last + 1;
          const rr = this.str(rest);
          if ((rr === '-' || rr === '–') && this.t.type[rest + 1] === NUM) {
            rangeCore = this.readCore(rest + 1, end);
            const r2 = rangeCore.last + 1;
            if (r2 <= end) {
              const u2 = this.unitAt(r2, end, true);
              if (!u2 || u2.last !== end) return end;
              rangeUnit = u2;
            }
          } else if (rr === '/' && this.isWord(rest + 1)) {
            // `500.000đ/tháng`
            gluedUnit = { entry: { ...u.entry, unit: `${u.entry.unit}/${this.text.slice(this.t.start[rest + 1]!, this.t.end[end]!)}` }, last: end };
          } else {
            return end;
          }
        }
      }
    }
    if (gluedUnit?.entry.kind === 'time') return end;
    const afterChunk = end + 1;
    const scaleNext = this.inline(afterChunk) && this.wordRole(afterChunk)?.role === 'scale';
    const dottedPair = core.seps.length === 1 && core.seps[0] === '.';
    // `2.5 km`, `1.5 USD` read as English decimals; `3.05 nhà` (a room code) does not.
    const nextUnit = dottedPair && this.inline(afterChunk) ? this.unitAt(afterChunk, this.t.length - 1, false) : null;
    const unitNext = nextUnit !== null && nextUnit.entry.kind !== 'count' && nextUnit.entry.kind !== 'time';
    const hint = gluedUnit !== null || rangeUnit !== null || scaleNext || unitNext;
    // `1,250 tỷ`, `6,125%`, `6,125 phần trăm`: a single `,` + 3 digits is a decimal only before a
    // scale word or a percent sign; elsewhere (`19,700 người`) it is English thousands.
    const commaPair = core.seps.length === 1 && core.seps[0] === ',';
    const percentNext = commaPair && !gluedUnit && this.inline(afterChunk) && this.unitAt(afterChunk, this.t.length - 1, false)?.entry.kind === 'percent';
    const commaDecimal = scaleNext || gluedUnit?.entry.kind === 'percent' || percentNext;
    const v1 = this.valueOf(core, commaPair ? commaDecimal : hint);
    if (!v1) return end;
    const first = currency || negative ? i : f;
    if (negative) {
      v1.value = -v1.value;
      v1.mant = -v1.mant;
    }

    // A glued range `10-15`, `3-4 tỷ`, `5-10%`
    if (rangeCore) {
      const g2 = rangeCore.groups[0]!;
      if (g2.length > 1 && g2.startsWith('0')) return end;
      const v2 = this.valueOf(rangeCore, true);
      if (!v2) return end;
      let p2: Phrase | null = null;
      if (!rangeUnit && !gluedUnit) p2 = this.readPhrase(rangeCore.first, { value: v2, last: end }, false);
      const p2v = p2 ?? this.simplePhrase(rangeCore.first, end, v2);
      const p1 = this.simplePhrase(first, core.last, v1);
      const unitEntry = rangeUnit?.entry ?? gluedUnit?.entry ?? null;
      const after = unitEntry ? null : this.unitAfter(p2v.last, p2v.scaled);
      // `24-7` without a unit reads as a date, `2020-2025` as years: the date extractor owns them.
      const dayMonth = v1.integer && v2.integer && !v1.grouped && !v2.grouped && v1.value >= 1 && v1.value <= 31 && v2.value >= 1 && v2.value <= 12;
      const years = v1.integer && v2.integer && !v1.grouped && v1.value >= 1000 && v1.value <= 2100 && v2.value >= 1000 && v2.value <= 2100;
      const hasUnit = unitEntry !== null || (after !== null && after.kind !== 'time') || p2v.scaled;
      if ((dayMonth || years) && !hasUnit) return end;
      if (after?.kind === 'time') return after.last;
      if (p2v.scaled && !p1.scaled && p1.value < p2v.lead) this.scaleLike(p1, p2v);
      if (!(p2v.value > p1.value)) return end;
      this.emitRange(p1, p2v, unitEntry, after, gluedUnit ? gluedUnit.last : rangeUnit ? rangeUnit.last : p2v.last, currency);
      return Math.max(p2v.last, after?.last ?? 0);
    }

    if (gluedUnit) {
      const p = this.simplePhrase(first, core.last, v1);
      p.glued = gluedUnit.entry;
      p.gluedLast = gluedUnit.last;
      return this.finish(p, currency, f);
    }
    const p = this.readPhrase(f, { value: v1, last: end }, false);
    if (!p) return end;
    p.first = first;
    return this.finish(p, currency, f);
  }

  private simplePhrase(first: number, last: number, v: Value): Phrase {
    return {
      first,
      last,
      value: v.value,
      lead: v.value,
      scaled: false,
      integer: v.integer,
      grouped: v.grouped,
      wordsOnly: false,
      elements: 1,
      glued: null,
      gluedLast: last,
      mant: v.mant,
      frac: v.frac,
    };
  }

  /** `3-4 tỷ`: the first number of a range takes the second's scale. */
  private scaleLike(p1: Phrase, p2: Phrase): void {
    const factor = Math.round(p2.value / p2.lead);
    if (!(factor > 1)) return;
    p1.value = p1.frac > 0 ? (p1.mant * factor) / 10 ** p1.frac : p1.value * factor;
    p1.scaled = true;
  }

  private wordChunk(i: number): number {
    const d = this.d;
    const w = this.low(i);
    if (!d.startWords.has(w)) return i;
    // `thứ 3`, `lần thứ hai`, `thứ nhất`
    if (d.ordinalMarkers.has(w) && i + 1 < this.t.length && this.inline(i + 1)) return this.ordinal(i);
    const role = this.wordRole(i);
    if (!role) return i;
    const q = this.wordsBefore(i, d.scaleQualifiers, 1);
    const scaleStart = q !== null;
    if (role.role === 'scale' || role.role === 'hundred' || role.role === 'dozen') {
      if (!scaleStart) return i;
    } else if (role.role !== 'digit' && role.role !== 'ten') {
      return i;
    }
    if (this.upperInitial(i) && role.role === 'digit' && i > 0 && !this.startsSentence(i)) return i;
    const p = this.readPhrase(i, null, scaleStart);
    if (!p) return i;
    if (p.elements === 1 && (role.role === 'digit' || role.role === 'ten')) {
      // A lone number word (`hai người`, `mười người`) counts only before a listed unit; `một` never alone.
      if (d.neverAlone.has(w)) return i;
      const u = this.unitAfter(p.last);
      if (!u || !u.listed) return i;
    }
    return this.finish(p, null, i);
  }

  private lineStart(k: number): boolean {
    return k === 0 || this.text.slice(this.t.end[k - 1]!, this.t.start[k]!).includes('\n');
  }

  private startsSentence(k: number): boolean {
    let j = k - 1;
    while (j >= 0 && this.t.type[j] === PUNCT && !['.', '!', '?', ':'].includes(this.str(j))) j--;
    return j < 0 || ['.', '!', '?', ':'].includes(this.str(j)) || this.text.slice(this.t.end[j]!, this.t.start[k]!).includes('\n');
  }

  private ordinal(m: number): number {
    const k = m + 1;
    let value: number | null = null;
    let last = k;
    if (this.t.type[k] === NUM) {
      const dg = this.pureDigitsAt(k);
      if (!dg || !dg.value.integer || dg.value.grouped || this.str(k).length > 3) return m;
      value = dg.value.value;
      last = dg.last;
    } else if (this.isWord(k)) {
      const w = this.low(k);
      const ow = this.d.ordinalWords.get(w);
      const roman = romanValue(this.str(k));
      if (ow !== undefined) value = ow;
      else if (roman !== null) value = roman;
      else {
        const r = this.wordRole(k);
        if (r && (r.role === 'digit' || r.role === 'ten') && !this.d.notOrdinal.has(w)) {
          const p = this.readPhrase(k, null, false);
          value = p && p.elements > 1 ? p.value : r.value;
          last = p && p.elements > 1 ? p.last : k;
        }
      }
    }
    if (value === null || value < 1) return m;
    if (this.isWeekday(m, k, last, value)) return last;
    const unit = this.wordsBefore(m, this.d.ordinalUnits, 2);
    this.push(m, last, value, undefined, unit ? unit.text : null, null, 'ordinal');
    return last;
  }

  /** Applies the context rules to a single phrase and emits it; returns the last token consumed. */
  private finish(p: Phrase, currency: string | null, numTok: number): number {
    const d = this.d;
    let last = p.glued ? p.gluedLast : p.last;
    const start = p.first;
    // Identifiers and codes named by the word before (`Điều 5`, `bệnh nhân 416`, `số 45 Lê Lợi`).
    // A listed unit after the number still makes it a quantity (`căn hộ 45 m2`, `trong số 5 người`).
    let label = currency || !p.integer || p.grouped || p.scaled ? null : this.wordsBefore(start, d.identifierLabels, 3);
    // `tổng số 120`, `con số 120`: here `số` means an amount, not a number plate.
    if (label && d.countLabels.has(label.text) && this.wordsBefore(label.first, d.amountBeforeLabel, 1)) label = null;
    if (label && !this.quantityUnitAfter(p, d.countLabels.has(label.text))) return this.swallowPair(last);
    // Dates and times named by the word before (`ngày 25`, `tháng 10`, `năm 2019`, `lúc 7`).
    // A price, measure, share or age after it still makes it a quantity (`lúc 3 tuổi`, `mỗi tháng 3 triệu đồng`).
    if (!currency && this.wordsBefore(start, d.datePrefixes, 2) && !this.quantityUnitAfter(p, false)) return this.swallowPair(last, true);

    // A spaced range: `10 - 15 người`, `từ 10 đến 15 người`, `3 đến 5 tỷ đồng`
    if (!p.glued) {
      const j = p.last + 1;
      if (j < this.t.length && this.inline(j)) {
        const joiner = d.rangeJoin.has(this.t.type[j] === PUNCT ? this.str(j) : this.low(j));
        const k = j + 1;
        if (joiner && k < this.t.length && this.inline(k)) {
          let p2: Phrase | null = null;
          if (this.t.type[k] === NUM) {
            const dg = this.pureDigitsAt(k, true);
            if (dg) p2 = this.readPhrase(k, dg, false);
            if (p2 && this.t.type[k] === NUM && this.str(k).length > 1 && this.str(k).startsWith('0')) p2 = null;
          } else {
            const r = this.wordRole(k);
            if (r && (r.role === 'digit' || r.role === 'ten') && !this.upperInitial(k)) {
              p2 = this.readPhrase(k, null, false);
              if (p2 && p2.elements === 1 && r.role === 'digit' && d.neverAlone.has(this.low(k))) p2 = null;
            }
          }
          if (p2) {
            if (p2.scaled && !p.scaled && p.value < p2.lead) this.scaleLike(p, p2);
            const years = p.integer && p2.integer && !p.grouped && !p2.grouped && p.value >= 1000 && p.value <= 2100 && p2.value >= 1000 && p2.value <= 2100;
            // `23 - 10`, `11 - 2000` spaced as in tokenised text: a day-month or month-year, unless a listed unit follows.
            let unitEntry: UnitEntry | null = null;
            const gl = p2.last + 1;
            let glLast = p2.last;
            if (gl < this.t.length && this.glued(gl)) {
              const u = this.unitAt(gl, this.t.length - 1, true);
              if (u) {
                unitEntry = u.entry;
                glLast = u.last;
              }
            }
            const dayMonth = p.integer && p2.integer && !p.grouped && !p.scaled && !p2.scaled && p.value >= 1 && p.value <= 31 &&
              ((p2.value >= 1 && p2.value <= 12) || (p.value <= 12 && p2.value >= 1900 && p2.value <= 2100));
            if (dayMonth && !unitEntry && !this.listedUnitAfter(p2.last)) return this.swallowPair(p2.last, true);
            if (p2.value > p.value && !years) {
              const after = unitEntry ? null : this.unitAfter(p2.last, p2.scaled);
              if (after?.kind === 'time') return after.last;
              this.emitRange(p, p2, unitEntry, after, glLast, currency);
              return Math.max(glLast, after?.last ?? 0);
            }
            if (years) return p2.last;
          }
        }
      }
    }

    let unit: string | null = null;
    let kind: NumberKind = 'plain';
    // Whether the unit comes from the lists (not a guessed counted noun).
    let listed = true;
    if (p.glued) {
      unit = p.glued.unit;
      kind = p.glued.kind === 'time' ? 'plain' : p.glued.kind;
    } else {
      const after = this.unitAfter(p.last, p.scaled && !p.wordsOnly);
      if (after) {
        if (after.kind === 'time') {
          // `5 năm qua`, `3 tháng`, `18 giờ 30`, `1 tháng 5`: a duration, time or date, owned by the
          // date extractor; but in `19.700 năm 2023` the year names when, not how long.
          const nx = after.last + 1;
          const yearAfter = after.unit === 'năm' && nx < this.t.length && this.t.type[nx] === NUM && this.inline(nx) && this.str(nx).length === 4;
          if (!yearAfter) return after.last;
        } else {
          unit = after.unit;
          kind = after.kind;
          listed = after.listed;
          // `12 g khuya`, `13 g 30`: the old way of writing hours, not grams.
          const nx = after.last + 1;
          if (unit === 'g' && p.integer && p.value <= 24 && nx < this.t.length && this.inline(nx) &&
              (this.t.type[nx] === NUM || d.timeOfDay.has(this.low(nx)))) {
            return this.t.type[nx] === NUM ? this.chunkEnd(nx) : after.last;
          }
        }
      }
    }
    if (currency) {
      unit = currency;
      kind = 'money';
      listed = true;
    }
    // `88 và 84 tuổi`, `3 hoặc 4 người`: the unit of the next number is shared.
    if (unit === null && !p.glued) {
      const shared = this.sharedUnit(p.last);
      if (shared) {
        unit = shared.unit;
        kind = shared.kind === 'time' ? 'plain' : shared.kind;
        if (shared.kind === 'time') return last;
      }
    }
    // `nàng dâu tuổi 30`, `ở tuổi 47`: an age written after the word.
    if ((unit === null || !listed) && p.integer && !p.scaled && this.wordsBefore(p.first, d.ageBefore, 1)) {
      unit = 'tuổi';
      kind = 'age';
      listed = true;
    }
    // `VN 123 hạ cánh`, `BN 416 đã`: after an all-caps code word, a bare number is part of the code
    // unless a listed unit follows it.
    const prevTok = p.first - 1;
    if (p.integer && !p.grouped && !p.scaled && !currency && this.isWord(prevTok) && this.inline(p.first) &&
        !this.caps && CAPS_CODE.test(this.str(prevTok)) && !d.units.has(this.str(prevTok)) &&
        (unit === null || !this.listedUnitAfter(p.last))) {
      return last;
    }
    // A bare integer: no separators, scale or listed unit (a guessed counted noun may still be wrong).
    const bareInt = p.integer && !p.grouped && !p.scaled && !p.wordsOnly && (unit === null || !listed);
    if (bareInt) {
      const digits = this.str(numTok);
      // `2019`, `2020`: a bare year-like number is the date extractor's.
      if (digits.length === 4 && p.value >= 1000 && p.value <= 2100) return last;
      // `VJ 826`, `Quân khu 9`, `Bệnh viện 175`: a name before a bare number makes it a code.
      const prev = p.first - 1;
      if (this.isWord(prev) && this.inline(p.first) && this.upperInitial(prev)) {
        // Mid-sentence a capital marks a name (`Hoàng Đạt 35`, even when the word is also a verb);
        // at the start of a sentence only an all-caps word does (`Hơn 100`, `Khoảng 30` stay quantities).
        if (!this.startsSentence(prev)) return last;
        if (CAPS_WORD.test(this.str(prev))) return last;
      }
      // `45 Lê Lợi`: a bare number before a name is an address.
      const nx = p.last + 1;
      if (unit === null && this.isWord(nx) && this.inline(nx) && this.upperInitial(nx) && this.isWord(nx + 1) && this.inline(nx + 1) && this.upperInitial(nx + 1)) return last;
    }
    // `lần 2`, `đợt 3`: a bare number after these nouns is an ordinal.
    if (bareInt) {
      const ol = this.wordsBefore(p.first, d.ordinalLabels, 1);
      if (ol) {
        this.push(p.first, last, p.value, undefined, ol.text, null, 'ordinal');
        return this.ordinalList(last, ol.text);
      }
    }
    if (kind === 'count' && !unit) kind = 'plain';
    const qualifier = this.qualifierBefore(p.first);
    // `phạt 7,5 triệu`, `kinh phí khoảng 40 tỷ`, `giá 25.000`: newsrooms drop `đồng` after a price word.
    if (unit === null && (p.scaled || (p.grouped && p.value >= 1000)) && this.moneyWordBefore(p.first, qualifier)) {
      unit = 'đồng';
      kind = 'money';
    }
    this.push(p.first, last, p.value, undefined, unit, qualifier, kind);
    return last;
  }

  /**
   * After a number that names something (`Điều 5`, `cấp 1`) or dates it (`ngày 24 - 7`), the bare
   * numbers listed after it belong to the same name or date: `Điều 5, 6 và 7`, `cấp 1 , 2 , 3`,
   * `ngày 24 - 7 - 1962`. Returns the last token they take.
   */
  private swallowPair(last: number, dateLike = false): number {
    let end = last;
    for (;;) {
      let j = end + 1;
      if (j >= this.t.length) break;
      const sep = this.t.type[j] === PUNCT ? this.str(j) : this.low(j);
      const isSep = this.d.rangeJoin.has(sep) || this.d.listJoin.has(sep) || sep === '/';
      if (!isSep || !(this.inline(j) || (sep === ',' && this.glued(j)))) break;
      if (dateLike && sep === ',') break;
      j++;
      if (j >= this.t.length || this.t.type[j] !== NUM || !this.inline(j)) break;
      const e = this.chunkEnd(j);
      const digits = this.str(j);
      if (e !== j || digits.length > (dateLike ? 4 : 3)) break;
      // `Điều 5, 30 người`: a number with its own unit is a new quantity.
      if (!dateLike && this.listedUnitAfter(e)) break;
      end = e;
    }
    return end;
  }

  /** `cấp 1 , 2 , 3`, `vòng 2 và 3`: bare numbers listed after an ordinal take its noun. */
  private ordinalList(last: number, unit: string): number {
    let end = last;
    for (let n = 0; n < 20; n++) {
      const j = end + 1;
      if (j + 1 >= this.t.length) break;
      const sep = this.t.type[j] === PUNCT ? this.str(j) : this.low(j);
      if (!this.d.listJoin.has(sep) || !(this.inline(j) || (sep === ',' && this.glued(j)))) break;
      const k = j + 1;
      if (this.t.type[k] !== NUM || !this.inline(k) || this.chunkEnd(k) !== k || this.str(k).length > 3) break;
      if (this.listedUnitAfter(k)) break;
      this.push(k, k, Number(this.str(k)), undefined, unit, null, 'ordinal');
      end = k;
    }
    return end;
  }

  /** A price word right before the number, or before its qualifier (`giá`, `kinh phí khoảng`). */
  private moneyWordBefore(first: number, qualifier: string | null): boolean {
    let k = first;
    if (qualifier !== null) {
      const q = this.wordsBefore(first, this.d.qualifiers, 3);
      if (q) k = q.first;
    }
    return this.wordsBefore(k, this.d.moneyWords, 2) !== null;
  }

  private sharedUnit(last: number): { unit: string; kind: UnitEntry['kind'] } | null {
    const j = last + 1;
    if (j + 1 >= this.t.length || !this.isWord(j) || !this.inline(j)) return null;
    const w = this.low(j);
    if (!this.d.listJoin.has(w) && !this.d.rangeJoin.has(w)) return null;
    const k = j + 1;
    if (this.t.type[k] !== NUM || !this.inline(k)) return null;
    const dg = this.pureDigitsAt(k);
    if (!dg) return null;
    const after = this.unitAfter(dg.last);
    if (!after || !after.listed) return null;
    return { unit: after.unit, kind: after.kind };
  }

  private listedUnitAfter(last: number): boolean {
    const k = last + 1;
    return k < this.t.length && this.inline(k) && this.unitAt(k, this.t.length - 1, false) !== null;
  }

  private quantityUnitAfter(p: Phrase, countsToo: boolean): boolean {
    if (p.glued) return p.glued.kind !== 'time' && p.glued.kind !== 'count';
    const after = this.unitAfter(p.last, p.scaled);
    if (!after || !after.listed || after.kind === 'time') return false;
    if (after.kind !== 'count') return true;
    // `trong số 5 người` counts; `bệnh nhân 416 người Anh` and `phường 5 quận 3` are names.
    return countsToo && !this.d.placeLabels.has(after.unit);
  }

  private emitRange(
    p1: Phrase,
    p2: Phrase,
    glued: UnitEntry | null,
    after: { unit: string; kind: UnitEntry['kind']; last: number; listed: boolean } | null,
    spanLast: number,
    currency: string | null,
  ): void {
    if (this.wordsBefore(p1.first, this.d.identifierLabels, 3) || this.wordsBefore(p1.first, this.d.datePrefixes, 2)) return;
    let unit: string | null = null;
    let kind: NumberKind = 'plain';
    if (glued) {
      unit = glued.unit;
      kind = glued.kind === 'time' ? 'plain' : glued.kind;
    } else if (after && after.kind !== 'time') {
      unit = after.unit;
      kind = after.kind;
    }
    // `ở độ tuổi 28 - 30`
    if (unit === null && this.wordsBefore(p1.first, this.d.ageBefore, 1)) {
      unit = 'tuổi';
      kind = 'age';
    }
    if (currency) {
      unit = currency;
      kind = 'money';
    }
    this.push(p1.first, spanLast, p1.value, p2.value, unit, this.qualifierBefore(p1.first), kind);
  }

  private push(first: number, last: number, value: number, valueTo: number | undefined, unit: string | null, qualifier: string | null, kind: NumberKind): void {
    const start = this.t.start[first]!;
    const end = this.t.end[last]!;
    const m: NumberMention = { text: this.text.slice(start, end), start, end, value, unit, qualifier, kind };
    if (valueTo !== undefined) m.valueTo = valueTo;
    this.out.push(m);
  }
}

// `XIII` in `Đại hội lần thứ XIII`: uppercase Roman numerals up to 3999 in canonical form.
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanValue(s: string): number | null {
  if (s.length === 0 || s.length > 15 || !ROMAN.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGITS[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN_DIGITS[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Every quantity inside the `scope` spans of `text`, sorted by start. Dates, times, codes, phone
 * numbers and identifiers are left out. Never throws; linear in the length of the scoped text.
 */
export function extractNumbers(text: string, scope: Span[]): NumberMention[] {
  const out: NumberMention[] = [];
  if (typeof text !== 'string' || !Array.isArray(scope)) return out;
  for (const span of scope) {
    const ex = { out: [] as NumberMention[] };
    try {
      const from = Math.max(0, Math.min(text.length, Math.trunc(span.start) || 0));
      const to = Math.max(from, Math.min(text.length, Math.trunc(span.end) || 0));
      if (to === from) continue;
      const extractor = new Extractor(text, tokenize(text, from, to));
      ex.out = extractor.out;
      extractor.run();
    } catch {
      // An extractor must never take the pipeline down: a fault in one paragraph keeps what was
      // found there before it and every other paragraph's findings.
    }
    for (const m of ex.out) out.push(m);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NumberMention[] = [];
  let reach = -1;
  for (const m of out) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
