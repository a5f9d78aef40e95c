// Machine-readable findings: one JSON array of { source, findings } for every input.

import type { FileResult, FormatOptions } from '../types.js';

export function json(results: FileResult[], _opts: FormatOptions): string {
  return `${JSON.stringify(results.map((r) => ({ source: r.source, findings: r.findings })), null, 2)}\n`;
}
