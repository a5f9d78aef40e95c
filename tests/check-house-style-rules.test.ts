// The house-style rules one case at a time, on hand-made analyses (tests/check-helpers.ts) so each
// case shows exactly what the rule reads: the syllable structure, the suggestions, the names the
// policies leave alone, the weekday and stale-place rules' use of the dateline, dates and
// entities, and the multi-paragraph quotation convention. Then hostile input.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, parseConfigFile, resolveConfig, runChecks } from '../src/check/index.js';
import type { HouseStyle } from '../src/check/index.js';
import { isJoinedSyllables, splitTone, syllableProblem } from '../src/check/syllable.js';
import { suggestSyllables } from '../src/check/word-list.js';
import type { DateMention, Entity, EntityType } from '../src/types.js';
import { emptyAnalysis, input } from './check-helpers.js';
import { stripMarksKeepD } from '../src/lexicon/fold.js';

function only(id: string, houseStyle?: HouseStyle) {
  const file = houseStyle ? parseConfigFile({ houseStyle }, '/n/.article-analyze.json') : null;
  return resolveConfig({ file, ruleOverrides: RULES.map((r) => `${r.id}=${r.id === id ? 'error' : 'off'}`) });
}

/** An entity for every listed [type, text], at each place the text occurs. */
function entities(text: string, list: [EntityType, string][]): Entity[] {
  return list.map(([type, name]) => {
    const mentions: [number, number][] = [];
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) mentions.push([i, i + name.length]);
    return { text: name, type, count: mentions.length, mentions };
  });
}

function run(id: string, text: string, over: { houseStyle?: HouseStyle; entities?: [EntityType, string][]; dateline?: string | null; dates?: DateMention[] } = {}) {
  const analysis = emptyAnalysis({ entities: entities(text, over.entities ?? []), dates: over.dates ?? [] });
  if (over.dateline) analysis.article.dateline = { text: over.dateline, value: over.dateline };
  return runChecks(input(text, { analysis }), only(id, over.houseStyle)).map((f) => [f.column, text.slice(f.start, f.end), f.message, f.fix?.text ?? null]);
}

const problem = (w: string) => {
  const s = splitTone(w);
  return s === null ? 'foreign' : syllableProblem(s);
};

describe('syllable structure', () => {
  it.each([
    'người', 'trường', 'được', 'không', 'nghiêng', 'quốc', 'quý', 'quỳnh', 'quyết', 'giếng', 'gì', 'già', 'giữa',
    'hoà', 'hòa', 'thuỷ', 'thủy', 'khuỷu', 'yêu', 'ếch', 'oái', 'ngoằn', 'tuyết', 'khuya', 'gặp', 'hạt', 'xoăn',
    'kỹ', 'kĩ', 'ghế', 'nghĩ', 'Uỷ', 'ĐƯỢC', 'boong', 'rượu', 'khuấy', 'huých', 'ngoẹo', 'ạch',
  ])('%s is a Vietnamese syllable', (w) => {
    expect(problem(w)).toBeNull();
  });
  it.each([
    ['nguời', 'shape'],
    ['truờng', 'shape'],
    ['khôg', 'shape'],
    ['ghà', 'shape'],
    ['kao', 'shape'],
    ['cem', 'shape'],
    ['ngé', 'shape'],
    ['tyên', 'shape'],
    ['iên', 'shape'],
    ['quo', 'shape'],
    ['coa', 'shape'],
    ['đươc', 'stop-tone'],
    ['chuôt', 'stop-tone'],
    ['bàt', 'stop-tone'],
    ['hỏc', 'stop-tone'],
    ['muà', 'tone-place'],
    ['tíêng', 'tone-place'],
    ['qúy', 'tone-place'],
    ['hòan', 'tone-place'],
    ['café', 'foreign'],
    ['Zelensky', 'foreign'],
    ['Müller', 'foreign'],
    ['kèo̤', 'foreign'],
  ])('%s: %s', (w, expected) => {
    expect(problem(w)).toBe(expected);
  });
  it.each([
    ['ôtô', true],
    ['bêtông', true],
    ['cactông', true],
    ['balô', true],
    ['nguời', false],
    ['khôg', false],
    ['truờng', false],
  ])('%s is syllables run together: %s', (w, expected) => {
    expect(isJoinedSyllables(w)).toBe(expected);
  });
});

describe('suggestions from the word list', () => {
  it.each([
    ['nguời', 'người'],
    ['truờng', 'trường'],
    ['đươc', 'được'],
    ['khôg', 'không'],
    ['muà', 'mùa'],
    ['chuôt', 'chuột'],
  ])('%s → %s first', (w, best) => {
    expect(suggestSyllables(w)[0]).toBe(best);
  });
  it('none when no attested syllable is one edit away', () => {
    expect(suggestSyllables('xqưzzz')).toEqual([]);
  });
});

describe('syllable-invalid', () => {
  it('reports each misspelt syllable once, with the stop-coda reason and the case of the word', () => {
    expect(run('syllable-invalid', 'Truờng học đươc xây mới.')).toEqual([
      [1, 'Truờng', '"Truờng" is not a Vietnamese syllable; did you mean "Trường" (or "Truồng", "Truông")?', null],
      [12, 'đươc', '"đươc" is not a Vietnamese syllable (one ending in p, t, c or ch takes only the sắc or nặng tone); did you mean "được" (or "đước")?', null],
    ]);
  });
  it.each([
    ['foreign words and plain ASCII', 'Anh ấy đi café, xem show online cùng Zelensky.'],
    ['names inside a sentence and in entities', 'Đoàn đến Matxcơva và gặp ông Ngưòi.'],
    ['a capitalised first word with nothing one edit away', 'Matxcơva đón đoàn.'],
    ['capitals, mixed case and lower-case abbreviations', 'ĐHQG và iPhone, hđnd và đđv.'],
    ['codes, hyphenated loans, units and abbreviations with stops', 'Virus H5N1, người Ê-đê, giá 20.000 đ/kg, v.v.'],
    ['URLs and e-mail addresses', 'Xem https://báo.vn/ngừơi-dân hoặc gửi ngừơi@báo.vn.'],
    ['loanwords written together', 'Xe ôtô chở bêtông và balô.'],
  ])('leaves alone %s', (_, text) => {
    expect(run('syllable-invalid', text)).toEqual([]);
  });
  it('a capitalised first word in an entity is a name', () => {
    expect(run('syllable-invalid', 'Ngưòi đến.', { entities: [['PER', 'Ngưòi']] })).toEqual([]);
  });
  it('reads the prose only: not the dateline, byline or trailer', () => {
    const text = 'Hôm nay\n\nNhiều nguời đến.\n\nBài: Nguòi Viết';
    const analysis = emptyAnalysis();
    const parts = [
      { kind: 'dateline' as const, start: 0, end: 7 },
      { kind: 'paragraph' as const, start: 9, end: 25 },
      { kind: 'byline' as const, start: 27, end: 42 },
    ];
    const found = runChecks(input(text, { analysis, parts }), only('syllable-invalid'));
    expect(found.map((f) => [f.line, f.column])).toEqual([[3, 7]]);
  });
});

describe('tone-mark-mixed under a policy', () => {
  it('"new": common words, capitalised ones included, with their fixes; names after a title or in a PER are left', () => {
    const text = 'Ủy ban chăm lo sức khỏe và hòa giải; chị Thủy và bà Lê Thị Hòa dự họp cùng ông Thụy.';
    expect(run('tone-mark-mixed', text, { houseStyle: { toneMarks: 'new' }, entities: [['PER', 'Thụy']] })).toEqual([
      [1, 'Ủy', '"Ủy" places the tone mark old-style; the house style is new style, oà/uý: write "Uỷ".', 'Uỷ'],
      [20, 'khỏe', '"khỏe" places the tone mark old-style; the house style is new style, oà/uý: write "khoẻ".', 'khoẻ'],
      [28, 'hòa', '"hòa" places the tone mark old-style; the house style is new style, oà/uý: write "hoà".', 'hoà'],
    ]);
  });
  it('"old": the other way, keeping each letter\'s case', () => {
    expect(run('tone-mark-mixed', 'HOÀ và Khoẻ', { houseStyle: { toneMarks: 'old' } }).map((f) => f[3])).toEqual(['HÒA', 'Khỏe']);
  });
  it('"consistent" is today\'s rule: capitalised words do not count, and nothing is fixed', () => {
    expect(run('tone-mark-mixed', 'Ủy ban hòa giải, giữ hoà khí, hòa hợp.')).toEqual([
      [22, 'hoà', '"hoà" places the tone mark new-style; this article mostly writes old style, òa/úy ("hòa" at 1:8).', null],
    ]);
  });
});

describe('i-y-mixed', () => {
  it('"y": kĩ, lí, mĩ become kỹ, lý, mỹ and qui becomes quy; a name opening with a family name is left', () => {
    const text = 'Kĩ sư Mĩ giải thích lí do qui định mới trên đường Lý Thường Kiệt.';
    expect(run('i-y-mixed', text, { houseStyle: { iy: 'y' } }).map((f) => [f[0], f[3]])).toEqual([
      [1, 'Kỹ'],
      [7, 'Mỹ'],
      [21, 'lý'],
      [27, 'quy'],
    ]);
  });
  it('"i": y becomes i after a consonant, but quy stays quy under both', () => {
    expect(run('i-y-mixed', 'kỹ thuật và quy định, bà Mỹ', { houseStyle: { iy: 'i' } }).map((f) => [f[1], f[3]])).toEqual([['kỹ', 'kĩ']]);
  });
  it('"consistent": each onset keeps its own majority (tỉ beside kỹ is a paper\'s habit, not a mix)', () => {
    expect(run('i-y-mixed', 'tỉ lệ kỹ năng, kỹ thuật và kĩ sư; quy định, qui chế và quy trình')).toEqual([
      [28, 'kĩ', '"kĩ" is written with i; this article mostly writes y ("kỹ" at 1:7).', null],
      [45, 'qui', '"qui" is written with i; this article mostly writes y ("quy" at 1:35).', null],
    ]);
  });
});

const DATE = (text: string, start: number, value: string | null, kind: DateMention['kind'] = 'date'): DateMention => ({ text, start, end: start + text.length, kind, value });

describe('weekday-mismatch', () => {
  const text = 'Sáng thứ Hai (20/5), đoàn khởi hành.';
  it('gives the right weekday when the year is known', () => {
    expect(run('weekday-mismatch', text, { dates: [DATE('Sáng thứ Hai (20/5)', 0, '2025-05-20')] })).toEqual([
      [6, 'thứ Hai', '"thứ Hai" does not match 20/5/2025, which is a Tuesday (thứ Ba).', null],
    ]);
  });
  it('no finding when the weekday is right, or the year unknown', () => {
    expect(run('weekday-mismatch', text, { dates: [DATE('Sáng thứ Hai (20/5)', 0, '2024-05-20')] })).toEqual([]);
    expect(run('weekday-mismatch', text, { dates: [DATE('Sáng thứ Hai (20/5)', 0, 'XXXX-05-20')] })).toEqual([]);
  });
  it('checks both ends of a range, Chủ nhật and digits included', () => {
    const t = 'từ thứ 2 (19/5) đến Chủ nhật (24/5)';
    expect(run('weekday-mismatch', t, { dates: [DATE(t, 0, '2025-05-19/2025-05-24', 'range')] })).toEqual([
      [21, 'Chủ nhật', '"Chủ nhật" does not match 24/5/2025, which is a Saturday (thứ Bảy).', null],
    ]);
  });
  it('a weekday with no day of the month beside it is not checked', () => {
    expect(run('weekday-mismatch', 'thứ Hai tuần trước', { dates: [DATE('thứ Hai tuần trước', 0, '2025-05-20')] })).toEqual([]);
  });
});

describe('place-name-stale', () => {
  const text = 'UBND tỉnh Bình Dương và UBND tỉnh Thừa Thiên Huế làm việc với huyện Cần Giờ tại TP. Hồ Chí Minh.';
  const ents: [EntityType, string][] = [
    ['LOC', 'tỉnh Bình Dương'],
    ['LOC', 'tỉnh Thừa Thiên Huế'],
    ['LOC', 'huyện Cần Giờ'],
    ['LOC', 'TP. Hồ Chí Minh'],
  ];
  it('after 1 July 2025: merged provinces name their new unit, districts are gone; current names pass', () => {
    expect(run('place-name-stale', text, { entities: ents, dateline: '2025-07-01T08:00' }).map((f) => [f[0], f[2]])).toEqual([
      [6, '"tỉnh Bình Dương" no longer exists: since 1/7/2025 it is part of thành phố Hồ Chí Minh; name the current unit, or write "tỉnh Bình Dương (cũ)".'],
      [30, '"tỉnh Thừa Thiên Huế" no longer exists: since 1/1/2025 it is part of thành phố Huế; name the current unit, or write "tỉnh Thừa Thiên Huế (cũ)".'],
      [63, '"huyện Cần Giờ": the district level was abolished on 1/7/2025; name the commune or the province, or write "huyện Cần Giờ (cũ)".'],
    ]);
  });
  it('between the two changes, only Thừa Thiên Huế is stale', () => {
    expect(run('place-name-stale', text, { entities: ents, dateline: '2025-06-30' }).map((f) => f[1])).toEqual(['tỉnh Thừa Thiên Huế']);
  });
  it('nothing before 2025, or without a dateline', () => {
    expect(run('place-name-stale', text, { entities: ents, dateline: '2024-12-31' })).toEqual([]);
    expect(run('place-name-stale', text, { entities: ents })).toEqual([]);
  });
  it('a sentence that speaks of the past is left alone; only entities are read', () => {
    const t = 'Tỉnh Hà Giang (cũ) có nhiều điểm du lịch. Trước đây, huyện Mèo Vạc thuộc tỉnh Hà Giang. Người dân tỉnh Bắc Kạn vui mừng.';
    expect(run('place-name-stale', t, { entities: [['LOC', 'Tỉnh Hà Giang'], ['LOC', 'huyện Mèo Vạc'], ['LOC', 'tỉnh Hà Giang']], dateline: '2025-08-01' })).toEqual([]);
  });
  it('a bare name right after "tỉnh" counts', () => {
    expect(run('place-name-stale', 'Du khách đến tỉnh Hà Giang.', { entities: [['LOC', 'Hà Giang']], dateline: '2025-08-01' }).map((f) => [f[0], f[1]])).toEqual([[14, 'tỉnh Hà Giang']]);
  });
});

describe('unbalanced-brackets: quotations over several paragraphs', () => {
  it.each([
    ['curly quotes, blank lines between', 'Ông nói: “Một.\n\n“Hai.\n\n“Ba.”'],
    ['straight quotes, no blank lines', 'Bà kể: "Một.\n"Hai."'],
    ['indented paragraphs', 'Ông nói: “Một.\n  “Hai.”'],
  ])('pass when each paragraph reopens and the last closes: %s', (_, text) => {
    expect(run('unbalanced-brackets', text)).toEqual([]);
  });
  it('fail at the last paragraph when it does not close, naming where the quotation opened', () => {
    expect(run('unbalanced-brackets', 'Ông nói: “Một.\n\n“Hai.\n\n“Ba.')).toEqual([
      [1, '“', '"“" is never closed by "”": the quotation opened at 1:10 must close at the end of its last paragraph.', null],
    ]);
  });
  it('fail as before when the next paragraph does not reopen', () => {
    expect(run('unbalanced-brackets', 'Ông nói: “Một.\n\nHai.”')).toEqual([
      [10, '“', '"“" is never closed by "”" on this line.', null],
      [5, '”', '"”" closes no "“" on this line.', null],
    ]);
  });
  it('a bracket left open inside the carried quotation is still reported', () => {
    expect(run('unbalanced-brackets', 'Ông nói: “Một (hai.\n“Ba.”').map((f) => f[1])).toEqual(['(']);
  });
});

describe('hostile input', () => {
  const ALL = resolveConfig({ file: parseConfigFile({ houseStyle: { toneMarks: 'new', iy: 'y' } }, '/n/c.json'), ruleOverrides: RULES.map((r) => `${r.id}=warn`) });
  const count = (text: string, id: string) => runChecks(input(text), ALL).filter((f) => f.ruleId === id).length;
  it('long runs of the letters the rules loop on', () => {
    expect(count('ư'.repeat(200_000), 'syllable-invalid')).toBe(0);
    expect(count('ươ '.repeat(100_000), 'syllable-invalid')).toBe(100_000);
    expect(count('Nguời. '.repeat(50_000), 'syllable-invalid')).toBe(50_000);
    expect(count('hòa '.repeat(100_000), 'tone-mark-mixed')).toBe(100_000);
    expect(count('kĩ qui '.repeat(50_000), 'i-y-mixed')).toBe(100_000);
    expect(count(`${'a'.repeat(100_000)}@${'b.'.repeat(100_000)}`, 'syllable-invalid')).toBe(0);
  });
  it('quotation chains: 100 000 paragraphs reopening, and 100 000 blank lines after an open quote', () => {
    expect(count('“a\n'.repeat(100_000), 'unbalanced-brackets')).toBe(1);
    expect(count(`“a${'\n'.repeat(100_000)}b`, 'unbalanced-brackets')).toBe(1);
    expect(count(`${'“a\n\n'.repeat(50_000)}b”`, 'unbalanced-brackets')).toBe(2);
  });
  it('place and weekday patterns over long mentions and runs of capitals', () => {
    const text = `huyện ${'Ab '.repeat(50_000)}`;
    const analysis = emptyAnalysis({ entities: [{ text, type: 'LOC', count: 1, mentions: [[0, text.length]] }] });
    analysis.article.dateline = { text: '2025-08-01', value: '2025-08-01' };
    expect(runChecks(input(text, { analysis }), only('place-name-stale')).length).toBe(1);
    const t = `thứ Hai ${'1/'.repeat(50_000)}`;
    const dates = [{ text: t, start: 0, end: t.length, kind: 'date' as const, value: '2025-05-20' }];
    expect(runChecks(input(t, { analysis: emptyAnalysis({ dates }) }), only('weekday-mismatch')).length).toBe(1);
  });
});

describe('the data the rules read', () => {
  const data = (name: string) => readFileSync(new URL(`../src/data/${name}`, import.meta.url), 'utf8');
  const rows = data('provinces.tsv')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'));
  it('provinces.tsv: the units merged on 1 July 2025, by Resolution 202/2025/QH15', () => {
    const absorbed: Record<string, string[]> = {};
    for (const [name = '', , , to = '', into = ''] of rows) if (to === '2025-06-30') (absorbed[into] ??= []).push(name);
    for (const list of Object.values(absorbed)) list.sort();
    expect(absorbed).toEqual({
      'Tuyên Quang': ['Hà Giang'],
      'Lào Cai': ['Yên Bái'],
      'Thái Nguyên': ['Bắc Kạn'],
      'Phú Thọ': ['Hòa Bình', 'Vĩnh Phúc'],
      'Bắc Ninh': ['Bắc Giang'],
      'Hưng Yên': ['Thái Bình'],
      'Hải Phòng': ['Hải Dương'],
      'Ninh Bình': ['Hà Nam', 'Nam Định'],
      'Quảng Trị': ['Quảng Bình'],
      'Đà Nẵng': ['Quảng Nam'],
      'Quảng Ngãi': ['Kon Tum'],
      'Gia Lai': ['Bình Định'],
      'Khánh Hòa': ['Ninh Thuận'],
      'Lâm Đồng': ['Bình Thuận', 'Đắk Nông'],
      'Đắk Lắk': ['Phú Yên'],
      'Hồ Chí Minh': ['Bà Rịa - Vũng Tàu', 'Bình Dương'],
      'Đồng Nai': ['Bình Phước'],
      'Tây Ninh': ['Long An'],
      'Cần Thơ': ['Hậu Giang', 'Sóc Trăng'],
      'Vĩnh Long': ['Bến Tre', 'Trà Vinh'],
      'Đồng Tháp': ['Tiền Giang'],
      'Cà Mau': ['Bạc Liêu'],
      'An Giang': ['Kiên Giang'],
    });
  });
  it('provinces.tsv: every unit merged into is in force, and names and aliases fold apart', () => {
    const current = new Set(rows.filter((r) => (r[3] ?? '') === '').map((r) => r[0]));
    for (const r of rows) expect(current.has(r[4])).toBe(true);
    // `TP.HCM` and `Tp.HCM` fold alike and name one city: a folded key never names two units.
    const owner = new Map<string, Set<string>>();
    for (const r of rows) for (const n of [r[0] ?? '', ...(r[5] ?? '').split(',').filter(Boolean)]) owner.set(stripMarksKeepD(n), (owner.get(stripMarksKeepD(n)) ?? new Set()).add(r[0] ?? ''));
    expect([...owner].filter(([, names]) => names.size > 1)).toEqual([]);
  });
  it('house-style.json and syllables.json: NFC, trimmed, unique; each i/y pair differs only in its i/y', () => {
    const hs = JSON.parse(data('house-style.json'));
    const syl = JSON.parse(data('syllables.json'));
    const lists: string[][] = [hs.pastMarkers, syl.onsets, syl.rimes, ...Object.values(hs.iyPairs as Record<string, string[][]>).map((l) => l.flat())];
    const bad = lists.flat().filter((w) => w !== w.normalize('NFC') || w !== w.trim() || w === '');
    expect(bad).toEqual([]);
    for (const l of lists) expect(new Set(l).size).toBe(l.length);
    for (const [i, y] of Object.values(hs.iyPairs as Record<string, [string, string][]>).flat()) {
      expect([i.slice(0, -1), splitTone(i)?.base.at(-1), splitTone(y)?.base.at(-1)]).toEqual([y.slice(0, -1), 'i', 'y']);
    }
  });
});
