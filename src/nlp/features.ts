// CRF features for vntk's word-segmentation, POS, chunking and NER models, equal to vntk's own,
// as attribute ids in the decoder's memory. The same features as strings (vntk's format, for the
// parity tests and the crfsuite addon) are built from featureTables in scripts/lib/crf-reference.mjs.
import { inDictionaryAll } from './dictionary.js';
import { attributeKey } from './crf-model.js';
import { align8, crf, keep, reserve, scratch, writeUtf8 } from './crf-wasm.js';
import { isTitle, isTitleOfRun, runParts } from './title-case.js';

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

export interface Template {
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
    const column = m[3] === undefined ? 0 : Number(m[3]);
    const fn = (m[4] as Fn | undefined) ?? null;
    return {
      prefix: `${name}=`,
      from,
      length: to - from + 1,
      column,
      fn,
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

function apply(fn: Exclude<Fn, 'is_in_dict'> | null, value: string): string {
  switch (fn) {
    case null:
      return value;
    case 'lower':
      return value.toLowerCase();
    case 'istitle':
      return isTitle(value) ? 'True' : 'False';
    case 'isdigit':
      return DIGITS.test(value) ? 'True' : 'False';
  }
}

/**
 * Per group, its value at each start position: computed once per distinct column/length/
 * function and shared by the templates that differ only in offset. `forCrf` also applies the
 * addon's string conversion (attributeKey) so that values can be looked up in the model.
 */
function valueTables(compiled: Compiled, columns: readonly (readonly string[])[], n: number, forCrf: boolean): string[][] {
  const { truncate } = compiled;
  // Groups that differ only in their function share one array of joined n-grams: one string
  // each, whose hash V8 then computes once for every memo that looks it up.
  const joins = new Map<number, string[]>();
  // Per column, its words' runParts for the n-gram istitle groups, computed once.
  const parts = new Map<number, Uint8Array>();
  const partsOf = (index: number, words: readonly string[]): Uint8Array => {
    let found = parts.get(index);
    if (found === undefined) parts.set(index, (found = runParts(words)));
    return found;
  };
  return compiled.groups.map((g) => {
    const column = columns[g.column] ?? [];
    let joined = joins.get(g.column * 64 + g.length);
    if (joined === undefined) {
      joined = new Array<string>(Math.max(0, n - g.length + 1));
      for (let j = 0; j < joined.length; j++) {
        let value = column[j] as string;
        for (let m = 1; m < g.length; m++) value += ` ${column[j + m] as string}`;
        joined[j] = value;
      }
      joins.set(g.column * 64 + g.length, joined);
    }
    // The word list is searched for the whole group at once.
    const found = g.fn === 'is_in_dict' ? inDictionaryAll(joined) : null;
    const { fn } = g;
    return joined.map((raw, j) => {
      let value: string;
      if (found !== null) value = found[j] === 1 ? 'True' : 'False';
      else if (fn === 'istitle' && g.length > 1) value = isTitleOfRun(partsOf(g.column, column), j, g.length, raw) ? 'True' : 'False';
      else value = apply(fn as Exclude<Fn, 'is_in_dict'> | null, raw);
      if (truncate) {
        // vntk's `item.split('=')[1]`: a value containing `=` keeps only what precedes it.
        const eq = value.indexOf('=');
        if (eq >= 0) value = value.slice(0, eq);
      }
      return forCrf ? attributeKey(value) : value;
    });
  });
}

// "BOSEOS-": the values templateIds writes before and after a sentence and for a blanked feature.
let specials = -1;

/**
 * The model records (or 0) of every (token, template), row-major, written to the decoder's
 * memory for CrfModel.decode; returns their address. JavaScript computes each group's values
 * once per position (valueTables) and writes them; WebAssembly hashes each value once and looks
 * it up under every template of its group (or BOS, EOS and vntk's `-` blank).
 */
function extractIds(compiled: Compiled, columns: readonly (readonly string[])[], model: number): number {
  const n = columns[0]?.length ?? 0;
  const { templates } = compiled;
  const perItem = templates.length;
  const tables = valueTables(compiled, columns, n, true);
  if (specials < 0) specials = keep(new TextEncoder().encode('BOSEOS-'));
  const wasm = crf();
  const records = scratch();
  let at = align8(records + 4 * n * perItem);
  const written = tables.map((table) => {
    // attributeKey has cut every value at its first NUL, so NULs can separate them.
    const values = at;
    const length = writeUtf8(`${table.join('\u0000')}\u0000`, values);
    const offsets = align8(values + length);
    const hashes = offsets + 4 * (table.length + 1);
    reserve(hashes + 4 * table.length);
    wasm.splitValues(values, table.length, offsets, hashes);
    at = align8(hashes + 4 * table.length);
    return { values, offsets, hashes };
  });
  // One byte per position of each guarding is_in_dict group: set where its value is True.
  const guards = new Map<number, number>();
  for (const t of templates) {
    if (t.guard < 0) continue;
    const group = (templates[t.guard] as Template).group;
    if (guards.has(group)) continue;
    const table = tables[group] as string[];
    const flags = reserve(at + table.length);
    for (let j = 0; j < table.length; j++) flags[at + j] = table[j] === 'True' ? 1 : 0;
    guards.set(group, at);
    at = align8(at + table.length);
  }
  templates.forEach((t, k) => {
    const { values, offsets, hashes } = written[t.group] as { values: number; offsets: number; hashes: number };
    const guard = t.guard < 0 ? 0 : (guards.get((templates[t.guard] as Template).group) as number);
    wasm.templateIds(model, k, values, offsets, hashes, t.from, t.length, guard, n, perItem, records, specials);
  });
  return records;
}

function constant(n: number, value: string): string[] {
  return new Array<string>(n).fill(value);
}

export type Stage = 'segment' | 'pos' | 'chunk' | 'ner';

const COMPILED: Record<Stage, Compiled> = { segment: SEGMENT, pos: POS, chunk: CHUNK, ner: NER };

/** Number of feature slots per token of a stage (one per template). */
export function templateCount(stage: Stage): number {
  return COMPILED[stage].templates.length;
}

/** vntk's rows for a stage: the given columns (word, then POS) and its `X` placeholders. */
function fullColumns(stage: Stage, columns: readonly (readonly string[])[]): (readonly string[])[] {
  const x = constant(columns[0]?.length ?? 0, 'X');
  return stage === 'segment' || stage === 'pos' ? [columns[0] ?? [], x] : stage === 'chunk' ? [columns[0] ?? [], columns[1] ?? [], x] : [columns[0] ?? [], columns[1] ?? [], x, x];
}

/**
 * Model records of a stage's features in the decoder's memory (address returned), `columns` as
 * vntk's rows (word, then POS), `model` the address of the stage's compact model.
 */
export function stageFeatureIds(stage: Stage, columns: readonly (readonly string[])[], model: number): number {
  return extractIds(COMPILED[stage], fullColumns(stage, columns), model);
}

/** A stage's template prefixes (`T[-1].lower=`), in order: what a compact model's template numbers mean. */
export function templatePrefixes(stage: Stage): string[] {
  return COMPILED[stage].templates.map((t) => t.prefix);
}

/**
 * A stage's templates (`prefix`, offset `from`, `length`, value table `group`, blanking `guard`)
 * and each group's value at every position, unconverted: what the feature strings are made of.
 */
export function featureTables(stage: Stage, columns: readonly (readonly string[])[]): { templates: readonly Template[]; tables: string[][] } {
  const full = fullColumns(stage, columns);
  return { templates: COMPILED[stage].templates, tables: valueTables(COMPILED[stage], full, full[0]?.length ?? 0, false) };
}
