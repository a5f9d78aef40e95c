// The entity rules' word lists and gazetteers, read from src/data/ on first use and cached, and
// indexed as phrase tables keyed by their first token.
import { entryKeys } from './tokens.js';
import { toOldStyleToneLower } from '../../lexicon/fold.js';
import type { EntityToken } from './tokens.js';
import { readDataFile } from '../../util/data.js';
import { prebuilt } from '../../util/prebuilt.js';

export interface PhraseEntry<T> {
  /** Case-kept token keys of the entry. */
  keys: string[];
  value: T;
}

export interface PlainPhraseTable<T> {
  caseSensitive: boolean;
  byFirst: [string, PhraseEntry<T>[]][];
}

/** Entries grouped by their first token's key, longest first, for longest-match lookups. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, PhraseEntry<T>[]>();
  private sorted = true;
  constructor(private readonly caseSensitive: boolean) {}

  add(entry: string, value: T): void {
    const keys = entryKeys(entry).map((k) => (this.caseSensitive ? k : k.toLowerCase()));
    const first = keys[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ keys, value });
    this.byFirst.set(first, list);
    this.sorted = false;
  }

  private sort(): void {
    if (this.sorted) return;
    // Longest first, so the first entry that matches is the longest match.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
    this.sorted = true;
  }

  /** The table as plain data (util/prebuilt.ts), its lists in the order `match` reads them. */
  toPlain(): PlainPhraseTable<T> {
    this.sort();
    return { caseSensitive: this.caseSensitive, byFirst: [...this.byFirst] };
  }

  static fromPlain<T>(plain: PlainPhraseTable<T>): PhraseTable<T> {
    const table = new PhraseTable<T>(plain.caseSensitive);
    for (const [first, list] of plain.byFirst) table.byFirst.set(first, list);
    return table;
  }

  /** The longest entry that matches the tokens at `i`, or undefined. */
  match(tokens: readonly EntityToken[], i: number): PhraseEntry<T> | undefined {
    this.sort();
    const t = tokens[i];
    if (!t) return undefined;
    const list = this.byFirst.get(this.caseSensitive ? t.ckey : t.key);
    if (!list) return undefined;
    for (const e of list) {
      let ok = true;
      for (let k = 1; k < e.keys.length; k++) {
        const u = tokens[i + k];
        if (!u || (this.caseSensitive ? u.ckey : u.key) !== e.keys[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return e;
    }
    return undefined;
  }
}

export type TitleKind = 'honorific' | 'position' | 'rank' | 'degree' | 'profession';
export interface PlaceInfo {
  /** Canonical name (`Hồ Chí Minh` for `TP.HCM`, `Mỹ` for `Hoa Kỳ`). */
  canonical: string;
  kind: string;
  /** `tỉnh` or `thành phố` for provinces, empty otherwise. */
  provinceType: string;
  /** False when the bare name usually means something else (`Hồ Chí Minh` the person). */
  standalone: boolean;
}
export interface UnitInfo {
  canonical: string;
  level: string;
  number: boolean;
}
export interface OrgHead {
  expansion: string;
  bare: boolean;
  /** Written lowercase (`công ty`, `bộ`): opens a name only before a capitalised part or, bare, a place. */
  lower: boolean;
}

export interface EntityData {
  titles: PhraseTable<TitleKind>;
  /** Folded title → kind, for the never-list (`Chủ tịch` alone is no entity). */
  titleKeys: Map<string, TitleKind>;
  familyNames: Set<string>;
  places: PhraseTable<PlaceInfo>;
  units: PhraseTable<UnitInfo>;
  orgHeads: PhraseTable<OrgHead>;
  orgNames: PhraseTable<string>;
  /** Lowercase words that stay inside an organisation's name (`bệnh tật`, `cổ phần`). */
  orgInner: PhraseTable<true>;
  /** Expansions of abbreviated heads (`UBND` → `Ủy ban nhân dân`), by case-kept key. */
  headExpansions: Map<string, string>;
  /** One-token place aliases written out (`TP.HCM` → `thành phố Hồ Chí Minh`), for grouping. */
  placeAliases: Map<string, string>;
  diseases: PhraseTable<string>;
  events: PhraseTable<string>;
  miscTriggers: PhraseTable<true>;
}

function readData(name: string): string {
  return readDataFile(name).normalize('NFC');
}

/** Rows of a TSV file with a `#` source note and a header line, as objects. */
export function readTsv(name: string): Record<string, string>[] {
  const lines = readData(name).split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = (cells[i] ?? '').trim()));
    return row;
  });
}

/** Lines of a one-entry-per-line file, without the `#` source note. */
export function readList(name: string): string[] {
  return readData(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

let cached: EntityData | undefined;

/** The tables, read once: prebuilt at build time (util/prebuilt.ts), or derived from src/data/. */
export function entityData(): EntityData {
  cached ??= prebuilt('entities', entityDataFromPlain, deriveEntityData);
  return cached;
}

const TABLES = ['titles', 'places', 'units', 'orgHeads', 'orgNames', 'orgInner', 'diseases', 'events', 'miscTriggers'] as const;
type TableName = (typeof TABLES)[number];

interface PlainEntityData {
  tables: Record<TableName, PlainPhraseTable<unknown>>;
  titleKeys: [string, TitleKind][];
  familyNames: string[];
  headExpansions: [string, string][];
  placeAliases: [string, string][];
}

/** The tables derived from src/data/ now, as plain data: what the build writes. */
export function entityDataPlain(): PlainEntityData {
  const data = deriveEntityData();
  return {
    tables: Object.fromEntries(TABLES.map((name) => [name, data[name].toPlain()])) as PlainEntityData['tables'],
    titleKeys: [...data.titleKeys],
    familyNames: [...data.familyNames],
    headExpansions: [...data.headExpansions],
    placeAliases: [...data.placeAliases],
  };
}

export function entityDataFromPlain(plain: PlainEntityData): EntityData {
  const tables = Object.fromEntries(TABLES.map((name) => [name, PhraseTable.fromPlain(plain.tables[name])])) as Pick<EntityData, TableName>;
  return {
    ...tables,
    titleKeys: new Map(plain.titleKeys),
    familyNames: new Set(plain.familyNames),
    headExpansions: new Map(plain.headExpansions),
    placeAliases: new Map(plain.placeAliases),
  };
}

/** The tables from src/data/'s word lists and gazetteers. */
export function deriveEntityData(): EntityData {
  const titles = new PhraseTable<TitleKind>(false);
  const titleKeys = new Map<string, TitleKind>();
  for (const r of readTsv('titles.tsv')) {
    titles.add(r.title ?? '', (r.kind ?? 'position') as TitleKind);
    titleKeys.set(toOldStyleToneLower(r.title ?? ''), (r.kind ?? 'position') as TitleKind);
  }
  const familyNames = new Set(readList('family-names.txt'));

  const places = new PhraseTable<PlaceInfo>(true);
  const placeAliases = new Map<string, string>();
  for (const r of readTsv('provinces.tsv')) {
    const name = r.name ?? '';
    const info = { canonical: name, kind: 'province', provinceType: r.type ?? 'tỉnh', standalone: r.standalone !== 'no' };
    places.add(name, info);
    // Aliases (`TP.HCM`, `Sài Gòn`) always name the place, whatever the bare name does.
    for (const a of (r.aliases ?? '').split(',')) {
      if (!a.trim()) continue;
      places.add(a.trim(), { ...info, standalone: true });
      if (!a.includes(' ')) placeAliases.set(a.trim(), `${r.type ?? 'tỉnh'} ${name}`);
    }
  }
  for (const r of readTsv('cities.tsv')) {
    places.add(r.name ?? '', { canonical: r.name ?? '', kind: r.kind ?? 'city', provinceType: '', standalone: true });
  }
  for (const r of readTsv('countries.tsv')) {
    const name = r.name ?? '';
    places.add(name, { canonical: r.canonical || name, kind: r.kind ?? 'country', provinceType: '', standalone: true });
  }

  const units = new PhraseTable<UnitInfo>(false);
  for (const r of readTsv('loc-units.tsv')) {
    units.add(r.unit ?? '', { canonical: r.canonical ?? '', level: r.level ?? '', number: r.number === 'yes' });
  }

  const orgHeads = new PhraseTable<OrgHead>(true);
  const headExpansions = new Map<string, string>();
  for (const r of readTsv('org-heads.tsv')) {
    const head = r.head ?? '';
    orgHeads.add(head, { expansion: r.expansion ?? '', bare: r.bare === 'yes', lower: head !== '' && head[0] === head[0]!.toLowerCase() });
    if (r.expansion) headExpansions.set(entryKeys(r.head ?? '').join(' '), r.expansion);
  }
  const orgNames = new PhraseTable<string>(true);
  for (const r of readTsv('org-names.tsv')) orgNames.add(r.name ?? '', r.canonical || (r.name ?? ''));

  const orgInner = new PhraseTable<true>(false);
  for (const w of readList('org-inner.txt')) orgInner.add(w, true);
  const diseases = new PhraseTable<string>(false);
  for (const d of readList('diseases.txt')) diseases.add(d, d);
  const events = new PhraseTable<string>(true);
  for (const r of readTsv('events.tsv')) events.add(r.name ?? '', r.kind ?? 'event');
  const miscTriggers = new PhraseTable<true>(false);
  for (const t of readList('misc-triggers.txt')) miscTriggers.add(t, true);

  return { titles, titleKeys, familyNames, places, units, orgHeads, orgNames, orgInner, headExpansions, placeAliases, diseases, events, miscTriggers };
}
