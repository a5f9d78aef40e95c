// The public face of the check engine: what src/cli.ts and src/index.ts import.

export type { CheckConfig, CheckInput, FileResult, Finding, Formatter, FormatOptions, HouseStyle, IyPolicy, RawFinding, Rule, RuleContext, Severity, TextFix, ToneMarkPolicy } from './types.js';
export { runChecks, exitCodeFor, RULES } from './run.js';
export { checkText } from './check-text.js';
export { resolveConfig, loadCheckConfig, loadConfigFile, parseConfigFile, parseRuleOverrides, ConfigError, CONFIG_FILE_NAME, suggest, type FileConfig } from './config.js';
export { applyFixes } from './fix.js';
export { applyRuleFixes } from './rule-fixes.js';
export { diffLines } from './diff.js';
export { FORMATTERS, stylish, json, github, sarif } from './format/index.js';
