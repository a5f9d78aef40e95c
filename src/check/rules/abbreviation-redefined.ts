// An abbreviation defined twice in one article with different expansions (`CĐ` as công đoàn,
// then as cao đẳng): one of the two is wrong, or the reader is misled.

import type { RawFinding, Rule } from '../types.js';
import { findDefinitions, type Definition } from '../definitions.js';
import { foldVietnamese, where } from '../text-utils.js';

// `Giáo dục và Đào tạo`, `Giáo dục - Đào tạo` and `Giáo dục & Đào tạo` are one expansion.
const comparable = (s: string) =>
  foldVietnamese(s)
    .split(/[\s\-–&]+/u)
    .filter((w) => w !== '' && w !== 'va')
    .join(' ');
const sameExpansion = (a: string, b: string) => comparable(a) === comparable(b);

export const abbreviationRedefined: Rule = {
  id: 'abbreviation-redefined',
  defaultSeverity: 'error',
  description: 'An abbreviation is defined twice with different expansions.',
  check({ text }) {
    const out: RawFinding[] = [];
    const firstByShort = new Map<string, Definition & { at: string }>();
    for (const def of findDefinitions(text)) {
      const first = firstByShort.get(def.short);
      if (!first) {
        firstByShort.set(def.short, { ...def, at: where(text, def.start) });
      } else if (!sameExpansion(first.expansion, def.expansion)) {
        out.push({
          start: def.start,
          end: def.end,
          message: `"${def.short}" is defined again as "${def.expansion}" (first defined as "${first.expansion}" at ${first.at}).`,
        });
      }
    }
    return out;
  },
};
