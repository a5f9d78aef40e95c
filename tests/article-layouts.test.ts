// Article layouts written after the byline, caption and sentence-per-line classes of issue 13
// (fixtures/articles/*.txt, texts written for these tests). For each: the byline, its authors,
// the captions, the body paragraph count and the order of the parts, worked out by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/article/structure.js';
import { parseDateline } from '../src/extract/dates/index.js';
import { normalizeText } from '../src/input/normalize.js';

const read = (name: string) => normalizeText(readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8'));

interface Expected {
  byline: string;
  authors: string[];
  captions: string[];
  paragraphs: number;
  kinds: string[];
}

const layouts: [string, string, Expected][] = [
  [
    'byline-last-line.txt',
    'a byline as the last line of the last body block',
    {
      byline: 'Xuân Hoa',
      authors: ['Xuân Hoa'],
      captions: [],
      paragraphs: 2,
      kinds: ['dateline', 'title', 'lead', 'paragraph', 'paragraph', 'byline'],
    },
  ],
  [
    'byline-two-authors.txt',
    'two authors on the last line, a caption credited with `- Ảnh: X`',
    {
      byline: 'Minh Hằng - Thu Trang',
      authors: ['Minh Hằng', 'Thu Trang'],
      captions: ['Công nhân kiểm tra mối nối trên nhịp chính của cầu - Ảnh: Thu Trang'],
      paragraphs: 2,
      kinds: ['title', 'lead', 'caption', 'paragraph', 'paragraph', 'byline'],
    },
  ],
  [
    'caption-first-line.txt',
    'a caption as the first line of a body block, initials in brackets after the author',
    {
      byline: 'Kiều Hương (T.H)',
      authors: ['Kiều Hương'],
      captions: ['Người dân thu hoạch lúa bằng máy gặt đập liên hợp (Ảnh: T.H)'],
      paragraphs: 2,
      kinds: ['title', 'lead', 'caption', 'paragraph', 'paragraph', 'byline'],
    },
  ],
  [
    'agency-byline.txt',
    'an agency credited in brackets, a caption ending `Ảnh: X`',
    {
      byline: '(Theo Reuters)',
      authors: ['Reuters'],
      captions: ['Tên lửa H3 rời bệ phóng tại Trung tâm Vũ trụ Tanegashima. Ảnh: AFP'],
      paragraphs: 2,
      kinds: ['title', 'lead', 'caption', 'paragraph', 'paragraph', 'byline'],
    },
  ],
  [
    'sentence-per-line.txt',
    'one sentence a line, blank lines between sections',
    {
      byline: 'Ngọc Anh',
      authors: ['Ngọc Anh'],
      captions: [],
      paragraphs: 2,
      kinds: ['title', 'lead', 'paragraph', 'paragraph', 'byline'],
    },
  ],
  [
    'caption-blocks-labelled-byline.txt',
    'caption blocks credited `(Ảnh: X)` and `Ảnh: X`, a labelled byline block, a trailer',
    {
      byline: 'Bài và ảnh: Lê Minh',
      authors: ['Lê Minh'],
      captions: ['Màn trình diễn ánh sáng trên hồ Xuân Hương thu hút đông đảo du khách. (Ảnh: Lê Minh)', 'Du khách chụp ảnh bên thảm hoa dài 200 mét. Ảnh: Lê Minh'],
      paragraphs: 2,
      kinds: ['dateline', 'title', 'lead', 'caption', 'paragraph', 'caption', 'paragraph', 'byline', 'trailer'],
    },
  ],
  [
    'title-above-lead.txt',
    'the title on the line above the lead, a caption repeated as the first line of the body',
    {
      byline: 'Hải Yến',
      authors: ['Hải Yến'],
      captions: ['Xe buýt điện dừng đón khách tại bến Đông Ba (Ảnh: Hải Yến)'],
      paragraphs: 2,
      kinds: ['title', 'lead', 'caption', 'caption', 'paragraph', 'paragraph', 'byline'],
    },
  ],
  [
    'agency-lowercase-weekday-dateline.txt',
    'a weekday dateline, a credited caption on a body block\'s first line, `(theo X)` in lower case closing the body',
    {
      byline: '(theo Kyodo)',
      authors: ['Kyodo'],
      captions: ['Tên lửa rời bệ phóng trong làn mây mỏng (Ảnh: Kyodo)'],
      paragraphs: 2,
      kinds: ['dateline', 'title', 'lead', 'caption', 'paragraph', 'paragraph', 'byline'],
    },
  ],
];

describe.each(layouts)('%s: %s', (file, _layout, expected) => {
  const text = read(file);
  const { parts, info, authorSpans } = parseArticle(text, parseDateline);
  it('finds the byline and its authors', () => {
    expect(info.byline).toEqual({ text: expected.byline, authors: expected.authors });
    expect(authorSpans.map((s) => text.slice(s.start, s.end))).toEqual(expected.authors);
  });
  it('finds the captions, each once', () => {
    expect(info.captions).toEqual(expected.captions);
  });
  it('counts the body paragraphs and keeps the parts in order', () => {
    expect(info.paragraphs).toBe(expected.paragraphs);
    expect(parts.map((p) => p.kind)).toEqual(expected.kinds);
  });
});

describe('what the layout rules leave alone', () => {
  it('does not take a last line that ends a sentence for a byline', () => {
    const text = 'Tiêu đề bài báo ngắn\n\nĐoạn mở đầu của bài viết.\n\nĐoạn thân bài thứ nhất.\nHội nghị kết thúc.';
    expect(parseArticle(text, parseDateline).info.byline).toBeNull();
  });
  it('does not take `anh` (a pronoun) closing a line for a photo credit', () => {
    const text = 'Tiêu đề bài báo ngắn\n\nĐoạn mở đầu của bài viết.\n\nNgười mẹ già vẫn ngày ngày ra bến chờ anh\nrồi lặng lẽ trở về nhà khi trời tối.';
    const { info } = parseArticle(text, parseDateline);
    expect(info.captions).toEqual([]);
    expect(info.paragraphs).toBe(1);
  });
  it('does not cut a title off a paragraph wrapped at a fixed width', () => {
    const text = 'Sáng nay, đoàn công tác của tỉnh đã đến thăm\nvà tặng quà cho các hộ nghèo ở xã biên giới\nnhân dịp đầu năm mới.\n\nĐoạn thứ hai của bài.';
    const { info } = parseArticle(text, parseDateline);
    expect([info.title, info.paragraphs]).toEqual([null, 2]);
  });
});
