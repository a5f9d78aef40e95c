// Syllable tokenizer: cuts text exactly as vntk 1.4.4's regex tokenizer does, with offsets, in linear time.
import type { Token } from '../types.js';

// vntk's letter class, copied verbatim (NFC, precomposed): letters outside it (ç, ñ, ß, Greek…)
// are cut one code unit at a time as non-word symbols, as vntk does.
const LETTERS =
  'aáàạảãăắằặẳẵâấầậẩẫbcdđeéèẹẻẽêếềệểễfghiíìịỉĩjklmnoóòọỏõôồốộổỗơớờợởỡpqrstuúùụủũưứừựửữvwxyýỳỵỷỹz' +
  'AÁÀẠẢÃĂẮẰẶẲẴÂẤẦẬẨẪBCDĐEÉÈẸẺẼÊẾỀỆỂỄFGHIÍÌỊỈĨJKLMNOÓÒỌỎÕÔỐỒỘỔỖƠỚỜỢỞỠPQRSTUÚÙỤỦŨƯỨỪỰỬỮVWXYÝỲỴỶỸZ';

// The alternatives in vntk's order; at each position the first one that matches wins.
const ALTERNATIVES = [
  // Abbreviations with a dot: `TP.`, `Tp.`, `ThS.`
  String.raw`[A-ZĐ]+\.`,
  String.raw`Tp\.`,
  String.raw`Mr\.`,
  String.raw`Mrs\.`,
  String.raw`Ms\.`,
  String.raw`Dr\.`,
  String.raw`ThS\.`,
  // Arrows and ellipsis: `==>`, `->`, `...`, `>>`
  '==>',
  '->',
  String.raw`\.\.\.`,
  '>>',
  // vntk's `web` alternative, `^(http[s]?://)?(?:[a-zA-Z]|[0-9]|[$-_@.&+]|[!*\(\),]|%XX)+$`, takes
  // the WHOLE text as one token when every character is in `!`, `$`..`_` or `a`..`z` (`%` and the
  // `http://` prefix fall inside that set). Its overlapping alternatives backtrack exponentially;
  // this single class accepts exactly the same strings in linear time. `^`/`$` (no `m` flag) tie it
  // to the start and end of the text, so it is tried at position 0 only.
  // vntk's `email` alternative comes after it and only accepts strings that this one already
  // accepts, so it can never win and is left out.
  // Example: `https://baochinhphu.vn/abc-123.htm`
  '^[!$-_a-z]+$',
  // Dates: `25/12`, `25/12/2023`, `1-7-2025`
  String.raw`\d{1,2}\/\d{1,2}(?:\/\d+)?`,
  String.raw`\d{1,2}-\d{1,2}(?:-\d+)?`,
  // Numbers with separators: `19.700`, `3,2`, `1.850.000`
  String.raw`\d+(?:[.,_]\d+)+`,
  // One symbol or punctuation mark: `(`, `"`, `…`
  `[^${LETTERS}0-9\\s]`,
  // A syllable or a run of digits: `Cần`, `COVID`, `19`
  `[${LETTERS}0-9]+`,
];

// Built once; `lastIndex` is reset by every call.
const TOKEN_RE = new RegExp(ALTERNATIVES.join('|'), 'gu');

/**
 * vntk's `tokenizer.tokenize(text.slice(start, end))`, each token with its offsets into `text`.
 * vntk matches without the `u` flag, so a character outside the BMP (an emoji) becomes two
 * tokens, one per UTF-16 code unit; so does it here.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    const s = from + m.index;
    const t = m[0];
    if (t.length === 2 && isHighSurrogate(t.charCodeAt(0))) {
      tokens.push({ text: t[0] as string, start: s, end: s + 1 });
      tokens.push({ text: t[1] as string, start: s + 1, end: s + 2 });
    } else {
      tokens.push({ text: t, start: s, end: s + t.length });
    }
  }
  return tokens;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
