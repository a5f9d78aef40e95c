// The scope of an abbreviation search and the tokens inside it: runs of letters and digits joined
// by single `.`, `&` or `-`, with offsets into the normalised text.
import type { Span } from '../../types.js';
import { LETTER_OR_DIGIT } from '../../lexicon/letters.js';
import type { Token } from './senses.js';

// e.g. "TP.HCM", "GD&ĐT", "LĐ-TB&XH", "COVID-19", "đoàn"
const TOKEN = new RegExp(String.raw`[${LETTER_OR_DIGIT}]+(?:[.&\-][${LETTER_OR_DIGIT}]+)*`, 'gu');

// e.g. "đ", "9"
const WORD_CHAR = new RegExp(`[${LETTER_OR_DIGIT}]`, 'u');

/** Sorted, clamped, merged copy of the scope. */
export function cleanScope(text: string, scope: Span[]): Span[] {
  const spans = (Array.isArray(scope) ? scope : [])
    .filter((s) => s && Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => ({ start: Math.max(0, Math.min(text.length, Math.floor(s.start))), end: Math.max(0, Math.min(text.length, Math.floor(s.end))) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Every token of the spans, in text order. */
export function tokenize(text: string, spans: Span[]): Token[] {
  const out: Token[] = [];
  for (const span of spans) {
    const slice = text.slice(span.start, span.end);
    for (const m of slice.matchAll(TOKEN)) {
      const start = span.start + (m.index ?? 0);
      const end = start + m[0].length;
      // a word cut by the edge of the span is not a word of the span
      if ((start === span.start && WORD_CHAR.test(text[start - 1] ?? '')) || (end === span.end && WORD_CHAR.test(text[end] ?? ''))) continue;
      out.push({ text: m[0], start, end: start + m[0].length });
    }
  }
  return out;
}

/** The end of the first span that ends after `pos` (spans sorted and merged), else `fallback`. */
export function spanEndAt(spans: Span[], pos: number, fallback: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo]?.end ?? fallback;
}
