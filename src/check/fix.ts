// `check --fix`: the repairs the enabled rules carry, applied to the text as the file holds it.
// A rule repairs in one of two ways (see Rule in types.ts):
//   - a finding's `fix` edit, with offsets in the normalised text (most rules: `zero-width`
//     removes, `double-space` collapses); the edit is carried back to the file's own text, whose
//     line breaks (LF or CRLF) and leading BOM are kept;
//   - `fixRaw(raw)`, for a repair the normalised text cannot show (`unicode-nfd` composes NFD).
// A clean text comes back as the identical string.

import { normalizeText } from '../input/normalize.js';
import type { CheckConfig, Finding, Rule, TextFix } from './types.js';

/** The rules' `fixRaw` repairs, for the rules `config` turns on. */
export function applyRawFixes(raw: string, rules: readonly Rule[], config: CheckConfig): string {
  let out = raw;
  for (const rule of rules) {
    if (rule.fixRaw && (config.rules[rule.id] ?? rule.defaultSeverity) !== 'off') out = rule.fixRaw(out);
  }
  return out;
}

// A unit NFC never composes across: a line break, or a character with the combining marks after it.
// e.g. `\r\n`, `a`, `o` + U+0300
const UNIT = /\r\n|\r|[^\p{M}][\p{M}]*|[\p{M}]+/gsu;

/**
 * For each offset of the normalised text that starts a unit (or ends the text), the offset of
 * the same place in `raw`; -1 inside a unit NFC changed. Null when the units do not rebuild the
 * normalised text (a composition across units, never seen in Vietnamese).
 */
export function rawOffsets(raw: string): Int32Array | null {
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const normal = normalizeText(raw);
  const map = new Int32Array(normal.length + 1).fill(-1);
  // The common case, a file already in NFC with LF line breaks, is a shift by the BOM.
  if (raw.length - bom === normal.length && !raw.includes('\r')) {
    for (let i = 0; i <= normal.length; i++) map[i] = i + bom;
    return map;
  }
  let at = 0;
  for (const m of raw.slice(bom).matchAll(UNIT)) {
    const unit = m[0];
    const piece = unit.charCodeAt(0) === 13 ? '\n' : unit.normalize('NFC');
    if (normal.startsWith(piece, at) === false) return null;
    map[at] = m.index + bom;
    if (piece.length === unit.length) for (let i = 1; i < piece.length; i++) map[at + i] = m.index + bom + i;
    at += piece.length;
  }
  if (at !== normal.length) return null;
  map[at] = raw.length;
  return map;
}

/** `raw` with the edits (offsets in its normalised text) made; an edit overlapping the one before, or not mappable, waits for the next round. */
export function applyEdits(raw: string, edits: readonly TextFix[]): string {
  if (edits.length === 0) return raw;
  const map = rawOffsets(raw);
  if (!map) return raw;
  let out = '';
  let at = 0;
  let lastEnd = -1;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const start = map[e.start] ?? -1;
    const end = map[e.end] ?? -1;
    if (e.start < lastEnd || start < 0 || end < start) continue;
    out += raw.slice(at, start) + e.text;
    at = end;
    lastEnd = e.end;
  }
  out += raw.slice(at);
  return out === raw ? raw : out;
}

// Each round can uncover another repair (a removed zero-width character leaves two spaces, or a
// mark that now composes); three rounds settle every repair the rules have today.
const MAX_ROUNDS = 4;

/**
 * Repairs `raw` with the enabled rules' fixes until a check of the result asks for none, and
 * returns the repaired text (the very string given when clean) with that last check's result.
 * `checkText` runs the rules over a text (the kernel analyses it first).
 */
export function repair<R extends { findings: Finding[] }>(raw: string, rules: readonly Rule[], config: CheckConfig, checkText: (text: string) => R): R & { fixed: string } {
  let text = raw;
  for (let round = 1; ; round++) {
    text = applyRawFixes(text, rules, config);
    const result = checkText(text);
    const edits: TextFix[] = [];
    for (const f of result.findings) if (f.fix) edits.push(f.fix);
    const next = round < MAX_ROUNDS ? applyEdits(text, edits) : text;
    if (next === text) return { ...result, fixed: text === raw ? raw : text };
    text = next;
  }
}
