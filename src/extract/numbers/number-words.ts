// Number phrases: digits and number words with their scale words (`3,2 tỷ`, `1 triệu 200 nghìn`,
// `hai mươi lăm`, `một trăm linh năm`, `hàng chục nghìn`, `1 triệu rưỡi`), read left to right.
import type { NumberWriting } from '../../types.js';
import type { NumberData, UnitEntry } from './data.js';
import { plainDigitsAt, type DigitValue } from './digits.js';
import type { Scan } from './scan.js';

export type RoleName = 'digit' | 'tens' | 'ten' | 'hundred' | 'dozen' | 'zero' | 'half' | 'scale';

/** A word's part in a number phrase (`hai` digit 2, `mươi` tens, `triệu` scale 1 000 000). */
export interface WordRole {
  role: RoleName;
  value: number;
  word: string;
}

/** What a phrase's last element was: a word role, digits, or a closing tail (`triệu hai`, `rưỡi`). */
type Previous = RoleName | 'digits' | 'tail' | null;

/** A number read from digits and/or words, before context decides what it is. */
export interface Phrase {
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
  mantissa: number;
  decimals: number;
  /** How its leading digits were written; null for words. */
  writing: NumberWriting | null;
}

export function roleOfWord(data: NumberData, word: string): WordRole | null {
  const digit = data.digits.get(word);
  if (digit !== undefined) return { role: 'digit', value: digit, word };
  if (data.tens.has(word)) return { role: 'tens', value: 10, word };
  if (data.ten.has(word)) return { role: 'ten', value: 10, word };
  if (data.hundred.has(word)) return { role: 'hundred', value: 100, word };
  if (data.dozen.has(word)) return { role: 'dozen', value: 10, word };
  if (data.zeroJoin.has(word)) return { role: 'zero', value: 0, word };
  if (data.half.has(word)) return { role: 'half', value: 0, word };
  const scale = data.scales.get(word);
  if (scale !== undefined) return { role: 'scale', value: scale, word };
  return null;
}

/** A phrase of one digits chunk and nothing else (`10` in `10-15`). */
export function digitsPhrase(first: number, last: number, digits: DigitValue, writing: NumberWriting | null = null): Phrase {
  return {
    first,
    last,
    value: digits.value,
    lead: digits.value,
    scaled: false,
    integer: digits.integer,
    grouped: digits.grouped,
    wordsOnly: false,
    elements: 1,
    glued: null,
    gluedLast: last,
    mantissa: digits.mantissa,
    decimals: digits.decimals,
    writing,
  };
}

/**
 * Reads a number phrase from token k. `leading` is the already-read digits at k (`3,2` of
 * `3,2 tỷ`), if any; `scaleStart` allows a scale word to open it (`hàng trăm`).
 */
export function readPhrase(scan: Scan, k: number, leading: { value: DigitValue; last: number } | null, scaleStart: boolean, writing: NumberWriting | null = null): Phrase | null {
  const phrase = new PhraseReader(scan, k, leading, scaleStart).read();
  if (phrase) phrase.writing = writing;
  return phrase;
}

/** What a step did: took the element at the cursor, stopped the phrase, or moved on by itself. */
type Step = 'take' | 'stop' | 'moved';

const MULTIPLIERS = new Set<RoleName>(['tens', 'hundred', 'dozen', 'scale']);

class PhraseReader {
  private readonly data: NumberData;
  /** Sum of the groups closed by a scale word (`1 triệu` in `1 triệu 200 nghìn`). */
  private total = 0;
  /** The group being read below the current scale (`hai trăm ba mươi`). */
  private group = 0;
  /** A digit or digits not yet multiplied, with its mantissa and decimals. */
  private pending: number | null = null;
  private pendingMantissa = 0;
  private pendingDecimals = 0;
  private lastScale = Infinity;
  private previous: Previous = null;
  private lead: number | null = null;
  private scaled = false;
  private integer = true;
  private grouped = false;
  private wordsOnly = true;
  private elements = 0;
  private last: number;
  private cursor: number;

  constructor(private readonly scan: Scan, private readonly first: number, leading: { value: DigitValue; last: number } | null, private readonly scaleStart: boolean) {
    this.data = scan.data;
    this.last = first - 1;
    this.cursor = first;
    if (leading) {
      this.pending = leading.value.value;
      this.pendingMantissa = leading.value.mantissa;
      this.pendingDecimals = leading.value.decimals;
      this.integer = leading.value.integer;
      this.grouped = leading.value.grouped;
      this.wordsOnly = false;
      this.previous = 'digits';
      this.elements = 1;
      this.last = leading.last;
      this.cursor = leading.last + 1;
    }
  }

  read(): Phrase | null {
    const scan = this.scan;
    while (this.cursor < scan.count) {
      if (this.previous !== null && !scan.isInline(this.cursor)) break;
      if (scan.isNum(this.cursor)) {
        if (!this.digitsGroup()) break;
        continue;
      }
      const role = scan.roleOf(this.cursor);
      if (!role) break;
      const step = this.step(role, scan.roleAfter(this.cursor));
      if (step === 'stop') break;
      if (step === 'take') this.advance(role.role === 'half' ? 'tail' : role.role);
    }
    return this.result();
  }

  private advance(previous: Previous): void {
    this.elements++;
    this.last = this.cursor;
    this.cursor++;
    this.previous = previous;
  }

  private step(role: WordRole, after: WordRole | null): Step {
    switch (role.role) {
      case 'digit': return this.digitWord(role, after);
      case 'tens': return this.tensWord();
      case 'ten': return this.tenWord();
      case 'hundred': return this.multiplierWord(100, (p) => p < 10 && p >= 0);
      case 'dozen': return this.multiplierWord(10, (p) => p < 100);
      case 'zero': return this.zeroWord(after);
      case 'half': return this.halfWord();
      case 'scale': return this.scaleWord(role.value);
    }
  }

  /** Digits inside a phrase only as a new group after a larger scale word (`1 triệu 200 nghìn`), or after `linh` (`1 nghìn linh 5`). */
  private digitsGroup(): boolean {
    if (this.previous !== 'scale' && this.previous !== 'zero') return false;
    const digits = plainDigitsAt(this.scan, this.cursor);
    if (!digits || !digits.value.integer) return false;
    if (this.previous === 'zero') {
      if (digits.value.value >= 10) return false;
    } else {
      const after = this.scan.roleAfter(digits.last);
      if (!after || after.role !== 'scale' || after.value >= this.lastScale || digits.value.value >= 1000) return false;
    }
    this.setPending(digits.value.value);
    this.wordsOnly = false;
    this.previous = 'digits';
    this.elements++;
    this.last = digits.last;
    this.cursor = digits.last + 1;
    return true;
  }

  private setPending(value: number): void {
    this.pending = value;
    this.pendingMantissa = value;
    this.pendingDecimals = 0;
  }

  private digitWord(role: WordRole, after: WordRole | null): Step {
    const { word, value } = role;
    const data = this.data;
    const nextMultiplies = after !== null && MULTIPLIERS.has(after.role);
    let ok = false;
    switch (this.previous) {
      case null:
        ok = !data.digitsOnlyAfterTens.has(word) && !(data.digitsNeedMultiplier.has(word) && !nextMultiplies);
        break;
      case 'tens':
      case 'ten':
        // `hai mươi lăm`, not `hai mươi năm` (twenty years) or `mười mốt`.
        if (value === 0 || (data.digitsNeedMultiplier.has(word) && after?.role !== 'scale')) return 'stop';
        if (this.previous === 'ten' && data.notAfterTen.has(word)) return 'stop';
        ok = this.pending === null;
        break;
      case 'hundred':
        ok = after?.role === 'tens' && !data.digitsOnlyAfterTens.has(word) && value !== 0;
        if (!ok && after === null && !data.digitsNeedMultiplier.has(word) && this.pending === null) {
          // `hai trăm mốt`, `trăm hai`: a lone digit after trăm is its tens.
          this.group += value * 10;
          this.advance('tail');
          return 'moved';
        }
        break;
      case 'zero':
        ok = value !== 0;
        break;
      case 'scale':
        if (nextMultiplies && !data.digitsOnlyAfterTens.has(word)) ok = true;
        else if (after === null && !data.digitsNeedMultiplier.has(word)) {
          // `triệu hai`, `nghìn mốt`: a lone digit after a scale word is its tenth.
          this.total += (value * this.lastScale) / 10;
          this.advance('tail');
          this.integer = Number.isInteger(this.total);
          return 'moved';
        }
        break;
      default:
        break;
    }
    if (!ok) return 'stop';
    if (this.pending === null) this.setPending(value);
    return 'take';
  }

  private tensWord(): Step {
    const pending = this.pending;
    if (!(this.previous === 'digit' && pending !== null && pending >= 2 && this.group % 100 === 0)) return 'stop';
    this.group += pending * 10;
    this.pending = null;
    return 'take';
  }

  private tenWord(): Step {
    const previous = this.previous;
    const opens = previous === null || previous === 'hundred' || previous === 'scale' || previous === 'zero';
    if (!(this.pending === null && opens && this.group % 100 === 0)) return 'stop';
    this.group += 10;
    return 'take';
  }

  /** `trăm` (100) and `chục` (10): multiply the digit before, or open the phrase after `hàng`. */
  private multiplierWord(factor: number, pendingFits: (pending: number) => boolean): Step {
    const pending = this.pending;
    const ok = this.previous === null
      ? this.scaleStart
      : pending !== null && pendingFits(pending) && this.pendingDecimals === 0 && this.group === 0;
    if (!ok) return 'stop';
    this.group += (pending ?? 1) * factor;
    this.pending = null;
    return 'take';
  }

  /** `linh`, `lẻ` in `một trăm linh năm`, `1 nghìn lẻ 5`. */
  private zeroWord(after: WordRole | null): Step {
    if (this.previous !== 'hundred' && this.previous !== 'scale') return 'stop';
    if (after !== null && after.role === 'digit') return 'take';
    const next = this.cursor + 1;
    const digits = this.scan.isNum(next) && this.scan.isInline(next) ? plainDigitsAt(this.scan, next) : null;
    return digits !== null && digits.value.integer && digits.value.value < 10 ? 'take' : 'stop';
  }

  /** `1 triệu rưỡi`, `trăm rưỡi`: half of the scale word before; nothing can follow it. */
  private halfWord(): Step {
    if (this.previous === 'scale') {
      this.total += this.lastScale / 2;
      return 'take';
    }
    if (this.previous === 'hundred' && this.pending === null) {
      this.group += 50;
      return 'take';
    }
    return 'stop';
  }

  private scaleWord(scale: number): Step {
    if (this.previous === null && !this.scaleStart) return 'stop';
    if (this.previous === 'tail') return 'stop';
    if (this.previous === 'scale') {
      // `nghìn tỷ`: a larger scale word multiplies everything before it.
      if (scale <= this.lastScale) return 'stop';
      this.total *= scale;
      this.lastScale = scale;
      return 'take';
    }
    const current = this.group + (this.pending ?? 0);
    const useMantissa = this.pending !== null && this.group === 0 && this.pendingDecimals > 0;
    const multiplied = current === 0 && this.previous === null ? 1 : current;
    if (multiplied === 0) return 'stop';
    if (this.lead === null) this.lead = multiplied;
    const add = useMantissa ? (this.pendingMantissa * scale) / 10 ** this.pendingDecimals : multiplied * scale;
    if (scale < this.lastScale) this.total += add;
    else if (this.total > 0) this.total = (this.total + multiplied) * scale;
    else return 'stop';
    this.lastScale = scale;
    this.group = 0;
    this.pending = null;
    this.scaled = true;
    return 'take';
  }

  private result(): Phrase | null {
    if (this.last < this.first) return null;
    const value = this.total + this.group + (this.pending ?? 0);
    if (!Number.isFinite(value)) return null;
    const integer = this.integer && Number.isInteger(value);
    const mantissa = this.pendingDecimals > 0 && !this.scaled ? this.pendingMantissa : Math.round(value);
    return {
      first: this.first,
      last: this.last,
      value,
      lead: this.lead ?? value,
      scaled: this.scaled,
      integer,
      grouped: this.grouped,
      wordsOnly: this.wordsOnly,
      elements: this.elements,
      glued: null,
      gluedLast: this.last,
      mantissa: integer ? mantissa : this.pendingMantissa,
      decimals: integer ? 0 : this.pendingDecimals,
      writing: null,
    };
  }
}
