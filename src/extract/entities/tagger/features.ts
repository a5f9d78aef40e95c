// Features of each syllable token for the learned tagger: the syllable and its neighbours, their
// shapes, vntk's POS and NER tags, membership in the gazetteers and word lists of src/data/, the
// abbreviation layer's expansion of an acronym, and what the rules proposed there. The tagger
// learns how far to trust each signal; the rules stay the source of roles, places and nesting.
import type { EntityData } from '../data.js';
import type { Candidate } from '../rules.js';
import type { EntityToken } from '../tokens.js';
import { DIGIT } from '../../../util/letters.js';

// Example: `2023`, `19.700`
const HAS_DIGIT = new RegExp(`[${DIGIT}]`, 'u');

/** What one sentence gives the feature extractor besides its tokens. */
export interface TaggerInput {
  tokens: readonly EntityToken[];
  /** The rules' surviving candidates (after overlaps were settled). */
  kept: readonly Candidate[];
  data: EntityData;
  /** Abbreviation (case kept) → its expansion, from the abbreviation layer. */
  expansions: ReadonlyMap<string, string>;
}

/** `Cần` → `X`, `UBND` → `A`, `2023` → `9`, `công` → `x`, `,` → `,`, `H.T` → `I`, `COVID-19` → `A9`. */
function shape(t: EntityToken | undefined): string {
  if (!t) return '_';
  if (t.isPunct) return t.text.length === 1 ? t.text : 'p';
  if (t.isInitials) return 'I';
  if (t.isNumber) return '9';
  const digit = HAS_DIGIT.test(t.text) ? '9' : '';
  if (t.isAcronym) return 'A' + digit;
  if (t.isCap) return 'X' + digit;
  return 'x' + digit;
}

/** B/I marks of the longest phrase-table match at each token (`B`, `I` or ''). */
function marks<T>(tokens: readonly EntityToken[], match: (i: number) => { keys: string[]; value: T } | undefined, tag: (v: T) => string): string[] {
  const out = new Array<string>(tokens.length).fill('');
  for (let i = 0; i < tokens.length; i++) {
    if (out[i]) continue;
    const m = match(i);
    if (!m) continue;
    const t = tag(m.value);
    out[i] = `B${t}`;
    for (let k = 1; k < m.keys.length && i + k < tokens.length; k++) out[i + k] = `I${t}`;
  }
  return out;
}

/** The rules' label at each token: `B-ORG90`, `I-LOC85`, `O` (outermost candidate, its strength). */
function ruleLabels(n: number, kept: readonly Candidate[]): string[] {
  const out = new Array<string>(n).fill('O');
  const outer = [...kept].sort((a, b) => b.e - b.s - (a.e - a.s));
  for (const c of outer) {
    if (out[c.s] !== 'O') continue;
    out[c.s] = `B-${c.type}${c.strength}`;
    for (let k = c.s + 1; k < c.e; k++) if (out[k] === 'O') out[k] = `I-${c.type}${c.strength}`;
  }
  return out;
}

/** Feature strings for every token of one sentence. */
export function sentenceFeatures(input: TaggerInput): string[][] {
  const { tokens: T, data } = input;
  const n = T.length;
  const place = marks(T, (i) => data.places.match(T, i), (v) => v.kind);
  const unit = marks(T, (i) => data.units.match(T, i), (v) => v.level);
  const head = marks(T, (i) => data.orgHeads.match(T, i), () => 'h');
  const named = marks(T, (i) => data.orgNames.match(T, i), () => 'n');
  const title = marks(T, (i) => data.titles.match(T, i), (v) => v);
  const inner = marks(T, (i) => data.orgInner.match(T, i), () => 'i');
  const rule = ruleLabels(n, input.kept);
  const key = (i: number) => T[i]?.key ?? (i < 0 ? '<s>' : '</s>');
  const sh = T.map(shape);
  const shapeAt = (i: number) => (i >= 0 && i < n ? (sh[i] as string) : '_');
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const t = T[i] as EntityToken;
    const p = T[i - 1];
    const glued = !!p && t.word >= 0 && t.word === p.word && t.isWord && p.isWord;
    const f = [
      'b',
      `w=${t.key}`,
      `c=${t.ckey}`,
      `w-1=${key(i - 1)}`,
      `w+1=${key(i + 1)}`,
      `w-2=${key(i - 2)}`,
      `w+2=${key(i + 2)}`,
      `w-1w=${key(i - 1)}|${t.key}`,
      `ww+1=${t.key}|${key(i + 1)}`,
      `s=${shapeAt(i)}`,
      `s-1s=${shapeAt(i - 1)}|${shapeAt(i)}`,
      `ss+1=${shapeAt(i)}|${shapeAt(i + 1)}`,
      `s3=${shapeAt(i - 1)}|${shapeAt(i)}|${shapeAt(i + 1)}`,
      `s-2=${shapeAt(i - 2)}`,
      `s+2=${shapeAt(i + 2)}`,
      `pre=${t.key.slice(0, 2)}`,
      `suf=${t.key.slice(-2)}`,
      `pos=${t.pos}`,
      `pos-1=${T[i - 1]?.pos ?? '<s>'}`,
      `pos+1=${T[i + 1]?.pos ?? '</s>'}`,
      `ner=${t.ner}`,
      `ner-1=${T[i - 1]?.ner ?? '<s>'}`,
      `ner+1=${T[i + 1]?.ner ?? '</s>'}`,
      `glue=${glued ? 1 : 0}${shapeAt(i)}`,
      `r=${rule[i]}`,
      `r-1=${rule[i - 1] ?? '<s>'}`,
      `r+1=${rule[i + 1] ?? '</s>'}`,
      `rr=${rule[i]}|${rule[i + 1] ?? '</s>'}`,
    ];
    if (place[i]) f.push(`gp=${place[i]}`, `gpw=${place[i]}|${shapeAt(i)}`);
    if (place[i - 1]) f.push(`gp-1=${place[i - 1]}`);
    if (place[i + 1]) f.push(`gp+1=${place[i + 1]}`);
    if (unit[i]) f.push(`u=${unit[i]}`);
    if (unit[i - 1]) f.push(`u-1=${unit[i - 1]}|${shapeAt(i)}`);
    if (head[i]) f.push(`h=${head[i]}|${shapeAt(i)}`);
    if (head[i - 1]) f.push(`h-1=${head[i - 1]}`);
    if (named[i]) f.push(`n=${named[i]}`);
    if (title[i]) f.push(`t=${title[i]}`);
    if (title[i - 1]) f.push(`t-1=${title[i - 1]}|${shapeAt(i)}`);
    if (title[i - 2]) f.push(`t-2=${title[i - 2]}`);
    if (inner[i]) f.push(`in=${inner[i]}`);
    if (data.familyNames.has(t.ckey)) f.push('fam', `fam+1=${shapeAt(i + 1)}`);
    if (p && data.familyNames.has(p.ckey)) f.push(`fam-1=${shapeAt(i)}`);
    const expansion = t.isAcronym ? input.expansions.get(t.text) : undefined;
    if (expansion) f.push(`ab=${expansion.split(' ').slice(0, 2).join(' ').toLowerCase()}`);
    out.push(f);
  }
  return out;
}
