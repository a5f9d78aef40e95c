// Check configuration: rule severities from the defaults, a JSON config file and `--rule`
// overrides, validated with messages a user can act on ("did you mean …").

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { CheckConfig, HouseStyle, Severity } from './types.js';
import { RULES } from './rules/index.js';

/** The config file `check` looks for in the working directory. */
import { CONFIG_FILE_NAME } from './config-name.js';

export { CONFIG_FILE_NAME };

const SEVERITIES: readonly Severity[] = ['off', 'warn', 'error'];
const TOP_KEYS = ['$schema', 'rules', 'houseStyle', 'dictionary', 'commonAbbreviations'];
const COMMON_KEYS = ['add', 'remove'];
const HOUSE_STYLE_KEYS = ['defineAtFirstUse', 'toneMarks', 'iy'];
/** The values each house-style spelling policy takes. */
const POLICIES: Record<'toneMarks' | 'iy', readonly string[]> = { toneMarks: ['old', 'new', 'consistent'], iy: ['i', 'y', 'consistent'] };

/** A configuration mistake: the CLI prints `message` on one line and exits 2. */
export class ConfigError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

// fastest-levenshtein, required when a suggestion is needed (a mistyped rule or severity), so a
// valid configuration never loads it.
const require = createRequire(import.meta.url);
let levenshtein: ((a: string, b: string) => number) | undefined;
const editDistance = (a: string, b: string): number => (levenshtein ??= (require('fastest-levenshtein') as { distance: (a: string, b: string) => number }).distance)(a, b);

/** The closest of `options` to `word`, if it is close enough to be a plausible typo. */
export function suggest(word: string, options: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const w = word.toLowerCase();
  // `warning` for `warn`, `double-space-rule` for `double-space`: one is the other cut short.
  for (const o of options) {
    const l = o.toLowerCase();
    if (Math.min(w.length, l.length) >= 3 && (w.startsWith(l) || l.startsWith(w))) return o;
  }
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best !== null && bestDistance <= limit ? best : null;
}

const didYouMean = (word: string, options: readonly string[]) => {
  const s = suggest(word, options);
  return s ? ` Did you mean "${s}"?` : '';
};

export const ruleIds = (): string[] => RULES.map((r) => r.id);

function checkRuleId(id: string, origin: string): void {
  if (!ruleIds().includes(id)) {
    throw new ConfigError(`Unknown rule "${id}" in ${origin}.${didYouMean(id, ruleIds())}`);
  }
}

function checkSeverity(value: unknown, id: string, origin: string): Severity {
  if (typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value)) return value as Severity;
  const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  const hint = typeof value === 'string' ? didYouMean(value, SEVERITIES) : '';
  throw new ConfigError(`Invalid severity ${shown} for rule "${id}" in ${origin}: expected "off", "warn" or "error".${hint}`);
}

export interface FileConfig {
  rules: Record<string, Severity>;
  houseStyle?: HouseStyle;
  dictionary?: string;
  commonAbbreviations?: { add: string[]; remove: string[] };
}

/** `commonAbbreviations`: `{ "add": ["TTYT"], "remove": ["TP"] }`, each a list of short forms. */
function parseCommonAbbreviations(value: unknown, path: string): { add: string[]; remove: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`"commonAbbreviations" in ${path} must be an object with "add" and/or "remove" lists of short forms.`);
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!COMMON_KEYS.includes(key)) throw new ConfigError(`Unknown key "${key}" in "commonAbbreviations" in ${path}.${didYouMean(key, COMMON_KEYS)}`);
  }
  const list = (key: 'add' | 'remove'): string[] => {
    const v = obj[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
      throw new ConfigError(`"commonAbbreviations.${key}" in ${path} must be a list of short forms, e.g. ["TTYT", "BQL"].`);
    }
    return v.map((s: string) => s.trim().normalize('NFC'));
  };
  return { add: list('add'), remove: list('remove') };
}

/** Validates a parsed config file; `path` names it in messages and anchors `dictionary`. */
export function parseConfigFile(data: unknown, path: string): FileConfig {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(`${path} must hold a JSON object.`);
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!TOP_KEYS.includes(key)) throw new ConfigError(`Unknown key "${key}" in ${path}.${didYouMean(key, TOP_KEYS)}`);
  }
  const out: FileConfig = { rules: {} };
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      throw new ConfigError(`"rules" in ${path} must be an object of rule ids to "off", "warn" or "error".`);
    }
    for (const [id, value] of Object.entries(obj.rules as Record<string, unknown>)) {
      checkRuleId(id, path);
      out.rules[id] = checkSeverity(value, id, path);
    }
  }
  if (obj.houseStyle !== undefined) {
    if (typeof obj.houseStyle !== 'object' || obj.houseStyle === null || Array.isArray(obj.houseStyle)) {
      throw new ConfigError(`"houseStyle" in ${path} must be an object.`);
    }
    const hs = obj.houseStyle as Record<string, unknown>;
    for (const key of Object.keys(hs)) {
      if (!HOUSE_STYLE_KEYS.includes(key)) {
        throw new ConfigError(`Unknown house-style option "${key}" in ${path}.${didYouMean(key, HOUSE_STYLE_KEYS)}`);
      }
    }
    if (hs.defineAtFirstUse !== undefined && typeof hs.defineAtFirstUse !== 'boolean') {
      throw new ConfigError(`"houseStyle.defineAtFirstUse" in ${path} must be true or false.`);
    }
    out.houseStyle = hs.defineAtFirstUse === undefined ? {} : { defineAtFirstUse: hs.defineAtFirstUse };
    for (const key of ['toneMarks', 'iy'] as const) {
      const value = hs[key];
      if (value === undefined) continue;
      const allowed = POLICIES[key];
      if (typeof value !== 'string' || !allowed.includes(value)) {
        const shown = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
        const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
        throw new ConfigError(`Invalid "houseStyle.${key}" ${shown} in ${path}: expected ${allowed.map((a) => `"${a}"`).join(', ').replace(/, ([^,]*)$/u, ' or $1')}.${hint}`);
      }
      (out.houseStyle as Record<string, string>)[key] = value;
    }
  }
  if (obj.commonAbbreviations !== undefined) out.commonAbbreviations = parseCommonAbbreviations(obj.commonAbbreviations, path);
  if (obj.dictionary !== undefined) {
    if (typeof obj.dictionary !== 'string' || obj.dictionary === '') {
      throw new ConfigError(`"dictionary" in ${path} must be a file path.`);
    }
    out.dictionary = resolve(dirname(path), obj.dictionary);
  }
  return out;
}

/** Parses `id=severity` (also `a=warn,b=off`) from `--rule`. */
export function parseRuleOverrides(values: readonly string[]): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const value of values) {
    for (const item of value.split(',')) {
      const trimmed = item.trim();
      if (trimmed === '') continue;
      const eq = trimmed.indexOf('=');
      if (eq <= 0) throw new ConfigError(`Invalid --rule "${trimmed}": expected id=severity, e.g. double-space=off.`);
      const id = trimmed.slice(0, eq).trim();
      checkRuleId(id, '--rule');
      out[id] = checkSeverity(trimmed.slice(eq + 1).trim(), id, '--rule');
    }
  }
  return out;
}

/** Merges defaults < config file < `--rule` overrides into the configuration runChecks takes. */
export function resolveConfig(input: { file?: FileConfig | null; ruleOverrides?: readonly string[] } = {}): CheckConfig {
  const rules: Record<string, Severity> = {};
  for (const r of RULES) rules[r.id] = r.defaultSeverity;
  const file = input.file ?? null;
  const overrides = parseRuleOverrides(input.ruleOverrides ?? []);
  // House style turns its rule on, unless the file or the command line set it explicitly.
  const explicit = { ...(file?.rules ?? {}), ...overrides };
  if (file?.houseStyle?.defineAtFirstUse && explicit['abbreviation-first-use'] === undefined) {
    rules['abbreviation-first-use'] = 'warn';
  }
  Object.assign(rules, explicit);
  const config: CheckConfig = { rules };
  if (file?.houseStyle) config.houseStyle = file.houseStyle;
  if (file?.dictionary) config.dictionary = file.dictionary;
  if (file?.commonAbbreviations) config.commonAbbreviations = file.commonAbbreviations;
  return config;
}

/** `--config PATH`, else `.article-analyze.json` in `cwd`, else null. Reads and validates it. */
export function loadConfigFile(cwd: string, explicitPath?: string): FileConfig | null {
  const path = explicitPath !== undefined ? resolve(cwd, explicitPath) : join(cwd, CONFIG_FILE_NAME);
  if (explicitPath === undefined && !existsSync(path)) return null;
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`Cannot read config file ${path}.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (err) {
    throw new ConfigError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  return parseConfigFile(data, path);
}

/** The whole chain for the CLI: find or read the file, validate, merge `--rule` values. */
export function loadCheckConfig(opts: { cwd: string; configPath?: string; ruleOverrides?: readonly string[] }): CheckConfig {
  return resolveConfig({ file: loadConfigFile(opts.cwd, opts.configPath), ruleOverrides: opts.ruleOverrides ?? [] });
}
