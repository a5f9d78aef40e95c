// The HTML page as text: self-contained, every mark one mention of the analysis, every row link
// pointing at a mark, hostile text and hostile analysis fields escaped. The browser test
// (render-html-browser.test.ts) checks what a reader sees and that nothing runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render/html.js';
import { escapeHtml } from '../src/render/html-tables.js';
import type { Analysis } from '../src/types.js';
import { HOSTILE_TEXT } from './html-hostile.js';
import { RANGE_TEXT, canThoAnalysis, emptyAnalysis, rangeAnalysis } from './render-sample.js';

const text = readFileSync(new URL('../fixtures/can-tho-cong-doan.txt', import.meta.url), 'utf8');

/** `[class, id, text]` of every mark, inner marks' text included, tags removed. */
function marks(html: string): { cls: string; id: string | null; text: string }[] {
  const found: { cls: string; id: string | null; text: string }[] = [];
  // Example: `<mark class="m num" id="a1-n0" data-tip="…" tabindex="0">`.
  const open = /<mark class="([^"]+)"(?: id="([^"]+)")?[^>]*>/gu;
  for (const m of html.matchAll(open)) {
    let depth = 1;
    let i = (m.index ?? 0) + m[0].length;
    const start = i;
    while (depth > 0) {
      const next = html.indexOf('<', i);
      if (html.startsWith('</mark>', next)) depth--;
      else if (html.startsWith('<mark ', next)) depth++;
      i = next + 1;
    }
    const inner = html.slice(start, i - 1).replace(/<[^>]*>/gu, '');
    found.push({ cls: m[1] ?? '', id: m[2] ?? null, text: unescape(inner) });
  }
  return found;
}

function unescape(s: string): string {
  return s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
}

describe('renderHtml on fixtures/can-tho-cong-doan.txt', () => {
  const html = renderHtml([{ analysis: canThoAnalysis(), text }]);
  const body = html.slice(html.indexOf('<article'));
  const inText = marks(body);

  it('is one self-contained page: no script, no link, nothing fetched, every script forbidden', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import|https?:/iu);
    expect(html.endsWith('</body>\n</html>\n')).toBe(true);
  });

  it('marks each mention of the analysis once, with the text at its offsets', () => {
    const kinds = (cls: string) => inText.filter((m) => m.cls === cls).map((m) => m.text);
    expect(kinds('m ent PER')).toEqual(['Lê Thị Sương Mai', 'Kiến Quốc']);
    expect(kinds('m ent ORG')).toEqual(['LĐLĐ TP Cần Thơ', 'LĐLĐ quận Thốt Nốt', 'LĐLĐ TP Cần Thơ', 'LĐLĐ TP Cần Thơ']);
    expect(kinds('m ent LOC')).toEqual(['TP Cần Thơ', 'TP Cần Thơ', 'quận Thốt Nốt', 'TP Cần Thơ', 'TP Cần Thơ']);
    expect(kinds('m ent MISC')).toEqual(['COVID-19', 'Tháng Công nhân', 'Lắng nghe - Thấu hiểu - Chia sẻ']);
    expect(kinds('m num')).toEqual(['19.700', '1.850.000', '120', '9.900', '15']);
    expect(kinds('m date')).toEqual(['03/12/2023 - 07:09', '5 năm qua']);
    const abbr = kinds('m abbr');
    expect(abbr).toHaveLength(30);
    expect(new Set(abbr)).toEqual(new Set(['CĐ', 'TP', 'ĐV', 'NLĐ', 'LĐLĐ']));
    expect(abbr.filter((t) => t === 'CĐ')).toHaveLength(8);
    expect(inText).toHaveLength(2 + 4 + 5 + 3 + 5 + 2 + 30);
    // The legend's samples are not marks.
    expect(marks(html)).toHaveLength(inText.length);
  });

  it('gives every mark a unique id and every table link a mark to go to', () => {
    const ids = inText.map((m) => m.id);
    expect(ids.every((id) => id !== null)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = [...body.matchAll(/href="#([^"]+)"/gu)].map((m) => m[1]);
    // One link per mention: entities 14, abbreviations 30, numbers 5, dates 2.
    expect(hrefs).toHaveLength(14 + 30 + 5 + 2);
    for (const href of hrefs) expect(ids).toContain(href);
  });

  it('labels the blocks with the parts the analysis names, the rest body', () => {
    const parts = [...body.matchAll(/<(?:p|h2) class="part part-(\w+)"/gu)].map((m) => m[1]);
    expect(parts).toEqual(['dateline', 'title', 'lead', 'caption', 'body', 'body', 'body', 'body', 'byline', 'trailer']);
  });

  it('shows values on the marks and the terminal tables under the text', () => {
    expect(body).toContain('<mark class="m num" id="a1-n0" data-tip="hơn 19.700 cuộc (count)" tabindex="0">19.700</mark>');
    expect(body).toContain('data-tip="NLĐ = người lao động (inline)"');
    expect(body).toContain('data-tip="PER · Lê Thị Sương Mai · Chủ tịch LĐLĐ TP Cần Thơ"');
    expect(body).toContain('<tr class="row"><td class="at"><a class="go" href="#a1-n0">11:338</a></td><td class="n">hơn 19.700</td><td>cuộc</td><td>count</td><td class="n">1</td><td class="ctx">…tổ chức hơn <b>19.700</b> cuộc triển khai…</td></tr>');
    expect(body).toContain('<h2>Abbreviations (5)</h2>');
    expect(body).toContain('<dt>Captions</dt><dd>1</dd>');
  });
});

describe('renderHtml: a number range', () => {
  const page = renderHtml([{ analysis: rangeAnalysis(), text: RANGE_TEXT }]);
  it('lists each range once, with both values and the whole range in its context', () => {
    const rows = page.match(/<tr class="row">.*?<\/tr>/gu) ?? [];
    expect(rows).toEqual([
      '<tr class="row"><td class="at"><a class="go" href="#a1-n0">1:10</a></td><td class="n">10.000.000.000–15.000.000.000</td><td>đồng</td><td>money</td><td class="n">1</td><td class="ctx">Giá thép <b>10-15 tỷ</b> đồng, sản lượng…</td></tr>',
      '<tr class="row"><td class="at"><a class="go" href="#a1-n2">1:38</a></td><td class="n">150–200</td><td>tấn</td><td>measure</td><td class="n">1</td><td class="ctx">…sản lượng từ <b>150 đến 200</b> tấn.</td></tr>',
    ]);
    expect(page).toContain('<h2>Numbers (2)</h2>');
  });
  it('still marks both ends in the text', () => {
    expect(marks(page).filter((m) => m.cls === 'm num').map((m) => m.text)).toEqual(['10', '15 tỷ', '150', '200']);
  });
});

function hostileAnalysis(): Analysis {
  const a = emptyAnalysis();
  delete a.line;
  const evil = '"><img src=x onerror=alert(1)></style><script>alert(2)</script>';
  a.source = `bài ${evil}.txt`;
  a.article.title = HOSTILE_TEXT.split('\n')[0]!;
  a.article.dateline = { text: evil, value: evil };
  a.article.byline = { text: evil, authors: [evil] };
  const at = HOSTILE_TEXT.indexOf('Hà Nội');
  a.entities.push({ text: 'Hà Nội', type: 'LOC', count: 1, mentions: [[at, at + 6]], canonical: evil, roles: [evil] });
  const js = HOSTILE_TEXT.indexOf('javascript:');
  a.abbreviations.push({ short: 'javascript', expansion: evil, source: 'unknown', count: 1, first: js, definedAt: null, mentions: [[js, js + 10]] });
  const img = HOSTILE_TEXT.indexOf('<img');
  a.numbers.push({ text: '<img', start: img, end: img + 4, value: 1, unit: evil, qualifier: evil, kind: 'plain' });
  a.dates.push({ text: '<script>', start: 0, end: 8, kind: 'relative', value: evil });
  return a;
}

describe('renderHtml on hostile text', () => {
  const html = renderHtml([{ analysis: hostileAnalysis(), text: HOSTILE_TEXT }]);

  it('escapes every character that means something to HTML, in text and in attributes', () => {
    expect(html).not.toMatch(/<script|<img|<\/style><style>|<b>đậm/iu);
    expect(html.match(/<\/style>/gu)).toHaveLength(1);
    expect(html).toContain('<h2 class="part part-title" data-part="Title"><mark class="m date" id="a1-d0" data-tip="&quot;&gt;&lt;img');
    expect(html).toContain('tabindex="0">&lt;script&gt;</mark>window.__pwned = &quot;script&quot;&lt;/script&gt;</h2>');
    expect(html).toContain('<p class="part part-body" data-part="Body">Tin &quot;&gt;<mark class="m num" id="a1-n0"');
    expect(html).toContain('tabindex="0">&lt;img</mark> src=x onerror=&quot;window.__pwned=&#39;img&#39;&quot;&gt; ở');
    expect(html).toContain('data-tip="LOC · &quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    // No link but the page's own `#id` ones.
    expect([...html.matchAll(/href="([^"]*)"/gu)].every((m) => /^#a1-[a-z]\d+(-\d+)?$/u.test(m[1] ?? ''))).toBe(true);
  });

  it.each([
    ['<>&"\'', '&lt;&gt;&amp;&quot;&#39;'],
    ['\u001b[31m\u202e', '␛[31m\ufffd'],
    ['Cần Thơ', 'Cần Thơ'],
  ])('escapeHtml(%j) is %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('keeps a 5 MB line and 10 000 marks linear', () => {
    const long = 'a '.repeat(2_500_000);
    const a = emptyAnalysis();
    for (let i = 0; i < 10_000; i++) a.numbers.push({ text: 'a', start: i * 2, end: i * 2 + 1, value: i, unit: null, qualifier: null, kind: 'plain' });
    const out = renderHtml([{ analysis: a, text: long }]);
    expect(out.match(/<mark /gu)).toHaveLength(10_000);
  });
});
