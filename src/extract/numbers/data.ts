// Loads the number extractor's word lists (src/data/number-words.json, src/data/units.tsv) once, lazily.
import { LETTER_OR_DIGIT } from '../../lexicon/letters.js';
import { readDataFile } from '../../util/data.js';
import { prebuilt } from '../../util/prebuilt.js';

export type UnitKind = 'money' | 'percent' | 'measure' | 'age' | 'count' | 'time';

export interface UnitEntry {
  form: string;
  kind: UnitKind;
  unit: string;
}

export interface NumberData {
  digits: Map<string, number>;
  digitsOnlyAfterTens: Set<string>;
  digitsNeedMultiplier: Set<string>;
  neverAlone: Set<string>;
  /** Digit words that stay no number even tagged a numeral before a noun (`một người`: the article). */
  numeralNeverAlone: Set<string>;
  tens: Set<string>;
  ten: Set<string>;
  hundred: Set<string>;
  dozen: Set<string>;
  zeroJoin: Set<string>;
  half: Set<string>;
  scales: Map<string, number>;
  scaleQualifiers: Set<string>;
  /** Qualifiers by their number of syllables, longest first. */
  qualifiers: Set<string>;
  ordinalMarkers: Set<string>;
  /** Classifiers that are the counted noun even when a compound follows (`cuộc` in `15 cuộc thi`). */
  classifiers: Set<string>;
  ordinalWords: Map<string, number>;
  ordinalLabels: Set<string>;
  ordinalUnits: Set<string>;
  weekdayBefore: Set<string>;
  weekdayAfter: Set<string>;
  rangeJoin: Set<string>;
  /** Words that open a range before its first number (`từ 10 đến 15`). */
  rangeStart: Set<string>;
  /** Ones digits not written after mười (`mười một`, not `mười mốt`). */
  notAfterTen: Set<string>;
  /** Digit words that never follow thứ as an ordinal (`thứ một` is `thứ nhất`). */
  notOrdinal: Set<string>;
  /** Words and marks that list numbers (`88 và 84 tuổi`, `cấp 1, 2, 3`). */
  listJoin: Set<string>;
  datePrefixes: Set<string>;
  identifierLabels: Set<string>;
  /** Labels that still allow a count after them (`trong số 5 người`). */
  countLabels: Set<string>;
  /** Address words that keep a number after a label an address (`phường 5 quận 3`). */
  placeLabels: Set<string>;
  /** Words before a number that make it an age (`tuổi 30`). */
  ageBefore: Set<string>;
  /** Parts of the day after an hour (`12 g khuya`). */
  timeOfDay: Set<string>;
  /** Words before `số` that make it an amount (`tổng số 120`), not a label. */
  amountBeforeLabel: Set<string>;
  /** Price words after which a scaled amount is in đồng (`phạt 7,5 triệu`). */
  moneyWords: Set<string>;
  phoneLabels: Set<string>;
  phonePrefixes: Set<string>;
  currencyPrefixes: Map<string, string>;
  timeSuffixes: Set<string>;
  functionWords: Set<string>;
  /** Nouns of position and place that end a counted noun (`hai đầu cầu`, `hộ dân vùng lũ`). */
  positionNouns: Set<string>;
  /** Units that make a comparison a ratio (`gấp 3 lần`). */
  ratioUnits: Set<string>;
  /** Words before a number that make it a ratio (`gấp 3 lần`). */
  ratioWords: Set<string>;
  /** Qualifiers that compare after an adjective (`cao hơn 2,5 lần`). */
  comparativeQualifiers: Set<string>;
  /** Units keyed by their written form; lowercase forms also reachable by a lowercased key. */
  units: Map<string, UnitEntry>;
  unitsLower: Map<string, UnitEntry>;
  /** Every lowercased token-boundary prefix of a unit form, to stop a look-ahead early. */
  unitPrefixes: Set<string>;
  /** Every word that can open a number phrase or an ordinal, for a fast first test. */
  startWords: Set<string>;
  /** Longest unit form in syllables/tokens, bounding the look-ahead. */
  maxUnitTokens: number;
}

let cached: NumberData | null = null;

function readData(name: string): string {
  return readDataFile(name);
}

function stringList(raw: Record<string, unknown>, key: string): Set<string> {
  const value = raw[key];
  if (!Array.isArray(value)) return new Set();
  return new Set(value.filter((v): v is string => typeof v === 'string').map((v) => v.normalize('NFC')));
}

function numberMap(raw: Record<string, unknown>, key: string): Map<string, number> {
  const value = raw[key];
  const out = new Map<string, number>();
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'number') out.set(k.normalize('NFC'), v);
    }
  }
  return out;
}

function stringMap(raw: Record<string, unknown>, key: string): Map<string, string> {
  const value = raw[key];
  const out = new Map<string, string>();
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (typeof v === 'string') out.set(k.normalize('NFC'), v.normalize('NFC'));
    }
  }
  return out;
}

const UNIT_KINDS = new Set<string>(['money', 'percent', 'measure', 'age', 'count', 'time']);

/** Parses units.tsv: `#` comment lines, a `form kind unit` header, then one unit per line. */
export function parseUnits(tsv: string): UnitEntry[] {
  const out: UnitEntry[] = [];
  let headerSeen = false;
  for (const line of tsv.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (!headerSeen) {
      headerSeen = true;
      continue;
    }
    const [form, kind, unit] = line.split('\t');
    if (!form || !kind || !unit || !UNIT_KINDS.has(kind)) continue;
    out.push({ form: form.normalize('NFC'), kind: kind as UnitKind, unit: unit.normalize('NFC') });
  }
  return out;
}

// `km/h` → `km`, `km/`, `km/h`; `độ C` → `độ`, `độ C`: the forms a unit passes through token by token.
const UNIT_TOKEN = new RegExp(String.raw`[0-9]+|(?:(?![0-9])[${LETTER_OR_DIGIT}])+|[^\s${LETTER_OR_DIGIT}]`, 'gu');

function unitPrefixes(form: string): string[] {
  const out: string[] = [];
  for (const m of form.matchAll(UNIT_TOKEN)) out.push(form.slice(0, m.index + m[0].length).replace(/\s+/gu, ' ').toLowerCase());
  return out;
}

/** The units by form (first row of a form wins), by lower-cased form, and every form's token prefixes. */
function unitIndex(entries: readonly UnitEntry[]): Pick<NumberData, 'units' | 'unitsLower' | 'unitPrefixes' | 'maxUnitTokens'> {
  const units = new Map<string, UnitEntry>();
  const unitsLower = new Map<string, UnitEntry>();
  const prefixes = new Set<string>();
  let maxUnitTokens = 1;
  for (const entry of entries) {
    if (!units.has(entry.form)) units.set(entry.form, entry);
    const lower = entry.form.toLowerCase();
    if (!unitsLower.has(lower)) unitsLower.set(lower, entry);
    const formPrefixes = unitPrefixes(entry.form);
    for (const prefix of formPrefixes) prefixes.add(prefix);
    maxUnitTokens = Math.max(maxUnitTokens, formPrefixes.length);
  }
  return { units, unitsLower, unitPrefixes: prefixes, maxUnitTokens: Math.min(maxUnitTokens, 6) };
}

/** The number reader's word lists and units, read once: prebuilt at build time (util/prebuilt.ts), or derived. */
export function numberData(): NumberData {
  cached ??= prebuilt('numbers', numberDataFromPlain, deriveNumberData);
  return cached;
}

type PlainField = ['set', unknown[]] | ['map', [unknown, unknown][]] | ['value', unknown];

/** The lists derived from src/data/ now, as plain data: what the build writes. */
export function numberDataPlain(): Record<string, PlainField> {
  return Object.fromEntries(
    Object.entries(deriveNumberData()).map(([name, v]): [string, PlainField] => [name, v instanceof Set ? ['set', [...v]] : v instanceof Map ? ['map', [...v]] : ['value', v]]),
  );
}

export function numberDataFromPlain(plain: Record<string, PlainField>): NumberData {
  const field = ([kind, v]: PlainField) => (kind === 'set' ? new Set(v) : kind === 'map' ? new Map(v) : v);
  return Object.fromEntries(Object.entries(plain).map(([name, f]) => [name, field(f)])) as unknown as NumberData;
}

/** The lists from src/data/number-words.json and src/data/units.tsv. */
export function deriveNumberData(): NumberData {
  const raw = JSON.parse(readData('number-words.json')) as Record<string, unknown>;
  const startWords = new Set<string>([
    ...Object.keys((raw['digits'] ?? {}) as object),
    ...stringList(raw, 'ten'),
    ...stringList(raw, 'hundred'),
    ...stringList(raw, 'dozen'),
    ...Object.keys((raw['scales'] ?? {}) as object),
    ...stringList(raw, 'ordinalMarkers'),
  ].map((w) => w.normalize('NFC')));
  return {
    startWords,
    digits: numberMap(raw, 'digits'),
    digitsOnlyAfterTens: stringList(raw, 'digitsOnlyAfterTens'),
    digitsNeedMultiplier: stringList(raw, 'digitsNeedMultiplier'),
    neverAlone: stringList(raw, 'neverAlone'),
    numeralNeverAlone: stringList(raw, 'numeralNeverAlone'),
    tens: stringList(raw, 'tens'),
    ten: stringList(raw, 'ten'),
    hundred: stringList(raw, 'hundred'),
    dozen: stringList(raw, 'dozen'),
    zeroJoin: stringList(raw, 'zeroJoin'),
    half: stringList(raw, 'half'),
    scales: numberMap(raw, 'scales'),
    scaleQualifiers: stringList(raw, 'scaleQualifiers'),
    qualifiers: stringList(raw, 'qualifiers'),
    ordinalMarkers: stringList(raw, 'ordinalMarkers'),
    classifiers: stringList(raw, 'classifiers'),
    ordinalWords: numberMap(raw, 'ordinalWords'),
    ordinalLabels: stringList(raw, 'ordinalLabels'),
    ordinalUnits: stringList(raw, 'ordinalUnits'),
    weekdayBefore: stringList(raw, 'weekdayBefore'),
    weekdayAfter: stringList(raw, 'weekdayAfter'),
    rangeJoin: stringList(raw, 'rangeJoin'),
    rangeStart: stringList(raw, 'rangeStart'),
    notAfterTen: stringList(raw, 'notAfterTen'),
    notOrdinal: stringList(raw, 'notOrdinal'),
    listJoin: stringList(raw, 'listJoin'),
    datePrefixes: stringList(raw, 'datePrefixes'),
    identifierLabels: stringList(raw, 'identifierLabels'),
    countLabels: stringList(raw, 'countLabels'),
    placeLabels: stringList(raw, 'placeLabels'),
    ageBefore: stringList(raw, 'ageBefore'),
    timeOfDay: stringList(raw, 'timeOfDay'),
    amountBeforeLabel: stringList(raw, 'amountBeforeLabel'),
    moneyWords: stringList(raw, 'moneyWords'),
    phoneLabels: stringList(raw, 'phoneLabels'),
    phonePrefixes: stringList(raw, 'phonePrefixes'),
    currencyPrefixes: stringMap(raw, 'currencyPrefixes'),
    timeSuffixes: stringList(raw, 'timeSuffixes'),
    functionWords: stringList(raw, 'functionWords'),
    positionNouns: stringList(raw, 'positionNouns'),
    ratioUnits: stringList(raw, 'ratioUnits'),
    ratioWords: stringList(raw, 'ratioWords'),
    comparativeQualifiers: stringList(raw, 'comparativeQualifiers'),
    ...unitIndex(parseUnits(readData('units.tsv'))),
  };
}
