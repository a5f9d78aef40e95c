// Character classes for word boundaries in regular expressions, as class bodies to put inside
// `[...]`. They cover the scripts Vietnamese news is written in and quotes from (Latin with
// every Vietnamese letter, Greek, Cyrillic) rather than all of Unicode: a `[\p{L}\p{N}]` class
// costs 2-5 ms to compile in each regular expression that holds it (bench: 28 date patterns
// took 150 ms of a 550 ms run), and the boundary only has to tell a number or word from the
// letters and digits glued to it. Example: the `19` in `COVID-19` is glued to `-` after `D`.

/** Letters: ASCII, Latin-1, Latin Extended-A/B, Greek, Cyrillic, Latin Extended Additional (`ạ`…`ỹ`),
 * and combining marks, so NFD text that slipped through still reads as letters. */
export const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
/** Digits, with the superscripts and vulgar fractions of measures (`m²`, `½`). */
export const DIGIT = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE';
export const LETTER_OR_DIGIT = LETTER + DIGIT;
