// Abbreviations of an article: every use of each short form, what it stands for, and where that
// came from (the article's own definition, the user's dictionary, the built-in one, or nowhere).
//
// The steps, in order: clean the scope → read the article's definitions and the user's entries
// (known.ts) → tokens (tokens.ts) → parsers, one per written form (parsers.ts) → refiners
// (refiners.ts) → group by key and give each group its expansion (records.ts).
import type { Abbreviation, Span } from '../../types.js';
import type { UserEntry } from './dictionary.js';
import { buildKnown } from './known.js';
import { parseMentions } from './parsers.js';
import { buildRecords, groupByKey } from './records.js';
import { refineMentions } from './refiners.js';
import { Resolver } from './resolve.js';
import { cleanScope, tokenize } from './tokens.js';

export { DictionaryError, loadUserDictionary, type UserEntry } from './dictionary.js';
export { articleDefinitions } from './known.js';

export interface ExtractAbbreviationsOptions {
  userDict?: Map<string, UserEntry> | null;
}

/**
 * Finds every abbreviation in the scope of the text. Sorted by first use. Never throws.
 *
 * Where the expansion comes from, first match wins: a definition in the article itself
 * (`công đoàn (CĐ)`, `NLĐ (người lao động)`), the user's dictionary, the built-in dictionary
 * (an ambiguous entry is resolved from context or left with `expansion: null` and `candidates`),
 * else `source: "unknown"` for a token in capitals that looks like an abbreviation.
 */
export function extractAbbreviations(text: string, scope: Span[], options: ExtractAbbreviationsOptions = {}): Abbreviation[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const spans = cleanScope(text, scope);
  if (spans.length === 0) return [];
  const userDict = options?.userDict instanceof Map ? options.userDict : new Map<string, UserEntry>();
  const known = buildKnown(text, spans, userDict);
  const tokens = tokenize(text, spans);
  const ctx = { text, tokens, spans, known, resolver: new Resolver(known) };
  const mentions = refineMentions(ctx, parseMentions(ctx));
  return buildRecords(text, tokens, groupByKey(mentions), known);
}
