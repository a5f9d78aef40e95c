// Runs the CLI in-process through main(argv, streams), with standard input from a string, and
// returns what it wrote. --jobs above 1 needs the built worker: those cases spawn bin/ instead.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/cli.js';

export async function runCli(args: string[], input = '', env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await main(args, { stdout, stderr, stdin: Readable.from([Buffer.from(input)]), env });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
