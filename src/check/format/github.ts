// GitHub Actions workflow commands: one `::error`/`::warning` line per finding, which GitHub
// turns into annotations on the changed lines of a pull request.

import type { FileResult, FormatOptions } from '../types.js';

/** Escaping for a command's message, as GitHub's toolkit (`escapeData`) does it. */
export function escapeData(s: string): string {
  return s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** Escaping for a property value (`file=…`, `title=…`), where `:` and `,` are delimiters too. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

export function github(results: FileResult[], _opts: FormatOptions): string {
  let out = '';
  for (const r of results) {
    for (const f of r.findings) {
      const command = f.severity === 'error' ? 'error' : 'warning';
      const props = [
        `file=${escapeProperty(r.source)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      out += `::${command} ${props}::${escapeData(f.message)}\n`;
    }
  }
  return out;
}
