// The library API: the same commands the CLI runs, for a Node program.
//   import { analyze, check } from 'article-analyze';
//   const result = analyze(text, { source: 'bai-bao.txt' });
//   const { findings, fixed } = check(text, { fix: true });
export { analyze, analyzeDocument, type AnalyzeOptions } from './analyze.js';
export { segment, expand, check, type ExpandOptions, type CheckOptions, type CheckResult } from './kernel.js';
export { loadUserDictionary, DictionaryError, type UserEntry } from './extract/abbreviations/index.js';
export { decodeBytes } from './input/decode.js';
export { normalizeText } from './input/normalize.js';
export { resolveConfig, runChecks, RULES, CHECK_FORMATS, loadFormatter, exitCodeFor, type CheckConfig, type Finding, type FileResult, type Rule } from './check/index.js';
export { ANALYSIS_FORMATS, loadRenderer, type AnalysisFormat, type Renderer } from './render/formats.js';
export type * from './types.js';
export { SummaryBuilder, SUMMARY_FORMATS, type Summary } from './summary/index.js';
export { parseRecord, withRecord, recordError, type RecordDoc, type RecordFailure, type RecordError } from './input/records.js';
