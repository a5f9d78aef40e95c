// The command line: the only module that touches `process`. It turns flags into calls of the
// library (analyze.ts, kernel.ts), hands what they return to a formatter (render/formats.ts,
// check/format/index.ts), and turns typed errors into exit codes:
//   0 success · 1 `check` found an error (or too many warnings) · 2 usage error or bad input.
// The commands and their help are in cli/program.ts; each command's runner in cli/<command>.ts.
import { buildProgram } from './cli/program.js';
import { Run, type Streams } from './cli/run.js';

/** The process's own streams; stderr and stdin are opened only when first read (see below). */
function processStreams(): Streams & { stderrOpened: () => boolean } {
  let stderrOpened = false;
  return {
    stdout: process.stdout,
    // Reading process.stderr or process.stdin opens it (a terminal, pipe or file stream: 2-4 ms of
    // a start): stderr only when something is written there, stdin only when `-` is read.
    get stderr() {
      stderrOpened = true;
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    stderrOpened: () => stderrOpened,
  };
}

/** Runs the CLI and resolves to the exit code; never rejects. */
export async function main(argv: string[], streams: Streams = processStreams()): Promise<number> {
  const run = new Run(streams, argv.includes('--debug'));
  try {
    await buildProgram(run).parseAsync(argv, { from: 'user' });
  } catch (error) {
    run.fail(error);
  }
  return run.exitCode;
}

/**
 * The command (bin/article-analyze.js): main on the process's streams, then exit as soon as
 * stdout, and stderr if it was used, have taken everything written to them. Waiting for the
 * event loop to empty instead would also wait for V8's background compile jobs to finish: about
 * 10 ms of every short run. If a stream never calls back (a closed pipe), the loop empties and
 * the process ends with the same code.
 */
export async function runCommand(argv: string[]): Promise<void> {
  const streams = processStreams();
  const code = await main(argv, streams);
  process.exitCode = code;
  const open = streams.stderrOpened() ? [process.stdout, process.stderr] : [process.stdout];
  let left = open.length;
  for (const stream of open) {
    stream.write('', () => {
      left -= 1;
      if (left === 0) process.exit(code);
    });
  }
}
