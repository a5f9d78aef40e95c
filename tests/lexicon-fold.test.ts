// The comparison forms of src/lexicon/fold.ts: each keeps apart what its meaning keeps apart.
import { describe, expect, it } from 'vitest';
import { toneStyle } from '../src/check/rules/tone-mark-mixed.js';
import { stripMarks, stripMarksKeepD, stripTones, toNewStyleTone, toOldStyleTone, unifyLookalikeD } from '../src/lexicon/fold.js';

describe('one fold per meaning', () => {
  it.each([
    // [input, stripTones, stripMarksKeepD, stripMarks]
    ['Uỷ ban', 'uy ban', 'uy ban', 'uy ban'],
    ['Ủy ban', 'uy ban', 'uy ban', 'uy ban'],
    ['Đoàn Hoà', 'đoan hoa', 'đoan hoa', 'doan hoa'],
    ['Công nghệ', 'công nghê', 'cong nghe', 'cong nghe'],
    ['ƯU TIÊN', 'ưu tiên', 'uu tien', 'uu tien'],
    // U+00D0 (eth) and U+0189 (African D) typed for Đ
    ['\u00D0à Nẵng', 'đa năng', 'đa nang', 'da nang'],
    ['\u0189ông', 'đông', 'đong', 'dong'],
    // NFD input gives the same forms as NFC
    ['Ho\u0300a', 'hoa', 'hoa', 'hoa'],
  ])('%s → %s | %s | %s', (text, tones, keepD, marks) => {
    expect(stripTones(text)).toBe(tones);
    expect(stripMarksKeepD(text)).toBe(keepD);
    expect(stripMarks(text)).toBe(marks);
  });
  it.each([
    ['Hoà Bình', 'Hòa Bình'],
    ['Uỷ ban', 'Ủy ban'],
    ['khoẻ', 'khỏe'],
    // only syllable-final pairs move: `hoàn` is the same in both styles
    ['hoàn', 'hoàn'],
    ['\u00F0ồng', 'đồng'],
  ])('toOldStyleTone(%s) = %s', (text, expected) => {
    expect(toOldStyleTone(text)).toBe(expected);
  });
  // The names follow the house-style rule's (`houseStyle.toneMarks`): old `hòa`, new `hoà`.
  it.each([
    ['hoà', 'hòa', 'hoà'],
    ['thủy', 'thủy', 'thuỷ'],
    ['khoẻ', 'khỏe', 'khoẻ'],
  ])('%s: toOldStyleTone gives the rule\'s old style (%s), toNewStyleTone its new style (%s)', (word, old, young) => {
    expect([toOldStyleTone(word), toneStyle(toOldStyleTone(word))]).toEqual([old, 'old']);
    expect([toNewStyleTone(word), toneStyle(toNewStyleTone(word))]).toEqual([young, 'new']);
  });
  it('unifyLookalikeD keeps case and composes', () => {
    expect(unifyLookalikeD('\u00D0V \u00F0o\u0300n')).toBe('ĐV đòn');
  });
});
