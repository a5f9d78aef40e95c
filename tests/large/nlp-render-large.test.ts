// Multi-megabyte inputs through the tokenizer, the sentence splitter and the table's word wrap:
// each returns, linear in its input, with the exact pieces a 5 MB line makes.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokenize.js';
import { wrap } from '../../src/render/text.js';

describe('a 5 MB line', () => {
  const text = 'a '.repeat(2_500_000);
  it('tokenizes to 2 500 000 syllables, the last at its offset', () => {
    const tokens = tokenize(text);
    expect(tokens).toHaveLength(2_500_000);
    expect(tokens.at(-1)).toEqual({ text: 'a', start: 4_999_998, end: 4_999_999 });
  });
  it('is cut into sentence pieces of at most 1000 characters', () => {
    const pieces = splitSentences(text, { start: 0, end: text.length });
    // Each cut falls at the last space within 1000 characters: 999 characters, then that space.
    expect(pieces).toHaveLength(5000);
    expect(pieces[1]).toEqual({ start: 1000, end: 1999 });
    expect(pieces.every((p) => p.end - p.start <= 1000)).toBe(true);
  });
  it('wraps to 80 columns in 62 500 lines, and 100 000 digits in 1250', () => {
    expect(wrap(text, 80)).toHaveLength(62_500);
    expect(wrap('9'.repeat(100_000), 80)).toHaveLength(1250);
  });
});
