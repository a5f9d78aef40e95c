// The WebAssembly side of tagging (assembly/crf.ts, compiled to src/data/crf.wasm by
// `npm run build:wasm`) and its one linear memory. What stays for the process (models, the word
// list and its slot table) is copied in once, one block after another; each call's buffers go
// above the last block, where the next call reuses them.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { dataUrl } from '../util/data.js';

export interface CrfExports {
  hashBytes(key: number, length: number): number;
  slotHash(valueHash: number, template: number): number;
  lookupRecord(model: number, template: number, value: number, length: number): number;
  accumulate(records: number, n: number, perItem: number, state: number, L: number): void;
  viterbi(state: number, into: number, n: number, L: number, score: number, back: number, out: number): void;
  splitValues(values: number, count: number, offsets: number, hashes: number): void;
  templateIds(
    model: number, template: number, values: number, offsets: number, hashes: number, from: number, span: number,
    guard: number, n: number, perItem: number, records: number, specials: number,
  ): void;
  setHasAll(list: number, slots: number, values: number, length: number, count: number, out: number): number;
  taggerDecode(
    rowOf: number, weights: number, scale: number, trans: number, buckets: number, offsets: number, n: number,
    score: number, back: number, out: number,
  ): void;
}

const PAGE = 65536;
let memory: WebAssembly.Memory | undefined;
let exports: CrfExports | undefined;
let view: Buffer = Buffer.alloc(0);
let kept = 8;

/** The compiled functions (instantiated on first use: about a millisecond). */
export function crf(): CrfExports {
  if (exports === undefined) {
    memory = new WebAssembly.Memory({ initial: 1 });
    const module = new WebAssembly.Module(readFileSync(dataUrl('crf.wasm')));
    exports = new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as CrfExports;
  }
  return exports;
}

/** The memory's bytes; take it again after `reserve`, which may replace the buffer. */
export function memoryBytes(): Buffer {
  crf();
  // A Buffer view: its utf8 write costs half of TextEncoder.encodeInto's per call.
  if (view.buffer !== memory!.buffer) view = Buffer.from(memory!.buffer);
  return view;
}

export const align8 = (n: number): number => (n + 7) & ~7;

/** Makes the memory reach at least `end` and returns the bytes. */
export function reserve(end: number): Buffer {
  crf();
  const missing = end - memory!.buffer.byteLength;
  if (missing > 0) memory!.grow(Math.ceil(missing / PAGE));
  return memoryBytes();
}

/** Copies `data` into memory for the rest of the process and returns its address. */
export function keep(data: Uint8Array): number {
  const at = kept;
  reserve(at + data.length).set(data, at);
  kept = align8(at + data.length);
  return at;
}

/** Reads a file straight into memory for the rest of the process (no copy through a Buffer). */
export function keepFile(path: string | URL): { at: number; size: number } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const at = kept;
    const target = reserve(at + size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, target, at + read, size - read, read);
      if (n === 0) throw new Error(`${String(path)}: file shorter than its size`);
      read += n;
    }
    kept = align8(at + size);
    return { at, size };
  } finally {
    closeSync(fd);
  }
}

/** Where a call's scratch buffers start: above everything kept. */
export function scratch(): number {
  return kept;
}

/**
 * Writes `text` as UTF-8 at `at` and returns the byte length. Lone surrogates become U+FFFD, as
 * in the crfsuite addon's conversion. Reserves the worst case first: 3 bytes per UTF-16 unit.
 */
export function writeUtf8(text: string, at: number): number {
  return reserve(at + text.length * 3 + 1).write(text, at, text.length * 3, 'utf8');
}
