// Comparison keys for Vietnamese: lower case, no tone or vowel marks, đ as d. Used where two
// spellings must match whatever the keyboard or tone-placement convention (`hoà`/`hòa`).

const MARKS = /[\u0300-\u036f]/gu;

export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(/[đĐÐ]/gu, 'd').toLowerCase().normalize('NFC');
}
