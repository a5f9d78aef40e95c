// NDJSON renderer: one compact JSON object per line, so results can be streamed and concatenated.
import type { RecordError } from '../input/records.js';
import type { Analysis } from '../types.js';
import { stringifySafe } from './json.js';
import type { RendererFactory } from './formats.js';

/**
 * One analysis as a single line ending in `\n`. JSON.stringify escapes LF and CR inside strings
 * and `stringifySafe` escapes U+2028/U+2029, so the final newline is the only line break and
 * every line parses on its own.
 */
export function renderNdjsonLine(a: Analysis | RecordError): string {
  return `${stringifySafe(a)}\n`;
}

export const renderer: RendererFactory = () => ({ separator: '', each: renderNdjsonLine, error: renderNdjsonLine });
