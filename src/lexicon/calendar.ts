// The Gregorian calendar, once for the whole code base: the date extractor decides with it which
// dates exist, and the date-invalid check rule says with it why one does not.

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`; 0 for a month that does not exist. */
export function daysIn(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** Whether a day-month(-year) exists; without a year, 29 February is allowed. */
export function validDate(d: number, m: number, y?: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (y === undefined ? daysIn(2000, m) : daysIn(y, m));
}

/** Whether an hour and minute exist on a clock; 24:00 is the end of the day. */
export function validTime(h: number, mi: number): boolean {
  return (h >= 0 && h <= 23 && mi >= 0 && mi <= 59) || (h === 24 && mi === 0);
}

export function formatDay(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
