// The abbreviation dictionaries: the built-in one (src/data/abbreviations.tsv, one sense a line),
// the list of capitalised words that are not abbreviations, and a user's own TSV file.
import { readFileSync } from 'node:fs';
import { stripTones, unifyLookalikeD } from '../../lexicon/fold.js';
import { builtinShortFormRows, looksLikeAbbreviation, shortFormKey } from '../../lexicon/short-forms.js';
import { readDataFile, tsvRows as dataLines } from '../../util/data.js';
import { prebuilt } from '../../util/prebuilt.js';

/** One sense of a short form. */
export interface Sense {
  /** The canonical spelling (`TP.HCM`). */
  short: string;
  expansion: string;
  domain: string;
  /** Folded context terms that select this sense, as syllables; `@name` and `@number` look at the next word. */
  context: string[][];
  source: string;
  /** Opens the name of a body and takes a capital before that name (`Bệnh viện Chợ Rẫy`). */
  name: boolean;
  /** The English name of a foreign acronym (`World Trade Organization` for WTO), else empty. */
  english: string;
}

export interface DictionaryEntry {
  key: string;
  short: string;
  senses: Sense[];
  /** Written before a name (`TP. Cần Thơ`, `ThS. Lê Văn A`): a dot after it does not end a sentence. */
  prefix: boolean;
  /** In the common tier: a newsroom lets it stand undefined (`UBND`, `TP.HCM`, `THPT`). */
  common: boolean;
}

export interface BuiltinDictionary {
  /** By `shortFormKey`: every spelling of a short form shares the key. */
  byKey: Map<string, DictionaryEntry>;
  /** Exact spellings: each short form as written, and the variants column (`Tp`, `TT-Huế`). */
  variants: Map<string, DictionaryEntry>;
}

/** A line of a user dictionary. */
export interface UserEntry {
  short: string;
  expansion: string;
  /** 1-based line in the file. */
  line: number;
}

/** A user dictionary that cannot be read or has a bad line; the CLI turns it into exit 2. */
export class DictionaryError extends Error {
  /** A bad dictionary is bad input: the CLI exits 2. */
  readonly exitCode = 2;
  readonly path: string;
  /** 1-based line of the bad entry, null when the file itself cannot be read. */
  readonly line: number | null;

  constructor(message: string, path: string, line: number | null) {
    super(line === null ? `${path}: ${message}` : `${path}:${line}: ${message}`);
    this.name = 'DictionaryError';
    this.path = path;
    this.line = line;
  }
}


/** The three built-in tables, read once (util/prebuilt.ts): each getter below hands out its own. */
interface BuiltinTables {
  dictionary: BuiltinDictionary;
  stoplist: Set<string>;
  nameHeads: string[][];
}

let builtin: BuiltinTables | null = null;

function builtinTables(): BuiltinTables {
  builtin ??= prebuilt('abbreviations', builtinTablesFromPlain, deriveBuiltinTables);
  return builtin;
}

/** The built-in dictionary, read once on first use. */
export function getBuiltinDictionary(): BuiltinDictionary {
  return builtinTables().dictionary;
}

/** Fold keys of capitalised words that look like abbreviations but are not (`VIDEO`, `OK`). */
export function getStoplist(): Set<string> {
  return builtinTables().stoplist;
}

/** Words that open a body's name before a foreign acronym (`Tổ chức`), folded, as syllables; longest first. */
export function getNameHeads(): string[][] {
  return builtinTables().nameHeads;
}

interface PlainBuiltinTables {
  /** Each entry once; the maps point into the list, since several keys and spellings share an entry. */
  entries: DictionaryEntry[];
  byKey: [string, number][];
  variants: [string, number][];
  stoplist: string[];
  nameHeads: string[][];
}

/** The tables derived from src/data/ now, as plain data: what the build writes. */
export function builtinTablesPlain(): PlainBuiltinTables {
  const { dictionary, stoplist, nameHeads } = deriveBuiltinTables();
  const entries = [...new Set(dictionary.byKey.values())];
  const index = new Map(entries.map((e, i) => [e, i]));
  const indexOf = (e: DictionaryEntry) => index.get(e) as number;
  return {
    entries,
    byKey: [...dictionary.byKey].map(([k, e]) => [k, indexOf(e)]),
    variants: [...dictionary.variants].map(([k, e]) => [k, indexOf(e)]),
    stoplist: [...stoplist],
    nameHeads,
  };
}

export function builtinTablesFromPlain(plain: PlainBuiltinTables): BuiltinTables {
  const entry = (i: number) => plain.entries[i] as DictionaryEntry;
  return {
    dictionary: {
      byKey: new Map(plain.byKey.map(([k, i]) => [k, entry(i)])),
      variants: new Map(plain.variants.map(([k, i]) => [k, entry(i)])),
    },
    stoplist: new Set(plain.stoplist),
    nameHeads: plain.nameHeads,
  };
}

const splitList = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The tables from src/data/abbreviations.tsv, abbreviation-stoplist.tsv and abbreviation-name-heads.tsv. */
export function deriveBuiltinTables(): BuiltinTables {
  return { dictionary: deriveDictionary(), stoplist: deriveStoplist(), nameHeads: deriveNameHeads() };
}

function deriveDictionary(): BuiltinDictionary {
  const byKey = new Map<string, DictionaryEntry>();
  const variants = new Map<string, DictionaryEntry>();
  for (const row of builtinShortFormRows()) {
    const { key } = row;
    const [short = '', expansion = '', domain = '', context, , prefix, source = '', english = '', common = ''] = row.cells;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { key, short, senses: [], prefix: false, common: false };
      byKey.set(key, entry);
    }
    const terms = splitList(context).map((t) => (t.startsWith('@') ? [t] : stripTones(t).split(/\s+/u)));
    entry.senses.push({ short, expansion, domain, context: terms, source, name: prefix === 'name', english });
    if (prefix === 'yes') entry.prefix = true;
    if (common === 'common') entry.common = true;
    if (!variants.has(short)) variants.set(short, entry);
    for (const v of row.variants) {
      variants.set(v.spelling, entry);
      if (!byKey.has(v.key)) byKey.set(v.key, entry);
    }
  }
  return { byKey, variants };
}

function deriveStoplist(): Set<string> {
  const text = readDataFile('abbreviation-stoplist.tsv');
  return new Set(dataLines(text, 'word').map(({ cells }) => shortFormKey((cells[0] ?? '').trim())));
}

function deriveNameHeads(): string[][] {
  const text = readDataFile('abbreviation-name-heads.tsv');
  return dataLines(text, 'head')
    .map(({ cells }) => stripTones((cells[0] ?? '').trim()).split(/\s+/u))
    .sort((a, b) => b.length - a.length);
}

/** The built-in entry a spelling belongs to, if any: exact variant spellings first, then by key. */
export function lookupBuiltin(spelling: string): DictionaryEntry | undefined {
  const dict = getBuiltinDictionary();
  const exact = dict.variants.get(unifyLookalikeD(spelling));
  if (exact) return exact;
  if (!looksLikeAbbreviation(spelling)) return undefined;
  return dict.byKey.get(shortFormKey(spelling));
}

/** Whether an expansion of a short form opens a body's name (`bệnh viện` of BV), so takes a capital before the name. */
export function isNameHead(short: string, expansion: string): boolean {
  const entry = getBuiltinDictionary().byKey.get(shortFormKey(short));
  const folded = stripTones(expansion);
  return entry?.senses.some((s) => s.name && stripTones(s.expansion) === folded) ?? false;
}

/**
 * Reads a user dictionary: `short<TAB>expansion` a line, `#` comments, blank lines, an optional
 * `short<TAB>expansion` header. Throws DictionaryError naming the file and line of a bad entry.
 */
export function loadUserDictionary(path: string): Map<string, UserEntry> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DictionaryError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read', path, null);
  }
  const out = new Map<string, UserEntry>();
  for (const { cells, line } of dataLines(text.normalize('NFC'), 'short')) {
    const raw = cells.join('\t');
    if (raw.includes('\uFFFD') || raw.includes('\0')) throw new DictionaryError('not UTF-8 text', path, line);
    while (cells.length > 2 && (cells[cells.length - 1] ?? '').trim() === '') cells.pop();
    if (cells.length < 2) throw new DictionaryError('expected "short<TAB>expansion", found no tab', path, line);
    if (cells.length > 2) throw new DictionaryError(`expected 2 columns (short, expansion), found ${cells.length}`, path, line);
    const short = unifyLookalikeD((cells[0] ?? '').trim());
    const expansion = (cells[1] ?? '').trim().replace(/\s+/gu, ' ');
    if (short === '') throw new DictionaryError('empty short form', path, line);
    if (/\s/u.test(short)) throw new DictionaryError(`short form "${short}" contains a space`, path, line);
    if (!/\p{L}/u.test(short)) throw new DictionaryError(`short form "${short}" has no letter`, path, line);
    if (expansion === '') throw new DictionaryError(`empty expansion for "${short}"`, path, line);
    const previous = out.get(short);
    if (previous && unifyLookalikeD(previous.expansion) !== unifyLookalikeD(expansion)) {
      throw new DictionaryError(`"${short}" already defined on line ${previous.line} as "${previous.expansion}"`, path, line);
    }
    if (!previous) out.set(short, { short, expansion, line });
  }
  return out;
}
