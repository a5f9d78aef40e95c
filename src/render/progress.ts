// A small progress bar for stderr during long runs (many files, or many --lines documents).
// It draws only on a terminal and only once the run is long, so pipes, CI logs and quick runs
// never see it; it redraws at most ~10 times a second and erases itself when done.

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** Count n more documents as finished (default 1). */
  tick(n?: number): void;
  /**
   * Erase the bar for now, so a line can be written to the same terminal (stdout output, an
   * error message); the next tick draws it again, throttled as usual.
   */
  clear(): void;
  /** Erase the bar (if it is shown); later calls do nothing. Safe to call twice. */
  done(): void;
}

export interface ProgressOptions {
  /** Clock in milliseconds; injectable for tests. */
  now?: () => number;
  /** Draw from the start when there are more documents than this. */
  manyDocuments?: number;
  /** Otherwise, draw once the run has lasted this long. */
  delayMs?: number;
  /** Least time between two redraws. */
  intervalMs?: number;
}

// Carriage return to the line start, and erase to its end (CSI K) so a shorter line leaves no
// trace of a longer one.
const ERASE_LINE = '\r\u001b[K';
const BAR_WIDTH = 30;

/** The bar's text for `done` of `total` in `columns` (never the last column: it would wrap). */
export function formatProgress(done: number, total: number, columns: number): string {
  const room = Math.max(10, columns - 1);
  if (!(total > 0)) return `${done} ${done === 1 ? 'document' : 'documents'}`.slice(0, room);
  const ratio = Math.min(1, Math.max(0, done / total));
  const counts = ` ${done}/${total} ${Math.floor(ratio * 100)}%`;
  const barWidth = Math.min(BAR_WIDTH, room - counts.length - 2);
  if (barWidth < 5) return counts.trim().slice(0, room);
  const filled = Math.floor(ratio * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${counts}`;
}

const NOOP: Progress = { tick() {}, clear() {}, done() {} };

/**
 * A progress bar on `stream` for a run of `total` documents (0 or less when the count is not
 * known in advance, as with --lines on stdin: then only the count is shown). Without a TTY it
 * does nothing at all.
 */
export function createProgress(total: number, stream: ProgressStream, options: ProgressOptions = {}): Progress {
  if (stream.isTTY !== true) return NOOP;
  const now = options.now ?? Date.now;
  const manyDocuments = options.manyDocuments ?? 20;
  const delayMs = options.delayMs ?? 1000;
  const intervalMs = options.intervalMs ?? 100;
  const started = now();
  let count = 0;
  // Whether the bar is on screen now (drawn and not erased since).
  let shown = false;
  let finished = false;
  let lastDraw = Number.NEGATIVE_INFINITY;

  const write = (text: string): void => {
    try {
      stream.write(text);
    } catch {
      // A closed terminal must not end the run: the bar is a courtesy.
      finished = true;
    }
  };

  return {
    tick(n = 1) {
      if (finished) return;
      count += n;
      const t = now();
      const long = total > manyDocuments || t - started >= delayMs;
      if (!long || t - lastDraw < intervalMs) return;
      lastDraw = t;
      shown = true;
      write(ERASE_LINE + formatProgress(count, total, stream.columns ?? 80));
    },
    clear() {
      if (finished || !shown) return;
      shown = false;
      write(ERASE_LINE);
    },
    done() {
      if (finished) return;
      finished = true;
      if (shown) write(ERASE_LINE);
    },
  };
}
