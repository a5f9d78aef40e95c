// `check --fix`: only repairs that cannot change meaning. NFC normalisation, removal of
// zero-width characters (except a ZWJ inside an emoji sequence), and doubled spaces between
// words collapsed to one. Line breaks (LF or CRLF), indentation and trailing spaces are kept;
// a clean text comes back as the identical string.

import { doubleSpaceRuns, zeroWidthRuns } from './invisible.js';

function without(s: string, runs: [number, number][], replacement: string): string {
  if (runs.length === 0) return s;
  let out = '';
  let at = 0;
  for (const [start, end] of runs) {
    out += s.slice(at, start) + replacement;
    at = end;
  }
  return out + s.slice(at);
}

export function applyFixes(raw: string): string {
  // A leading BOM is the file's encoding mark, not debris inside the text.
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  let s = bom ? raw.slice(1) : raw;
  s = without(s, zeroWidthRuns(s), '');
  // After removal, `a \u200B b` has become `a  b`: collapse afterwards.
  s = without(s, doubleSpaceRuns(s), ' ');
  // Last, since removing a zero-width character can bring a base letter and its mark together.
  s = s.normalize('NFC');
  const out = bom + s;
  return out === raw ? raw : out;
}
