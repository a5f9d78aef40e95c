// The shape of the three part-presence rules (dateline-missing, title-missing, byline-missing):
// a newsroom that wants every article to carry the part turns its rule on (all are off by
// default, since plain text often has none).

import type { PartKind } from '../types.js';
import type { Rule } from './types.js';

export function partMissing(kind: PartKind, label: string, example: string): Rule {
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
