// The library's commands besides `analyze` (analyze.ts): `segment`, `expand` and `check`. The CLI
// turns flags into these calls and hands what they return to a formatter; a Node program calls
// them the same way.
//   import { check } from 'article-analyze';
//   const { findings, fixed } = check(readFileSync('bai.txt', 'utf8'), { fix: true });
import { analyzeDocument, prepare, type AnalyzeOptions } from './analyze.js';
import { splitBlocks } from './article/structure.js';
import { resolveConfig } from './check/config.js';
import { applyEdits, applyRawFixes } from './check/fix.js';
import { RULES, runChecks } from './check/run.js';
import type { CheckConfig, Finding, TextFix } from './check/types.js';
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

// Each round of --fix can uncover another repair (a removed zero-width character leaves two
// spaces, or a mark that now composes); three rounds settle every fix the rules have today.
const MAX_FIX_ROUNDS = 4;

/**
 * Checks one text: `raw` is the decoded text as read (NFD, CRLF and a BOM allowed); offsets and
 * lines point into its NFC/LF form.
 */
export function check(raw: string, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? resolveConfig();
  let text = raw;
  for (let round = 1; ; round++) {
    if (options.fix) text = applyRawFixes(text, RULES, config);
    const { analysis, doc } = analyzeDocument(text, options);
    const findings = runChecks({ text: doc.text, raw: text, analysis, parts: doc.parts }, config);
    if (!options.fix) return { findings, analysis };
    const edits: TextFix[] = [];
    for (const f of findings) if (f.fix) edits.push(f.fix);
    const next = round < MAX_FIX_ROUNDS ? applyEdits(text, edits) : text;
    if (next === text) return { findings, analysis, fixed: text };
    text = next;
  }
}
export { loadUserDictionary, type UserEntry } from './extract/abbreviations/index.js';
