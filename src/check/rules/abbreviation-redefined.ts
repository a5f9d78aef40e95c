// An abbreviation defined twice in one article with different expansions (`CĐ` as công đoàn,
// then as cao đẳng): one of the two is wrong, or the reader is misled. The extractor lists the
// later definitions on the abbreviation (`redefinitions`); this rule reports them.

import type { RawFinding, Rule } from '../types.js';
import { where } from '../text-utils.js';

export const abbreviationRedefined: Rule = {
  id: 'abbreviation-redefined',
  defaultSeverity: 'error',
  description: 'An abbreviation is defined twice with different expansions.',
  check({ text, analysis }) {
    const out: RawFinding[] = [];
    for (const a of analysis.abbreviations) {
      if (a.definedAt === null || !a.redefinitions) continue;
      const at = where(text, a.definedAt);
      for (const again of a.redefinitions) {
        out.push({
          start: again.at[0],
          end: again.at[1],
          message: `"${again.short}" is defined again as "${again.expansion}" (first defined as "${a.expansion}" at ${at}).`,
        });
      }
    }
    return out;
  },
};
