// orderedMap: results in input order whatever order the work finishes in, at most `limit` in
// flight, a failure in its place, and no more reading once `stop` says so.
import { describe, expect, it } from 'vitest';
import { orderedMap } from '../src/ordered-map.js';

async function* numbers(n: number, pulled: number[]) {
  for (let i = 0; i < n; i++) {
    pulled.push(i);
    yield i;
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('orderedMap', () => {
  it('emits in input order with at most `limit` in flight, an Error in its place', async () => {
    const pulled: number[] = [];
    let inFlight = 0;
    let most = 0;
    const out: (number | string)[] = [];
    await orderedMap(
      numbers(12, pulled),
      3,
      async (i) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await delay((12 - i) % 4);
        inFlight--;
        if (i === 5) throw new Error('five');
        return i * 10;
      },
      async (r) => void out.push(r instanceof Error ? r.message : r),
    );
    expect(out).toEqual([0, 10, 20, 30, 40, 'five', 60, 70, 80, 90, 100, 110]);
    expect(most).toBe(3);
  });

  it('stops reading once stop() is true, and emits what was in flight', async () => {
    const pulled: number[] = [];
    const out: number[] = [];
    let closed = false;
    await orderedMap(
      numbers(1_000_000, pulled),
      2,
      async (i) => i,
      async (r) => {
        out.push(r as number);
        if (out.length === 3) closed = true;
      },
      () => closed,
    );
    // Items 0-3 were read before the close was seen at item 4; 3 was in flight and is emitted.
    expect(pulled).toEqual([0, 1, 2, 3, 4]);
    expect(out).toEqual([0, 1, 2, 3]);
  });
});
