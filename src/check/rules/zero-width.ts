// Zero-width characters inside the text (U+200B, U+200C, U+200D, U+2060, U+FEFF): invisible,
// they split words for search and counting. Pasted from web pages and chat apps.

import type { Rule } from '../types.js';
import { zeroWidthRuns } from '../invisible.js';

const NAMES: Record<string, string> = {
  '\u200B': 'U+200B ZERO WIDTH SPACE',
  '\u200C': 'U+200C ZERO WIDTH NON-JOINER',
  '\u200D': 'U+200D ZERO WIDTH JOINER',
  '\u2060': 'U+2060 WORD JOINER',
  '\uFEFF': 'U+FEFF BYTE ORDER MARK',
};

export const zeroWidth: Rule = {
  id: 'zero-width',
  defaultSeverity: 'error',
  description: 'Invisible zero-width characters inside the text.',
  fixable: true,
  check({ text }) {
    return zeroWidthRuns(text).map(([start, end]) => {
      const first = text[start] as string;
      const more = end - start > 1 ? ` (and ${end - start - 1} more)` : '';
      return { start, end, message: `Invisible ${NAMES[first] ?? 'zero-width character'}${more}.`, fix: { start, end, text: '' } };
    });
  },
};
