// An abbreviation defined twice in one article with different expansions (`CĐ` as công đoàn,
// then as cao đẳng): one of the two is wrong, or the reader is misled.

import type { RawFinding, Rule } from '../types.js';
import { findDefinitions, type Definition } from '../definitions.js';
import { foldVietnamese, where } from '../text-utils.js';

const sameExpansion = (a: string, b: string) =>
  foldVietnamese(a).replace(/[\s\-–]+/gu, ' ') === foldVietnamese(b).replace(/[\s\-–]+/gu, ' ');

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
