// From uses to the abbreviations of an article: uses grouped by key, each group given its
// expansion from the first source that knows it (the article, the user, the built-in dictionary,
// where an ambiguous entry is settled by context), else reported as unknown.
import type { Abbreviation, AbbreviationSource } from '../../types.js';
import { UPPER } from '../../lexicon/letters.js';
import type { Definition } from './definitions.js';
import { getBuiltinDictionary, type DictionaryEntry, type Sense } from './dictionary.js';
import { isNonFinalAbbreviation } from '../../lexicon/short-forms.js';
import type { Known } from './known.js';
import { ContextIndex, sensesFor, splitBySense, type Mention, type Token } from './senses.js';
import { isSentenceStart } from './text.js';
import { stripTones, unifyLookalikeD } from '../../lexicon/fold.js';

// e.g. "Nguyễn"
const CAPITALISED = new RegExp(`^[${UPPER}]`, 'u');

/**
 * The case an inline expansion takes in a sentence: a capital that only opens the sentence goes
 * (`Người lao động (NLĐ)` → người lao động), and a definition in a headline in capitals
 * (`CÔNG ĐOÀN (CĐ)`) is written as the dictionary writes it, or in lower case.
 */
function inlineExpansionCase(text: string, d: Definition): string {
  const expansion = d.expansion;
  const shouted = expansion === expansion.toUpperCase() && expansion !== expansion.toLowerCase() && expansion.length > 1;
  if (!shouted && (!CAPITALISED.test(expansion) || !isSentenceStart(text, d.expansionStart, isNonFinalAbbreviation))) return expansion;
  const folded = stripTones(expansion);
  for (const s of getBuiltinDictionary().byKey.get(d.key)?.senses ?? []) if (stripTones(s.expansion) === folded) return s.expansion;
  for (const entry of getBuiltinDictionary().byKey.values()) {
    for (const s of entry.senses) if (stripTones(s.expansion) === folded) return s.expansion;
  }
  if (shouted) return expansion.toLowerCase();
  const rest = expansion.split(/\s+/u).slice(1);
  if (rest.some((w) => CAPITALISED.test(w))) return expansion;
  return expansion.charAt(0).toLowerCase() + expansion.slice(1);
}

/** Uses by key, keys in order of first use. */
export function groupByKey(mentions: Mention[]): Map<string, Mention[]> {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = groups.get(m.key);
    if (list) list.push(m);
    else groups.set(m.key, [m]);
  }
  return groups;
}

/** Domains of the abbreviations whose sense is certain, as evidence for the ambiguous ones. */
function domainVotesOf(groups: Map<string, Mention[]>, inline: Map<string, Definition>): Map<string, number> {
  const votes = new Map<string, number>();
  const builtinByKey = getBuiltinDictionary().byKey;
  for (const key of groups.keys()) {
    const entry = builtinByKey.get(key);
    const d = inline.get(key);
    const sense = d ? entry?.senses.find((s) => stripTones(s.expansion) === stripTones(d.expansion)) : entry?.senses.length === 1 ? entry.senses[0] : undefined;
    if (sense) votes.set(sense.domain, (votes.get(sense.domain) ?? 0) + 1);
  }
  return votes;
}

function record(short: string, expansion: string | null, source: AbbreviationSource, list: Mention[]): Abbreviation {
  const a: Abbreviation = {
    short,
    expansion,
    source,
    count: list.length,
    first: (list[0] as Mention).start,
    definedAt: null,
    mentions: list.map((m) => [m.start, m.end]),
  };
  const inDocument = list.filter((m) => m.place === 'document').length;
  if (inDocument > 0) a.inDocumentNumber = inDocument;
  return a;
}

/** What the built-in dictionary adds to a record: the English name of its sense, and the common tier. */
function addDictionaryFacts(a: Abbreviation, entry: DictionaryEntry | undefined, sense: Sense | undefined): Abbreviation {
  if (sense?.english) a.expansionEnglish = sense.english;
  if (entry?.common) a.common = true;
  return a;
}

// Connectors of a short form and the words that stand for them.
// e.g. "&" and "-" in "LĐ-TB&XH"
const CONNECTOR = /\s*(&|-|–|\bvà\b)\s*/gu;

/**
 * The expansion in the connectors the article wrote: `GD-ĐT` and `GD - ĐT` are `Giáo dục - Đào
 * tạo`, `GD&ĐT` is `Giáo dục và Đào tạo`. Each `&` of the dictionary's spelling is a `và` of its
 * expansion, in order; where the article writes a dash instead, the `và` becomes a dash, and the
 * record keeps the article's spelling (`GD-ĐT`) so that the two read alike.
 */
export function followConnectors(short: string, expansion: string, spelling: string): string {
  if (!short.includes('&') || spelling === short) return expansion;
  const canonical = [...short.matchAll(CONNECTOR)].map((m) => m[1]);
  const written = [...spelling.matchAll(CONNECTOR)].map((m) => (m[1] === '–' ? '-' : m[1]));
  if (canonical.length === 0 || canonical.length !== written.length) return expansion;
  const ands = expansion.split(' và ');
  if (ands.length - 1 !== canonical.filter((c) => c === '&').length) return expansion;
  let out = ands[0] as string;
  let k = 0;
  canonical.forEach((c, i) => {
    if (c !== '&') return;
    k++;
    out += (written[i] === '-' ? ' - ' : ' và ') + (ands[k] as string);
  });
  return out;
}

/** The abbreviations of the grouped uses, sorted by first use. */
export function buildRecords(text: string, tokens: Token[], groups: Map<string, Mention[]>, known: Known): Abbreviation[] {
  const { inline, user } = known;
  const builtinByKey = getBuiltinDictionary().byKey;
  const domainVotes = domainVotesOf(groups, inline);
  let index: ContextIndex | null = null;
  const out: Abbreviation[] = [];
  for (const [key, list] of groups) {
    const d = inline.get(key);
    const u = user.get(key);
    const entry = builtinByKey.get(key);
    if (d) {
      const a = record(unifyLookalikeD(d.short), inlineExpansionCase(text, d), 'inline', list);
      a.definedAt = d.shortStart;
      a.definition = [d.start, d.end];
      const again = known.redefined.get(key);
      if (again) a.redefinitions = again;
      out.push(addDictionaryFacts(a, entry, entry?.senses.find((s) => stripTones(s.expansion) === stripTones(d.expansion))));
    } else if (u) {
      out.push(record(u.short, u.expansion, 'user', list));
    } else if (entry && entry.senses.length === 1) {
      const sense = entry.senses[0] as Sense;
      const spelling = (list[0] as Mention).spelling;
      const expansion = followConnectors(entry.short, sense.expansion, spelling);
      out.push(addDictionaryFacts(record(expansion === sense.expansion ? entry.short : spelling, expansion, 'builtin', list), entry, sense));
    } else if (entry) {
      index ??= new ContextIndex(tokens, text);
      for (const [sense, mentions] of splitBySense(entry, list, index, text, domainVotes)) {
        const a = record(entry.short, sense?.expansion ?? null, 'builtin', mentions);
        if (!sense) a.candidates = sensesFor(entry, list).map((s) => s.expansion);
        out.push(addDictionaryFacts(a, entry, sense ?? undefined));
      }
    } else {
      out.push(record((list[0] as Mention).spelling, null, 'unknown', list));
    }
  }
  return out.sort((a, b) => a.first - b.first);
}
