// One invocation of the CLI: where output goes, whether colour is on, the worst exit code so far,
// and the typed errors that become exit code 2.
import { CommanderError } from 'commander';

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Errors that are the input's or the user's fault carry exit code 2 (InputError, ConfigError, DictionaryError, UsageError). */
function isUserError(error: unknown): error is Error & { exitCode: number } {
  return error instanceof Error && (error as { exitCode?: unknown }).exitCode === 2;
}

/** State of one invocation: where output goes, whether colour is on, the worst exit code so far. */
export class Run {
  exitCode = 0;
  private closed = false;

  constructor(readonly streams: Streams, readonly debug: boolean) {
    // `| head` closes the pipe: stop quietly instead of dying on EPIPE.
    streams.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closed = true;
      else this.fail(error);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  color(noColorFlag: boolean): boolean {
    const env = this.streams.env;
    if (noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
    return this.streams.stdout.isTTY === true;
  }

  /** Writes, waiting for the pipe to drain so a slow reader keeps memory bounded. */
  async write(chunk: string): Promise<void> {
    if (this.closed || chunk.length === 0) return;
    const ok = this.streams.stdout.write(chunk);
    if (!ok && !this.closed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.streams.stdout.off('drain', done);
          this.streams.stdout.off('error', done);
          resolve();
        };
        this.streams.stdout.once('drain', done);
        this.streams.stdout.once('error', done);
      });
    }
  }

  error(message: string, code = 2): void {
    this.streams.stderr.write(`article-analyze: ${message}\n`);
    // A fatal 2 is never lowered by a later 1 or 0.
    this.exitCode = Math.max(this.exitCode, code);
  }

  /** Reports an error; `context` (a file name) prefixes the message. */
  fail(error: unknown, context?: string): void {
    if (error instanceof CommanderError) {
      // commander has printed its message already; `--help` and `--version` are not errors.
      if (error.exitCode !== 0) this.exitCode = Math.max(this.exitCode, 2);
      return;
    }
    if (isUserError(error)) {
      this.error(error.message);
    } else {
      const prefix = context ? `${context}: ` : '';
      this.error(`${prefix}internal error: ${(error as Error)?.message ?? String(error)}${this.debug ? '' : ' (run with --debug for details)'}`);
    }
    if (this.debug && error instanceof Error && error.stack) this.streams.stderr.write(`${error.stack}\n`);
  }
}

/** `file` or `file:line` for messages about one document. */
export function where(item: { source: string; line?: number }): string {
  return item.line !== undefined ? `${item.source}:${item.line}` : item.source;
}
