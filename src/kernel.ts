// The library's commands besides `analyze` (analyze.ts): `segment`, `expand` and `check`. The CLI
// turns flags into these calls and hands what they return to a formatter; a Node program calls
// them the same way.
//   import { check } from 'article-analyze';
//   const { findings, fixed } = check(readFileSync('bai.txt', 'utf8'), { fix: true });
import { analyzeDocument, prepare, type AnalyzeOptions } from './analyze.js';
import { splitBlocks } from './article/structure.js';
import { resolveConfig } from './check/config.js';
import { repair } from './check/fix.js';
import { RULES, runChecks } from './check/run.js';
import type { CheckConfig, Finding } from './check/types.js';
import { expandAbbreviations } from './extract/abbreviations/expand.js';
import { extractAbbreviations, type UserEntry } from './extract/abbreviations/index.js';
import { normalizeText } from './input/normalize.js';
import { splitSentences } from './nlp/sentences.js';
import { tagSentence } from './nlp/tagger.js';
import type { Analysis } from './types.js';

/**
 * Word segmentation: the sentences of every block, each a list of words (a word's syllables
 * joined by single spaces: `công đoàn`). No article parts are told apart: every line is text.
 */
export function segment(input: string): string[][] {
  const text = normalizeText(input);
  const sentences = splitBlocks(text).flatMap((block) => splitSentences(text, block));
  return sentences.map((span) => tagSentence(text, span, 'segment').map((w) => w.text));
}

export interface ExpandOptions {
  /** Write out only the first use, adding the short form in parentheses (house style). */
  first?: boolean;
  userDict?: Map<string, UserEntry> | null;
}

/** The normalised text with its abbreviations written out. */
export function expand(input: string, options: ExpandOptions = {}): string {
  const prepared = prepare(input);
  const abbreviations = extractAbbreviations(prepared.text, prepared.content, { userDict: options.userDict ?? null });
  return expandAbbreviations(prepared.text, abbreviations, { first: options.first === true });
}

export interface CheckOptions extends AnalyzeOptions {
  /** Rule severities; default: every rule at its default severity. */
  config?: CheckConfig;
  /** Make the repairs of the enabled rules and check the repaired text. */
  fix?: boolean;
}

export interface CheckResult {
  /** Findings on the checked text (the repaired one with `fix`), sorted by position. */
  findings: Finding[];
  analysis: Analysis;
  /** With `fix`: the repaired text, the very string given when there was nothing to repair. */
  fixed?: string;
}

/**
 * Checks one text: `raw` is the decoded text as read (NFD, CRLF and a BOM allowed); offsets and
 * lines point into its NFC/LF form.
 */
export function check(raw: string, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? resolveConfig();
  const checkText = (text: string) => {
    const { analysis, doc } = analyzeDocument(text, options);
    return { findings: runChecks({ text: doc.text, raw: text, analysis, parts: doc.parts }, config), analysis };
  };
  return options.fix ? repair(raw, RULES, config, checkText) : checkText(raw);
}

export { loadUserDictionary, type UserEntry } from './extract/abbreviations/index.js';
