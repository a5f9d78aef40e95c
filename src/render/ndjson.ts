// NDJSON renderer: one compact JSON object per line, so results can be streamed and concatenated.
import type { Analysis } from '../types.js';

// JSON.stringify leaves U+2028/U+2029 raw; some line readers (Python's str.splitlines, older
// JavaScript parsers) treat them as line breaks, so they are escaped. They can only occur inside
// strings, where `\u2028` means the same character.
const LINE_SEPARATORS = /[\u2028\u2029]/gu;

/**
 * One analysis as a single line ending in `\n`. JSON.stringify already escapes LF and CR inside
 * strings, so the final newline is the only line break and every line parses on its own.
 */
export function renderNdjsonLine(a: Analysis): string {
  const json = JSON.stringify(a).replace(LINE_SEPARATORS, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `${json}\n`;
}
