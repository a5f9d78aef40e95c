import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseByline, splitBlocks } from '../src/article/structure.js';
import { parseDateline } from '../src/extract/dates/index.js';
import { normalizeText } from '../src/input/normalize.js';

const fixture = normalizeText(readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8'));

describe('parseArticle on the Cần Thơ fixture', () => {
  const { parts, info, authorSpans } = parseArticle(fixture, parseDateline);

  it('finds every part in order', () => {
    expect(parts.map((p) => p.kind)).toEqual(['dateline', 'title', 'lead', 'caption', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'byline', 'trailer']);
  });

  it('reads the dateline, title, lead, caption, byline and trailer', () => {
    expect(info.dateline).toEqual({ text: '03/12/2023 - 07:09', value: '2023-12-03T07:09' });
    expect(info.title).toBe('Các cấp công đoàn tham gia bảo vệ nền tảng tư tưởng của Đảng');
    expect(info.lead?.startsWith('Các cấp công đoàn (CĐ) TP Cần Thơ đã triển khai')).toBe(true);
    expect(info.lead?.endsWith('cho lực lượng đoàn viên (ĐV), người lao động (NLĐ).')).toBe(true);
    expect(info.captions).toEqual(['Lãnh đạo LĐLĐ TP Cần Thơ và LĐLĐ quận Thốt Nốt thăm hỏi tình hình đời sống công nhân, lao động.']);
    expect(info.paragraphs).toBe(4);
    expect(info.byline).toEqual({ text: 'Bài, ảnh: Kiến Quốc', authors: ['Kiến Quốc'] });
    expect(info.trailer).toBe('Chia sẻ bài viết');
  });

  it('points at the author inside the text', () => {
    const [author] = authorSpans;
    expect(author && fixture.slice(author.start, author.end)).toBe('Kiến Quốc');
  });
});

describe('parseArticle on text without article parts', () => {
  it('treats a single paragraph as body text', () => {
    const text = 'Sáng 3/12, UBND TP Cần Thơ tổ chức hội nghị tổng kết công tác năm 2023.';
    const { parts, info } = parseArticle(text, parseDateline);
    expect(parts).toEqual([{ kind: 'paragraph', start: 0, end: text.length }]);
    expect(info).toEqual({ title: null, dateline: null, lead: null, byline: null, captions: [], paragraphs: 1, trailer: null });
  });

  it('reads a list of lines without blank lines as one block per line', () => {
    expect(splitBlocks('Một\nHai\n\n')).toEqual([{ start: 0, end: 3 }, { start: 4, end: 7 }]);
    expect(splitBlocks('Một\n\nHai\ntiếp\n')).toEqual([{ start: 0, end: 3 }, { start: 5, end: 13 }]);
  });

  it('handles empty and blank text', () => {
    expect(parseArticle('', parseDateline).parts).toEqual([]);
    expect(parseArticle(' \n\n \n', parseDateline).parts).toEqual([]);
  });

  it('does not take a closing sentence for a byline', () => {
    const text = 'Tiêu đề bài báo\n\nĐoạn mở đầu của bài.\n\nĐoạn thân bài thứ nhất dài hơn.\n\nHội nghị kết thúc lúc 11 giờ.';
    expect(parseArticle(text, parseDateline).info.byline).toBeNull();
  });
});

describe('parseByline', () => {
  it.each([
    ['Bài, ảnh: Kiến Quốc', ['Kiến Quốc']],
    ['Bài và ảnh: NGỌC ANH', ['NGỌC ANH']],
    ['Tin, ảnh: Minh Hằng - Thu Trang', ['Minh Hằng', 'Thu Trang']],
    ['Nhóm phóng viên: Lê Hoa, Trần Bình và Vũ Nam', ['Lê Hoa', 'Trần Bình', 'Vũ Nam']],
    ['Theo TTXVN', ['TTXVN']],
    ['Phạm Tuấn (TTXVN)', ['Phạm Tuấn']],
    ['Kiến Quốc', ['Kiến Quốc']],
  ])('%s', (text, authors) => {
    expect(parseByline(text)).toEqual({ text, authors });
  });

  it.each(['Hội nghị kết thúc lúc 11 giờ.', 'Ông nói: chúng tôi sẽ làm', 'Tags: công đoàn'])('rejects %s', (text) => {
    expect(parseByline(text)).toBeNull();
  });
});

describe('parseArticle on text copied without blank lines', () => {
  it('finds the same parts when every line is a block', () => {
    const dense = fixture.split('\n').filter((line) => line.trim() !== '').join('\n');
    const { parts, info } = parseArticle(dense, parseDateline);
    expect(parts.map((p) => p.kind)).toEqual(['dateline', 'title', 'lead', 'caption', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'byline', 'trailer']);
    expect(info.byline?.authors).toEqual(['Kiến Quốc']);
  });
});
