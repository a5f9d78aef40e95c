// The public face of the check engine: what src/cli.ts and src/index.ts import.

export type { CheckConfig, CheckInput, FileResult, Finding, Formatter, FormatOptions, HouseStyle, IyPolicy, RawFinding, Rule, RuleContext, Severity, TextFix, ToneMarkPolicy } from './types.js';
export { runChecks, exitCodeFor, RULES } from './run.js';
export { resolveConfig, loadCheckConfig, loadConfigFile, parseConfigFile, parseRuleOverrides, ConfigError, CONFIG_FILE_NAME, suggest, type FileConfig } from './config.js';
export { applyEdits, applyRawFixes, repair } from './fix.js';
export { diffLines } from './diff.js';
export { CHECK_FORMATS, loadFormatter, type CheckFormat } from './format/index.js';
export { stylish } from './format/stylish.js';
export { json } from './format/json.js';
export { github } from './format/github.js';
export { sarif } from './format/sarif.js';
