// The whole check of one text for a Node program: the pipeline's analysis, then the rules.
//   import { checkText } from 'article-analyze';
//   const findings = checkText(readFileSync('bai.txt', 'utf8'));

import { analyzeDocument, type AnalyzeOptions } from '../analyze.js';
import { resolveConfig } from './config.js';
import { runChecks } from './run.js';
import type { CheckConfig, Finding } from './types.js';

/** `raw` is the decoded text as read (NFD, CRLF and a BOM allowed); offsets point into its NFC/LF form. */
export function checkText(raw: string, config: CheckConfig = resolveConfig(), options: AnalyzeOptions = {}): Finding[] {
  const { analysis, doc } = analyzeDocument(raw, options);
  return runChecks({ text: doc.text, raw, analysis, parts: doc.parts }, config);
}
