// Missing article parts: a newsroom that wants every article to carry a dateline, a title and a
// byline turns these on (they are off by default, since plain text often has none).

import type { PartKind } from '../../types.js';
import type { Rule } from '../types.js';

function partMissing(kind: PartKind, label: string, example: string): Rule {
  return {
    id: `${kind}-missing`,
    defaultSeverity: 'off',
    description: `The article has no ${label} (${example}).`,
    check({ text, parts }) {
      if (parts.some((p) => p.kind === kind)) return [];
      // A missing byline belongs at the end of the article, the others at its start.
      const at = kind === 'byline' ? text.trimEnd().length : 0;
      return [{ start: at, end: at, message: `The article has no ${label} (${example}).` }];
    },
  };
}

export const datelineMissing = partMissing('dateline', 'dateline', 'e.g. "03/12/2023 - 07:09"');
export const titleMissing = partMissing('title', 'title', 'a heading line before the lead');
export const bylineMissing = partMissing('byline', 'byline', 'e.g. "Bài, ảnh: Kiến Quốc"');
