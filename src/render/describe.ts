// What a finding means, in words a reader can check at a glance: a number's value, a date's
// value (a relative date told relative to publication), an abbreviation's expansion. Shared by
// the table, annotated and html views; the words come from the analysis's fields only.
import type { Abbreviation, DateMention, NumberMention } from '../types.js';
import { formatViNumber } from './text.js';

/**
 * Relative dates may carry what they are relative to (the dates extractor adds these): the
 * dateline's day, or nothing known (`none`), and a signed ISO 8601 duration from that day
 * (`-P1D` for `hôm qua`). Optional: older analyses and other dates have neither.
 */
export interface RelativeFields {
  anchor?: 'dateline' | 'none';
  offset?: string;
}

/** `19.700`, `50–70`, with the qualifier in front: `hơn 19.700`. */
export function numberValue(n: NumberMention): string {
  const value = formatViNumber(n.value) + (n.valueTo === undefined ? '' : `–${formatViNumber(n.valueTo)}`);
  return n.qualifier ? `${n.qualifier} ${value}` : value;
}

/** The value with its unit, for a tooltip: `hơn 19.700 cuộc (count)`. */
export function numberTip(n: NumberMention): string {
  return `${numberValue(n)}${n.unit ? ` ${n.unit}` : ''} (${n.kind})`;
}

// A signed ISO 8601 duration without fractions. Example: `-P1D`, `+P2W`, `P1Y6M`, `-PT3H`.
const OFFSET = /^([+-]?)P(?:(\d{1,6})Y)?(?:(\d{1,6})M)?(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,6})M)?)?$/u;
const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'];

/** `-P1D` → `1 day before publication`, `P0D` → `the day of publication`; null if not a duration. */
export function offsetWords(offset: string): string | null {
  const m = OFFSET.exec(offset);
  if (!m || offset === 'P' || offset.endsWith('T')) return null;
  const parts: string[] = [];
  UNITS.forEach((unit, i) => {
    const n = Number(m[i + 2] ?? 0);
    if (n > 0) parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
  });
  if (parts.length === 0) return 'the day of publication';
  return `${parts.join(' ')} ${m[1] === '-' ? 'before' : 'after'} publication`;
}

/** A date value with no unknown part (`X`) in it. */
function resolved(value: string | null): value is string {
  return value !== null && !value.includes('X');
}

/**
 * The date's value as shown to a person: the ISO value when it is known; for a relative date
 * that could not be anchored (no dateline), its offset in words (`1 day before publication`);
 * otherwise the partial value (`XXXX-02-25`) or `?`. Lunar dates add the lunar date.
 */
export function dateValue(d: DateMention & RelativeFields): string {
  const words = typeof d.offset === 'string' ? offsetWords(d.offset) : null;
  if (words !== null && (d.anchor === 'none' || !resolved(d.value))) return words;
  return (d.value ?? '?') + (d.lunar ? ` (lunar ${d.lunar})` : '');
}

/** The value and kind of a date, for a tooltip: `2023-12-03T07:09 (datetime)`. */
export function dateTip(d: DateMention): string {
  return `${dateValue(d)} (${d.calendar === 'lunar' ? `${d.kind}, lunar` : d.kind})`;
}

/** `công đoàn`; `? công đoàn | cao đẳng` when ambiguous; `?` when unknown. */
export function abbreviationValue(abbr: Abbreviation): string {
  if (abbr.expansion !== null) return abbr.expansion;
  if (abbr.candidates && abbr.candidates.length > 0) return `? ${abbr.candidates.join(' | ')}`;
  return '?';
}

export interface Collapsed<T> {
  /** The first mention. */
  item: T;
  /** Index of the first mention in its list. */
  index: number;
  /** Indexes of every mention, in text order. */
  indexes: number[];
}

/**
 * Mentions that say the same thing (same `key`) as one entry with every occurrence, in order of
 * first appearance: a report that repeats `hơn 1.850.000 lượt` five times needs one row.
 */
export function collapse<T>(items: readonly T[], key: (item: T) => string): Collapsed<T>[] {
  const groups = new Map<string, Collapsed<T>>();
  items.forEach((item, index) => {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.indexes.push(index);
    else groups.set(k, { item, index, indexes: [index] });
  });
  return [...groups.values()];
}

export const numberKey = (n: NumberMention): string =>
  [n.text, n.value, n.valueTo ?? '', n.unit ?? '', n.qualifier ?? '', n.kind].join('\u0000');

export const dateKey = (d: DateMention): string =>
  [d.text, d.kind, d.value ?? '', d.calendar ?? '', d.lunar ?? '', d.duration ?? ''].join('\u0000');
