// Old and new tone-mark placement mixed in one article (`hòa` and `hoà`, `thủy` and `thuỷ`).
// In an open syllable ending in oa, oe or uy, the old style puts the tone on the first vowel
// (`hòa`, `khỏe`, `thủy`), the new style on the second (`hoà`, `khoẻ`, `thuỷ`); both are
// accepted, but one article should keep to one.

import type { RawFinding, Rule } from '../types.js';
import { where } from '../text-utils.js';
import { LETTER } from '../../lexicon/letters.js';

type Style = 'old' | 'new';

interface Occurrence {
  start: number;
  end: number;
  word: string;
  style: Style;
}

const PAIRS = new Set(['oa', 'oe', 'uy']);
// e.g. `hòa`, `Thuỷ`, `KHỎE`
const SYLLABLE = new RegExp(String.raw`[${LETTER}]+`, 'gu');

/**
 * Every o, u, a, e, y with no mark or with a tone mark only (not â, ê, ô, ơ, ư), upper and lower
 * case, mapped to its base letter and whether it carries a tone. Built once, so the scan does
 * no normalisation per syllable.
 */
const VOWELS: Map<string, { base: string; toned: boolean }> = (() => {
  const m = new Map<string, { base: string; toned: boolean }>();
  for (const base of 'oaeuy') {
    for (const mark of ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']) {
      const v = { base, toned: mark !== '' };
      m.set((base + mark).normalize('NFC'), v);
      m.set((base.toUpperCase() + mark).normalize('NFC'), v);
    }
  }
  return m;
})();

export function toneStyle(word: string): Style | null {
  const n = word.length;
  if (n < 2) return null;
  // Precomposed NFC vowels are single UTF-16 units, so the last two units are the last two letters.
  const b = VOWELS.get(word[n - 1] as string);
  if (!b || b.base === 'o' || b.base === 'u') return null;
  const a = VOWELS.get(word[n - 2] as string);
  if (!a || !PAIRS.has(a.base + b.base) || a.toned === b.toned) return null;
  // In `quý`, `qu` is the onset and `y` the whole nucleus: one placement only.
  if (a.base === 'u' && (word[n - 3] ?? '').toLowerCase() === 'q') return null;
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
      // Names keep their owners' spelling (`Khánh Hòa`, `Thuý`), whatever the article's style;
      // a capitalised word is a name or starts a sentence, and is left out of the count.
      const first = m[0][0] as string;
      if (first !== first.toLowerCase()) continue;
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
