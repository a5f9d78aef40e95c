// Splits a byte stream into lines as they arrive, so an unbounded NDJSON stream is read with
// memory bounded by the longest line, never by the stream.

export interface RawLine {
  /** 1-based line number in the stream. */
  number: number;
  /** The line's bytes without its LF (and without a CR before it). */
  bytes: Buffer;
  /** The line was longer than the limit: `bytes` is empty and the rest was skipped. */
  tooLong?: true;
}

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Every line of `chunks`. A final line without LF is still a line; a final LF does not start an
 * empty one. A line over `maxBytes` is reported with `tooLong` and skipped up to its end, so one
 * broken record (a missing newline in a dump) cannot grow memory without bound.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes = 64 * 1024 * 1024): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let number = 0;
  const finish = (tail: Buffer): RawLine => {
    number++;
    if (overflow) {
      overflow = false;
      return { number, bytes: Buffer.alloc(0), tooLong: true };
    }
    let bytes = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    return { number, bytes };
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let at = buffer.indexOf(NEWLINE, from); at >= 0; at = buffer.indexOf(NEWLINE, from)) {
      yield finish(buffer.subarray(from, at));
      from = at + 1;
    }
    if (from < buffer.length && !overflow) {
      pendingBytes += buffer.length - from;
      if (pendingBytes > maxBytes) {
        overflow = true;
        pending = [];
        pendingBytes = 0;
      } else {
        // A copy: the stream may reuse its chunk's memory.
        pending.push(Buffer.from(buffer.subarray(from)));
      }
    }
  }
  if (pendingBytes > 0 || overflow) yield finish(Buffer.alloc(0));
}
