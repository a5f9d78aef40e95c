// The only module that touches the file system: turns CLI operands into decoded, normalised
// documents, one at a time, so memory stays bounded however many files a run is given.
import { readFile as readFileCallback } from 'node:fs';
import { promisify } from 'node:util';
import { decodeWithEncoding, InputError, type Encoding } from './decode.js';
import { normalizeText } from './normalize.js';

export interface InputDoc {
  source: string;
  /** 1-based line number with --lines. */
  line?: number;
  /** Normalised text (NFC, LF, no BOM). */
  text: string;
  /** Decoded text before normalisation (for checks that look at the raw form, like NFD). */
  raw: string;
  encoding: Encoding;
}

export interface InputFailure {
  source: string;
  error: string;
}

export type InputItem = InputDoc | InputFailure;

export async function readSource(source: string, stdin: () => Promise<Uint8Array>): Promise<{ text: string; encoding: Encoding }> {
  const bytes = source === '-' ? await stdin() : await readPath(source);
  return decodeWithEncoding(bytes);
}

// node:fs/promises would load readline, directory and watcher modules: ~2 ms of every start.
const readFile = promisify(readFileCallback);

async function readPath(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('no such file');
    if (code === 'EISDIR') throw new InputError('is a directory');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('permission denied');
    throw new InputError((error as Error).message);
  }
}

/** Every document of every source, in order; a source that cannot be read yields one failure. */
export async function* readInputs(sources: string[], options: { lines: boolean; stdin: () => Promise<Uint8Array> }): AsyncGenerator<InputItem> {
  for (const source of sources) {
    let raw: string;
    let encoding: Encoding;
    try {
      ({ text: raw, encoding } = await readSource(source, options.stdin));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { source, error: error.message };
      continue;
    }
    if (!options.lines) {
      yield { source, text: normalizeText(raw), raw, encoding };
      continue;
    }
    const lines = normalizeText(raw).split('\n');
    // A final newline ends the last line; it does not start an empty document.
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    const rawLines = raw.replace(/^\uFEFF/u, '').split(/\r\n?|\n/u);
    for (let i = 0; i < lines.length; i++) {
      yield { source, line: i + 1, text: lines[i]!, raw: rawLines[i] ?? lines[i]!, encoding };
    }
  }
}

/** Reads standard input once; `-` given twice analyses the same bytes twice rather than nothing. */
/** Reads standard input once, when first asked: `openStream` is called only then. */
export function stdinReader(openStream: () => NodeJS.ReadableStream): () => Promise<Uint8Array> {
  let cached: Promise<Uint8Array> | undefined;
  return () => {
    cached ??= (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of openStream()) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      return Buffer.concat(chunks);
    })();
    return cached;
  };
}
