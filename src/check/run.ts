// The check engine: runs every enabled rule over one document and turns their raw findings
// into positioned, sorted findings. Pure: no file system, no process.

import type { CheckConfig, CheckInput, FileResult, Finding, RawFinding } from './types.js';
import { RULES } from './rules/index.js';
import { lineColumn, lineStarts } from './text-utils.js';

export { RULES } from './rules/index.js';
export { resolveConfig, loadCheckConfig, loadConfigFile, parseConfigFile, parseRuleOverrides, ConfigError, CONFIG_FILE_NAME } from './config.js';

export function runChecks(input: CheckInput, config: CheckConfig): Finding[] {
  const starts = lineStarts(input.text);
  const ctx = { ...input, config };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = config.rules[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    let raw: RawFinding[];
    try {
      raw = rule.check(ctx);
    } catch (err) {
      // A rule bug must not hide the other rules' findings or crash a CI run on one article.
      raw = [{ start: 0, end: 0, message: `Rule failed: ${(err as Error).message}` }];
    }
    for (const r of raw) {
      const start = Math.max(0, Math.min(r.start, input.text.length));
      const end = Math.max(start, Math.min(r.end, input.text.length));
      const a = lineColumn(starts, start);
      const b = lineColumn(starts, end);
      const f: Finding = {
        ruleId: rule.id,
        severity,
        message: r.message,
        start,
        end,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
      };
      if (r.fix) f.fix = r.fix;
      findings.push(f);
    }
  }
  return findings.sort((x, y) => x.start - y.start || x.end - y.end || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
}

/** 1 when any finding is an error, or when warnings exceed `maxWarnings` (negative: no limit). */
export function exitCodeFor(results: readonly FileResult[], maxWarnings: number | undefined): 0 | 1 {
  let warnings = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') return 1;
      warnings++;
    }
  }
  return maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings ? 1 : 0;
}
