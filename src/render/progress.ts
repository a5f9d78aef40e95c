// A progress bar on stderr for long runs (many files, --lines, --input ndjson): articles done,
// rate and, when the total is known, the time left. cli-progress draws it; it is loaded only when
// stderr is a terminal and --quiet is not given, so pipes, CI logs and `2>file` never see a bar,
// and it appears only once the run is long, so quick runs never flash one.

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** Count n more articles as finished (default 1). */
  tick(n?: number): void;
  /**
   * Erase the bar for now, so a line can be written to the same terminal (an error message,
   * output when stdout is that terminal too); the next tick draws it again.
   */
  clear(): void;
  /** Erase the bar (if it is shown); later calls do nothing. Safe to call twice. */
  done(): void;
}

export interface ProgressOptions {
  /** --quiet: no bar at all. */
  quiet?: boolean;
  /** Clock in milliseconds; injectable for tests. */
  now?: () => number;
  /** Draw from the start when there are more articles than this. */
  manyDocuments?: number;
  /** Otherwise, draw once the run has lasted this long. */
  delayMs?: number;
  /** Least time between two redraws. */
  intervalMs?: number;
}

const BAR_WIDTH = 30;

function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The bar's text: `done` of `total` articles at `rate` a second, in `columns` (never the last
 * column: it would wrap). A total of 0 or less is unknown (a stream): then the count and rate only.
 */
export function formatProgress(done: number, total: number, columns: number, rate: number): string {
  const room = Math.max(10, columns - 1);
  const speed = rate > 0 ? ` | ${rate < 10 ? rate.toFixed(1) : Math.round(rate)}/s` : '';
  if (!(total > 0)) return `${done} ${done === 1 ? 'article' : 'articles'}${speed}`.slice(0, room);
  const ratio = Math.min(1, Math.max(0, done / total));
  const eta = rate > 0 && done < total ? ` | ETA ${formatSeconds((total - done) / rate)}` : '';
  const counts = ` ${done}/${total} ${Math.floor(ratio * 100)}%${speed}${eta}`;
  const barWidth = Math.min(BAR_WIDTH, room - counts.length - 2);
  if (barWidth < 5) return counts.trim().slice(0, room);
  const filled = Math.floor(ratio * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${counts}`;
}

export const NOOP: Progress = { tick() {}, clear() {}, done() {} };

/**
 * A progress bar on `stream` for a run of `total` articles (0 or less when the count is not known
 * in advance). Without a TTY, or with `quiet`, it does nothing and loads nothing.
 */
export async function createProgress(total: number, stream: ProgressStream, options: ProgressOptions = {}): Promise<Progress> {
  if (options.quiet === true || stream.isTTY !== true) return NOOP;
  const { SingleBar } = (await import('cli-progress')).default;
  const now = options.now ?? Date.now;
  const manyDocuments = options.manyDocuments ?? 20;
  const delayMs = options.delayMs ?? 1000;
  const started = now();
  let count = 0;
  let finished = false;
  const rate = () => {
    const seconds = (now() - started) / 1000;
    return seconds > 0 ? count / seconds : 0;
  };
  const bar = new SingleBar({
    // (throttleTime is read by cli-progress 3.12 but missing from its types.)
    stream: stream as NodeJS.WritableStream,
    format: (_options, params) => formatProgress(count, total, params.maxWidth, rate()),
    throttleTime: options.intervalMs ?? 100,
    clearOnComplete: true,
    hideCursor: false,
    // cli-progress would add SIGINT handlers per bar; the run's own exit restores nothing anyway.
    gracefulExit: false,
  } as ConstructorParameters<typeof SingleBar>[0]);
  // The bar is stopped (erased) before anything else is written to its terminal and started
  // again at the next tick, so cli-progress's saved cursor never spans another line.
  let shown = false;
  const hide = () => {
    if (!shown) return;
    shown = false;
    try {
      bar.stop();
    } catch {
      finished = true;
    }
  };
  return {
    tick(n = 1) {
      if (finished) return;
      count += n;
      try {
        if (shown) bar.update(count);
        else if (total > manyDocuments || now() - started >= delayMs) {
          shown = true;
          bar.start(Math.max(total, 0), count);
        }
      } catch {
        // A closed terminal must not end the run: the bar is a courtesy.
        finished = true;
      }
    },
    clear: hide,
    done() {
      hide();
      finished = true;
    },
  };
}
