// An abbreviation defined twice in one article with different expansions (`CĐ` as công đoàn,
// then as cao đẳng): one of the two is wrong, or the reader is misled.

import type { RawFinding, Rule } from '../types.js';
import { articleDefinitions } from '../../extract/abbreviations/index.js';
import type { Definition } from '../../extract/abbreviations/definitions.js';
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
    // Keyed by the folded short form, so `TP` and `Tp` are one abbreviation.
    const firstByKey = new Map<string, Definition & { at: string }>();
    for (const def of articleDefinitions(text, [{ start: 0, end: text.length }])) {
      const first = firstByKey.get(def.key);
      if (!first) {
        firstByKey.set(def.key, { ...def, at: where(text, def.shortStart) });
      } else if (!sameExpansion(first.expansion, def.expansion)) {
        out.push({
          start: def.shortStart,
          end: def.shortEnd,
          message: `"${def.short}" is defined again as "${def.expansion}" (first defined as "${first.expansion}" at ${first.at}).`,
        });
      }
    }
    return out;
  },
};
