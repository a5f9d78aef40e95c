// Comparison forms of Vietnamese text, one function for each meaning. Two spellings of a word
// differ in ways a comparison has to forgive or keep, and each caller needs a different set:
//
//   stripTones('Uỷ ban')       → 'uy ban'   lower case; tone marks gone; â ê ô ơ ư ă and đ kept
//   stripMarksKeepD('Đoàn Hoà') → 'đoan hoa' lower case; every mark gone; đ kept apart from d
//   stripMarks('Đoàn Hoà')      → 'doan hoa' lower case; every mark gone; đ read as d
//   toOldStyleTone('Hoà Bình')  → 'Hòa Bình' case kept; the tone of a final oa/oe/uy on its first vowel
//   toNewStyleTone('thủy lợi')  → 'thuỷ lợi' the other way, for word lists written in the new style
//
// "Old" and "new" are the house-style rule's names (check/rules/tone-mark-mixed.ts,
// `houseStyle.toneMarks`): the old style writes `hòa`, `khỏe`, `thủy`, the new style `hoà`,
// `khoẻ`, `thuỷ`.
//
// Every form also unifies the look-alikes of Đ/đ found in pasted text (unifyLookalikeD).

import { LETTER } from './letters.js';

// Look-alikes of Đ/đ: U+00D0/U+00F0 (Icelandic eth) and U+0189/U+0256 (African D).
// e.g. "ÐV" (U+00D0) → "ĐV"
const LOOKALIKE_D = /[\u00D0\u00F0\u0189\u0256]/gu;
const UNIFIED_D: Record<string, string> = { '\u00D0': 'Đ', '\u0189': 'Đ', '\u00F0': 'đ', '\u0256': 'đ' };

// Tone marks (grave, acute, tilde, hook above, dot below): their placement differs between the
// old and new conventions (`hoà`/`hòa`, `Uỷ`/`Ủy`); the letter marks (breve, circumflex, horn)
// are not tones, they make another letter.
// e.g. "Uỷ ban" after NFD → "Uy ban"
export const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
// Every combining mark of the covered blocks (lexicon/letters.ts's MARK).
const ALL_MARKS = /[\u0300-\u036f]/gu;

/** NFC text with the look-alikes of Đ/đ replaced by Đ/đ. */
export function unifyLookalikeD(text: string): string {
  return text.normalize('NFC').replace(LOOKALIKE_D, (c) => UNIFIED_D[c] ?? c);
}

/** Lower case without tone marks, letter marks and đ kept: `Uỷ ban` and `Ủy ban` → `uy ban`. */
export function stripTones(text: string): string {
  return unifyLookalikeD(text).normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
}

/** Lower case without any mark, đ kept apart from d: `Hoà`/`hòa` → `hoa`, `đoàn` → `đoan` ≠ `doan`. */
export function stripMarksKeepD(text: string): string {
  // Đ has no decomposition, so stripping marks after NFD keeps it.
  return unifyLookalikeD(text).normalize('NFD').replace(ALL_MARKS, '').toLowerCase();
}

/** Lower case without any mark and đ read as d: what a reader typing without a Vietnamese keyboard writes. */
export function stripMarks(text: string): string {
  return stripMarksKeepD(text).replace(/đ/gu, 'd').normalize('NFC');
}

// New-style tone placement at the end of a syllable (`hoà`, `khoẻ`, `thuỷ`) moved to the old
// style (`hòa`, `khỏe`, `thủy`) so both conventions give one key. Only syllable-final pairs differ
// between the styles (`hoàn` is the same in both).
// Example: `Hoà` → `Hòa`, `Uỷ` → `Ủy`
const NEW_STYLE_TONE = new RegExp(String.raw`([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![${LETTER}])`, 'gu');

/** Case kept, NFC, old-style tone placement, look-alikes of Đ unified: `Hoà Bình` → `Hòa Bình`. */
export function toOldStyleTone(text: string): string {
  return unifyLookalikeD(text).replace(NEW_STYLE_TONE, (_m, lead: string, vowel: string) => {
    const parts = vowel.normalize('NFD');
    return (lead + parts.slice(1)).normalize('NFC') + parts.slice(0, 1);
  });
}

/** `toOldStyleTone` in lower case: the key two spellings of a name share (`Hoà` and `hòa` → `hòa`). */
export function toOldStyleToneLower(text: string): string {
  return toOldStyleTone(text).toLowerCase();
}

// Old-style tone placement at the end of a syllable moved to the new style, for word lists that
// use it (vntk's dictionary has `thuỷ lợi`, `hoá chất`).
// Example: `thủy` → `thuỷ`, `hóa` → `hoá`, `khỏe` → `khoẻ`
const OLD_STYLE_TONE = new RegExp(String.raw`([òóỏõọÒÓỎÕỌ])([aeAE])(?![${LETTER}])|([ùúủũụÙÚỦŨỤ])([yY])(?![${LETTER}])`, 'gu');

/** The new-style spelling of `text` (`thủy lợi` → `thuỷ lợi`). */
export function toNewStyleTone(text: string): string {
  return text.replace(OLD_STYLE_TONE, (_m, o?: string, v?: string, u?: string, y?: string) => {
    const lead = (o ?? u ?? '').normalize('NFD');
    return lead.slice(0, 1) + ((v ?? y ?? '') + lead.slice(1)).normalize('NFC');
  });
}
