// The library API: the same analysis the CLI prints, for a Node program.
//   import { analyze } from 'article-analyze';
//   const result = analyze(text, { source: 'bai-bao.txt' });
export { analyze, analyzeDocument, prepare, type AnalyzeOptions } from './analyze.js';
export { expandAbbreviations } from './extract/abbreviations/expand.js';
export { extractAbbreviations, loadUserDictionary, DictionaryError, type UserEntry } from './extract/abbreviations/index.js';
export { decodeBytes } from './input/decode.js';
export { normalizeText } from './input/normalize.js';
export { runChecks, resolveConfig, applyFixes, applyRuleFixes, RULES, FORMATTERS, exitCodeFor, type CheckConfig, type Finding, type FileResult } from './check/index.js';
export type * from './types.js';
