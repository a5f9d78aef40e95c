// Tables the build derives once (src/util/prebuilt.ts): each one's plain form, through JSON and
// back, is the table derived from src/data/; and the file the build wrote is that plain form.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinTablesFromPlain, builtinTablesPlain, deriveBuiltinTables, getBuiltinDictionary } from '../src/extract/abbreviations/dictionary.js';
import { deriveEntityData, entityDataFromPlain, entityDataPlain } from '../src/extract/entities/data.js';
import { deriveNumberData, numberDataFromPlain, numberDataPlain } from '../src/extract/numbers/data.js';
import { deriveCases, LOWER, UPPER } from '../src/lexicon/letters.js';
import { derivePrefixList, prefixListFromPlain, prefixListPlain } from '../src/lexicon/short-forms.js';

const viaJson = <T>(plain: T): T => JSON.parse(JSON.stringify(plain)) as T;

describe.each([
  ['entities', entityDataPlain, (p: unknown) => entityDataFromPlain(p as never), () => {
    const data = deriveEntityData();
    // Derived tables sort their lists on first use; the prebuilt ones come sorted.
    for (const table of [data.titles, data.places, data.units, data.orgHeads, data.orgNames, data.orgInner, data.diseases, data.events, data.miscTriggers]) table.toPlain();
    return data;
  }],
  ['abbreviations', builtinTablesPlain, (p: unknown) => builtinTablesFromPlain(p as never), deriveBuiltinTables],
  ['prefix-list', prefixListPlain, (p: unknown) => prefixListFromPlain(p as never), derivePrefixList],
  ['numbers', numberDataPlain, (p: unknown) => numberDataFromPlain(p as never), deriveNumberData],
  ['letter-cases', deriveCases, (p: unknown) => p, () => ({ upper: UPPER, lower: LOWER })],
] as const)('prebuilt %s', (name, plain, fromPlain, derive) => {
  it('read back from JSON, is the table derived from the sources', () => {
    expect(fromPlain(viaJson(plain()))).toEqual(derive());
  });

  it('is what the build wrote to dist/data/prebuilt/', () => {
    // `npm test` builds first; a bare `vitest run` before any build has no dist/ to compare.
    if (!existsSync(new URL('../dist/data/', import.meta.url))) return;
    const built = new URL(`../dist/data/prebuilt/${name}.json`, import.meta.url);
    expect(readFileSync(built, 'utf8')).toBe(JSON.stringify(plain()));
  });
});

describe('the prebuilt abbreviation dictionary', () => {
  it('keeps one entry object for all the keys and spellings of a short form', () => {
    const { dictionary } = builtinTablesFromPlain(viaJson(builtinTablesPlain()));
    const entry = dictionary.byKey.get('TPHCM');
    expect(entry?.short).toBe('TP.HCM');
    expect(dictionary.variants.get('TP.HCM')).toBe(entry);
    expect(new Set(dictionary.byKey.values()).size).toBe(new Set(getBuiltinDictionary().byKey.values()).size);
  });
});
