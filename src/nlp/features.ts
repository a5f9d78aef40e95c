// CRF feature strings for vntk's word-segmentation, POS, chunking and NER models, equal to vntk's own.
import { inDictionary } from './dictionary.js';
import { attributeKey } from './crf-model.js';
import { isTitle } from './title-case.js';

// vntk's templates, in vntk's order (lib/word_tokenizer, lib/pos_tag, lib/chunking, lib/ner).
// `T[a]` is the token at offset a, `T[a,b]` tokens a..b joined with a space, `[c]` a column
// (0 word, 1 POS, 2 chunk, 3 NER), `.f` a function of the value.
const SEGMENT_TEMPLATES = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[-1].isdigit', 'T[0].isdigit', 'T[1].isdigit',
  'T[-1].istitle', 'T[0].istitle', 'T[1].istitle', 'T[0,1].istitle', 'T[0,2].istitle',
  'T[-2].is_in_dict', 'T[-1].is_in_dict', 'T[0].is_in_dict', 'T[1].is_in_dict', 'T[2].is_in_dict',
  'T[-2,-1].is_in_dict', 'T[-1,0].is_in_dict', 'T[0,1].is_in_dict', 'T[1,2].is_in_dict',
  'T[-2,0].is_in_dict', 'T[-1,1].is_in_dict', 'T[0,2].is_in_dict',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-2,0]', 'T[-1,1]', 'T[0,2]',
  'T[-2][1]', 'T[-1][1]',
];

const POS_TEMPLATES = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[0].istitle', 'T[-1].istitle', 'T[1].istitle',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-3][1]', 'T[-2][1]', 'T[-1][1]',
  'T[-3,-2][1]', 'T[-2,-1][1]',
];

const CHUNK_TEMPLATES = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[0].istitle', 'T[-1].istitle', 'T[1].istitle',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-2][1]', 'T[-1][1]', 'T[0][1]', 'T[1][1]', 'T[2][1]',
  'T[-2,-1][1]', 'T[-1,0][1]', 'T[0,1][1]', 'T[1,2][1]',
  'T[-3][2]', 'T[-2][2]', 'T[-1][2]',
];

// NER reads no chunk column: its templates name columns 0, 1 and 3 only.
const NER_TEMPLATES = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[0].istitle', 'T[-1].istitle', 'T[1].istitle', 'T[-2].istitle', 'T[2].istitle',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-2][1]', 'T[-1][1]', 'T[0][1]', 'T[1][1]', 'T[2][1]',
  'T[-2,-1][1]', 'T[-1,0][1]', 'T[0,1][1]', 'T[1,2][1]',
  'T[-3][3]', 'T[-2][3]', 'T[-1][3]',
];

type Fn = 'lower' | 'istitle' | 'isdigit' | 'is_in_dict';

interface Template {
  /** `T[-1,0].lower=` */
  prefix: string;
  /** Offset of the first token. */
  from: number;
  /** Number of tokens joined (1 for `T[a]`). */
  length: number;
  column: number;
  fn: Fn | null;
  /** Index of the `is_in_dict` template whose `True` blanks this one to `-` (segmentation), or -1. */
  guard: number;
  /** Index of its group: the templates that differ only in offset share one value table. */
  group: number;
}

interface Group {
  column: number;
  length: number;
  fn: Fn | null;
  /** Template indexes, in template order. */
  members: number[];
}

interface Compiled {
  templates: Template[];
  groups: Group[];
  /** vntk's segmenter splits each feature on `=` and keeps the second piece. */
  truncate: boolean;
}

// Example: `T[-1,0][1].istitle` → from -1, to 0, column 1, fn istitle.
const TEMPLATE_RE = /^T\[(-?\d+)(?:,(-?\d+))?\](?:\[(\d+)\])?(?:\.([a-z_]+))?$/u;

function compile(list: readonly string[], segmentation: boolean): Compiled {
  const templates = list.map((name): Template => {
    const m = TEMPLATE_RE.exec(name);
    if (m === null) throw new Error(`bad feature template ${name}`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    return {
      prefix: `${name}=`,
      from,
      length: to - from + 1,
      column: m[3] === undefined ? 0 : Number(m[3]),
      fn: (m[4] as Fn | undefined) ?? null,
      guard: -1,
      group: -1,
    };
  });
  const groups: Group[] = [];
  templates.forEach((t, k) => {
    t.group = groups.findIndex((g) => g.column === t.column && g.length === t.length && g.fn === t.fn);
    if (t.group < 0) {
      t.group = groups.length;
      groups.push({ column: t.column, length: t.length, fn: t.fn, members: [] });
    }
    (groups[t.group] as Group).members.push(k);
  });
  if (segmentation) {
    // vntk blanks T[k] and T[k].lower (k = -2..2) when T[k].is_in_dict is True, and T[k,k+1]
    // (k = -2..1) when T[k,k+1].is_in_dict is True.
    for (const t of templates) {
      if (t.column !== 0 || t.fn === 'is_in_dict') continue;
      if (t.fn === null ? t.length > 2 : t.fn !== 'lower' || t.length !== 1) continue;
      if (t.length === 1 && (t.from < -2 || t.from > 2)) continue;
      if (t.length === 2 && (t.from < -2 || t.from > 1)) continue;
      t.guard = templates.findIndex(
        (g) => g.fn === 'is_in_dict' && g.column === 0 && g.from === t.from && g.length === t.length,
      );
    }
  }
  return { templates, groups, truncate: segmentation };
}

const SEGMENT = compile(SEGMENT_TEMPLATES, true);
const POS = compile(POS_TEMPLATES, false);
const CHUNK = compile(CHUNK_TEMPLATES, false);
const NER = compile(NER_TEMPLATES, false);

// Example: `2023` (vntk: /^\d+$/).
const DIGITS = /^\d+$/u;

function apply(fn: Fn | null, value: string): string {
  switch (fn) {
    case null:
      return value;
    case 'lower':
      return value.toLowerCase();
    case 'istitle':
      return isTitle(value) ? 'True' : 'False';
    case 'isdigit':
      return DIGITS.test(value) ? 'True' : 'False';
    case 'is_in_dict':
      return inDictionary(value) ? 'True' : 'False';
  }
}

/**
 * Per group, its value at each start position: computed once per distinct column/length/
 * function and shared by the templates that differ only in offset. `forCrf` also applies the
 * addon's string conversion (attributeKey) so that values can be looked up in the model.
 */
function valueTables(compiled: Compiled, columns: readonly (readonly string[])[], n: number, forCrf: boolean): string[][] {
  const { truncate } = compiled;
  return compiled.groups.map((g) => {
    const column = columns[g.column] ?? [];
    const table = new Array<string>(Math.max(0, n - g.length + 1));
    for (let j = 0; j + g.length <= n; j++) {
      let joined = column[j] as string;
      for (let m = 1; m < g.length; m++) joined += ` ${column[j + m] as string}`;
      let value = apply(g.fn, joined);
      if (truncate) {
        // vntk's `item.split('=')[1]`: a value containing `=` keeps only what precedes it.
        const eq = value.indexOf('=');
        if (eq >= 0) value = value.slice(0, eq);
      }
      table[j] = forCrf ? attributeKey(value) : value;
    }
    return table;
  });
}

/**
 * Walks every (token, template) pair and hands its final value to `emit`: BOS/EOS out of range,
 * `-` where vntk's segmenter blanks it, else the precomputed value. No per-feature rescans.
 */
function walk(
  compiled: Compiled,
  columns: readonly (readonly string[])[],
  emit: (i: number, k: number, value: string) => void,
): number {
  const n = columns[0]?.length ?? 0;
  const { templates } = compiled;
  const tables = valueTables(compiled, columns, n, false);
  const raw: string[] = new Array(templates.length);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < templates.length; k++) {
      const t = templates[k] as Template;
      const j = i + t.from;
      if (j < 0) raw[k] = 'BOS';
      else if (j + t.length > n) raw[k] = 'EOS';
      else raw[k] = (tables[t.group] as string[])[j] as string;
    }
    for (let k = 0; k < templates.length; k++) {
      const t = templates[k] as Template;
      emit(i, k, t.guard >= 0 && raw[t.guard] === 'True' ? '-' : (raw[k] as string));
    }
  }
  return n;
}

/** Feature strings of every token, `columns[c][i]` being column c of token i (vntk's format). */
function extract(compiled: Compiled, columns: readonly (readonly string[])[]): string[][] {
  const { templates } = compiled;
  const out: string[][] = [];
  walk(compiled, columns, (i, k, value) => {
    if (k === 0) out[i] = new Array(templates.length);
    (out[i] as string[])[k] = (templates[k] as Template).prefix + value;
  });
  return out;
}

/**
 * A model's attribute ids by group and value: for value `cần` of group `T[k].lower`, the ids of
 * `T[-2].lower=cần` … `T[2].lower=cần` (-1 where the model lacks one), looked up in the model
 * once per distinct pair and then remembered.
 */
export interface AttributeIndex {
  ids(group: number, value: string): Int32Array;
}

// Per group; cleared when full so that a 20 MB input cannot grow it without bound: 32 groups over
// the four models, about half with many values, each entry an Int32Array of a few ids (~150 bytes),
// so well under 100 MB in the worst case; an article fills a few thousand entries.
const MEMO_LIMIT = 20_000;

function attributeIndex(compiled: Compiled, lookup: (attribute: string) => number): AttributeIndex {
  const prefixes = compiled.groups.map((g) => g.members.map((k) => (compiled.templates[k] as Template).prefix));
  const memos = compiled.groups.map(() => new Map<string, Int32Array>());
  return {
    ids(group, value) {
      const memo = memos[group] as Map<string, Int32Array>;
      let ids = memo.get(value);
      if (ids === undefined) {
        const names = prefixes[group] as string[];
        ids = new Int32Array(names.length);
        for (let m = 0; m < names.length; m++) ids[m] = lookup((names[m] as string) + value);
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(value, ids);
      }
      return ids;
    },
  };
}

/**
 * Attribute ids (or -1) of every (token, template), row-major, for crf-model's viterbi: one
 * memo look-up per group and position serves every template of the group.
 */
function extractIds(compiled: Compiled, columns: readonly (readonly string[])[], index: AttributeIndex): Int32Array {
  const n = columns[0]?.length ?? 0;
  const { templates, groups } = compiled;
  const perItem = templates.length;
  const ids = new Int32Array(n * perItem);
  const tables = valueTables(compiled, columns, n, true);
  groups.forEach((g, gi) => {
    const table = tables[gi] as string[];
    const members = g.members.map((k) => templates[k] as Template);
    // The guard of T[a] is T[a].is_in_dict: same offsets, so the same position j.
    const guards = members.map((t) => (t.guard >= 0 ? (tables[(templates[t.guard] as Template).group] as string[]) : null));
    const bos = index.ids(gi, 'BOS');
    const eos = index.ids(gi, 'EOS');
    const blank = index.ids(gi, '-');
    let last: string | undefined;
    let found = blank;
    for (let j = 0; j < table.length; j++) {
      // Runs of one value (the constant 'X' column, N N…) need one look-up.
      const value = table[j] as string;
      if (value !== last) {
        found = index.ids(gi, value);
        last = value;
      }
      for (let m = 0; m < members.length; m++) {
        const i = j - (members[m] as Template).from;
        if (i < 0 || i >= n) continue;
        const guard = guards[m];
        ids[i * perItem + (g.members[m] as number)] = guard != null && guard[j] === 'True' ? (blank[m] as number) : (found[m] as number);
      }
    }
    // Out of range, in vntk's order of checks: BOS before EOS.
    members.forEach((t, m) => {
      const k = g.members[m] as number;
      for (let i = 0; i < n; i++) {
        const j = i + t.from;
        if (j < 0) ids[i * perItem + k] = bos[m] as number;
        else if (j + t.length > n) ids[i * perItem + k] = eos[m] as number;
      }
    });
  });
  return ids;
}

function constant(n: number, value: string): string[] {
  return new Array<string>(n).fill(value);
}

/** Word-segmentation features of syllable tokens (vntk's `[token, 'X']` rows). */
export function segmentFeatures(tokens: readonly string[]): string[][] {
  return extract(SEGMENT, [tokens, constant(tokens.length, 'X')]);
}

/** POS features of segmented words (`[word, 'X']` rows; a word's syllables joined by spaces). */
export function posFeatures(words: readonly string[]): string[][] {
  return extract(POS, [words, constant(words.length, 'X')]);
}

/** Chunking features (`[word, pos, 'X']` rows). */
export function chunkFeatures(words: readonly string[], pos: readonly string[]): string[][] {
  return extract(CHUNK, [words, pos, constant(words.length, 'X')]);
}

/** NER features (`[word, pos, chunk, 'X']` rows; the chunk column is never read). */
export function nerFeatures(words: readonly string[], pos: readonly string[]): string[][] {
  const x = constant(words.length, 'X');
  return extract(NER, [words, pos, x, x]);
}

export type Stage = 'segment' | 'pos' | 'chunk' | 'ner';

const COMPILED: Record<Stage, Compiled> = { segment: SEGMENT, pos: POS, chunk: CHUNK, ner: NER };

/** Number of feature slots per token of a stage (one per template). */
export function templateCount(stage: Stage): number {
  return COMPILED[stage].templates.length;
}

/** A stage's attribute index over a model's look-up (build once per model). */
export function stageAttributeIndex(stage: Stage, lookup: (attribute: string) => number): AttributeIndex {
  return attributeIndex(COMPILED[stage], lookup);
}

/** Attribute ids of a stage's features, `columns` as vntk's rows (word, pos, chunk, 'X' columns). */
export function stageFeatureIds(stage: Stage, columns: readonly (readonly string[])[], index: AttributeIndex): Int32Array {
  const n = columns[0]?.length ?? 0;
  const x = constant(n, 'X');
  const full = stage === 'segment' || stage === 'pos' ? [columns[0] ?? [], x] : stage === 'chunk' ? [columns[0] ?? [], columns[1] ?? [], x] : [columns[0] ?? [], columns[1] ?? [], x, x];
  return extractIds(COMPILED[stage], full, index);
}
