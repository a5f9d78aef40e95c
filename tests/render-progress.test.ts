// Progress bar: silent off a terminal and on short runs, throttled, erased when done.
import { describe, expect, it } from 'vitest';
import { createProgress, formatProgress } from '../src/render/progress.js';

function fakeStream(isTTY: boolean | undefined, columns?: number) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns, write: (s: string) => writes.push(s) } };
}

function fakeClock(start = 1000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => { t += ms; } };
}

describe('formatProgress', () => {
  it.each([
    [0, 40, 80, '[------------------------------] 0/40 0%'],
    [10, 40, 80, '[#######-----------------------] 10/40 25%'],
    [40, 40, 80, '[##############################] 40/40 100%'],
    [45, 40, 80, '[##############################] 45/40 100%'],
    [3, 7, 80, '[############------------------] 3/7 42%'],
    // A narrow terminal: a shorter bar; narrower still: the counts alone.
    [10, 40, 30, '[####-------------] 10/40 25%'],
    [10, 40, 12, '10/40 25%'],
    // Unknown total (stdin with --lines): the count only.
    [1234, 0, 80, '1234 documents'],
    [1, -1, 80, '1 document'],
  ])('%i of %i in %i columns is %j', (done, total, columns, expected) => {
    expect(formatProgress(done, total, columns)).toBe(expected);
    expect(formatProgress(done, total, columns).length).toBeLessThan(Math.max(columns, 11));
  });
});

describe('createProgress', () => {
  it.each([
    ['a pipe', false],
    ['a stream that does not say', undefined],
  ])('never writes to %s', (_name, isTTY) => {
    const { writes, stream } = fakeStream(isTTY);
    const clock = fakeClock();
    const p = createProgress(1000, stream, { now: clock.now });
    for (let i = 0; i < 1000; i++) { clock.advance(50); p.tick(); }
    p.done();
    expect(writes).toEqual([]);
  });

  it('stays silent on a short run of few documents', () => {
    const { writes, stream } = fakeStream(true);
    const clock = fakeClock();
    const p = createProgress(5, stream, { now: clock.now });
    for (let i = 0; i < 5; i++) { clock.advance(100); p.tick(); }
    p.done();
    expect(writes).toEqual([]);
  });

  it('starts drawing after a second on a run of few documents, then erases its line', () => {
    const { writes, stream } = fakeStream(true, 60);
    const clock = fakeClock();
    const p = createProgress(4, stream, { now: clock.now });
    clock.advance(600); p.tick();
    clock.advance(600); p.tick();
    clock.advance(600); p.tick();
    p.done();
    p.done();
    expect(writes).toEqual([
      '\r\u001b[K[###############---------------] 2/4 50%',
      '\r\u001b[K[######################--------] 3/4 75%',
      '\r\u001b[K',
    ]);
  });

  it('draws from the start on more than 20 documents, at most once per 100 ms', () => {
    const { writes, stream } = fakeStream(true, 80);
    const clock = fakeClock();
    const p = createProgress(100, stream, { now: clock.now });
    for (let i = 0; i < 100; i++) { clock.advance(10); p.tick(); }
    p.done();
    // Ticks at 10, 20, … 1000 ms: draws at 10, 110, … 910 ms (10 of them), then the erase.
    expect(writes).toHaveLength(11);
    expect(writes[0]).toBe('\r\u001b[K[------------------------------] 1/100 1%');
    expect(writes[9]).toBe('\r\u001b[K[###########################---] 91/100 91%');
    expect(writes[10]).toBe('\r\u001b[K');
  });

  it('counts ticks of several documents at once and ignores ticks after done', () => {
    const { writes, stream } = fakeStream(true, 80);
    const clock = fakeClock();
    const p = createProgress(50, stream, { now: clock.now });
    p.tick(25);
    p.done();
    clock.advance(500);
    p.tick();
    expect(writes).toEqual(['\r\u001b[K[###############---------------] 25/50 50%', '\r\u001b[K']);
  });

  it('clears for a line of output and draws again at the next tick allowed by the throttle', () => {
    const { writes, stream } = fakeStream(true, 80);
    const clock = fakeClock();
    const p = createProgress(40, stream, { now: clock.now });
    p.tick();
    p.clear();
    p.clear();
    clock.advance(50);
    p.tick();
    clock.advance(50);
    p.tick();
    p.clear();
    p.done();
    expect(writes).toEqual([
      '\r\u001b[K[------------------------------] 1/40 2%',
      '\r\u001b[K',
      '\r\u001b[K[##----------------------------] 3/40 7%',
      '\r\u001b[K',
    ]);
  });

  it('writes nothing at done when it never drew', () => {
    const { writes, stream } = fakeStream(true);
    const p = createProgress(3, stream, { now: fakeClock().now });
    p.done();
    expect(writes).toEqual([]);
  });

  it('gives up quietly when the terminal write throws', () => {
    let calls = 0;
    const stream = { isTTY: true, columns: 80, write: () => { calls++; throw new Error('EIO'); } };
    const p = createProgress(100, stream, { now: fakeClock().now });
    expect(() => { p.tick(); p.tick(); p.done(); }).not.toThrow();
    expect(calls).toBe(1);
  });

  it('works with the real clock and a real stream shape', () => {
    const { writes, stream } = fakeStream(true, 80);
    const p = createProgress(30, stream);
    p.tick();
    p.done();
    expect(writes).toEqual(['\r\u001b[K[#-----------------------------] 1/30 3%', '\r\u001b[K']);
  });
});
