// Parity of src/nlp with vntk 1.4.4's own API (tokenizer, features, segmentation, POS, chunking, NER).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { crfReference } from '../scripts/lib/crf-reference.mjs';
import * as features from '../src/nlp/features.js';
import * as tagger from '../src/nlp/tagger.js';
import { tagSentence } from '../src/nlp/tagger.js';
import * as tokenizer from '../src/nlp/tokenize.js';
import { tokenize } from '../src/nlp/tokenize.js';

// vntk's feature strings and API over our decoder and over the crfsuite addon (parity-only code).
const reference = crfReference({ features, tagger, tokenize: tokenizer });
const feature = (stage: tagger.Stage) => (...columns: (readonly string[])[]) => reference.featureStrings(stage, columns);
const [segmentFeatures, posFeatures, chunkFeatures, nerFeatures] = (['segment', 'pos', 'chunk', 'ner'] as const).map(feature);
const { segment, segmentToString } = reference.vntk('wasm');

const require = createRequire(import.meta.url);

// vntk's is_in_dict (features/word_features.js → @vntk/dictionary has()) looks every word up
// with indexOf over 74 000 lower-cased words: 7 of this file's 8 CPU seconds. The same answer,
// membership in the same lower-cased list, from a Set; vntk itself is otherwise untouched.
const vntkDictionary = createRequire(require.resolve('vntk/package.json'))('@vntk/dictionary') as { lower_words: string[]; has(word: string): boolean };
const vntkLowerWords = new Set(vntkDictionary.lower_words);
vntkDictionary.has = (word) => (word ? vntkLowerWords.has(word.toLowerCase()) : false);

interface VntkTagger<Row> {
  tag(text: string, format?: string): Row;
  transform(rows: string[][]): string[][];
}
const vntkTokenizer = require('vntk/lib/tokenizer') as { tokenize(text: string): string[] };
const vntkSegmenter = require('vntk/lib/word_tokenizer') as VntkTagger<string[]>;
const vntkPos = require('vntk/lib/pos_tag') as VntkTagger<[string, string][]>;
const vntkChunk = require('vntk/lib/chunking') as VntkTagger<[string, string, string][]>;
const vntkNer = require('vntk/lib/ner') as VntkTagger<[string, string, string, string][]>;

// 120 sentences of the UD Vietnamese-VTB dev file (fixtures/ud-vtb/README.md).
const DEV = new URL('../fixtures/ud-vtb/vi_vtb-ud-dev-sample.conllu', import.meta.url);
const devLines = readFileSync(DEV, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('# text = '))
  .map((l) => l.slice('# text = '.length));
// 40 sentences spread over the sample (itself spread over the dev file).
const step = Math.floor(devLines.length / 40);
const devSample = Array.from({ length: 40 }, (_, i) => devLines[i * step] as string);
const fixtureLines = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
// Odd inputs vntk still tags: a URL (its `web` rule), an email, `=` inside tokens (its
// segmenter truncates feature values at `=`), an emoji (two lone surrogates), all caps.
const oddLines = [
  'Xem chi tiết tại https://baocantho.com.vn/cac-cap-cong-doan-a170000.html',
  'https://baocantho.com.vn/cac-cap-cong-doan-a170000.html',
  'lienhe@baocantho.com.vn',
  'Công thức a=b+c==>d được dùng ở TP. Hồ Chí Minh và Tp. Cần Thơ; ThS. Nguyễn Văn A ...',
  'Khán giả 😀 vỗ tay, ngày 25/12/2023 lúc 18h30, giá 1.850.000 đồng (tăng 3,5%).',
  'ĐẠI HỘI CÔNG ĐOÀN VIỆT NAM LẦN THỨ XIII',
  'iPhone 15 Pro Max giá 34.990.000đ tại TP.HCM',
];
const sample = [...devSample, ...fixtureLines, ...oddLines];

// vntk's NER rows carry its words, POS and chunk tags too; computed once per line (vntk is slow).
const vntkRowsCache = new Map<string, [string, string, string, string][]>();
function vntkRows(line: string): [string, string, string, string][] {
  let rows = vntkRowsCache.get(line);
  if (rows === undefined) {
    rows = vntkNer.tag(line);
    vntkRowsCache.set(line, rows);
  }
  return rows;
}

describe('tokenize equals vntk tokenizer', () => {
  it.each(sample)('%s', (line) => {
    const tokens = tokenize(line);
    expect(tokens.map((t) => t.text)).toEqual(vntkTokenizer.tokenize(line));
    for (const t of tokens) expect(line.slice(t.start, t.end)).toBe(t.text);
  });

  it('offsets point into the whole text when given a span', () => {
    const text = 'Tiêu đề\nCác cấp công đoàn (CĐ) TP Cần Thơ.';
    const start = text.indexOf('Các');
    const tokens = tokenize(text, start, text.length);
    expect(tokens.slice(0, 3)).toEqual([
      { text: 'Các', start: 8, end: 11 },
      { text: 'cấp', start: 12, end: 15 },
      { text: 'công', start: 16, end: 20 },
    ]);
    expect(tokens.map((t) => t.text)).toEqual(vntkTokenizer.tokenize(text.slice(start)));
  });
});

const sorted = (rows: string[][]) => rows.map((r) => [...r].sort());

describe('features equal vntk features (as multisets)', () => {
  it.each(sample)('%s', (line) => {
    const syllables = vntkTokenizer.tokenize(line);
    expect(sorted(segmentFeatures(syllables))).toEqual(sorted(vntkSegmenter.transform(syllables.map((s) => [s, 'X']))));
    const rows = vntkRows(line);
    const words = rows.map((r) => r[0]);
    expect(sorted(posFeatures(words))).toEqual(sorted(vntkPos.transform(words.map((w) => [w, 'X']))));
    const pos = rows.map((r) => r[1]);
    expect(sorted(chunkFeatures(words, pos))).toEqual(
      sorted(vntkChunk.transform(words.map((w, i) => [w, pos[i] as string, 'X']))),
    );
    const chunk = rows.map((r) => r[2]);
    expect(sorted(nerFeatures(words, pos))).toEqual(
      sorted(vntkNer.transform(words.map((w, i) => [w, pos[i] as string, chunk[i] as string, 'X']))),
    );
  });
});

// Both decoders: our own (`wasm`, the only one at run time) and the crfsuite addon vntk uses.
const decoders = [reference.vntk('wasm'), reference.vntk('crfsuite')];

describe('segmentation, POS, chunk and NER equal vntk', () => {
  it.each(sample)('%s', (line) => {
    expect(segmentToString(line)).toBe(vntkSegmenter.tag(line, 'text'));
    const rows = vntkRows(line);
    for (const decoder of decoders) {
      expect(decoder.segment(line)).toEqual(rows.map((r) => r[0]));
      expect(decoder.posTag(line)).toEqual(rows.map((r) => [r[0], r[1]]));
      expect(decoder.nerTag(line)).toEqual(rows);
    }
  });

  it('tagSentence gives the same words and tags, with offsets', () => {
    for (const line of sample) {
      const words = tagSentence(line, { start: 0, end: line.length }, 'all');
      expect(words.map((w) => [w.text, w.pos, w.chunk, w.ner])).toEqual(vntkRows(line));
      // NER does not read the chunk column: the pipeline's level gives the same labels without it.
      expect(tagSentence(line, { start: 0, end: line.length }, 'ner').map((w) => [w.text, w.pos, w.ner])).toEqual(vntkRows(line).map((r) => [r[0], r[1], r[3]]));
      // A word's syllables may touch in the text (`a=b` is one word `a = b`).
      for (const w of words) expect(line.slice(w.start, w.end).replace(/\s+/gu, '')).toBe(w.text.replaceAll(' ', ''));
    }
  });
});

// Expected values read off the sentences by hand (Vietnamese compounds), then confirmed
// against vntk: the test pins vntk's behaviour on the project's own article.
describe('segmentation of the fixture, by hand', () => {
  it.each([
    [
      'Các cấp công đoàn (CĐ) TP Cần Thơ đã triển khai nhiều hoạt động thiết thực, tích cực tham gia đấu tranh.',
      ['Các', 'cấp', 'công đoàn', '(', 'CĐ', ')', 'TP', 'Cần Thơ', 'đã', 'triển khai', 'nhiều', 'hoạt động', 'thiết thực', ',', 'tích cực', 'tham gia', 'đấu tranh', '.'],
    ],
    ['Bài, ảnh: Kiến Quốc', ['Bài', ',', 'ảnh', ':', 'Kiến Quốc']],
    [
      'Trong 5 năm qua, các cấp CĐ thành phố đã tổ chức hơn 19.700 cuộc triển khai tuyên truyền',
      ['Trong', '5', 'năm', 'qua', ',', 'các', 'cấp', 'CĐ', 'thành phố', 'đã', 'tổ chức', 'hơn', '19.700', 'cuộc', 'triển khai', 'tuyên truyền'],
    ],
    ['03/12/2023 - 07:09', ['03/12/2023', '-', '07', ':', '09']],
  ])('%s', (line, expected) => {
    expect(segment(line)).toEqual(expected);
  });

  it('writes only the first space of a word as `_`, as vntk does', () => {
    expect(segmentToString('Ông ấy sống ở Thành phố Hồ Chí Minh')).toBe(vntkSegmenter.tag('Ông ấy sống ở Thành phố Hồ Chí Minh', 'text'));
    expect(segmentToString('Bài, ảnh: Kiến Quốc')).toBe('Bài , ảnh : Kiến_Quốc');
  });

  it('tags the names of the fixture', () => {
    const line = 'Theo bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ';
    const words = tagSentence(line, { start: 0, end: line.length }, 'ner');
    expect(words.filter((w) => w.ner.endsWith('-PER')).map((w) => w.text)).toEqual(['Lê', 'Thị', 'Sương Mai']);
    expect(words.find((w) => w.text === 'Sương Mai')).toMatchObject({ start: 15, end: 24, pos: 'Np', ner: 'I-PER' });
  });
});

describe('odd input: our decoder equals the crfsuite addon', () => {
  // Our decoder writes each group's values to WebAssembly separated by NUL, and converts lone
  // surrogates as the addon does; these inputs go through every stage on both.
  it.each([
    'a\u0000b Hà Nội',
    '\u0000',
    'x\uD800y công đoàn',
    '=== Cần Thơ = TP',
    `${'A'.repeat(30)} à`,
    '😀 Việt Nam 😀',
    'ngày 3/12 ( NLĐ ) "TP.HCM"',
    'İstanbul ΣΟΦΙΑ',
  ])('%j', (line) => {
    expect(reference.vntk('wasm').nerTag(line)).toEqual(reference.vntk('crfsuite').nerTag(line));
  });
});
