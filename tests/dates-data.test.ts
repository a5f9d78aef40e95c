// The date word lists (src/data/date-words.json) have a source note and no duplicates; NFC and
// spacing are data-hygiene.test.ts's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const raw = JSON.parse(readFileSync(new URL('../src/data/date-words.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('date-words.json', () => {
  it('has a source note', () => {
    expect(typeof raw._source).toBe('string');
  });
  it.each(Object.entries(raw).filter(([k, v]) => !k.startsWith('_') && (Array.isArray(v) || Array.isArray((v as { words?: unknown }).words))))(
    'list %s has no duplicates',
    (_k, v) => {
      const list = (Array.isArray(v) ? v : (v as { words: string[] }).words).flat() as string[];
      expect(new Set(list).size).toBe(list.length);
    },
  );
});
