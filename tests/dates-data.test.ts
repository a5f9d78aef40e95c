// The date word lists (src/data/date-words.json) are clean data: NFC, trimmed, no duplicates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const raw = JSON.parse(readFileSync(new URL('../src/data/date-words.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Every word the file holds: object keys (outside `_` notes) and string list items. */
function words(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) words(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if (k.startsWith('_')) continue;
      out.push(k);
      if (typeof x !== 'string') words(x, out);
    }
  return out;
}

describe('date-words.json', () => {
  it('has a source note', () => {
    expect(typeof raw._source).toBe('string');
  });
  it.each(words(raw).map((w) => [w]))('%s is NFC and trimmed, single-spaced', (w) => {
    expect(w.normalize('NFC')).toBe(w);
    expect(w.trim()).toBe(w);
    expect(w).not.toMatch(/\s{2}/u);
  });
  it.each(Object.entries(raw).filter(([k, v]) => !k.startsWith('_') && (Array.isArray(v) || Array.isArray((v as { words?: unknown }).words))))(
    'list %s has no duplicates',
    (_k, v) => {
      const list = (Array.isArray(v) ? v : (v as { words: string[] }).words).flat() as string[];
      expect(new Set(list).size).toBe(list.length);
    },
  );
});
