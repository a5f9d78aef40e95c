// The command line: the only module that touches `process`. It turns flags into calls of the
// library (analyze.ts, kernel.ts), hands what they return to a formatter (render/formats.ts,
// check/format/index.ts), and turns typed errors into exit codes:
//   0 success · 1 `check` found an error (or too many warnings) · 2 usage error or bad input.
// The commands and their help are in cli/program.ts; each command's runner in cli/<command>.ts.
import { buildProgram } from './cli/program.js';
import { Run, type Streams } from './cli/run.js';

const processStreams = (): Streams => ({
  stdout: process.stdout,
  // Reading process.stderr or process.stdin opens it (a terminal, pipe or file stream: 2-4 ms of a
  // start): stderr only when something is written there, stdin only when `-` is read.
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    return process.stdin;
  },
  env: process.env,
});

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
