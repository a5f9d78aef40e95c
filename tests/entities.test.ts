// Entity extraction: hand-written news sentences through a fake segmenter (exact mentions by
// type), grouping and nesting, the never-list, the data files, adversarial input, and the
// fixture article through vntk's real CRF tags.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/extract/entities/index.js';
import { toOldStyleToneLower, toNewStyleTone } from '../src/lexicon/fold.js';
import type { Abbreviation, Doc, Entity, Word } from '../src/types.js';

/** The rules alone: the fake segmenter gives none of the POS tags the learned tagger reads. */
const RULES_ONLY = { learned: false } as const;

const PUNCT_LEAD = /^[“"«(\[]+/u;
const PUNCT_TAIL = /[.,;:!?…"”»)\]]+$/u;

/**
 * The fake segmenter: `Chủ_tịch UBND tỉnh Quảng_Nam` is the text `Chủ tịch UBND tỉnh Quảng Nam`
 * with the words `Chủ tịch` | `UBND` | `tỉnh` | `Quảng Nam`; punctuation at a chunk's edges is its
 * own word (`Mai,` → `Mai` | `,`), inner punctuation stays (`TP.HCM`, `COVID-19`).
 */
export function fakeDoc(marked: string, ner: Record<string, string> = {}): Doc {
  const text = marked.replace(/_/gu, ' ');
  const words: Word[] = [];
  const push = (chunk: string, start: number) => {
    if (!chunk) return;
    const t = chunk.replace(/_/gu, ' ');
    words.push({ text: t, start, end: start + t.length, pos: '', chunk: '', ner: ner[t] ?? 'O' });
  };
  for (const m of marked.matchAll(/\S+/gu)) {
    let chunk = m[0];
    let start = m.index;
    const lead = PUNCT_LEAD.exec(chunk)?.[0] ?? '';
    for (let k = 0; k < lead.length; k++) push(lead[k] as string, start + k);
    chunk = chunk.slice(lead.length);
    start += lead.length;
    let tail = PUNCT_TAIL.exec(chunk)?.[0] ?? '';
    if (tail === chunk) tail = '';
    // `A.` at the end of a name: the full stop is punctuation; `TP.HCM` keeps its inner dot.
    const body = chunk.slice(0, chunk.length - tail.length);
    push(body, start);
    for (let k = 0; k < tail.length; k++) push(tail[k] as string, start + body.length + k);
  }
  return { text, parts: [], sentences: [{ start: 0, end: text.length, words }], reference: null };
}

/** Every mention as `TYPE:text`, in text order (outer before inner). */
function mentionsOf(doc: Doc, entities: Entity[]): string[] {
  const all: [number, number, string][] = [];
  for (const e of entities) for (const [s, t] of e.mentions) all.push([s, t, `${e.type}:${doc.text.slice(s, t)}`]);
  return all.sort((a, b) => a[0] - b[0] || b[1] - a[1]).map((m) => m[2]);
}

function readCases(): [string, string[]][] {
  const lines = readFileSync(new URL('../fixtures/entities/sentences.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .slice(1);
  return lines.map((l) => {
    const [sentence = '', expected = ''] = l.split('\t');
    return [sentence, expected.trim() === '' ? [] : expected.split(' | ').map((x) => x.trim())];
  });
}

const cases = readCases();

describe('extractEntities on hand-written news sentences', () => {
  it('has at least 100 sentences', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });
  it.each(cases)('%s', (sentence, expected) => {
    const doc = fakeDoc(sentence);
    expect(mentionsOf(doc, extractEntities(doc, [], RULES_ONLY))).toEqual(expected);
  });
});

describe("vntk's CRF tags as one signal", () => {
  it.each<[string, string, Record<string, string>, string[]]>([
    ['a place the gazetteer lacks, after a place cue', 'Liên_hợp_quốc kêu_gọi ngừng_bắn tại Dải Gaza.', { Dải: 'B-LOC', Gaza: 'B-LOC' }, ['ORG:Liên hợp quốc', 'LOC:Dải Gaza']],
    ['no cue, no place', 'Dải Gaza bị phong_tỏa.', { Dải: 'B-LOC', Gaza: 'B-LOC' }, []],
    ['a foreign person', 'Theo Donald Trump, thuế sẽ tăng.', { Donald: 'B-PER', Trump: 'I-PER' }, ['PER:Donald Trump']],
    ['a title run into a place is cut back to the rules', 'Chủ_tịch LĐLĐ TP Cần_Thơ phát_biểu.', { 'Chủ tịch': 'B-LOC', LĐLĐ: 'I-LOC', TP: 'I-LOC', 'Cần Thơ': 'I-LOC' }, ['ORG:LĐLĐ TP Cần Thơ', 'LOC:TP Cần Thơ']],
    ['a number tagged as a place', 'Bệnh_nhân 416 đã xuất_viện tại 07 điểm.', { '416': 'B-LOC', '07': 'B-LOC' }, []],
    ['a person tag on a title is trimmed to the name', 'Ông Nguyễn Văn Ba về quê.', { Ông: 'B-PER', Nguyễn: 'I-PER', Văn: 'I-PER', Ba: 'I-PER' }, ['PER:Nguyễn Văn Ba']],
  ])('%s', (_name, marked, tags, expected) => {
    const doc = fakeDoc(marked, tags);
    expect(mentionsOf(doc, extractEntities(doc, [], RULES_ONLY))).toEqual(expected);
  });
});

describe('words as the real tagger cuts them', () => {
  it('reads a name glued to its full stop (`ASEAN.` is one word)', () => {
    const text = 'Việt Nam là thành viên ASEAN.';
    const w = (t: string, start: number, ner = 'O'): Word => ({ text: t, start, end: start + t.length, pos: '', chunk: '', ner });
    const words = [w('Việt Nam', 0, 'B-LOC'), w('là', 9), w('thành viên', 12), w('ASEAN.', 23)];
    const doc: Doc = { text, parts: [], sentences: [{ start: 0, end: text.length, words }], reference: null };
    expect(mentionsOf(doc, extractEntities(doc, [], RULES_ONLY))).toEqual(['LOC:Việt Nam', 'ORG:ASEAN']);
  });

  it.each<[string, string, string[]]>([
    ['a lowercase noun leading to the place stays inside', 'N', ['ORG:Trung tâm Kiểm soát dịch bệnh tỉnh Bình Dương', 'LOC:tỉnh Bình Dương']],
    ['a verb before a place ends the name', 'V', ['ORG:Trung tâm Kiểm soát', 'LOC:tỉnh Bình Dương']],
  ])('%s', (_name, pos, expected) => {
    const text = 'Trung tâm Kiểm soát dịch bệnh tỉnh Bình Dương';
    const w = (t: string, start: number, p = 'N'): Word => ({ text: t, start, end: start + t.length, pos: p, chunk: '', ner: 'O' });
    const words = [w('Trung tâm', 0), w('Kiểm soát', 10, 'V'), w('dịch bệnh', 20, pos), w('tỉnh', 30), w('Bình Dương', 35, 'Np')];
    const doc: Doc = { text, parts: [], sentences: [{ start: 0, end: text.length, words }], reference: null };
    expect(mentionsOf(doc, extractEntities(doc, [], RULES_ONLY))).toEqual(expected);
  });

  it('reads a country glued to the words after it (`Việt Nam vô địch` as one word)', () => {
    const text = 'Bóng đá Việt Nam vô địch AFF Cup 2018.';
    const w = (t: string, start: number): Word => ({ text: t, start, end: start + t.length, pos: '', chunk: '', ner: 'O' });
    const words = [w('Bóng đá', 0), w('Việt Nam vô địch', 8), w('AFF', 25), w('Cup', 29), w('2018', 33), w('.', 37)];
    const doc: Doc = { text, parts: [], sentences: [{ start: 0, end: text.length, words }], reference: null };
    expect(mentionsOf(doc, extractEntities(doc, [], RULES_ONLY))).toEqual(['LOC:Việt Nam', 'MISC:AFF Cup 2018']);
  });
});

/** Runs the extractor on a marked text and returns `[type, text, count, canonical]` per entity. */
function summary(marked: string, abbreviations: Abbreviation[] = []): [string, string, number, string | undefined][] {
  const doc = fakeDoc(marked);
  return extractEntities(doc, abbreviations, RULES_ONLY).map((e) => [e.type, e.text, e.count, e.canonical]);
}

const abbr = (short: string, expansion: string): Abbreviation => ({
  short,
  expansion,
  source: 'builtin',
  count: 1,
  first: 0,
  definedAt: null,
  mentions: [],
});

describe('grouping mentions into entities', () => {
  it.each<[string, string, [string, string, number, string | undefined][], Abbreviation[]]>([
    [
      'a city with and without its unit word',
      'TP Cần_Thơ có 9 quận. Thành_phố Cần_Thơ đứng đầu ĐBSCL; thành_phố Cần_Thơ và Cần_Thơ là một.',
      [
        ['LOC', 'TP Cần Thơ', 4, 'TP Cần Thơ'],
        ['LOC', 'ĐBSCL', 1, 'Đồng bằng sông Cửu Long'],
      ],
      [],
    ],
    [
      'a province without a unit word takes the province canonical name',
      'Người_dân Quảng_Nam và tỉnh Quảng_Nam.',
      [['LOC', 'tỉnh Quảng Nam', 2, 'tỉnh Quảng Nam']],
      [],
    ],
    [
      'tone-mark placement ignored',
      'Tỉnh Hoà_Bình và tỉnh Hòa_Bình đã sáp_nhập.',
      [['LOC', 'Tỉnh Hoà Bình', 2, 'tỉnh Hòa Bình']],
      [],
    ],
    [
      // The generic `UBND tỉnh` is not merged into the named one (issue 12: it may be another province's).
      'an abbreviated and a written-out organisation, and a generic mention kept apart',
      'UBND tỉnh Quảng_Nam họp. Ủy_ban_nhân_dân tỉnh Quảng_Nam đã chỉ_đạo và UBND tỉnh sẽ báo_cáo.',
      [
        ['ORG', 'Ủy ban nhân dân tỉnh Quảng Nam', 2, 'Ủy ban nhân dân tỉnh Quảng Nam'],
        ['LOC', 'tỉnh Quảng Nam', 2, 'tỉnh Quảng Nam'],
        ['ORG', 'UBND tỉnh', 1, 'UBND tỉnh'],
      ],
      [],
    ],
    [
      'an expansion from the abbreviation layer',
      'Liên_đoàn Lao_động tỉnh An_Giang và LĐLĐ tỉnh An_Giang.',
      [
        ['ORG', 'Liên đoàn Lao động tỉnh An Giang', 2, 'Liên đoàn Lao động tỉnh An Giang'],
        ['LOC', 'tỉnh An Giang', 2, 'tỉnh An Giang'],
      ],
      [abbr('LĐLĐ', 'Liên đoàn Lao động')],
    ],
    [
      'a city alias in an organisation name',
      'UBND TP.HCM họp. Ủy_ban_nhân_dân Thành_phố Hồ Chí Minh chỉ_đạo; UBND TP Hồ Chí Minh báo_cáo.',
      [
        ['ORG', 'Ủy ban nhân dân Thành phố Hồ Chí Minh', 3, 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
        ['LOC', 'TP Hồ Chí Minh', 3, 'TP Hồ Chí Minh'],
      ],
      [],
    ],
    [
      'a short form in brackets after the name, and its later uses',
      'Công_ty TNHH VSIP Bắc_Ninh (VSBN) quản_lý khu này; VSBN có 200 nhân_viên. Tập_đoàn Điện_lực Việt_Nam (EVN) và EVN miền Nam.',
      [
        ['ORG', 'Công ty TNHH VSIP Bắc Ninh', 3, 'Công ty TNHH VSIP Bắc Ninh'],
        ['LOC', 'Bắc Ninh', 1, 'tỉnh Bắc Ninh'],
        ['ORG', 'Tập đoàn Điện lực Việt Nam', 3, 'Tập đoàn Điện lực Việt Nam'],
        ['LOC', 'Việt Nam', 1, 'Việt Nam'],
        ['LOC', 'miền Nam', 1, 'miền Nam'],
      ],
      [],
    ],
    [
      'a bracketed short form with a place, used again later',
      'Trung_tâm Kiểm_soát bệnh_tật TP Cần_Thơ (CDC Cần_Thơ) khuyến_cáo người_dân. CDC Cần_Thơ đã phun thuốc.',
      [
        ['ORG', 'Trung tâm Kiểm soát bệnh tật TP Cần Thơ', 3, 'Trung tâm Kiểm soát bệnh tật TP Cần Thơ'],
        ['LOC', 'TP Cần Thơ', 3, 'TP Cần Thơ'],
      ],
      [],
    ],
    [
      'an organisation without its place beside the one with it',
      'Sở Tài_nguyên và Môi_trường bị kiểm_tra. Sở Tài_nguyên và Môi_trường Hà_Nội đã giải_trình.',
      [
        ['ORG', 'Sở Tài nguyên và Môi trường Hà Nội', 2, 'Sở Tài nguyên và Môi trường Hà Nội'],
        ['LOC', 'Hà Nội', 1, 'TP Hà Nội'],
      ],
      [],
    ],
    [
      'a later mention by the given name alone',
      'Thủ_tướng Phạm Minh Chính đã chỉ_đạo. Theo ông Chính, việc này cấp_bách.',
      [['PER', 'Phạm Minh Chính', 2, 'Phạm Minh Chính']],
      [],
    ],
    [
      'two countries with one canonical name',
      'Hoa_Kỳ là thị_trường lớn; hàng xuất sang Mỹ tăng.',
      [['LOC', 'Mỹ', 2, 'Mỹ']],
      [],
    ],
    [
      'a bare unit name that two places share stays apart',
      'Xã Tân_Phú thuộc huyện Tân_Phú, tỉnh Đồng_Nai.',
      [
        ['LOC', 'Xã Tân Phú', 1, 'xã Tân Phú'],
        ['LOC', 'huyện Tân Phú', 1, 'huyện Tân Phú'],
        ['LOC', 'tỉnh Đồng Nai', 1, 'tỉnh Đồng Nai'],
      ],
      [],
    ],
  ])('%s', (_name, marked, expected, abbreviations) => {
    expect(summary(marked, abbreviations)).toEqual(expected);
  });
});

describe('nesting, roles and parents', () => {
  it('reports the LOC inside the ORG with a parent link, and the nested ORG', () => {
    const doc = fakeDoc('Theo bà Lê Thị Sương_Mai, Chủ_tịch LĐLĐ TP Cần_Thơ, Ban Thường_vụ LĐLĐ TP Cần_Thơ đã họp.');
    const ents = extractEntities(doc, [], RULES_ONLY);
    const view = ents.map((e) => [e.type, e.text, e.count, e.parent === undefined ? null : ents[e.parent]?.text]);
    expect(view).toEqual([
      ['PER', 'Lê Thị Sương Mai', 1, null],
      ['ORG', 'LĐLĐ TP Cần Thơ', 2, 'Ban Thường vụ LĐLĐ TP Cần Thơ'],
      ['LOC', 'TP Cần Thơ', 2, 'LĐLĐ TP Cần Thơ'],
      ['ORG', 'Ban Thường vụ LĐLĐ TP Cần Thơ', 1, null],
    ]);
    expect(ents[0]?.roles).toEqual(['Chủ tịch LĐLĐ TP Cần Thơ']);
  });

  it.each<[string, string, string[]]>([
    ['a title and its body before the name', 'Chủ_tịch UBND tỉnh Quảng_Nam Lê Trí Thanh đã ký.', ['Chủ tịch UBND tỉnh Quảng Nam']],
    ['a rank before and a post after', 'Đại_tá Đinh Văn Nơi, Giám_đốc Công_an tỉnh Quảng_Ninh, chủ_trì.', ['Đại tá', 'Giám đốc Công an tỉnh Quảng Ninh']],
    ['a degree', 'PGS.TS Nguyễn Văn Bình phát_biểu.', ['PGS.TS']],
    ['an honorific is not a role', 'Ông Nguyễn Văn Bình phát_biểu.', []],
    ['a former post', 'Bà Nguyễn Thị Kim Ngân, nguyên Chủ_tịch Quốc_hội, dự lễ.', ['nguyên Chủ tịch Quốc hội']],
  ])('roles: %s', (_name, marked, roles) => {
    const per = extractEntities(fakeDoc(marked), [], RULES_ONLY).find((e) => e.type === 'PER');
    expect(per?.roles).toEqual(roles);
  });

  it('counts byline authors as PER mentions', () => {
    const doc = fakeDoc('Bà Lê Thị Mai phát_biểu. Bài, ảnh: Kiến Quốc');
    const start = doc.text.indexOf('Kiến Quốc');
    const ents = extractEntities(doc, [], { ...RULES_ONLY, authors: [{ name: 'Kiến Quốc', start, end: start + 9 }] });
    expect(ents.map((e) => [e.type, e.text, e.mentions])).toEqual([
      ['PER', 'Lê Thị Mai', [[3, 13]]],
      ['PER', 'Kiến Quốc', [[start, start + 9]]],
    ]);
  });

  it('ignores an author span outside the text', () => {
    const doc = fakeDoc('Không có ai.');
    expect(extractEntities(doc, [], { ...RULES_ONLY, authors: [{ name: 'X', start: 5, end: 500 }] })).toEqual([]);
  });
});

describe('the never-list', () => {
  it.each([
    ['a bare number', 'Có 19.700 cuộc và 1.850.000 lượt.'],
    ['a date and a time', 'Ngày 03/12/2023 - 07:09 và ngày 25-2-2023.'],
    ['a title alone', 'Chủ_tịch và Phó_Chủ_tịch, Giám_đốc, Bí_thư cùng dự.'],
    ['a patient number (the CRF tags it as a place)', 'Bệnh_nhân 416 và bệnh_nhân 07 đã khỏi.'],
    ['lowercase common nouns after unit words', 'Các cấp thành_phố và mạng xã_hội, quận này, huyện đó.'],
    ['an honorific alone', 'Ông cho_biết, bà nói, anh hỏi.'],
    ['punctuation only', '" " ( ) … - – , .'],
    ['a quoted sentence', 'Ông nói: "Chúng_tôi sẽ làm hết sức mình".'],
  ])('%s', (_name, marked) => {
    expect(extractEntities(fakeDoc(marked), [], RULES_ONLY)).toEqual([]);
  });

  it('never starts or ends a span with punctuation, nor puts a number or title in a PER/LOC', () => {
    const marked = cases.map(([s]) => s).join(' ');
    const doc = fakeDoc(marked);
    for (const e of extractEntities(doc, [], RULES_ONLY)) {
      for (const [s, t] of e.mentions) {
        const span = doc.text.slice(s, t);
        expect(span, span).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u);
        if (e.type === 'PER') expect(span, span).not.toMatch(/\p{N}|Chủ tịch|Giám đốc/u);
        if (e.type === 'LOC') expect(span, span).not.toMatch(/Chủ tịch|Giám đốc/u);
      }
    }
  });
});

describe('tone-mark placement', () => {
  it.each([
    ['Hoà Bình', 'hòa bình'],
    ['Hòa Bình', 'hòa bình'],
    ['Uỷ ban', 'ủy ban'],
    ['THUỶ', 'thủy'],
    ['hoàn thành', 'hoàn thành'],
    ['Ðà Nẵng', 'đà nẵng'],
  ])('toOldStyleToneLower(%s) = %s', (input, key) => {
    expect(toOldStyleToneLower(input)).toBe(key);
  });
  it.each([
    ['thủy lợi', 'thuỷ lợi'],
    ['hóa chất', 'hoá chất'],
    ['mùa xuân', 'mùa xuân'],
    ['quý', 'quý'],
  ])('toNewStyleTone(%s) = %s', (input, old) => {
    expect(toNewStyleTone(input)).toBe(old);
  });
});

describe('data files', () => {
  const dataDir = new URL('../src/data/', import.meta.url);
  const files: [string, number][] = [
    ['provinces.tsv', 0],
    ['cities.tsv', 0],
    ['countries.tsv', 0],
    ['titles.tsv', 0],
    ['org-heads.tsv', 0],
    ['org-names.tsv', 0],
    ['loc-units.tsv', 0],
    ['events.tsv', 0],
    ['family-names.txt', 0],
    ['diseases.txt', 0],
    ['misc-triggers.txt', 0],
    ['org-inner.txt', 0],
  ];
  it.each(files)('%s: a source note, every key NFC, trimmed and unique', (name) => {
    const lines = readFileSync(new URL(name, dataDir), 'utf8').split('\n');
    expect(lines[0]).toMatch(/^# .*Source/u);
    const rows = lines.filter((l) => l !== '' && !l.startsWith('#'));
    const keys = (name.endsWith('.tsv') ? rows.slice(1) : rows).map((l) => l.split('\t')[0] ?? '');
    expect(keys.length).toBeGreaterThan(5);
    for (const k of keys) {
      expect(k, k).toBe(k.normalize('NFC'));
      expect(k, k).toBe(k.trim());
      expect(k).not.toBe('');
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds the 63 provinces before 1 July 2025 and the 34 after', () => {
    const rows = readFileSync(new URL('provinces.tsv', dataDir), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .slice(1)
      .map((l) => l.split('\t'));
    const inForce = (day: string) =>
      rows.filter(([, , from = '', to = '']) => (from === '' || from <= day) && (to === '' || to >= day)).map((r) => r[0]);
    expect(inForce('2024-06-30')).toHaveLength(63);
    expect(inForce('2025-07-01')).toHaveLength(34);
    expect(inForce('2025-07-01')).toEqual(expect.arrayContaining(['Hà Nội', 'Huế', 'Hồ Chí Minh', 'Cần Thơ', 'An Giang', 'Tuyên Quang']));
    expect(inForce('2025-07-01')).not.toContain('Hậu Giang');
  });
});

describe('adversarial input', () => {
  // Long runs and multi-megabyte lines: tests/large/extract-adversarial.test.ts.
  it('never throws, and keeps its output contract, on random sentences with random words and tags', () => {
    const vocab = ['Bộ', 'Y', 'tế', 'UBND', 'tỉnh', 'TP', '.', '(', ')', '"', '“', '”', 'Nguyễn', 'Văn', 'A', 'ông', 'bà', 'Chủ', 'tịch', 'Cần', 'Thơ', 'Hà', 'Nội', 'và', 'tại', 'quận', '1', '19.700', 'COVID-19', 'H.T.P', 'Sở', 'Công', 'an', 'Ban', 'Thường', 'vụ', 'LĐLĐ', ',', '-', '&', 'xã', 'Trường', 'Sa', 'Anh', 'Mỹ', 'Đảng', '(VSBN)', 'VSBN', 'số', 'Quân', 'khu'];
    const tags = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG'];
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let it = 0; it < 500; it++) {
      const parts = Array.from({ length: 1 + rnd(40) }, () => vocab[rnd(vocab.length)] as string);
      const text = parts.join(rnd(5) === 0 ? '' : ' ');
      const words: Word[] = [];
      let at = 0;
      for (const p of parts) {
        const i = text.indexOf(p, at);
        if (i < 0) continue;
        words.push({ text: p, start: i, end: i + p.length, pos: ['N', 'V', 'Np', ''][rnd(4)] as string, chunk: '', ner: tags[rnd(tags.length)] as string });
        at = i + p.length;
      }
      const doc: Doc = { text, parts: [], sentences: [{ start: 0, end: text.length, words }], reference: null };
      const ents = extractEntities(doc, []);
      ents.forEach((e, i) => {
        if (i > 0) expect(e.mentions[0]![0]).toBeGreaterThanOrEqual(ents[i - 1]!.mentions[0]![0]);
        if (e.parent !== undefined) expect(ents[e.parent]).toBeDefined();
        expect(e.count).toBe(e.mentions.length);
        for (const [s, t] of e.mentions) expect(text.slice(s, t)).toMatch(/^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/u);
      });
    }
  });

  it('reads a long pipeline sentence without words', () => {
    const text = 'Ông Nguyễn Văn A đến tỉnh Quảng Nam. '.repeat(5_000);
    const doc: Doc = { text, parts: [], sentences: [{ start: 0, end: text.length, words: [] }], reference: null };
    const ents = extractEntities(doc, []);
    expect(ents.map((e) => [e.type, e.text, e.count])).toEqual([
      ['PER', 'Nguyễn Văn A', 5_000],
      ['LOC', 'tỉnh Quảng Nam', 5_000],
    ]);
  });
});

describe('the fixture article through the real tagger', () => {
  const fixtureEntities = async () => {
    const { analyze } = await import('../src/analyze.js');
    const text = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8').normalize('NFC');
    return { text, ents: analyze(text).entities };
  };

  // Known miss of the learned tagger (kept visible: this test turns red once it is found).
  it.fails('finds `Nhà nước` (the State) as an organisation', async () => {
    const { ents } = await fixtureEntities();
    expect(ents.find((e) => e.text === 'Nhà nước')?.type).toBe('ORG');
  });

  it('finds the persons, organisations, places and names of the can-tho-cong-doan article', async () => {
    const { text, ents } = await fixtureEntities();
    const view = ents.map((e) => [e.type, e.text, e.count, e.parent === undefined ? null : ents[e.parent]?.text]);
    expect(view).toEqual([
      ['ORG', 'Đảng', 5, null],
      ['LOC', 'TP Cần Thơ', 4, 'LĐLĐ TP Cần Thơ'],
      ['ORG', 'LĐLĐ TP Cần Thơ', 3, 'Ban Thường vụ LĐLĐ TP Cần Thơ'],
      ['ORG', 'LĐLĐ quận Thốt Nốt', 1, null],
      ['LOC', 'quận Thốt Nốt', 1, 'LĐLĐ quận Thốt Nốt'],
      ['PER', 'Lê Thị Sương Mai', 1, null],
      ['ORG', 'Ban Thường vụ LĐLĐ TP Cần Thơ', 1, null],
      ['MISC', 'COVID-19', 1, null],
      ['MISC', 'Tháng Công nhân', 1, null],
      ['MISC', 'Lắng nghe - Thấu hiểu - Chia sẻ', 1, null],
      ['MISC', 'Cảm ơn NLĐ', 1, null],
      ['MISC', 'Ngày hội việc làm', 1, null],
      ['PER', 'Kiến Quốc', 1, null],
    ]);
    const mai = ents.find((e) => e.text === 'Lê Thị Sương Mai');
    const at = text.indexOf('Lê Thị Sương Mai');
    expect(mai?.mentions).toEqual([[at, at + 16]]);
    expect(mai?.roles).toEqual(['Chủ tịch LĐLĐ TP Cần Thơ']);
    const city = ents.find((e) => e.text === 'TP Cần Thơ');
    expect(city?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['TP Cần Thơ', 'TP Cần Thơ', 'TP Cần Thơ', 'TP Cần Thơ']);
    expect(ents.find((e) => e.text === 'Đảng')?.canonical).toBe('Đảng Cộng sản Việt Nam');
  });
});

describe('entryKeys: data entries as case-kept, new-tone token keys', () => {
  it('reads plain entries and entries with punctuation alike', async () => {
    const { entryKeys } = await import('../src/extract/entities/tokens.js');
    expect(entryKeys('Khánh Hoà')).toEqual(['Khánh', 'Hòa']);
    expect(entryKeys('Kh\u0061\u0301nh Ho\u0061\u0300')).toEqual(['Khánh', 'Hòa']);
    expect(entryKeys('Bà Rịa - Vũng Tàu')).toEqual(['Bà', 'Rịa', '-', 'Vũng', 'Tàu']);
    expect(entryKeys('Thuỷ  Nguyên')).toEqual(['Thủy', 'Nguyên']);
    expect(entryKeys('TP.HCM')).toEqual(['TP.HCM']);
    expect(entryKeys('hoàn cảnh')).toEqual(['hoàn', 'cảnh']);
    expect(entryKeys('Ðồng Tháp')).toEqual(['Đồng', 'Tháp']);
    expect(entryKeys('')).toEqual([]);
  });
});
