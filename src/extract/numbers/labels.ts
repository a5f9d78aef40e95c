// The words around a number that say what it is: a qualifier (`hơn`), a price word (`giá`),
// a phone label (`ĐT:`), and the numbers listed after a name or date (`Điều 5, 6 và 7`).
import type { Scan } from './scan.js';
import { listedUnitAfter } from './units.js';

/** The qualifier before the number, or before the `từ` opening its range (`hơn`, `gần như`, `khoảng từ`). */
export function qualifierBefore(scan: Scan, k: number): string | null {
  const data = scan.data;
  let qualifier = scan.wordsBefore(k, data.qualifiers, 3);
  if (!qualifier && k > 0 && scan.isWord(k - 1) && data.rangeStart.has(scan.lower(k - 1))) qualifier = scan.wordsBefore(k - 1, data.qualifiers, 3);
  return qualifier ? qualifier.text : null;
}

/** A price word right before the number, or before its qualifier (`giá`, `kinh phí khoảng`). */
export function moneyWordBefore(scan: Scan, first: number, qualifier: string | null): boolean {
  let k = first;
  if (qualifier !== null) {
    const words = scan.wordsBefore(first, scan.data.qualifiers, 3);
    if (words) k = words.edge;
  }
  return scan.wordsBefore(k, scan.data.moneyWords, 2) !== null;
}

/** Phone numbers run on in groups (`0912 345 678`, `(028) 3829 1234`); returns their last token. */
export function phoneNumberEnd(scan: Scan, k: number): number {
  let last = k;
  let j = k + 1;
  while (j < scan.count) {
    if (scan.isPunct(j, ')') && scan.isGlued(j)) {
      last = j;
      j++;
    } else if (scan.isNum(j) && (scan.isInline(j) || scan.isGlued(j))) {
      last = scan.chunkEnd(j);
      j = last + 1;
    } else if ((scan.isPunct(j, '.') || scan.isPunct(j, '-')) && scan.isNum(j + 1) && scan.isGlued(j + 1)) {
      j++;
    } else {
      break;
    }
  }
  return last;
}

/** `ĐT 0292…`, `ĐT: 0292…`, `Hotline: 1900 1234`: a phone label right before token k. */
export function phoneLabelBefore(scan: Scan, k: number): boolean {
  const labels = scan.data.phoneLabels;
  if (scan.wordsBefore(k, labels, 4)) return true;
  if (k >= 2 && scan.isPunct(k - 1, ':') && scan.isInline(k) && scan.isGlued(k - 1)) {
    return scan.wordsBefore(k - 1, labels, 4) !== null || phoneLabelGlued(scan, k - 1);
  }
  return false;
}

/** A phone label ending the words glued before the colon at k (`Tel:`, `ĐTDĐ:`). */
function phoneLabelGlued(scan: Scan, k: number): boolean {
  let j = k - 1;
  let firstWord = -1;
  let words = 0;
  while (j >= 0 && scan.isWord(j) && words < 4) {
    firstWord = j;
    words++;
    if (!scan.isInline(j)) break;
    j--;
  }
  if (words === 0) return false;
  const phrase = scan.textBetween(firstWord, k - 1).toLowerCase();
  for (const label of scan.data.phoneLabels) if (phrase.endsWith(label)) return true;
  return false;
}

/**
 * After a number that names something (`Điều 5`, `cấp 1`) or dates it (`ngày 24 - 7`), the bare
 * numbers listed after it belong to the same name or date: `Điều 5, 6 và 7`, `cấp 1 , 2 , 3`,
 * `ngày 24 - 7 - 1962`. Returns the last token they take.
 */
export function listedNumbersEnd(scan: Scan, last: number, dateLike = false): number {
  const data = scan.data;
  let end = last;
  for (;;) {
    let j = end + 1;
    if (j >= scan.count) break;
    const joiner = scan.joinerText(j);
    const isJoiner = data.rangeJoin.has(joiner) || data.listJoin.has(joiner) || joiner === '/';
    if (!isJoiner || !(scan.isInline(j) || (joiner === ',' && scan.isGlued(j)))) break;
    if (dateLike && joiner === ',') break;
    j++;
    if (j >= scan.count || !scan.isNum(j) || !scan.isInline(j)) break;
    const chunkLast = scan.chunkEnd(j);
    if (chunkLast !== j || scan.textOf(j).length > (dateLike ? 4 : 3)) break;
    // `Điều 5, 30 người`: a number with its own unit is a new quantity.
    if (!dateLike && listedUnitAfter(scan, chunkLast)) break;
    end = chunkLast;
  }
  return end;
}
