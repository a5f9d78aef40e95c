// The boundary classes of lexicon/letters.ts against the Unicode properties they stand in for, on
// every code point of the blocks they cover.
import { describe, expect, it } from 'vitest';
import { CASE_BLOCKS, DIGIT, isLetterOrDigitCode, LETTER, LETTER_OR_DIGIT, LOWER, MARK, UPPER } from '../src/lexicon/letters.js';

const covered: string[] = [];
for (const [from, to] of CASE_BLOCKS) for (let c = from; c <= to; c++) covered.push(String.fromCharCode(c));
const members = (re: RegExp) => covered.filter((ch) => re.test(ch)).join('');

describe('computed case classes', () => {
  it.each([
    ['UPPER', UPPER, /^\p{Lu}$/u],
    ['LOWER', LOWER, /^\p{Ll}$/u],
  ])('%s has exactly the members of the property in the covered blocks', (_name, body, property) => {
    expect(members(new RegExp(`^[${body}]$`, 'u'))).toBe(members(property));
  });

  it.each([
    ['A', true, false], ['Đ', true, false], ['Ấ', true, false], ['Ỹ', true, false], ['Ă', true, false],
    ['Ω', true, false], ['Д', true, false],
    ['a', false, true], ['đ', false, true], ['ấ', false, true], ['ỹ', false, true], ['ă', false, true],
    ['ω', false, true], ['д', false, true],
    ['1', false, false], ['-', false, false], ['ª', false, false], ['ǅ', false, false], ['\u0301', false, false],
  ])('%s: upper %s, lower %s', (ch, upper, lower) => {
    expect([new RegExp(`^[${UPPER}]$`, 'u').test(ch), new RegExp(`^[${LOWER}]$`, 'u').test(ch)]).toEqual([upper, lower]);
  });
});

describe('LETTER, DIGIT and MARK', () => {
  it('DIGIT is exactly \\p{N} in the covered blocks', () => {
    expect(members(new RegExp(`^[${DIGIT}]$`, 'u'))).toBe(members(/^\p{N}$/u));
  });

  it('MARK is exactly \\p{M} in the covered blocks, less the Cyrillic titlo marks', () => {
    expect(members(new RegExp(`^[${MARK}]$`, 'u'))).toBe(members(/^\p{M}$/u).replace(/[\u0483-\u0489]/gu, ''));
  });

  it('LETTER holds every \\p{L} and Latin combining mark, and besides them only the Greek and Cyrillic blocks\' symbols and unassigned points', () => {
    const letter = new RegExp(`^[${LETTER}]$`, 'u');
    expect(covered.filter((ch) => /^[\p{L}\u0300-\u036F]$/u.test(ch) && !letter.test(ch))).toEqual([]);
    const extra = covered.filter((ch) => letter.test(ch) && !/^[\p{L}\p{M}]$/u.test(ch)).map((ch) => ch.charCodeAt(0));
    expect(extra.every((c) => (c >= 0x0370 && c <= 0x03ff) || (c >= 0x0400 && c <= 0x04ff))).toBe(true);
    expect(extra.filter((c) => /^[\p{P}\p{S}]$/u.test(String.fromCharCode(c))).map((c) => c.toString(16))).toEqual(['375', '37e', '384', '385', '387', '3f6', '482']);
  });

  it('LETTER_OR_DIGIT is LETTER and DIGIT, and no space, punctuation or symbol of ASCII and Latin-1', () => {
    const both = new RegExp(`^[${LETTER_OR_DIGIT}]$`, 'u');
    const latin = covered.filter((ch) => ch.charCodeAt(0) <= 0xff);
    expect(latin.filter((ch) => both.test(ch)).join('')).toBe(latin.filter((ch) => /^[\p{L}\p{N}]$/u.test(ch)).join(''));
  });

  it.each([['ạ'], ['Ữ'], ['đ'], ['ß'], ['λ'], ['ж'], ['ơ'], ['ư']])('%s is a letter', (ch) => {
    expect(new RegExp(`^[${LETTER}]$`, 'u').test(ch)).toBe(true);
  });

  it.each([[' '], ['\u00A0'], ['.'], ['-'], ['–'], ['“'], ['%'], ['×'], ['÷'], ['€']])('%j is not a letter', (ch) => {
    expect(new RegExp(`^[${LETTER_OR_DIGIT}]$`, 'u').test(ch)).toBe(false);
  });
});

describe('the letter-or-digit table of whole-text scans', () => {
  it('answers as the LETTER_OR_DIGIT class on every UTF-16 code unit', () => {
    const boundary = new RegExp(`[${LETTER_OR_DIGIT}]`, 'u');
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isLetterOrDigitCode(c) !== boundary.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
