// An abbreviation a reader cannot be expected to know: used before the article defines it, never
// defined and unknown to every dictionary, or known but outside the common tier (the forms a
// newsroom lets stand undefined: UBND, TP.HCM, THPT, …) and never defined.

import type { Abbreviation } from '../../types.js';
import type { CheckConfig, RawFinding, Rule } from '../types.js';
import { where } from '../text-utils.js';

/** The [start, end) of the mention at `offset`, or the short form's length from there. */
export function mentionAt(abbr: Abbreviation, offset: number): [number, number] {
  const m = abbr.mentions.find(([s]) => s === offset);
  return m ?? [offset, offset + abbr.short.length];
}

/** The spelling a tier entry is compared in: `TP.HCM`, `Tp HCM` and `TPHCM` are one form. */
export function tierKey(short: string): string {
  return short.normalize('NFC').replace(/[.&\-\s]/gu, '').toUpperCase();
}

/** Whether the form may stand undefined: in the dictionary's common tier or added by the config, and not removed by it. */
function isCommon(abbr: Abbreviation, config: CheckConfig): boolean {
  const key = tierKey(abbr.short);
  const tier = config.commonAbbreviations;
  if (tier?.remove.some((s) => tierKey(s) === key)) return false;
  if (tier?.add.some((s) => tierKey(s) === key)) return true;
  return abbr.common === true;
}

export const abbreviationUndefined: Rule = {
  id: 'abbreviation-undefined',
  defaultSeverity: 'warn',
  description: 'An abbreviation is used before it is defined, never defined and unknown, or known but not common enough to stand undefined.',
  check({ text, analysis, config }) {
    const out: RawFinding[] = [];
    for (const abbr of analysis.abbreviations) {
      const [start, end] = mentionAt(abbr, abbr.first);
      if (abbr.source === 'unknown') {
        out.push({ start, end, message: `"${abbr.short}" is never defined and is not in the dictionary; write it out at its first use, or add it to the user dictionary.` });
      } else if (abbr.definedAt !== null && abbr.first < abbr.definedAt) {
        out.push({
          start,
          end,
          message: `"${abbr.short}" is used before it is defined (at ${where(text, abbr.definedAt)}); define it at its first use.`,
        });
      } else if (abbr.definedAt === null && !isCommon(abbr, config) && (abbr.inDocumentNumber ?? 0) < abbr.count) {
        // a document number (`số 12/QĐ-UBND`) is cited as written, so uses there need no definition
        const written = abbr.expansion === null ? '' : ` write "${abbr.expansion} (${abbr.short})" at its first use`;
        out.push({
          start,
          end,
          message: `"${abbr.short}" is never defined, and readers are not expected to know it;${written || ' define it at its first use'}, or add it to "commonAbbreviations" in the config.`,
        });
      }
    }
    return out;
  },
};
