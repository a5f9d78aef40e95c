// The fixes rules carry on their findings (a replacement in the normalised text: `hòa` → `hoà`
// under a tone-mark policy), applied to the file's own text. That text keeps its BOM and CRLF
// line endings, so each offset is carried over from the normalised (LF, no BOM) form; the text
// must already be NFC, which applyFixes ensures. Overlapping fixes keep the first.

import type { Finding } from './types.js';

export function applyRuleFixes(raw: string, findings: readonly Finding[]): string {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => a.start - b.start || a.end - b.end);
  if (fixes.length === 0) return raw;
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Offsets of an NFD text would not line up with the normalised ones.
  if (raw.slice(bom).normalize('NFC') !== raw.slice(bom)) return raw;
  let r = bom;
  let n = 0;
  // Walks raw and normalised offsets together: a CRLF is two raw units and one normalised.
  const toRaw = (target: number) => {
    while (n < target && r < raw.length) {
      if (raw[r] === '\r' && raw[r + 1] === '\n') r++;
      r++;
      n++;
    }
    return r;
  };
  let out = '';
  let copied = 0;
  let lastEnd = -1;
  for (const fix of fixes) {
    if (fix.start < lastEnd) continue;
    const start = toRaw(fix.start);
    const end = toRaw(fix.end);
    out += raw.slice(copied, start) + fix.text;
    copied = end;
    lastEnd = fix.end;
  }
  out += raw.slice(copied);
  return out === raw ? raw : out;
}
