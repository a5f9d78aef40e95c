// Our istitle replica against title-case 2.1.1 itself (the package vntk calls), on news words and odd strings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isTitle, isTitleOfRun, noCase, runParts, titleCase } from '../src/nlp/title-case.js';

const require = createRequire(import.meta.url);
// title-case and no-case as vntk resolves them.
const vntkRequire = createRequire(require.resolve('vntk/package.json'));
const realTitleCase = vntkRequire('title-case') as (value: string) => string;
const realNoCase = vntkRequire('no-case') as (value: string) => string;

const devWords = [
  ...new Set(
    readFileSync(new URL('../fixtures/ud-vtb/vi_vtb-ud-dev-sample.conllu', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => /^\d+\t/u.test(l))
      .map((l) => l.split('\t')[1] as string),
  ),
];

const odd = [
  '', ' ', 'A', 'a', '19', '19.700', 'COVID', 'COVID-19', 'iPhone', 'McDonald', 'XMLHttpRequest', 'ABCDef',
  'Cần Thơ', 'cần Thơ', 'Cần  Thơ', ' Cần', 'Cần ', '(CĐ)', 'TP.', 'Tp.', 'ThS.', 'Đ', 'đ', 'Đà Nẵng',
  'ß', 'İstanbul', 'Σ', 'ΑΣ', 'Ωμέγα', 'ǅ', 'ﬁ', '😀', 'A😀', '😀A', '\uD800', 'a\uD800b', 'x\u0000y',
  'a_b', 'a-b', 'a\nb', 'A\nB', '\u2028A', 'Ａｂ', '١٢', 'Ⅻ', 'ǈ',
];

// Deterministic pseudo-random strings over a mixed alphabet (letters of several scripts, digits,
// punctuation, spaces, surrogates).
const alphabet = [...'aAbBzZđĐơƠừỪßİıΣσςΑ09_-. ,()\'"😀\uD800\uDC00ǅﬁ\u0301'];
let seed = 12345;
const next = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed;
};
const random = Array.from({ length: 2000 }, () =>
  Array.from({ length: 1 + (next() % 6) }, () => alphabet[next() % alphabet.length]).join(''),
);

describe('title-case replica', () => {
  it.each(odd)('%j', (word) => {
    expect(noCase(word)).toBe(realNoCase(word));
    expect(titleCase(word)).toBe(realTitleCase(word));
    expect(isTitle(word)).toBe(word === realTitleCase(word));
  });

  it(`all ${devWords.length} distinct UD sample words and ${random.length} random strings`, () => {
    const wrong = [...devWords, ...random].filter(
      (w) => titleCase(w) !== realTitleCase(w) || isTitle(w) !== (w === realTitleCase(w)),
    );
    expect(wrong).toEqual([]);
  });

  it.each([
    ['Cần Thơ', true],
    ['Cần thơ', false],
    ['CĐ', false],
    ['A', true],
    ['19', true],
    [',', false],
    ['(CĐ)', false],
  ])('isTitle(%j) = %s', (word, expected) => {
    expect(isTitle(word)).toBe(expected);
  });
});

describe('the isTitle short cut gives title-case\'s answer', () => {
  // The characters the short cuts accept (title-case.ts): Vietnamese and ASCII letters and
  // digits, and the punctuation of news text.
  const syllableChars = [...'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ']
    .concat([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư'])
    .concat(Array.from({ length: 0x1ef9 - 0x1ea0 + 1 }, (_, i) => String.fromCharCode(0x1ea0 + i)));
  const punctuation = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~–—‘’“”…'];
  const agrees = (w: string) => isTitle(w) === (w === realTitleCase(w));

  it(`every one of the ${syllableChars.length} letters and digits, and every pair`, () => {
    const pairs = syllableChars.flatMap((a) => syllableChars.map((b) => a + b));
    expect([...syllableChars, ...pairs].filter((w) => !agrees(w))).toEqual([]);
  });

  it('triples of capitals and small letters (camelCase splits look three characters wide)', () => {
    const some = [...'aAzZđĐăĂơƠưƯạẠỹỸ0'];
    const triples = some.flatMap((a) => some.flatMap((b) => some.map((c) => a + b + c)));
    expect(triples.filter((w) => !agrees(w))).toEqual([]);
  });

  it('random strings of those letters, punctuation and spaces, as the n-gram features join them', () => {
    const mixed = [...'aAđĐơƠạẠ09', ...'.,()"“”…-', ' '];
    const strings = Array.from({ length: 5000 }, () => Array.from({ length: 1 + (next() % 7) }, () => mixed[next() % mixed.length]).join(''));
    expect(strings.filter((w) => !agrees(w))).toEqual([]);
  });

  it('syllable runs and punctuation', () => {
    const words = ['Cần Thơ', 'Cần thơ', 'cần Thơ', 'Hồ Chí Minh', 'TP Hồ Chí Minh', 'Ủy ban', 'Đà Nẵng', 'ĐÀ NẴNG', 'A B', 'a b'];
    const marks = [...punctuation, ...punctuation.flatMap((a) => punctuation.map((b) => a + b))];
    expect([...words, ...marks].filter((w) => !agrees(w))).toEqual([]);
    expect(words.map((w) => isTitle(w))).toEqual([true, false, false, true, false, false, true, false, true, false]);
  });
});

describe('isTitleOfRun reads an n-gram off its words', () => {
  it('agrees with title-case on the joined string, for runs of syllables, punctuation and odd tokens', () => {
    const tokens = ['Cần', 'Thơ', 'cần', 'ĐÀ', 'Nẵng', 'A', '19', 'iPhone', 'COVID-19', ',', '(', 'TP.', 'ß', 'Σ', 'Ωμέγα', 'McDonald', '😀', 'ǅ', 'a_b', 'Ảnh'];
    const wrong: string[] = [];
    for (let k = 0; k < 4000; k++) {
      const length = 2 + (next() % 2);
      const words = Array.from({ length: length + 1 }, () => tokens[next() % tokens.length] as string);
      const joined = words.slice(1, 1 + length).join(' ');
      if (isTitleOfRun(runParts(words), 1, length, joined) !== (joined === realTitleCase(joined))) wrong.push(joined);
    }
    expect(wrong).toEqual([]);
    expect(isTitleOfRun(runParts(['Cần', 'Thơ', 'hôm']), 0, 2, 'Cần Thơ')).toBe(true);
    expect(isTitleOfRun(runParts(['Cần', 'Thơ', 'hôm']), 1, 2, 'Thơ hôm')).toBe(false);
    expect(isTitleOfRun(runParts(['Ông', ',', 'Bà']), 0, 3, 'Ông , Bà')).toBe(false);
  });
});
