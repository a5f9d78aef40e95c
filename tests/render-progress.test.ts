// Progress bar (cli-progress): silent off a terminal, with --quiet and on short runs; articles
// done, rate and time left; erased when done and before another line is written.
import { describe, expect, it } from 'vitest';
import { createProgress, formatProgress } from '../src/render/progress.js';

function fakeStream(isTTY: boolean | undefined, columns = 80) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns, write: (s: string) => { writes.push(s); return true; } } };
}

function fakeClock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

// What a person sees written: the bar texts, without cursor and erase sequences.
const ESCAPES = /\u001b(?:\[[?\d;]*[A-Za-z]|[78])/gu;
const texts = (writes: string[]) => writes.map((w) => w.replace(ESCAPES, '')).filter((w) => w !== '');
const ERASE = '\u001b[2K';

describe('formatProgress', () => {
  it.each([
    [0, 40, 80, 0, '[------------------------------] 0/40 0%'],
    [10, 40, 80, 5, '[#######-----------------------] 10/40 25% | 5.0/s | ETA 6s'],
    [40, 40, 80, 12.4, '[##############################] 40/40 100% | 12/s'],
    [45, 40, 80, 12, '[##############################] 45/40 100% | 12/s'],
    [100, 10_000, 80, 150, '[------------------------------] 100/10000 1% | 150/s | ETA 1m06s'],
    [100, 1_000_000, 100, 150, '[------------------------------] 100/1000000 0% | 150/s | ETA 1h51m'],
    // A narrow terminal: a shorter bar; narrower still: the counts alone, cut to fit.
    [10, 40, 40, 5, '[##--------] 10/40 25% | 5.0/s | ETA 6s'],
    [10, 40, 20, 5, '10/40 25% | 5.0/s |'],
    // Unknown total (a stream): the count and the rate.
    [1234, 0, 80, 150.2, '1234 articles | 150/s'],
    [1, -1, 80, 0, '1 article'],
  ])('%i of %i in %i columns at %d/s is %j', (done, total, columns, rate, expected) => {
    expect(formatProgress(done, total, columns, rate)).toBe(expected);
    expect(formatProgress(done, total, columns, rate).length).toBeLessThan(Math.max(columns, 11));
  });
});

describe('createProgress', () => {
  it.each([
    ['a pipe', false, false],
    ['a stream that does not say', undefined, false],
    ['a terminal with --quiet', true, true],
  ])('never writes to %s', async (_name, isTTY, quiet) => {
    const { writes, stream } = fakeStream(isTTY);
    const clock = fakeClock();
    const p = await createProgress(1000, stream, { now: clock.now, quiet });
    for (let i = 0; i < 1000; i++) { clock.advance(50); p.tick(); }
    p.done();
    expect(writes).toEqual([]);
  });

  it('stays silent on a short run of few articles', async () => {
    const { writes, stream } = fakeStream(true);
    const clock = fakeClock();
    const p = await createProgress(5, stream, { now: clock.now });
    for (let i = 0; i < 5; i++) { clock.advance(100); p.tick(); }
    p.done();
    expect(writes).toEqual([]);
  });

  it('starts after a second on a run of few articles, with rate and time left, then erases its line', async () => {
    const { writes, stream } = fakeStream(true, 80);
    const clock = fakeClock();
    const p = await createProgress(4, stream, { now: clock.now });
    clock.advance(600); p.tick();
    clock.advance(600); p.tick();
    p.done();
    p.done();
    expect(texts(writes)).toEqual(['[###############---------------] 2/4 50% | 1.7/s | ETA 1s']);
    expect(writes.at(-1)).toBe(ERASE);
  });

  it('draws from the first tick on more than 20 articles; a stream of unknown length shows count and rate', async () => {
    const { writes, stream } = fakeStream(true, 80);
    const clock = fakeClock();
    const p = await createProgress(0, stream, { now: clock.now, manyDocuments: -1 });
    clock.advance(500);
    p.tick(3);
    p.done();
    expect(texts(writes)).toEqual(['3 articles | 6.0/s']);
  });

  it('erases itself for a line of output and draws again at the next tick', async () => {
    const { writes, stream } = fakeStream(true, 80);
    const clock = fakeClock();
    const p = await createProgress(40, stream, { now: clock.now });
    clock.advance(1000); p.tick();
    p.clear();
    const afterClear = writes.length;
    p.clear();
    clock.advance(1000); p.tick();
    p.done();
    expect(writes[afterClear - 1]).toBe(ERASE);
    expect(writes.length).toBeGreaterThan(afterClear);
    expect(texts(writes)).toEqual(['[------------------------------] 1/40 2% | 1.0/s | ETA 39s', '[#-----------------------------] 2/40 5% | 1.0/s | ETA 38s']);
    expect(writes.at(-1)).toBe(ERASE);
  });

  it('writes nothing at done when it never drew, and ignores ticks after done', async () => {
    const { writes, stream } = fakeStream(true);
    const clock = fakeClock();
    const p = await createProgress(3, stream, { now: clock.now });
    p.done();
    clock.advance(5000);
    p.tick();
    expect(writes).toEqual([]);
  });

  it('gives up quietly when the terminal write throws', async () => {
    let calls = 0;
    const stream = { isTTY: true, columns: 80, write: () => { calls++; throw new Error('EIO'); } };
    const p = await createProgress(100, stream, { now: fakeClock().now });
    expect(() => { p.tick(); p.tick(); p.done(); }).not.toThrow();
    expect(calls).toBe(1);
  });
});
