// Debris of the legacy 8-bit encodings (TCVN3/ABC, VNI) read as Windows-1252: `c¸c c«ng ®oµn`
// for `các công đoàn`, `Vieät Nam` for `Việt Nam`. The signatures live in
// src/data/legacy-encodings.json.

import { readFileSync } from 'node:fs';
import type { RawFinding, Rule } from '../types.js';

interface LegacyData {
  vietnameseLatin1: string;
  tcvn3: { label: string; distinctive: string; map: Record<string, string> };
  vni: { label: string; marks: string; pairs: string[] };
}

interface Signatures {
  data: LegacyData;
  /** Characters that mark a word as debris when they sit next to a letter. */
  marks: Set<string>;
  tcvnOnly: Set<string>;
  pairs: Set<string>;
}

let cached: Signatures | undefined;
function signatures(): Signatures {
  if (!cached) {
    const data = JSON.parse(readFileSync(new URL('../../data/legacy-encodings.json', import.meta.url), 'utf8')) as LegacyData;
    const legit = new Set(data.vietnameseLatin1);
    const marks = new Set<string>();
    for (const ch of Object.keys(data.tcvn3.map)) if (!legit.has(ch)) marks.add(ch);
    for (const ch of data.vni.marks) marks.add(ch);
    cached = { data, marks, tcvnOnly: new Set(data.tcvn3.distinctive), pairs: new Set(data.vni.pairs) };
  }
  return cached;
}

// e.g. `c¸c`, `®oµn`, `Vieät`, `ñoaøn`: letters with the Latin-1 symbols legacy bytes turn into
const WORD = /[\p{L}\u00A1-\u00BF\u00D7\u00F7]+/gu;
const FEW_WORDS = 3;
const MANY_WORDS = 8;

interface Debris {
  start: number;
  end: number;
  word: string;
  tcvn: boolean;
}

// Punctuation-like marks (`«Tháng`, `Hà Nội·`) count only between two letters (`c«ng`).
const BETWEEN_LETTERS = new Set(['«', '»', '·', '×', '÷', '¡', '¿']);

function classify(word: string, sig: Signatures): { debris: boolean; tcvn: boolean } {
  if (!/[A-Za-z]/u.test(word)) return { debris: false, tcvn: false };
  const chars = [...word];
  let debris = false;
  let tcvn = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (BETWEEN_LETTERS.has(ch) && !(/\p{L}/u.test(chars[i - 1] ?? '') && /\p{L}/u.test(chars[i + 1] ?? ''))) continue;
    if (sig.marks.has(ch)) debris = true;
    if (sig.tcvnOnly.has(ch)) tcvn = debris = true;
    if (i > 0 && sig.pairs.has((chars[i - 1] as string) + ch)) debris = true;
  }
  return { debris, tcvn };
}

/** What the TCVN3 word meant, when every non-ASCII character has a mapping. */
function decodeTcvn3(word: string, sig: Signatures): string | null {
  let out = '';
  for (const ch of word) {
    if (ch <= '\u007F') out += ch;
    else {
      const v = sig.data.tcvn3.map[ch];
      if (v === undefined) return null;
      out += v;
    }
  }
  return out;
}

export const legacyEncoding: Rule = {
  id: 'legacy-encoding',
  defaultSeverity: 'error',
  description: 'Debris of a legacy Vietnamese encoding (TCVN3/ABC or VNI text read as Windows-1252).',
  check({ text }) {
    const sig = signatures();
    // Debris of either encoding always carries some mark character (VNI's ø ï û ö ñ, TCVN3's
    // ¸ µ ® …); a text without any is clean, and most texts are, so look no further.
    let anyMark = false;
    for (let i = 0; i < text.length && !anyMark; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xa1 && c <= 0xff && sig.marks.has(text[i] as string)) anyMark = true;
    }
    if (!anyMark) return [];
    const debris: Debris[] = [];
    let nonAscii = 0;
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      if (!/[^\u0000-\u007F]/u.test(word)) continue;
      nonAscii++;
      const c = classify(word, sig);
      const start = m.index ?? 0;
      if (c.debris) debris.push({ start, end: start + word.length, word, tcvn: c.tcvn });
    }
    // A foreign name (`Müller`, `Peña`) carries the same characters; mojibake is most of a
    // text's accented words, or at least many of them.
    if (debris.length < FEW_WORDS) return [];
    if (debris.length < MANY_WORDS && debris.length * 10 < nonAscii) return [];
    const out: RawFinding[] = [];
    // Lines are counted forward between consecutive debris words, so a long text stays linear.
    let line = 0;
    let nextBreak = text.indexOf('\n');
    let lastLine = -1;
    for (const d of debris) {
      while (nextBreak !== -1 && nextBreak < d.start) {
        line++;
        nextBreak = text.indexOf('\n', nextBreak + 1);
      }
      if (line === lastLine) continue;
      lastLine = line;
      const label = d.tcvn ? sig.data.tcvn3.label : sig.data.vni.label;
      const meant = d.tcvn ? decodeTcvn3(d.word, sig) : null;
      const hint = meant ? `, probably "${meant}"` : '';
      out.push({
        start: d.start,
        end: d.end,
        message: `"${d.word}" looks like ${label} text read as Windows-1252${hint}; convert the source to Unicode.`,
      });
    }
    return out;
  },
};
