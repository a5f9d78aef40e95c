// An abbreviation used before the article defines it, or never defined and unknown to every
// dictionary: a reader cannot tell what it stands for.

import type { Abbreviation } from '../../types.js';
import type { RawFinding, Rule } from '../types.js';
import { where } from '../text-utils.js';

/** The [start, end) of the mention at `offset`, or the short form's length from there. */
export function mentionAt(abbr: Abbreviation, offset: number): [number, number] {
  const m = abbr.mentions.find(([s]) => s === offset);
  return m ?? [offset, offset + abbr.short.length];
}

export const abbreviationUndefined: Rule = {
  id: 'abbreviation-undefined',
  defaultSeverity: 'warn',
  description: 'An abbreviation is used before it is defined, or is never defined and not in any dictionary.',
  check({ text, analysis }) {
    const out: RawFinding[] = [];
    for (const abbr of analysis.abbreviations) {
      if (abbr.source === 'unknown') {
        const [start, end] = mentionAt(abbr, abbr.first);
        out.push({ start, end, message: `"${abbr.short}" is never defined and is not in the dictionary; write it out at its first use, or add it to the user dictionary.` });
      } else if (abbr.definedAt !== null && abbr.first < abbr.definedAt) {
        const [start, end] = mentionAt(abbr, abbr.first);
        out.push({
          start,
          end,
          message: `"${abbr.short}" is used before it is defined (at ${where(text, abbr.definedAt)}); define it at its first use.`,
        });
      }
    }
    return out;
  },
};
