// Check configuration: defaults, the config file, --rule overrides, and errors with suggestions.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_FILE_NAME,
  ConfigError,
  RULES,
  loadCheckConfig,
  loadConfigFile,
  parseConfigFile,
  parseRuleOverrides,
  resolveConfig,
  suggest,
} from '../src/check/index.js';

const F = '/newsroom/.article-analyze.json';
const error = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).exitCode).toBe(2);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('defaults', () => {
  it('has every rule at its default severity', () => {
    const rules = resolveConfig().rules;
    expect(Object.keys(rules)).toEqual(RULES.map((r) => r.id));
    expect(rules).toEqual({
      'abbreviation-undefined': 'warn',
      'abbreviation-first-use': 'off',
      'abbreviation-redefined': 'error',
      'date-invalid': 'error',
      'weekday-mismatch': 'error',
      'place-name-stale': 'warn',
      'number-format-mixed': 'warn',
      'number-missing-separator': 'warn',
      'dateline-missing': 'off',
      'title-missing': 'off',
      'byline-missing': 'off',
      'unicode-nfd': 'error',
      'legacy-encoding': 'error',
      'lookalike-letter': 'warn',
      'tone-mark-mixed': 'warn',
      'i-y-mixed': 'warn',
      'syllable-invalid': 'error',
      'zero-width': 'error',
      'double-space': 'warn',
      'unbalanced-brackets': 'error',
    });
  });
  it('rule ids are unique kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });
});

describe('config file', () => {
  it('sets severities, house style and a dictionary resolved against its folder', () => {
    const file = parseConfigFile(
      { rules: { 'byline-missing': 'error', 'double-space': 'off' }, houseStyle: { defineAtFirstUse: true }, dictionary: 'dict/viettat.tsv' },
      F,
    );
    const config = resolveConfig({ file });
    expect(config.rules['byline-missing']).toBe('error');
    expect(config.rules['double-space']).toBe('off');
    expect(config.rules['abbreviation-first-use']).toBe('warn');
    expect(config.houseStyle).toEqual({ defineAtFirstUse: true });
    expect(config.dictionary).toBe('/newsroom/dict/viettat.tsv');
  });

  it('keeps the spelling policies of the house style', () => {
    const file = parseConfigFile({ houseStyle: { toneMarks: 'new', iy: 'y' } }, F);
    expect(resolveConfig({ file }).houseStyle).toEqual({ toneMarks: 'new', iy: 'y' });
    // No policy: the rules' default, "consistent", which is today's tone-mark-mixed.
    expect(resolveConfig({ file: parseConfigFile({ houseStyle: { toneMarks: 'consistent' } }, F) }).houseStyle).toEqual({ toneMarks: 'consistent' });
  });

  it('--rule overrides the file, the file overrides the defaults', () => {
    const file = parseConfigFile({ rules: { 'double-space': 'error', 'title-missing': 'warn' } }, F);
    const rules = resolveConfig({ file, ruleOverrides: ['double-space=off', 'zero-width=warn,tone-mark-mixed=error'] }).rules;
    expect([rules['double-space'], rules['title-missing'], rules['zero-width'], rules['tone-mark-mixed'], rules['date-invalid']]).toEqual([
      'off',
      'warn',
      'warn',
      'error',
      'error',
    ]);
  });

  it.each([
    [{ rules: { 'double-spaces': 'warn' } }, `Unknown rule "double-spaces" in ${F}. Did you mean "double-space"?`],
    [{ rules: { 'abbreviation-undefine': 'warn' } }, `Unknown rule "abbreviation-undefine" in ${F}. Did you mean "abbreviation-undefined"?`],
    [{ rules: { 'no-such-thing': 'warn' } }, `Unknown rule "no-such-thing" in ${F}.`],
    [{ rules: { 'double-space': 'warning' } }, `Invalid severity "warning" for rule "double-space" in ${F}: expected "off", "warn" or "error". Did you mean "warn"?`],
    [{ rules: { 'double-space': 2 } }, `Invalid severity 2 for rule "double-space" in ${F}: expected "off", "warn" or "error".`],
    [{ rule: {} }, `Unknown key "rule" in ${F}. Did you mean "rules"?`],
    [{ rules: [] }, `"rules" in ${F} must be an object of rule ids to "off", "warn" or "error".`],
    [{ houseStyle: { defineAtFirstUs: true } }, `Unknown house-style option "defineAtFirstUs" in ${F}. Did you mean "defineAtFirstUse"?`],
    [{ houseStyle: { defineAtFirstUse: 'yes' } }, `"houseStyle.defineAtFirstUse" in ${F} must be true or false.`],
    [{ houseStyle: { toneMarks: 'newer' } }, `Invalid "houseStyle.toneMarks" "newer" in ${F}: expected "old", "new" or "consistent". Did you mean "new"?`],
    [{ houseStyle: { toneMarks: true } }, `Invalid "houseStyle.toneMarks" true in ${F}: expected "old", "new" or "consistent".`],
    [{ houseStyle: { iy: 'old' } }, `Invalid "houseStyle.iy" "old" in ${F}: expected "i", "y" or "consistent".`],
    [{ houseStyle: { toneMark: 'new' } }, `Unknown house-style option "toneMark" in ${F}. Did you mean "toneMarks"?`],
    [{ dictionary: 3 }, `"dictionary" in ${F} must be a file path.`],
    [[1, 2], `${F} must hold a JSON object.`],
  ])('rejects %j', (data, message) => {
    expect(error(() => parseConfigFile(data, F))).toBe(message);
  });
});

describe('--rule', () => {
  it.each([
    ['zero-with=off', 'Unknown rule "zero-with" in --rule. Did you mean "zero-width"?'],
    ['date-invalid=erorr', 'Invalid severity "erorr" for rule "date-invalid" in --rule: expected "off", "warn" or "error". Did you mean "error"?'],
    ['date-invalid', 'Invalid --rule "date-invalid": expected id=severity, e.g. double-space=off.'],
    ['=off', 'Invalid --rule "=off": expected id=severity, e.g. double-space=off.'],
  ])('rejects %j', (value, message) => {
    expect(error(() => parseRuleOverrides([value]))).toBe(message);
  });
  it('accepts several, separated by commas, with spaces', () => {
    expect(parseRuleOverrides(['double-space = off , zero-width=warn'])).toEqual({ 'double-space': 'off', 'zero-width': 'warn' });
  });
});

describe('suggest', () => {
  it.each([
    ['tone-mark-mix', 'tone-mark-mixed'],
    ['unicode-nfc', 'unicode-nfd'],
    ['DOUBLE-SPACE', 'double-space'],
    ['xyz', null],
  ])('%s → %s', (word, expected) => {
    expect(suggest(word, RULES.map((r) => r.id))).toBe(expected);
  });
});

describe('loading from disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-check-'));
  it('finds nothing when the working directory has no config file', () => {
    expect(loadConfigFile(dir)).toBeNull();
    expect(loadCheckConfig({ cwd: dir }).rules['double-space']).toBe('warn');
  });
  it(`reads ${CONFIG_FILE_NAME} from the working directory`, () => {
    const sub = mkdtempSync(join(dir, 'cwd-'));
    writeFileSync(join(sub, CONFIG_FILE_NAME), JSON.stringify({ rules: { 'double-space': 'error' }, dictionary: 'viettat.tsv' }));
    const config = loadCheckConfig({ cwd: sub, ruleOverrides: ['zero-width=off'] });
    expect(config.rules['double-space']).toBe('error');
    expect(config.rules['zero-width']).toBe('off');
    expect(config.dictionary).toBe(join(sub, 'viettat.tsv'));
  });
  it('reads an explicit --config path and reports bad JSON and missing files', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "rules": ');
    expect(error(() => loadConfigFile(dir, 'bad.json'))).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON: `));
    expect(error(() => loadConfigFile(dir, 'missing.json'))).toBe(`Cannot read config file ${join(dir, 'missing.json')}.`);
  });
});
