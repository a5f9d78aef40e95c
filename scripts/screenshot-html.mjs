#!/usr/bin/env node
// Saves docs/html-view.png, the README's picture of `--format html`: the fixture's page as
// Debian's headless Chromium shows it (no browser download). Usage: npm run build && node scripts/screenshot-html.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'aa-shot-'));
const page = join(dir, 'page.html');
writeFileSync(page, execFileSync(process.execPath, [join(root, 'bin/article-analyze.js'), 'fixtures/can-tho-cong-doan.txt', '--format', 'html'], { cwd: root }));
const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1000, height: 1500 },
});
try {
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(page).href);
  // A number's value on focus, as a reader sees it on hover.
  await tab.focus('mark.num');
  await tab.screenshot({ path: join(root, 'docs/html-view.png') });
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
