import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../src/nlp/sentences.js';

function split(text: string): string[] {
  return splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each([
    // An abbreviation that can end a sentence does end it.
    ['trong ĐV, NLĐ. Trong 5 năm qua, các cấp CĐ đã tổ chức.', ['trong ĐV, NLĐ.', 'Trong 5 năm qua, các cấp CĐ đã tổ chức.']],
    // One that always precedes a name does not.
    ['Tại TP. Hồ Chí Minh, giá xăng tăng. Người dân lo lắng.', ['Tại TP. Hồ Chí Minh, giá xăng tăng.', 'Người dân lo lắng.']],
    ['Theo ThS. Lê Văn Nam, đây là dấu hiệu tốt.', ['Theo ThS. Lê Văn Nam, đây là dấu hiệu tốt.']],
    ['Ông nói: "Chúng tôi sẽ làm." Sau đó ông rời đi.', ['Ông nói: "Chúng tôi sẽ làm."', 'Sau đó ông rời đi.']],
    ['Có thật không? Không ai biết! 3 người đã đến.', ['Có thật không?', 'Không ai biết!', '3 người đã đến.']],
    // Numbers and ellipses followed by lower case are not boundaries.
    ['Hơn 1.850.000 lượt ĐV tham gia... và còn nhiều hơn.', ['Hơn 1.850.000 lượt ĐV tham gia... và còn nhiều hơn.']],
    ['', []],
    ['   ', []],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('cuts a run-on text into pieces the tagger can handle', () => {
    const text = 'a '.repeat(5000);
    const pieces = splitSentences(text, { start: 0, end: text.length });
    expect(pieces.length).toBe(10);
    expect(pieces.every((p) => p.end - p.start <= MAX_SENTENCE_CHARS)).toBe(true);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(text.trim());
  });

  it('cuts a spaceless run of emoji before a surrogate pair, never inside one', () => {
    // 'a' puts every pair's high half at an odd offset, so the cut at 1000 falls inside a pair.
    const text = `a${'😀'.repeat(600)}`;
    const pieces = splitSentences(text, { start: 0, end: text.length });
    expect(pieces).toEqual([{ start: 0, end: 999 }, { start: 999, end: 1201 }]);
  });

  it('stays linear on adversarial input', () => {
    for (const text of ['.'.repeat(100_000), '1'.repeat(100_000), '('.repeat(100_000), '. A'.repeat(50_000)]) {
      const pieces = splitSentences(text, { start: 0, end: text.length });
      expect(pieces.length).toBeGreaterThan(0);
    }
  });
});
