// Text in decomposed (NFD) or mixed normalisation: it looks right but breaks search, sorting and
// counting in every system downstream. The input layer normalises, so this rule reads `raw`.

import type { RawFinding, Rule } from '../types.js';

/**
 * Words of `raw` that are not in NFC, with their offsets in the normalised text. NFC never
 * composes across whitespace, so normalising word by word gives the same text as normalising
 * the whole, and the offsets can be carried along.
 */
export function decomposedWords(raw: string): { start: number; end: number; word: string; line: number }[] {
  const out: { start: number; end: number; word: string; line: number }[] = [];
  const src = (raw.startsWith('\uFEFF') ? raw.slice(1) : raw).replace(/\r\n?/gu, '\n');
  let offset = 0;
  let line = 0;
  // e.g. `hòa` written as `ho` + U+0300 + `a`
  for (const m of src.matchAll(/(\s+)|([^\s]+)/gu)) {
    const piece = m[0];
    if (m[1] !== undefined) {
      for (const ch of piece) if (ch === '\n') line++;
      offset += piece.length;
      continue;
    }
    const nfc = piece.normalize('NFC');
    if (nfc !== piece) out.push({ start: offset, end: offset + nfc.length, word: nfc, line });
    offset += nfc.length;
  }
  return out;
}

export const unicodeNfd: Rule = {
  id: 'unicode-nfd',
  defaultSeverity: 'error',
  description: 'Text is in decomposed (NFD) or mixed Unicode normalisation instead of NFC.',
  fixable: true,
  // NFC keeps a BOM and CRLF line breaks as they are.
  fixRaw: (raw) => {
    const nfc = raw.normalize('NFC');
    return nfc === raw ? raw : nfc;
  },
  check({ raw }) {
    // The common case, a text already in NFC, costs one normalisation and no word walk.
    if (raw.normalize('NFC') === raw) return [];
    const words = decomposedWords(raw);
    if (words.length === 0) return [];
    // Whether the rest of the text is precomposed decides how the message names the problem.
    // (đ/Đ have no decomposition, so they say nothing either way.)
    const precomposed = /[\u00C0-\u010F\u0112-\u024F\u1E00-\u1EFF]/u.test(raw);
    const kind = precomposed ? 'mixes NFC and NFD' : 'is in NFD';
    // One finding per line, at its first decomposed word, so an NFD article gives a line list
    // rather than a finding per word.
    const out: RawFinding[] = [];
    let lastLine = -1;
    for (const w of words) {
      if (w.line === lastLine) continue;
      lastLine = w.line;
      out.push({ start: w.start, end: w.end, message: `"${w.word}" is written in decomposed form; the text ${kind} (write NFC).` });
    }
    return out;
  },
};
