// What a Vietnamese short form looks like (`UBND`, `TP.HCM`, `ThS`), the key its spellings share,
// and which short forms stand before a name so that a dot after them does not end a sentence
// (`TP. Cần Thơ`, `ThS. Lê Văn A`). Sentence splitting (nlp) and the abbreviation extractor both
// read these; the list is the `prefix` column of src/data/abbreviations.tsv.
import { readDataFile, tsvRows } from '../util/data.js';
import { prebuilt } from '../util/prebuilt.js';
import { TONE_MARKS, unifyLookalikeD } from './fold.js';

// Connectors inside a short form that variants add or drop: `TP.HCM`/`TPHCM`, `GD&ĐT`/`GD-ĐT`.
// e.g. "LĐ-TB&XH" → "LĐTBXH"
const KEY_CONNECTORS = /[.&\-\s]/gu;

/** The key two spellings of one short form share: `Tp.HCM`, `TP.HCM` and `TPHCM` → `TPHCM`. */
export function shortFormKey(short: string): string {
  return unifyLookalikeD(short).replace(KEY_CONNECTORS, '').normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toUpperCase();
}

export const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
export const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();

// Letters with a tone mark never occur in a Vietnamese initialism, so an upper-case token that has
// one is a word written in capitals (`TỈNH`, `ĐẢNG`).
// e.g. "TỈNH" has U+0309 after NFD
const HAS_TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Whether a token looks like a short form: starts with a capital, has at least two capitals, and
 * fewer lower-case letters than capitals in runs of at most two (`ThS`, `TTg`, `Tp.HCM`, `PhD`),
 * no digits, at most 12 letters, no tone marks.
 */
export function looksLikeAbbreviation(token: string): boolean {
  const letters = token.replace(KEY_CONNECTORS, '');
  if (letters.length < 2 || letters.length > 12) return false;
  const first = letters[0] ?? '';
  if (!isUpper(first)) return false;
  let upper = 0;
  let lower = 0;
  let run = 0;
  for (const c of letters) {
    if (isUpper(c)) {
      upper++;
      run = 0;
    } else if (isLower(c)) {
      lower++;
      run++;
      if (run > 2) return false;
    } else {
      return false; // digit or other symbol
    }
  }
  if (upper < 2 || lower >= upper) return false;
  return !HAS_TONE.test(letters.normalize('NFD'));
}

/** One row of src/data/abbreviations.tsv (cells trimmed) with the keys both of its readers need. */
export interface ShortFormRow {
  cells: string[];
  /** shortFormKey of the short form (first cell). */
  key: string;
  /** Each listed variant spelling (`Tp`), with lookalike Đ unified, and its shortFormKey. */
  variants: { spelling: string; key: string }[];
}

let shortFormRows: ShortFormRow[] | null = null;

/**
 * The rows of src/data/abbreviations.tsv that have a short form and an expansion, read and keyed
 * once per process: sentence splitting (the prefix list below) and the abbreviation dictionary
 * both start from them, and reading the file twice cost every run a few ms.
 */
export function builtinShortFormRows(): readonly ShortFormRow[] {
  if (shortFormRows) return shortFormRows;
  const rows: ShortFormRow[] = [];
  for (const { cells: raw } of tsvRows(readDataFile('abbreviations.tsv'), 'short')) {
    const cells = raw.map((c) => c.trim());
    const [short = '', expansion = '', , , variantCell = ''] = cells;
    if (short === '' || expansion === '') continue;
    const variants = variantCell
      .split('|')
      .map((v) => v.trim())
      .filter((v) => v !== '')
      .map((v) => ({ spelling: unifyLookalikeD(v), key: shortFormKey(v) }));
    rows.push({ cells, key: shortFormKey(short), variants });
  }
  shortFormRows = rows;
  return rows;
}

interface PrefixList {
  /** Each short form as written and each listed variant (`Tp`) → whether its short form is a prefix. */
  spellings: Map<string, { prefix: boolean }>;
  /** shortFormKey → the same flag, for spellings the file does not list (`T.P`). */
  byKey: Map<string, { prefix: boolean }>;
}

let prefixList: PrefixList | null = null;

/** The short forms of src/data/abbreviations.tsv with their `prefix` flag, read once (util/prebuilt.ts). */
function loadPrefixList(): PrefixList {
  prefixList ??= prebuilt('prefix-list', prefixListFromPlain, derivePrefixList);
  return prefixList;
}

interface PlainPrefixList {
  spellings: [string, boolean][];
  byKey: [string, boolean][];
}

/** The list derived from src/data/ now, as plain data: what the build writes. */
export function prefixListPlain(): PlainPrefixList {
  const { spellings, byKey } = derivePrefixList();
  return { spellings: [...spellings].map(([k, e]) => [k, e.prefix]), byKey: [...byKey].map(([k, e]) => [k, e.prefix]) };
}

export function prefixListFromPlain(plain: PlainPrefixList): PrefixList {
  return {
    spellings: new Map(plain.spellings.map(([k, prefix]) => [k, { prefix }])),
    byKey: new Map(plain.byKey.map(([k, prefix]) => [k, { prefix }])),
  };
}

export function derivePrefixList(): PrefixList {
  const spellings = new Map<string, { prefix: boolean }>();
  const byKey = new Map<string, { prefix: boolean }>();
  for (const { cells, key, variants } of builtinShortFormRows()) {
    const short = cells[0] as string;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { prefix: false };
      byKey.set(key, entry);
    }
    if (cells[5] === 'yes') entry.prefix = true;
    if (!spellings.has(short)) spellings.set(short, entry);
    for (const v of variants) {
      spellings.set(v.spelling, entry);
      if (!byKey.has(v.key)) byKey.set(v.key, entry);
    }
  }
  return { spellings, byKey };
}

/**
 * Whether `word` (with or without its final dot: `TP.`, `Tp.`, `ThS.`, `GS.`, `PGS.TS.`) is a
 * short form written before a name, so that a dot after it does not end the sentence.
 * `NLĐ.` is not: it ends `… cho ĐV, NLĐ.`
 */
export function isNonFinalAbbreviation(word: string): boolean {
  if (typeof word !== 'string' || word.length > 40) return false;
  const bare = word.trim().replace(/\.$/u, '');
  if (bare === '') return false;
  const list = loadPrefixList();
  const exact = list.spellings.get(unifyLookalikeD(bare));
  if (exact) return exact.prefix;
  if (!looksLikeAbbreviation(bare)) return false;
  return list.byKey.get(shortFormKey(bare))?.prefix ?? false;
}
