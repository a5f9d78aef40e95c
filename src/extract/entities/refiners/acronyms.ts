// Short forms linked to their organisations: a name in brackets right after an organisation is
// that organisation, and later uses of an acronym the article defined so are mentions of it.
import type { Mention } from '../group.js';
import type { Candidate } from '../rules/candidate.js';
import type { EntityToken } from '../tokens.js';
import { DIGIT } from '../../../lexicon/letters.js';

// Example: `COVID-19`, `F0` (hold a digit); `VSBN` (not)
const HAS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');

/**
 * `Tập đoàn Điện lực Việt Nam (EVN)`, `Công ty … Sữa Việt Nam (Vinamilk)`: the name in brackets
 * right after an organisation is that organisation; an unknown acronym there becomes a mention.
 */
export function linkParenthesised(
  kept: readonly Candidate[],
  tokens: readonly EntityToken[],
  byStart: Map<number, Mention>,
  out: Mention[],
  defined: Map<string, Defined>,
): void {
  for (const c of kept) {
    if (c.type !== 'ORG' || tokens[c.e]?.text !== '(') continue;
    const outer = byStart.get(c.s);
    if (!outer) continue;
    const inner = byStart.get(c.e + 1);
    if (inner) {
      let close = c.e + 1;
      while (close < tokens.length && (tokens[close] as EntityToken).start < inner.end) close++;
      if (tokens[close]?.text === ')') inner.sameAs = outer;
      continue;
    }
    // Example: `(VSIP)`, `(BIDV)`, `(CDC Cần Thơ)`; not `(COVID-19)`, `(35 tuổi)`
    const acronym = tokens[c.e + 1];
    if (!acronym?.isAcronym || HAS_DIGIT.test(acronym.text)) continue;
    let close = c.e + 2;
    while (close < tokens.length && close - c.e <= 5 && (tokens[close] as EntityToken).isWord && (tokens[close] as EntityToken).isCap) close++;
    if (tokens[close]?.text !== ')') continue;
    const last = tokens[close - 1] as EntityToken;
    const words = tokens.slice(c.e + 1, close).map((t) => t.text);
    // The tagger may have typed the bracketed acronym as something else: it is this organisation.
    const typed = out.findIndex((m) => m.start === acronym.start && m.end === last.end);
    if (typed >= 0) out.splice(typed, 1);
    out.push({ start: acronym.start, end: last.end, text: words.join(' '), type: 'ORG', roles: [], tokens: words, sameAs: outer });
    if (!defined.has(acronym.text)) defined.set(acronym.text, { outer, words });
  }
}

export interface Defined {
  outer: Mention;
  /** The bracketed form's words (`CDC`, `Cần`, `Thơ`). */
  words: string[];
}

/** Later uses of an acronym the article defined in brackets (`VSBN`, `CDC Cần Thơ`). */
export function addDefinedAcronyms(
  uses: readonly { tokens: readonly EntityToken[]; at: number }[],
  defined: ReadonlyMap<string, Defined>,
  mentions: Mention[],
): void {
  if (defined.size === 0) return;
  const covered = mentions.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
  let k = 0;
  let reach = -1;
  for (const { tokens, at } of uses) {
    const t = tokens[at] as EntityToken;
    while (k < covered.length && (covered[k] as readonly [number, number])[0] <= t.start) {
      reach = Math.max(reach, (covered[k] as readonly [number, number])[1]);
      k++;
    }
    const def = defined.get(t.text);
    if (!def || reach > t.start) continue;
    // The full bracketed form when it follows (`CDC Cần Thơ`), else the acronym alone.
    const full = def.words.every((w, n) => tokens[at + n]?.text === w);
    const end = full ? (tokens[at + def.words.length - 1] as EntityToken).end : t.end;
    const words = full ? def.words : [t.text];
    mentions.push({ start: t.start, end, text: words.join(' '), type: 'ORG', roles: [], tokens: words, sameAs: def.outer });
  }
}
