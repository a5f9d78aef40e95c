// Finds inline abbreviation definitions in both Vietnamese orders, `người lao động (NLĐ)` and
// `NLĐ (người lao động)`, by matching the short form's letters to syllable initials. A linear
// scan: every `(` looks at most a bounded window forward and back.

import { foldVietnamese } from './text-utils.js';
import { LETTER, LETTER_OR_DIGIT, UPPER } from '../util/letters.js';

export interface Definition {
  short: string;
  expansion: string;
  /** [start, end) of the short form inside this definition. */
  start: number;
  end: number;
}

const MAX_PAREN = 80;
const MAX_BACK = 120;

// e.g. `NLĐ`, `CĐ`, `ThS`, `GD&ĐT`, `TP.HCM`
const SHORT_FORM = new RegExp(String.raw`^[${UPPER}][${LETTER}&.]{0,14}$`, 'u');
// The short form before a bracket, looking back from its end: e.g. `Đ`, `&`, `.` in `GD&ĐT`, `TP.HCM`
const SHORT_CHAR = new RegExp(`[${LETTER}&.]`, 'u');
// What must not be glued before the short form: e.g. the `a` of `aNLĐ`
const WORD_CHAR = new RegExp(`[${LETTER_OR_DIGIT}]`, 'u');
// A bracket holding words only: e.g. `(người lao động)`, `(Lao động - Thương binh)`
const WORDS_ONLY = new RegExp(String.raw`^[${LETTER} &\-–]+$`, 'u');
// e.g. `người`, `Đoàn`
const SYLLABLE = new RegExp(String.raw`[${LETTER}]+`, 'gu');

// Syllables repeat endlessly in a text; folding each spelling once keeps the scan cheap.
const folded = new Map<string, string>();
function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = foldVietnamese(s);
    if (folded.size > 50_000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

/** `ThS` → [th, s]; `GD&ĐT` → [g, d, &, đ, t]; null when it does not look like a short form. */
export function shortComponents(short: string): string[] | null {
  if (!SHORT_FORM.test(short)) return null;
  const parts: string[] = [];
  let upper = 0;
  for (const ch of short) {
    if (ch === '.') continue;
    if (ch === '&') {
      parts.push('&');
    } else if (ch !== ch.toLowerCase()) {
      upper++;
      parts.push(foldVietnamese(ch));
    } else {
      const last = parts.length - 1;
      if (last < 0 || parts[last] === '&') return null;
      parts[last] += foldVietnamese(ch);
    }
  }
  return upper >= 2 ? parts : null;
}

/** Whether `syllables` (folded) spell `comps` by their initials, `&` standing for `và` or nothing. */
function spells(comps: string[], syllables: string[]): boolean {
  const go = (ci: number, si: number): boolean => {
    if (ci === comps.length) return si === syllables.length;
    const c = comps[ci] as string;
    const s = syllables[si];
    if (c === '&') return (s === 'va' && go(ci + 1, si + 1)) || go(ci + 1, si);
    return s !== undefined && s.startsWith(c) && go(ci + 1, si + 1);
  };
  return go(0, 0);
}

interface Syl {
  text: string;
  start: number;
  end: number;
}

function syllablesIn(text: string, offset: number): Syl[] {
  const out: Syl[] = [];
  for (const m of text.matchAll(SYLLABLE)) {
    out.push({ text: m[0], start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length });
  }
  return out;
}

export function findDefinitions(text: string): Definition[] {
  const out: Definition[] = [];
  let open = text.indexOf('(');
  while (open !== -1) {
    const next = text.indexOf('(', open + 1);
    let close = -1;
    for (let i = open + 1; i < text.length && i <= open + MAX_PAREN; i++) {
      const ch = text[i];
      if (ch === ')') {
        close = i;
        break;
      }
      if (ch === '(' || ch === '\n') break;
    }
    if (close !== -1) {
      const inner = text.slice(open + 1, close);
      const innerTrim = inner.trim();
      const innerStart = open + 1 + inner.indexOf(innerTrim);
      const comps = shortComponents(innerTrim);
      if (comps) {
        // `người lao động (NLĐ)`: the expansion is the shortest run of preceding syllables
        // (on the same line, only spaces or hyphens between them) whose initials spell it.
        // (The line start is searched inside the window only: a 5 MB line stays linear.)
        const windowStart = Math.max(0, open - MAX_BACK);
        const backFrom = windowStart + text.slice(windowStart, open).lastIndexOf('\n') + 1;
        const before = text.slice(backFrom, open);
        const syls = syllablesIn(before, backFrom);
        const tail: Syl[] = [];
        for (let k = syls.length - 1; k >= 0 && tail.length < comps.length + 2; k--) {
          const s = syls[k] as Syl;
          const gapEnd = tail.length ? (tail[0] as Syl).start : open;
          if (!/^[ \-–]*$/u.test(text.slice(s.end, gapEnd))) break;
          tail.unshift(s);
          if (spells(comps, tail.map((t) => fold(t.text)))) {
            out.push({
              short: innerTrim,
              expansion: text.slice((tail[0] as Syl).start, (tail[tail.length - 1] as Syl).end),
              start: innerStart,
              end: innerStart + innerTrim.length,
            });
            break;
          }
        }
      } else {
        // `NLĐ (người lao động)`: the word right before the bracket is the short form.
        let j = open;
        while (j > 0 && text[j - 1] === ' ') j--;
        let k = j;
        while (k > 0 && k > j - 16 && SHORT_CHAR.test(text[k - 1] as string)) k--;
        const short = text.slice(k, j);
        const shortComps = j < open && !WORD_CHAR.test(text[k - 1] ?? ' ') ? shortComponents(short) : null;
        const syls = syllablesIn(inner, open + 1);
        if (
          shortComps &&
          syls.length >= 2 &&
          WORDS_ONLY.test(innerTrim) &&
          spells(shortComps, syls.map((s) => fold(s.text)))
        ) {
          out.push({ short, expansion: innerTrim, start: k, end: j });
        }
      }
    }
    open = next;
  }
  return out;
}
