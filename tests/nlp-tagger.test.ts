// tagSentence: lazy model loading, offsets into the text, and no throw on odd input.
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';

// Test files share their worker's modules (vitest.config.ts), so another file may have loaded
// every model already: this file asks for fresh modules, whose model cache starts empty.
vi.resetModules();
const { loadedModels, tagSentence } = await import('../src/nlp/tagger.js');

describe('tagSentence', () => {
  // First in the file: nothing else has loaded a model yet.
  it('segment loads the segmentation model only', () => {
    const text = 'Bài, ảnh: Kiến Quốc';
    expect(tagSentence(text, { start: 0, end: text.length }, 'segment')).toEqual([
      { text: 'Bài', start: 0, end: 3, pos: '', chunk: '', ner: '' },
      { text: ',', start: 3, end: 4, pos: '', chunk: '', ner: '' },
      { text: 'ảnh', start: 5, end: 8, pos: '', chunk: '', ner: '' },
      { text: ':', start: 8, end: 9, pos: '', chunk: '', ner: '' },
      { text: 'Kiến Quốc', start: 10, end: 19, pos: '', chunk: '', ner: '' },
    ]);
    expect(loadedModels()).toEqual(['word_tokenizer']);
  });

  it('pos fills pos only', () => {
    const text = 'Tiêu đề\nBài, ảnh: Kiến Quốc\n';
    const words = tagSentence(text, { start: 8, end: 27 }, 'pos');
    expect(words.map((w) => [w.text, w.start, w.end, w.pos, w.chunk, w.ner])).toEqual([
      ['Bài', 8, 11, 'N', '', ''],
      [',', 11, 12, 'CH', '', ''],
      ['ảnh', 13, 16, 'N', '', ''],
      [':', 16, 17, 'CH', '', ''],
      ['Kiến Quốc', 18, 27, 'Np', '', ''],
    ]);
    expect(loadedModels()).not.toContain('ner');
  });

  it('all fills pos, chunk and ner; ner leaves chunk out', () => {
    const text = 'Bài, ảnh: Kiến Quốc';
    const words = tagSentence(text, { start: 0, end: text.length }, 'all');
    expect(words.map((w) => [w.text, w.pos, w.chunk, w.ner])).toEqual([
      ['Bài', 'N', 'B-NP', 'O'],
      [',', 'CH', 'O', 'O'],
      ['ảnh', 'N', 'B-NP', 'O'],
      [':', 'CH', 'O', 'O'],
      ['Kiến Quốc', 'Np', 'B-NP', 'B-PER'],
    ]);
    expect(tagSentence(text, { start: 0, end: text.length }, 'ner').map((w) => [w.text, w.chunk, w.ner])).toEqual([
      ['Bài', '', 'O'],
      [',', '', 'O'],
      ['ảnh', '', 'O'],
      [':', '', 'O'],
      ['Kiến Quốc', '', 'B-PER'],
    ]);
  });

  it("never loads vntk's JavaScript (its debug logger writes to stdout, its index reads 11 MB)", () => {
    // In a process of its own (the built library; `npm test` builds first): this worker's module
    // cache is shared with the parity tests, which load vntk on purpose.
    const probe = `import(${JSON.stringify(new URL('../dist/nlp/tagger.js', import.meta.url).href)}).then(({ tagSentence }) => {
      const text = 'Theo bà Lê Thị Sương Mai, Chủ tịch LĐLĐ TP Cần Thơ';
      const words = tagSentence(text, { start: 0, end: text.length }, 'ner').length;
      const vntk = Object.keys(require.cache).filter((path) => /[\\\\/]node_modules[\\\\/](vntk|@vntk)[\\\\/].*\\.js(on)?$/u.test(path));
      process.stdout.write(JSON.stringify({ words, vntk }));
    })`;
    expect(JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }))).toEqual({ words: 10, vntk: [] });
  });

  it.each([
    ['empty', '', 0, 0],
    ['spaces only', '  \n ', 0, 4],
    ['inverted span', 'Cần Thơ', 5, 2],
    ['span past the end', 'Cần Thơ', 10, 20],
  ])('%s gives no words', (_name, text, start, end) => {
    expect(tagSentence(text, { start, end }, 'ner')).toEqual([]);
  });

  it.each([
    ['100 000 digits', '1'.repeat(100_000), 1],
    ['100 000 brackets', '('.repeat(100_000), 1],
    ["'A' × 100 000 + ' à'", `${'A'.repeat(100_000)} à`, 2],
    ['binary junk', '\u0000\u0001\uFFFD\uD800 \u0007=', 6],
  ])('%s: no throw', (_name, text, words) => {
    expect(tagSentence(text, { start: 0, end: text.length }, 'ner')).toHaveLength(words);
  });

  it('a sentence longer than one CRF sequence (10 000 syllables) is tagged piecewise', () => {
    const text = 'công đoàn '.repeat(5_000);
    const words = tagSentence(text, { start: 0, end: text.length }, 'segment');
    expect(words).toHaveLength(5_000);
    expect(words.every((w) => w.text === 'công đoàn')).toBe(true);
  });
});
