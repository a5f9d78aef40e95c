// House style (opt-in): every abbreviation is written out where it first appears, even the ones
// every reader knows from the dictionary (`thành phố (TP) Cần Thơ`, then `TP`).

import type { RawFinding, Rule } from '../types.js';
import { mentionAt } from './abbreviation-undefined.js';

export const abbreviationFirstUse: Rule = {
  id: 'abbreviation-first-use',
  defaultSeverity: 'off',
  description: 'House style: every abbreviation is written out at its first use (enabled by houseStyle.defineAtFirstUse).',
  check({ analysis }) {
    const out: RawFinding[] = [];
    for (const abbr of analysis.abbreviations) {
      // Unknown ones and ones used before their definition are abbreviation-undefined's findings.
      if (abbr.source === 'unknown' || abbr.definedAt !== null) continue;
      const [start, end] = mentionAt(abbr, abbr.first);
      const hint = abbr.expansion ? ` as "${abbr.expansion} (${abbr.short})"` : '';
      out.push({ start, end, message: `"${abbr.short}" is not written out at its first use; write it${hint}.` });
    }
    return out;
  },
};
