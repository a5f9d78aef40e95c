// The check formatters by the name `check --format` takes. Each is imported only when chosen
// (sarif and stylish read the rule list); adding one is one line here.

import type { Formatter } from '../types.js';

export const CHECK_FORMATS = {
  stylish: () => import('./stylish.js').then((m) => m.stylish),
  json: () => import('./json.js').then((m) => m.json),
  github: () => import('./github.js').then((m) => m.github),
  sarif: () => import('./sarif.js').then((m) => m.sarif),
} satisfies Record<string, () => Promise<Formatter>>;

export type CheckFormat = keyof typeof CHECK_FORMATS;

export function loadFormatter(format: CheckFormat): Promise<Formatter> {
  return CHECK_FORMATS[format]();
}
