// Choosing the sense of an ambiguous abbreviation (CĐ: công đoàn or cao đẳng) from the words
// around each use, the words of the whole article, and the domains of its other abbreviations.
import type { Span } from '../../types.js';
import { DIGIT, UPPER } from '../../lexicon/letters.js';
import type { DictionaryEntry, Sense } from './dictionary.js';
import { stripTones } from '../../lexicon/fold.js';
import { isNonFinalAbbreviation, looksLikeAbbreviation } from '../../lexicon/short-forms.js';

/** A run of letters and digits, joined by single `.`, `&` or `-` (`TP.HCM`, `GD&ĐT`, `COVID-19`). */
export interface Token extends Span {
  text: string;
}

/** One use of a short form: its key, as written, and the index of its token. */
export interface Mention extends Span {
  key: string;
  spelling: string;
  token: number;
  /** Where the use stands when that selects a sense: in a document number or a road code. */
  place?: 'document' | 'road';
}

// Syllables on each side of a use in which a sense's context words count as evidence.
const WINDOW = 6;

// e.g. "Nguyễn"
const CAPITALISED = new RegExp(`^[${UPPER}]`, 'u');
// e.g. "19" in "COVID 19"
const STARTS_WITH_DIGIT = new RegExp(`^[${DIGIT}]`, 'u');

// Between two tokens, the end of a sentence or a line.
// e.g. ". " in "… ĐV, NLĐ. Trong", "\n\n" between paragraphs
const SENTENCE_GAP = /[.!?…]["”’)\]»]*\s|\n/u;

// Only spaces between an abbreviation and the word `@name` or `@number` looks at.
// e.g. " " in "BS Hùng", "TT 12/2023"
const SPACES = /^[ \u00A0]{1,3}$/u;

/** Folded syllables of the tokens, and where each one occurs, built once per call when needed. */
export class ContextIndex {
  readonly folded: string[];
  /** Sentence number of each token, so evidence is taken from the use's own sentence. */
  readonly sentence: Uint32Array;
  private positions: Map<string, number[]> | null = null;

  constructor(private readonly tokens: Token[], text: string) {
    const cache = new Map<string, string>();
    this.folded = tokens.map((t) => {
      let f = cache.get(t.text);
      if (f === undefined) {
        f = stripTones(t.text);
        cache.set(t.text, f);
      }
      return f;
    });
    this.sentence = new Uint32Array(tokens.length);
    let n = 0;
    for (let i = 1; i < tokens.length; i++) {
      const prev = tokens[i - 1] as Token;
      const gap = text.slice(prev.end, Math.min((tokens[i] as Token).start, prev.end + 40));
      if (SENTENCE_GAP.test(gap) && !(gap.startsWith('.') && isNonFinalAbbreviation(prev.text))) n++;
      this.sentence[i] = n;
    }
  }

  /** Whether the term (folded, space-separated syllables) starts at token i. */
  matchesAt(term: string[], i: number): boolean {
    for (let k = 0; k < term.length; k++) if (this.folded[i + k] !== term[k]) return false;
    return true;
  }

  countAnywhere(term: string[]): number {
    if (!this.positions) {
      this.positions = new Map();
      this.folded.forEach((f, i) => {
        const list = this.positions?.get(f);
        if (list) list.push(i);
        else this.positions?.set(f, [i]);
      });
    }
    let n = 0;
    for (const i of this.positions.get(term[0] ?? '') ?? []) if (this.matchesAt(term, i)) n++;
    return n;
  }

  nextToken(i: number): Token | undefined {
    return this.tokens[i + 1];
  }
}

// Uses looked at for local evidence; more add nothing an editor would not see from these.
const MAX_EVIDENCE_MENTIONS = 200;

/** Local evidence for a sense: its context words within WINDOW syllables of each use (nearer weighs more), and `@name`/`@number`. */
function localScore(sense: Sense, mentions: Mention[], index: ContextIndex, text: string): number {
  let score = 0;
  for (const m of mentions.slice(0, MAX_EVIDENCE_MENTIONS)) {
    for (const syllables of sense.context) {
      const term = syllables[0] ?? '';
      // `@document`, `@road`: the parser saw the use inside a document number or a road code, which
      // outweighs any neighbour (`ĐT 830` is a road, though a number follows as after `số ĐT`)
      if (term === '@document' || term === '@road') {
        if (m.place === term.slice(1)) score += 6;
        continue;
      }
      if (term === '@name' || term === '@number') {
        const next = index.nextToken(m.token);
        if (!next || !SPACES.test(text.slice(m.end, next.start))) continue;
        if (term === '@number' && STARTS_WITH_DIGIT.test(next.text)) score += 3;
        if (term === '@name' && CAPITALISED.test(next.text) && !looksLikeAbbreviation(next.text)) score += 3;
        continue;
      }
      const from = Math.max(0, m.token - WINDOW);
      const to = m.token + WINDOW;
      for (let i = from; i <= to; i++) {
        if (i === m.token || index.sentence[i] !== index.sentence[m.token] || !index.matchesAt(syllables, i)) continue;
        // a word next to the abbreviation (`trường CĐ`, `TT Y tế`) says more than one further off
        const distance = i < m.token ? m.token - (i + syllables.length - 1) : i - m.token;
        score += distance <= 1 ? 3 : distance <= 3 ? 2 : 1;
      }
    }
  }
  return score;
}

/** The index of the single highest score of at least `minimum`, or -1 when none or a tie. */
function pickUnique(scores: number[], minimum: number): number {
  let best = -1;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] ?? 0;
    if (s < minimum) continue;
    if (best === -1 || s > (scores[best] ?? 0)) best = i;
  }
  if (best === -1) return -1;
  const top = scores[best] ?? 0;
  return scores.some((s, i) => i !== best && s >= top) ? -1 : best;
}

/** The sense with at least two hits anywhere and three times as many as any other, or -1. */
function pickDominant(counts: number[]): number {
  const best = pickUnique(counts, 2);
  if (best === -1) return -1;
  const top = counts[best] ?? 0;
  return counts.every((c, i) => i === best || c * 3 <= top) ? best : -1;
}

/**
 * Chooses a sense of an ambiguous entry, or none: first the words around its uses; then words
 * anywhere in the article (at least two, and three times those of any other sense); then the
 * domains of the other abbreviations the article uses (at least two more for one sense than for
 * any other).
 */
function chooseSense(entry: DictionaryEntry, mentions: Mention[], index: ContextIndex, text: string, domainVotes: Map<string, number>): Sense | null {
  const senses = entry.senses;
  const local = pickUnique(senses.map((s) => localScore(s, mentions, index, text)), 1);
  if (local !== -1) return senses[local] ?? null;
  const anywhere = senses.map((s) => s.context.filter((t) => !(t[0] ?? '').startsWith('@')).reduce((n, t) => n + index.countAnywhere(t), 0));
  const doc = pickDominant(anywhere);
  if (doc !== -1) return senses[doc] ?? null;
  const votes = senses.map((s) => domainVotes.get(s.domain) ?? 0);
  const byDomain = pickUnique(votes, 2);
  if (byDomain !== -1 && (votes[byDomain] ?? 0) >= Math.max(0, ...votes.filter((_, i) => i !== byDomain)) + 2) return senses[byDomain] ?? null;
  return null;
}

/** A sense read only inside a road code (`đường tỉnh` of `ĐT741`): no other evidence can pick it. */
const isRoadOnly = (s: Sense): boolean => s.context.length === 1 && s.context[0]?.[0] === '@road';

/** The senses open to these uses: a road-code sense only when one of them is in a road code. */
export function sensesFor(entry: DictionaryEntry, list: Mention[]): Sense[] {
  if (!entry.senses.some(isRoadOnly) || list.some((m) => m.place === 'road')) return entry.senses;
  return entry.senses.filter((s) => !isRoadOnly(s));
}

// Uses resolved one by one; later ones take the article's choice, which keeps the work bounded.
const MAX_RESOLVED_MENTIONS = 2000;

/**
 * The uses of an ambiguous entry grouped by sense: a use whose own neighbourhood picks a sense
 * gets it (`TT Phong Điền` after `xã` is thị trấn, `TT 01/2023` is thông tư, in one article);
 * the others get the article's choice (chooseSense), or null when there is none.
 */
export function splitBySense(all: DictionaryEntry, list: Mention[], index: ContextIndex, text: string, domainVotes: Map<string, number>): Map<Sense | null, Mention[]> {
  const entry = { ...all, senses: sensesFor(all, list) };
  const overall = chooseSense(entry, list, index, text, domainVotes);
  const out = new Map<Sense | null, Mention[]>();
  list.forEach((m, i) => {
    let sense = overall;
    if (list.length > 1 && i < MAX_RESOLVED_MENTIONS) {
      const own = pickUnique(entry.senses.map((s) => localScore(s, [m], index, text)), 1);
      if (own !== -1) sense = entry.senses[own] ?? overall;
    }
    const group = out.get(sense);
    if (group) group.push(m);
    else out.set(sense, [m]);
  });
  return out;
}
