// Runs of characters the safe fixes remove or collapse: zero-width characters and doubled
// spaces. Shared by the rules that report them and by applyFixes, so both agree exactly.

// e.g. `công\u200Bđoàn`, `\uFEFF` inside a line
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]+/gu;
// what may stand before a ZWJ that joins an emoji sequence (👨 ZWJ 👩, ❤️ ZWJ 🔥, 👩🏽 ZWJ 💻)
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

/**
 * [start, end) of each run of zero-width characters, except a lone ZWJ inside an emoji
 * sequence, which is meaningful there; in Vietnamese text every other one is copy-paste debris.
 */
export function zeroWidthRuns(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.matchAll(ZERO_WIDTH)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[0] === '\u200D' && EMOJI_BEFORE.test(s.slice(Math.max(0, start - 2), start)) && EMOJI_AFTER.test(s.slice(end, end + 2))) {
      continue;
    }
    out.push([start, end]);
  }
  return out;
}

// e.g. `công  đoàn`: two or more spaces between two visible characters on one line. Leading
// indentation, trailing spaces, tabs and line breaks are not this rule's business.
const DOUBLE_SPACE = /(?<=[^\s])[ \u00A0]{2,}(?=[^\s])/gu;

export function doubleSpaceRuns(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.matchAll(DOUBLE_SPACE)) {
    const start = m.index ?? 0;
    out.push([start, start + m[0].length]);
  }
  return out;
}
