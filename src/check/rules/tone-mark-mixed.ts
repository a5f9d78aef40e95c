// Old and new tone-mark placement mixed in one article (`hòa` and `hoà`, `thủy` and `thuỷ`).
// In an open syllable ending in oa, oe or uy, the old style puts the tone on the first vowel
// (`hòa`, `khỏe`, `thủy`), the new style on the second (`hoà`, `khoẻ`, `thuỷ`); both are
// accepted, but one article should keep to one.

import type { RawFinding, Rule } from '../types.js';
import { where } from '../text-utils.js';

type Style = 'old' | 'new';

interface Occurrence {
  start: number;
  end: number;
  word: string;
  style: Style;
}

const TONES = /^[\u0300\u0301\u0303\u0309\u0323]$/u;
const PAIRS = new Set(['oa', 'oe', 'uy']);
// e.g. `hòa`, `Thuỷ`, `KHỎE`
const SYLLABLE = /\p{L}+/gu;

/** Base letter and whether it carries a tone, for a vowel with nothing but a tone mark. */
function split(ch: string): { base: string; toned: boolean } | null {
  const d = ch.normalize('NFD').toLowerCase();
  const base = d[0] as string;
  const rest = d.slice(1);
  if (rest === '') return { base, toned: false };
  return TONES.test(rest) ? { base, toned: true } : null;
}

export function toneStyle(word: string): Style | null {
  const chars = [...word];
  const n = chars.length;
  if (n < 2) return null;
  const a = split(chars[n - 2] as string);
  const b = split(chars[n - 1] as string);
  if (!a || !b || !PAIRS.has(a.base + b.base) || a.toned === b.toned) return null;
  // In `quý`, `qu` is the onset and `y` the whole nucleus: one placement only.
  if (a.base === 'u' && (chars[n - 3] ?? '').toLowerCase() === 'q') return null;
  return a.toned ? 'old' : 'new';
}

const STYLE_NAME: Record<Style, string> = { old: 'old style, òa/úy', new: 'new style, oà/uý' };

export const toneMarkMixed: Rule = {
  id: 'tone-mark-mixed',
  defaultSeverity: 'warn',
  description: 'Old (hòa, thủy) and new (hoà, thuỷ) tone-mark placement mixed in one article.',
  check({ text }) {
    const found: Occurrence[] = [];
    for (const m of text.matchAll(SYLLABLE)) {
      const style = toneStyle(m[0]);
      const start = m.index ?? 0;
      if (style) found.push({ start, end: start + m[0].length, word: m[0], style });
    }
    const olds = found.filter((o) => o.style === 'old').length;
    const news = found.length - olds;
    if (olds === 0 || news === 0) return [];
    const main: Style = olds === news ? (found[0] as Occurrence).style : olds > news ? 'old' : 'new';
    const example = found.find((o) => o.style === main) as Occurrence;
    const exampleAt = where(text, example.start);
    const out: RawFinding[] = [];
    for (const o of found) {
      if (o.style === main) continue;
      out.push({
        start: o.start,
        end: o.end,
        message: `"${o.word}" places the tone mark ${o.style === 'old' ? 'old' : 'new'}-style; this article mostly writes ${STYLE_NAME[main]} ("${example.word}" at ${exampleAt}).`,
      });
    }
    return out;
  },
};
