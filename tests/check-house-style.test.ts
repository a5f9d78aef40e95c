// The house-style rules on whole articles through the real pipeline: a clean article passes every
// rule, and each twin with one injected problem gives exactly that finding, at its line and
// column; under a spelling policy, the kernel's check --fix turns the twin back into the clean article.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../src/analyze.js';
import { RULES, resolveConfig, runChecks, parseConfigFile } from '../src/check/index.js';
import { check as kernelCheck } from '../src/kernel.js';
import type { CheckConfig, HouseStyle } from '../src/check/index.js';

const read = (name: string) => readFileSync(new URL(`../fixtures/check/house-style/${name}`, import.meta.url), 'utf8');
const ALL_ON = RULES.filter((r) => r.defaultSeverity === 'off').map((r) => `${r.id}=warn`);
const config = (houseStyle?: HouseStyle): CheckConfig =>
  resolveConfig({ file: houseStyle ? parseConfigFile({ houseStyle }, '/newsroom/.article-analyze.json') : null, ruleOverrides: ALL_ON });

function check(raw: string, cfg: CheckConfig) {
  const { analysis, doc } = analyzeDocument(raw);
  return runChecks({ text: doc.text, raw, analysis, parts: doc.parts }, cfg);
}
const brief = (raw: string, cfg: CheckConfig) => check(raw, cfg).map((f) => [f.ruleId, f.line, f.column, f.message]);

const NEW_Y = config({ toneMarks: 'new', iy: 'y' });

describe('fixtures/check/house-style: the clean article', () => {
  const clean = read('clean.txt');
  it('passes every rule, by default and under its own policies (new tone marks, y)', () => {
    expect(brief(clean, config())).toEqual([]);
    expect(brief(clean, NEW_Y)).toEqual([]);
  });
  it('under the opposite policies, every common word is flagged with its fix; the names are not', () => {
    // `bà Nguyễn Thị Thủy` (a PER after a title) and the byline `Minh Thuỷ` are left alone.
    const found = check(clean, config({ toneMarks: 'old', iy: 'i' }));
    expect(found.map((f) => [f.ruleId, f.line, f.column, f.fix?.text])).toEqual([
      ['i-y-mixed', 3, 22, 'kĩ'],
      ['tone-mark-mixed', 5, 22, 'Ủy'],
      ['i-y-mixed', 5, 77, 'kĩ'],
      ['i-y-mixed', 7, 108, 'lí'],
      ['i-y-mixed', 9, 169, 'lí'],
      ['i-y-mixed', 11, 20, 'kĩ'],
      ['i-y-mixed', 13, 2, 'Lí'],
      ['tone-mark-mixed', 13, 67, 'khỏe'],
      ['tone-mark-mixed', 15, 119, 'hòa'],
    ]);
    expect(found[1]?.message).toBe('"Uỷ" places the tone mark new-style; the house style is old style, òa/úy: write "Ủy".');
    expect(found[0]?.message).toBe('"kỹ" is written with y; the house style writes i (kĩ, lí, mĩ, quy): write "kĩ".');
  });
});

describe('fixtures/check/house-style: twins with one injected problem', () => {
  it.each([
    ['tone-mark.txt', NEW_Y, ['tone-mark-mixed', 5, 22, '"Ủy" places the tone mark old-style; the house style is new style, oà/uý: write "Uỷ".']],
    ['i-y.txt', NEW_Y, ['i-y-mixed', 11, 20, '"kĩ" is written with i; the house style writes y (kỹ, lý, mỹ, quy): write "kỹ".']],
    ['i-y.txt', config(), ['i-y-mixed', 11, 20, '"kĩ" is written with i; this article mostly writes y ("kỹ" at 3:22).']],
    ['syllable.txt', config(), ['syllable-invalid', 13, 22, '"nguời" is not a Vietnamese syllable; did you mean "người" (or "nguội", "nguôi")?']],
    [
      'place-province.txt',
      config(),
      ['place-name-stale', 15, 82, '"tỉnh Hà Giang" no longer exists: since 1/7/2025 it is part of tỉnh Tuyên Quang; name the current unit, or write "tỉnh Hà Giang (cũ)".'],
    ],
    [
      'place-district.txt',
      config(),
      ['place-name-stale', 11, 65, '"huyện Bắc Mê": the district level was abolished on 1/7/2025; name the commune or the province, or write "huyện Bắc Mê (cũ)".'],
    ],
    ['weekday.txt', config(), ['weekday-mismatch', 7, 21, '"thứ Năm" does not match 18/7/2025, which is a Friday (thứ Sáu).']],
    ['quote.txt', config(), ['unbalanced-brackets', 13, 1, '"“" is never closed by "”": the quotation opened at 9:90 must close at the end of its last paragraph.']],
  ] as const)('%s', (name, cfg, expected) => {
    expect(brief(read(name), cfg)).toEqual([expected]);
  });

  it('a capitalised word is a common word only under a policy: "Ủy ban" passes "consistent"', () => {
    expect(brief(read('tone-mark.txt'), config())).toEqual([]);
  });

  it.each([
    ['tone-mark.txt', ''],
    ['i-y.txt', ''],
    ['tone-mark.txt', '\uFEFF'],
  ])('--fix under the policy turns %s back into the clean article (BOM %j, CRLF too)', (name, bom) => {
    for (const eol of ['\n', '\r\n']) {
      const twin = bom + read(name).replace(/\n/gu, eol);
      const clean = bom + read('clean.txt').replace(/\n/gu, eol);
      const { fixed, findings } = kernelCheck(twin, { config: NEW_Y, fix: true });
      expect(fixed).toBe(clean);
      expect(findings).toEqual([]);
    }
  });

  it('no fix for "consistent" (which of the two is right is the newsroom\'s call)', () => {
    const raw = read('i-y.txt');
    expect(kernelCheck(raw, { config: config(), fix: true }).fixed).toBe(raw);
  });
});

describe('check --fix through the built binary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-house-'));
  writeFileSync(join(dir, '.article-analyze.json'), JSON.stringify({ houseStyle: { toneMarks: 'new', iy: 'y' } }));
  const bin = fileURLToPath(new URL('../bin/article-analyze.js', import.meta.url));
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [bin, 'check', '--no-color', ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    return { code: r.status, stdout: r.stdout.toString('utf8') };
  };

  it('rewrites the policy twins into the clean article, and then finds nothing', () => {
    writeFileSync(join(dir, 'a.txt'), read('tone-mark.txt'));
    writeFileSync(join(dir, 'b.txt'), read('i-y.txt').replace(/\n/gu, '\r\n'));
    expect(run(['--fix', 'a.txt', 'b.txt'])).toEqual({ code: 0, stdout: '' });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(read('clean.txt'));
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(read('clean.txt').replace(/\n/gu, '\r\n'));
  });

  it('--fix-dry-run shows the same change and writes nothing', () => {
    writeFileSync(join(dir, 'c.txt'), read('tone-mark.txt'));
    const { stdout } = run(['--fix-dry-run', 'c.txt']);
    expect(stdout.split('\n').filter((l) => /^[-+][^-+]/u.test(l)).map((l) => l.slice(0, 30))).toEqual([
      '-Sáng thứ Hai (14/7), Ủy ban n',
      '+Sáng thứ Hai (14/7), Uỷ ban n',
    ]);
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe(read('tone-mark.txt'));
  });

  it('a rule turned off keeps its fix to itself', () => {
    writeFileSync(join(dir, 'd.txt'), read('tone-mark.txt'));
    run(['--fix', '--rule', 'tone-mark-mixed=off', 'd.txt']);
    expect(readFileSync(join(dir, 'd.txt'), 'utf8')).toBe(read('tone-mark.txt'));
  });
});
