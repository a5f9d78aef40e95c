// The built-in abbreviation data: well-formed, NFC, trimmed, unique, and covering what newsrooms use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shortFormKey } from '../src/lexicon/short-forms.js';

const read = (name: string): string[][] =>
  readFileSync(new URL(`../src/data/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));

const [header = [], ...rows] = read('abbreviations.tsv');
const DOMAINS = ['admin', 'party', 'union', 'education', 'health', 'sport', 'economy', 'finance', 'law', 'place', 'press', 'security', 'society', 'science', 'international', 'title'];

describe('src/data/abbreviations.tsv', () => {
  it('has the documented header', () => {
    expect(header).toEqual(['short', 'expansion', 'domain', 'context', 'variants', 'prefix', 'source', 'english', 'tier']);
  });

  it('has at least 400 entries', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
  });

  it('has 9 NFC, trimmed cells a line, with short, expansion, domain and source filled in', () => {
    const bad = rows.filter(
      (r) =>
        r.length !== 9 ||
        !['', 'common'].includes(r[8] ?? '') ||
        r.some((c) => c !== c.normalize('NFC') || c !== c.trim() || /\s{2}|\u00D0|\u00F0/u.test(c)) ||
        !r[0] || !r[1] || !r[6] ||
        !DOMAINS.includes(r[2] ?? '') ||
        !['', 'yes', 'name'].includes(r[5] ?? ''),
    );
    expect(bad).toEqual([]);
  });

  it('has every (short, expansion) pair once', () => {
    const pairs = rows.map((r) => `${r[0]}\t${r[1]}`);
    expect(pairs.filter((p, i) => pairs.indexOf(p) !== i)).toEqual([]);
  });

  it('spells each short form one way: no two short forms fold to the same key', () => {
    const byKey = new Map<string, Set<string>>();
    for (const [short = ''] of rows) byKey.set(shortFormKey(short), (byKey.get(shortFormKey(short)) ?? new Set()).add(short));
    expect([...byKey.values()].filter((s) => s.size > 1).map((s) => [...s])).toEqual([]);
  });

  it('gives every sense of an ambiguous short form its context words, and only known markers', () => {
    const count = new Map<string, number>();
    for (const [short = ''] of rows) count.set(short, (count.get(short) ?? 0) + 1);
    const missing = rows.filter((r) => (count.get(r[0] ?? '') ?? 0) > 1 && (r[3] ?? '') === '');
    expect(missing).toEqual([]);
    const terms = rows.flatMap((r) => (r[3] ?? '').split('|').filter((t) => t !== ''));
    expect(terms.filter((t) => t !== t.trim() || (t.startsWith('@') && !['@name', '@number', '@document', '@road'].includes(t)))).toEqual([]);
  });

  it('gives each variant spelling to one short form only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [short = '', , , , variants = ''] of rows) {
      for (const v of variants.split('|').filter((x) => x !== '')) {
        const o = owner.get(v);
        if (o !== undefined && o !== short) clashes.push(v);
        owner.set(v, short);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    'TP', 'TX', 'UBND', 'HĐND', 'MTTQ', 'TAND', 'VKSND', 'CA', 'CSGT', 'GD&ĐT', 'NN&PTNT', 'TN&MT', 'KH&ĐT', 'BCĐ',
    'LĐLĐ', 'CĐCS', 'CNVCLĐ', 'BCH', 'BTV', 'ĐV', 'NLĐ', 'ĐTN', 'HLHPN', 'ĐTNCS',
    'THPT', 'THCS', 'ĐH', 'CĐ', 'GS', 'PGS', 'TS', 'ThS',
    'BS', 'BV', 'BHYT', 'BHXH', 'ATTP', 'HLV', 'VĐV', 'CLB', 'DN', 'KCN', 'HTX', 'GDP', 'CPI', 'TP.HCM', 'ĐBSCL', 'TTXVN',
  ])('has %s', (short) => {
    expect(rows.some((r) => r[0] === short)).toBe(true);
  });

  it.each([
    ['CĐ', ['công đoàn', 'cao đẳng']],
    ['TT', ['thị trấn', 'trung tâm', 'thông tư', 'Thủ tướng']],
    ['ĐH', ['đại học', 'đại hội', 'đường huyện']],
    ['BS', ['bác sĩ', 'bổ sung']],
  ])('lists the senses of %s', (short, senses) => {
    expect(rows.filter((r) => r[0] === short).map((r) => r[1])).toEqual(senses);
  });
});

describe('src/data/abbreviation-stoplist.tsv', () => {
  const [stopHeader = [], ...words] = read('abbreviation-stoplist.tsv');
  it('has a header and NFC, trimmed, unique words that no dictionary entry claims', () => {
    expect(stopHeader).toEqual(['word', 'note']);
    const keys = words.map((w) => w[0] ?? '');
    expect(keys.filter((k) => k !== k.normalize('NFC') || k !== k.trim() || k === '')).toEqual([]);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const entries = new Set(rows.map((r) => shortFormKey(r[0] ?? '')));
    expect(keys.filter((k) => entries.has(shortFormKey(k)))).toEqual([]);
  });
});
