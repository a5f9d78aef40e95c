// Types shared by the check engine, its rules and its formatters.
//
// Positions: `start`/`end` are [start, end) JavaScript string indexes (UTF-16 code units) into the
// normalised text, like every other span in the project. `line`/`column` are 1-based; a column
// counts UTF-16 code units from the line start (SARIF's default `columnKind: utf16CodeUnits`, and
// what GitHub annotations and ESLint use). `endLine`/`endColumn` point at the first character
// AFTER the finding (exclusive end), as SARIF regions and ESLint do.

import type { Analysis, Part } from '../types.js';

export type Severity = 'off' | 'warn' | 'error';

export interface TextFix {
  /** [start, end) into the normalised text. */
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  ruleId: string;
  severity: 'warn' | 'error';
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A replacement in the normalised text, for rules whose repair is safe (see fix.ts). */
  fix?: TextFix;
}

/** What a rule returns: positions only; the engine adds rule id, severity, lines and columns. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  fix?: TextFix;
}

/** Tone-mark placement in open oa, oe, uy: `old` hòa/khỏe/thủy, `new` hoà/khoẻ/thuỷ, `consistent` either, not both. */
export type ToneMarkPolicy = 'old' | 'new' | 'consistent';
/** i or y in kĩ/kỹ, lí/lý, mĩ/mỹ, …: `i` (kĩ, lí, mĩ), `y` (kỹ, lý, mỹ), `consistent` either, not both. qui is quy under both. */
export type IyPolicy = 'i' | 'y' | 'consistent';

export interface HouseStyle {
  /** Every abbreviation must be written out at its first use (`thành phố (TP)`). */
  defineAtFirstUse?: boolean;
  /** Default `consistent`. */
  toneMarks?: ToneMarkPolicy;
  /** Default `consistent`. */
  iy?: IyPolicy;
}

export interface CheckConfig {
  rules: Record<string, Severity>;
  houseStyle?: HouseStyle;
  /** Path of a user abbreviation dictionary (resolved against the config file's folder). */
  dictionary?: string;
  /** Changes to the built-in common tier (forms that may stand undefined), from the config file. */
  commonAbbreviations?: { add: string[]; remove: string[] };
}

export interface CheckInput {
  /** The normalised text (NFC, LF line endings): every offset points into it. */
  text: string;
  /** The decoded text before NFC normalisation (LF or CRLF; a leading BOM is ignored). */
  raw: string;
  analysis: Analysis;
  parts: Part[];
}

export interface RuleContext extends CheckInput {
  config: CheckConfig;
}

/**
 * A check rule. To add one: write `src/check/rules/<id>.ts` exporting a Rule, add it to RULES in
 * rules/index.ts (the order docs/rules.md lists them), and document it in docs/rules.md.
 *
 * - `check` reads `ctx.analysis` (what the extractors found: dates, numbers, abbreviations, …) and
 *   the normalised `ctx.text`; it never re-extracts. It returns findings with [start, end)
 *   offsets in the normalised text; the engine adds the rule id, severity, lines and columns.
 * - A repair is a finding's `fix` edit (`{ start, end, text }`, normalised-text offsets), with
 *   `fixable: true` on the rule. `check --fix` makes the edits of the enabled rules only, carried
 *   back to the file's own text (its CRLF and BOM kept), and checks again until nothing changes.
 * - `fixRaw` is only for a repair the normalised text cannot show (composing NFD): it takes the
 *   text as the file holds it and returns it repaired, or the same string when clean.
 */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line, shown in SARIF `shortDescription` and in docs/rules.md. */
  description: string;
  /** True when `check --fix` repairs what this rule reports. */
  fixable?: boolean;
  check(ctx: RuleContext): RawFinding[];
  fixRaw?(raw: string): string;
}

export interface FileResult {
  /** The file path as given on the command line, or `-` for standard input. */
  source: string;
  findings: Finding[];
}

export interface FormatOptions {
  color: boolean;
}

export type Formatter = (results: FileResult[], opts: FormatOptions) => string;
