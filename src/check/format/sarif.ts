// SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, …): one run,
// every rule described in tool.driver.rules, one result per finding.

import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { FileResult, FormatOptions, Severity } from '../types.js';
import { RULES } from '../rules/index.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where docs/rules.md is published; each rule's helpUri is this plus `#rule-id`. */
export const RULES_DOC_URL = 'https://github.com/article-analyze/article-analyze/blob/main/docs/rules.md';
const INFORMATION_URI = 'https://github.com/article-analyze/article-analyze';

const LEVEL: Record<Severity, Result.level> = { off: 'none', warn: 'warning', error: 'error' };

/** A relative URI reference for a path: forward slashes, percent-encoded where needed. */
export function pathToUri(path: string): string {
  return encodeURI(path.replace(/\\/gu, '/')).replace(/[?#]/gu, (ch) => encodeURIComponent(ch));
}

export function sarif(results: FileResult[], _opts: FormatOptions): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'article-analyze',
            informationUri: INFORMATION_URI,
            rules: RULES.map((r): ReportingDescriptor => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: `${RULES_DOC_URL}#${r.id}`,
              // A rule that is off by default still reports as a warning when a user turns it on.
              defaultConfiguration: r.defaultSeverity === 'off' ? { enabled: false, level: 'warning' } : { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.findings.map((f): Result => ({
            ruleId: f.ruleId,
            ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
            level: f.severity === 'error' ? 'error' : 'warning',
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathToUri(r.source) },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
          })),
        ),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
