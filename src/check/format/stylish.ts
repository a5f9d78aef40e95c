// The default `check` output for people: findings grouped by file, aligned columns, a summary.
// Colour only when the caller says so (it decides from the TTY, --no-color and NO_COLOR).

import { Chalk } from 'chalk';
import type { FileResult, FormatOptions } from '../types.js';
import { RULES } from '../rules/index.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// chalk's styles, with colour only when the caller says so (the level is not left to chalk's own
// guess from the environment). The formatter is imported only when `--format stylish` is chosen.
type Paint = (s: string) => string;
function palette(color: boolean): { red: Paint; yellow: Paint; dim: Paint; underline: Paint; bold: Paint } {
  const c = new Chalk({ level: color ? 1 : 0 });
  return { red: c.red, yellow: c.yellow, dim: c.dim, underline: c.underline, bold: c.bold };
}

export function stylish(results: FileResult[], opts: FormatOptions): string {
  const c = palette(opts.color);
  const fixable = new Set(RULES.filter((r) => r.fixable).map((r) => r.id));
  let out = '';
  let errors = 0;
  let warnings = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const rows = r.findings.map((f) => ({
      pos: `${f.line}:${f.column}`,
      sev: f.severity === 'error' ? 'error' : 'warning',
      f,
    }));
    // reduce, not Math.max(...): a spread of 100 000 findings overflows the call stack.
    const posWidth = rows.reduce((w, x) => Math.max(w, x.pos.length), 0);
    const msgWidth = rows.reduce((w, x) => Math.max(w, x.f.message.length), 0);
    out += `\n${c.underline(r.source)}\n`;
    for (const { pos, sev, f } of rows) {
      const sevText = sev.padEnd(7);
      out += `  ${c.dim(pos.padEnd(posWidth))}  ${sev === 'error' ? c.red(sevText) : c.yellow(sevText)}  ${f.message.padEnd(msgWidth)}  ${c.dim(f.ruleId)}\n`;
      if (f.severity === 'error') {
        errors++;
        if (f.fix || fixable.has(f.ruleId)) fixErrors++;
      } else {
        warnings++;
        if (f.fix || fixable.has(f.ruleId)) fixWarnings++;
      }
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out += `\n${errors > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary))}\n`;
  if (fixErrors + fixWarnings > 0) {
    const line = `  ${plural(fixErrors, 'error')} and ${plural(fixWarnings, 'warning')} potentially fixable with the \`--fix\` option.`;
    out += `${errors > 0 ? c.red(c.bold(line)) : c.yellow(c.bold(line))}\n`;
  }
  return out;
}
