// Old and new tone-mark placement mixed in one article (`hòa` and `hoà`, `thủy` and `thuỷ`).
// In an open syllable ending in oa, oe or uy, the old style puts the tone on the first vowel
// (`hòa`, `khỏe`, `thủy`), the new style on the second (`hoà`, `khoẻ`, `thuỷ`); both are
// accepted, but one article should keep to one. A newsroom that has chosen one
// (`houseStyle.toneMarks`: "old" or "new") gets every other common word flagged and fixed,
// capitalised ones included (`Uỷ ban`); personal names keep their owners' spelling.

import type { RawFinding, Rule, RuleContext } from '../types.js';
import { where } from '../text-utils.js';
import { NameIndex } from '../names.js';
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

/** `word` with its final tone moved to `style`'s vowel, each letter keeping its case: `Hòa` → `Hoà`. */
export function restyle(word: string, style: Style): string {
  const n = word.length;
  const a = word[n - 2] as string;
  const b = word[n - 1] as string;
  const from = style === 'new' ? a : b;
  const to = style === 'new' ? b : a;
  const tone = from.normalize('NFD').slice(1);
  const bare = from.normalize('NFD')[0] as string;
  const moved = (to + tone).normalize('NFC');
  return style === 'new' ? word.slice(0, n - 2) + bare + moved : word.slice(0, n - 2) + moved + bare;
}

function policyFindings({ text, analysis, parts }: RuleContext, policy: Style): RawFinding[] {
  const names = new NameIndex(text, analysis);
  const out: RawFinding[] = [];
  // The byline and the dateline hold names and the site's own furniture, not the article's prose.
  for (const part of parts) {
    if (part.kind === 'byline' || part.kind === 'dateline' || part.kind === 'trailer') continue;
    for (const m of text.slice(part.start, part.end).matchAll(SYLLABLE)) {
      const style = toneStyle(m[0]);
      if (!style || style === policy) continue;
      const start = part.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (names.has(start, end)) continue;
      const fixed = restyle(m[0], policy);
      out.push({
        start,
        end,
        message: `"${m[0]}" places the tone mark ${style}-style; the house style is ${STYLE_NAME[policy]}: write "${fixed}".`,
        fix: { start, end, text: fixed },
      });
    }
  }
  return out;
}

export const toneMarkMixed: Rule = {
  id: 'tone-mark-mixed',
  defaultSeverity: 'warn',
  description: 'Old (hòa, thủy) and new (hoà, thuỷ) tone-mark placement mixed in one article, or off the house style.',
  // Fixed only under a policy: its findings then carry their fix (fixable means always).
  check(ctx) {
    const policy = ctx.config.houseStyle?.toneMarks ?? 'consistent';
    if (policy !== 'consistent') return policyFindings(ctx, policy);
    const { text } = ctx;
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
