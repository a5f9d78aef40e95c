// Two or more spaces between words: debris of editing, and a split point for naive tools.

import type { Rule } from '../types.js';
import { doubleSpaceRuns } from '../invisible.js';

export const doubleSpace: Rule = {
  id: 'double-space',
  defaultSeverity: 'warn',
  description: 'Two or more spaces between words.',
  fixable: true,
  check({ text }) {
    return doubleSpaceRuns(text).map(([start, end]) => ({
      start,
      end,
      message: `${end - start} spaces between words; write one.`,
      fix: { start, end, text: ' ' },
    }));
  },
};
