// Letters that look Vietnamese but are not: `Ð`/`ð` (U+00D0/U+00F0, the Icelandic eth, which
// legacy keyboards and fonts type for `Đ`/`đ`), and Cyrillic or Greek letters inside a Latin
// word (`Тp` with a Cyrillic Т). They look right on screen and break search, sorting and the
// abbreviation and entity matching.

import type { RawFinding, Rule } from '../types.js';

// e.g. `Ðà Nẵng`, `ðoàn`: Vietnamese đ only ever starts a syllable; the Icelandic and Faroese ð
// never starts a word, so a word-initial eth is a look-alike
const ETH = /(?<![\p{L}\p{M}])[Ðð]/gu;
// e.g. `Тp`, `Нà Nội` (Cyrillic Т, Н) inside a word of Latin letters
const WORD = /[\p{L}\p{M}]+/gu;
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN = /\p{Script=Latin}/u;

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

export const lookalikeLetter: Rule = {
  id: 'lookalike-letter',
  defaultSeverity: 'warn',
  description: 'A look-alike letter: Ð (Icelandic eth) for Đ, or a Cyrillic or Greek letter inside a Vietnamese word.',
  check({ text }) {
    const out: RawFinding[] = [];
    for (const m of text.matchAll(ETH)) {
      const start = m.index ?? 0;
      const meant = m[0] === 'Ð' ? 'Đ' : 'đ';
      out.push({ start, end: start + 1, message: `"${m[0]}" (${codePoint(m[0])}, Icelandic eth) stands for "${meant}" (${codePoint(meant)}).` });
    }
    // Most texts have no Cyrillic or Greek letter at all: skip the word walk then.
    if (!FOREIGN.test(text)) return out;
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      if (!FOREIGN.test(word) || !LATIN.test(word)) continue;
      const start = m.index ?? 0;
      const at = [...word].findIndex((ch) => FOREIGN.test(ch));
      const ch = [...word][at] as string;
      const offset = start + [...word].slice(0, at).join('').length;
      out.push({ start: offset, end: offset + ch.length, message: `"${word}" mixes scripts: "${ch}" (${codePoint(ch)}) is not a Latin letter.` });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
