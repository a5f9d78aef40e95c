// Debris of a wrong decoding: the legacy 8-bit encodings (TCVN3/ABC, VNI) read as Windows-1252
// (`c¸c c«ng ®oµn` for `các công đoàn`, `Vieät Nam` for `Việt Nam`), and UTF-8 read as
// Windows-1252 (`Viá»‡t Nam`). The signatures live in src/data/legacy-encodings.json.

import { readDataFile } from '../../util/data.js';
import type { RawFinding, Rule } from '../types.js';

interface LegacyData {
  vietnameseLatin1: string;
  tcvn3: { label: string; distinctive: string; map: Record<string, string> };
  vni: { label: string; marks: string; pairs: string[] };
  utf8AsCp1252: { label: string; cp1252: Record<string, number> };
}

interface Signatures {
  data: LegacyData;
  /** Characters that mark a word as debris when they sit next to a letter. */
  marks: Set<string>;
  tcvnOnly: Set<string>;
  pairs: Set<string>;
  /** A UTF-8 lead byte and a continuation byte, both shown as cp1252 characters. */
  utf8: RegExp;
}

let cached: Signatures | undefined;
function signatures(): Signatures {
  if (!cached) {
    const data = JSON.parse(readDataFile('legacy-encodings.json')) as LegacyData;
    const legit = new Set(data.vietnameseLatin1);
    const marks = new Set<string>();
    for (const ch of Object.keys(data.tcvn3.map)) if (!legit.has(ch)) marks.add(ch);
    for (const ch of data.vni.marks) marks.add(ch);
    // A continuation byte (0x80-0xBF) shows as U+0080-U+00BF or as one of cp1252's specials.
    const specials = Object.entries(data.utf8AsCp1252.cp1252)
      .filter(([, byte]) => byte <= 0xbf)
      .map(([ch]) => ch)
      .join('');
    const cont = `[\\u0080-\\u00BF${specials}]`;
    cached = {
      data,
      marks,
      tcvnOnly: new Set(data.tcvn3.distinctive),
      pairs: new Set(data.vni.pairs),
      // e.g. `Ä‘` (đ), `Æ°` (ư), `Ã¡` (á), `á»‡` (ệ): a two- or three-byte sequence
      utf8: new RegExp(`(?:[ÃÄÅÆ]|á[º»])${cont}`, 'gu'),
    };
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

/** What a UTF-8-read-as-cp1252 word meant, when its bytes decode as UTF-8. */
function decodeUtf8(word: string, sig: Signatures): string | null {
  const bytes: number[] = [];
  for (const ch of word) {
    const byte = byteOf(ch, sig);
    if (byte === null) return null;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/** The byte a character shows in cp1252, or null for a character cp1252 cannot show. */
function byteOf(ch: string, sig: Signatures): number | null {
  const code = ch.charCodeAt(0);
  if (code <= 0xff) return code;
  return sig.data.utf8AsCp1252.cp1252[ch] ?? null;
}

/** Length in characters of the UTF-8 sequence shown at `i`, or 0 when none starts there. */
function sequenceAt(text: string, i: number, sig: Signatures): number {
  const lead = byteOf(text[i] ?? '', sig);
  if (lead === null) return 0;
  const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : 0;
  if (need === 0) return 0;
  for (let k = 1; k <= need; k++) {
    const b = byteOf(text[i + k] ?? '', sig);
    if (b === null || b < 0x80 || b > 0xbf) return 0;
  }
  return need + 1;
}

const ASCII_LETTER = /[A-Za-z]/u;

/**
 * Words holding UTF-8 mojibake (`Viá»‡t`, `Ä‘oÃ n`), reported without a threshold since no real
 * word contains such sequences. A word runs over ASCII letters and whole byte sequences, so a
 * quotation mark next to it stays out even though cp1252 shows some continuation bytes as quotes.
 */
function utf8Debris(text: string, sig: Signatures): (Debris & { meant: string | null })[] {
  const out: (Debris & { meant: string | null })[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(sig.utf8)) {
    const at = m.index ?? 0;
    if (at < lastEnd || sequenceAt(text, at, sig) === 0) continue;
    let start = at;
    while (start > lastEnd && ASCII_LETTER.test(text[start - 1] as string)) start--;
    let end = at;
    for (;;) {
      const n = sequenceAt(text, end, sig);
      if (n > 0) end += n;
      else if (end < text.length && ASCII_LETTER.test(text[end] as string)) end++;
      else break;
    }
    lastEnd = end;
    const word = text.slice(start, end);
    out.push({ start, end, word, tcvn: false, meant: decodeUtf8(word, sig) });
  }
  return out;
}

export const legacyEncoding: Rule = {
  id: 'legacy-encoding',
  defaultSeverity: 'error',
  description: 'Debris of a wrong decoding: TCVN3/ABC, VNI or UTF-8 text read as Windows-1252.',
  check({ text }) {
    const sig = signatures();
    // Debris of either encoding always carries some mark character (VNI's ø ï û ö ñ, TCVN3's
    // ¸ µ ® …); a text without any is clean, and most texts are, so look no further.
    let anyMark = false;
    for (let i = 0; i < text.length && !anyMark; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xa1 && c <= 0xff && sig.marks.has(text[i] as string)) anyMark = true;
    }
    const utf8 = utf8Debris(text, sig);
    if (!anyMark && utf8.length === 0) return [];
    const debris: Debris[] = [];
    let nonAscii = 0;
    let u = 0;
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      if (!/[^\u0000-\u007F]/u.test(word)) continue;
      nonAscii++;
      const start = m.index ?? 0;
      // Words that are UTF-8 mojibake are reported as such, not as TCVN3 or VNI.
      while (u < utf8.length && (utf8[u] as Debris).end <= start) u++;
      const inside = utf8[u];
      if (inside && inside.start <= start && start < inside.end) continue;
      const c = classify(word, sig);
      if (c.debris) debris.push({ start, end: start + word.length, word, tcvn: c.tcvn });
    }
    // A foreign name (`Müller`, `Peña`) carries the same characters; mojibake is most of a
    // text's accented words, or at least many of them.
    const legacy = debris.length >= FEW_WORDS && (debris.length >= MANY_WORDS || debris.length * 10 >= nonAscii);
    const all: (Debris & { meant?: string | null })[] = [...(legacy ? debris : []), ...utf8].sort((a, b) => a.start - b.start);
    const out: RawFinding[] = [];
    // Lines are counted forward between consecutive debris words, so a long text stays linear.
    let line = 0;
    let nextBreak = text.indexOf('\n');
    let lastLine = -1;
    for (const d of all) {
      while (nextBreak !== -1 && nextBreak < d.start) {
        line++;
        nextBreak = text.indexOf('\n', nextBreak + 1);
      }
      if (line === lastLine) continue;
      lastLine = line;
      const isUtf8 = d.meant !== undefined;
      const label = isUtf8 ? sig.data.utf8AsCp1252.label : d.tcvn ? sig.data.tcvn3.label : sig.data.vni.label;
      const meant = isUtf8 ? (d.meant ?? null) : d.tcvn ? decodeTcvn3(d.word, sig) : null;
      const hint = meant ? `, probably "${meant}"` : '';
      out.push({
        start: d.start,
        end: d.end,
        message: `"${d.word}" looks like ${isUtf8 ? label : `${label} text read as Windows-1252`}${hint}; convert the source to Unicode.`,
      });
    }
    return out;
  },
};
