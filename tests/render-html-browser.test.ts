// The HTML page in a real browser: Debian's headless Chromium at /usr/bin/chromium, driven by
// playwright-core (no browser download). What a reader sees (the marks of each kind, values on
// focus, a second cue beside colour, a row click scrolling to its mention, A4 print) and that a
// hostile article runs nothing. Without /usr/bin/chromium the tests are skipped, and say so;
// .ci/run installs it, so CI always runs them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render/html.js';
import { HOSTILE_TEXT } from './html-hostile.js';
import { canThoAnalysis } from './render-sample.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  // Visible in the test output, beside the skipped tests' names.
  console.warn(`render-html-browser: ${CHROMIUM} is missing, so the browser tests are SKIPPED (apt-get install chromium; .ci/run does)`);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtureText = readFileSync(join(root, 'fixtures/can-tho-cong-doan.txt'), 'utf8');
// Nothing reaches the network or writes outside the throw-away profile.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!available)(`the HTML page in headless Chromium (needs ${CHROMIUM})`, () => {
  let dir = '';
  let context: BrowserContext;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aa-html-'));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1000, height: 700 },
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, html: string): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await context.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(file).href);
    return { page, requests, dialogs };
  }

  describe('fixtures/can-tho-cong-doan.txt', () => {
    let page: Page;
    beforeAll(async () => {
      ({ page } = await open('fixture.html', renderHtml([{ analysis: canThoAnalysis(), text: fixtureText }])));
    }, 60_000);

    it('highlights the spans of each kind, with their text', async () => {
      const texts = (selector: string) => page.$$eval(`.text ${selector}`, (els) => els.map((e) => e.textContent));
      expect(await texts('mark.ent.PER')).toEqual(['Lê Thị Sương Mai', 'Kiến Quốc']);
      expect(await texts('mark.ent.ORG')).toEqual(['LĐLĐ TP Cần Thơ', 'LĐLĐ quận Thốt Nốt', 'LĐLĐ TP Cần Thơ', 'LĐLĐ TP Cần Thơ']);
      expect(await texts('mark.ent.LOC')).toEqual(['TP Cần Thơ', 'TP Cần Thơ', 'quận Thốt Nốt', 'TP Cần Thơ', 'TP Cần Thơ']);
      expect(await texts('mark.ent.MISC')).toEqual(['COVID-19', 'Tháng Công nhân', 'Lắng nghe - Thấu hiểu - Chia sẻ']);
      expect(await texts('mark.num')).toEqual(['19.700', '1.850.000', '120', '9.900', '15']);
      expect(await texts('mark.date')).toEqual(['03/12/2023 - 07:09', '5 năm qua']);
      const abbr = await texts('mark.abbr');
      expect(abbr).toHaveLength(30);
      expect(['CĐ', 'TP', 'ĐV', 'NLĐ', 'LĐLĐ'].map((s) => abbr.filter((t) => t === s).length)).toEqual([8, 4, 6, 8, 4]);
      // The article's text is all there, in order, marks and all.
      const shown = await page.$eval('.text', (e) => e.textContent ?? '');
      expect(shown.replace(/\s+/gu, '')).toBe(fixtureText.replace(/\s+/gu, ''));
    });

    it('tells entity types apart without colour: an underline style and a label each', async () => {
      const cues = await page.$$eval('.text mark.ent', (els) => [...new Set(els.map((e) =>
        `${e.getAttribute('data-type')} ${getComputedStyle(e).textDecorationStyle} ${getComputedStyle(e, '::after').content}`))]);
      expect(cues.sort()).toEqual(['LOC dashed "LOC"', 'MISC dotted "MISC"', 'ORG double "ORG"', 'PER solid "PER"']);
    });

    it('shows a value on focus and on hover, one tooltip at a time', async () => {
      const tip = (id: string) => page.$eval(`#${id}`, (e) => getComputedStyle(e, '::before').content);
      expect(await tip('a1-n0')).toBe('none');
      await page.focus('#a1-n0');
      expect(await tip('a1-n0')).toBe('"hơn 19.700 cuộc (count)"');
      await page.focus('#a1-d1');
      expect(await tip('a1-n0')).toBe('none');
      expect(await tip('a1-d1')).toBe('"P5Y (duration)"');
      await page.hover('#a1-x0-0');
      expect(await tip('a1-x0-0')).toBe('"CĐ = công đoàn (inline)"');
      // Hovering an abbreviation inside a place inside an organisation shows the innermost only.
      await page.hover('#a1-x1-1');
      expect(await tip('a1-x1-1')).toBe('"TP = thành phố (builtin)"');
      expect(await tip('a1-e0-1')).toBe('none');
      expect(await tip('a1-e1-0')).toBe('none');
    });

    it('scrolls to and marks the mention when a table row is clicked', async () => {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const inView = () => page.$eval('#a1-n2', (e) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(await inView()).toBe(false);
      // The row of `120`, clicked in the middle of its unit cell, away from the link's text (the
      // mouse, not page.click: Playwright refuses to click a cell the row's link lies over).
      const cell = await page.$eval('tr.row:has(a[href="#a1-n2"]) td:nth-child(3)', (e) => {
        const r = e.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: e.textContent };
      });
      expect(cell.text).toBe('nhóm');
      await page.mouse.click(cell.x, cell.y);
      await page.waitForFunction(() => location.hash === '#a1-n2');
      expect(await inView()).toBe(true);
      expect(await page.$eval('#a1-n2', (e) => e.matches(':target') && getComputedStyle(e).outlineStyle)).toBe('solid');
    });

    it('prints on A4 with table heads repeated and rows kept whole', async () => {
      await page.emulateMedia({ media: 'print' });
      expect(await page.$eval('thead', (e) => getComputedStyle(e).display)).toBe('table-header-group');
      expect(await page.$eval('tr.row', (e) => getComputedStyle(e).breakInside)).toBe('avoid');
      await page.emulateMedia({ media: 'screen' });
      const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      // A4 is 595.28 × 841.89 points; Chromium rounds the media box.
      const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/gu)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
      expect(boxes.length).toBeGreaterThan(1);
      for (const box of boxes) expect(box).toEqual([595, 842]);
    });
  });

  describe('a hostile article, through the command line', () => {
    function page(stripPolicy: boolean) {
      const file = join(dir, 'hostile.txt');
      writeFileSync(file, HOSTILE_TEXT);
      const result = spawnSync(process.execPath, [join(root, 'bin/article-analyze.js'), file, join(root, 'fixtures/can-tho-cong-doan.txt'), '--format', 'html', '-j', '1'], { encoding: 'utf8' });
      expect(result.status).toBe(0);
      // Without the page's script ban, to prove the escaping alone keeps the text inert.
      const html = stripPolicy ? result.stdout.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/u, '') : result.stdout;
      return open(stripPolicy ? 'hostile-open.html' : 'hostile.html', html);
    }

    it.each([false, true])('runs nothing and fetches nothing, shows the text as text (policy removed: %s)', async (strip) => {
      const { page: p, requests, dialogs } = await page(strip);
      expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await p.$$eval('script, img, iframe, object, embed, link', (els) => els.length)).toBe(0);
      expect(await p.$$eval('style', (els) => els.length)).toBe(1);
      expect(await p.$$eval('a[href]', (els) => els.every((a) => /^#a[12]-/u.test(a.getAttribute('href') ?? '')))).toBe(true);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([pathToFileURL(join(dir, strip ? 'hostile-open.html' : 'hostile.html')).href]);
      const shown = await p.$eval('#a1 .text', (e) => e.textContent ?? '');
      expect(shown).toContain('<script>window.__pwned = "script"</script>');
      expect(shown).toContain('Tin "><img src=x onerror="window.__pwned=\'img\'"> ở Hà Nội');
      expect(shown).toContain('javascript:window.__pwned=\'link\' và </style><style>body{display:none}</style>');
      expect(await p.$eval('body', (e) => getComputedStyle(e).display)).toBe('block');
      // Two articles, one page, ids apart.
      expect(await p.$$eval('article.doc', (els) => els.map((e) => e.id))).toEqual(['a1', 'a2']);
    });
  });
});
