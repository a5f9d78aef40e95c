// `--input ndjson`: every input line is one record, a JSON object such as
//   {"id": "vnx-2023-0412", "text": "03/12/2023 - 07:09\n\nTiêu đề…", "dateline": "03/12/2023", "url": "https://…"}
// The text field is analysed, the id field is kept, `dateline` stands in for a dateline the text
// does not print, and every other field passes through under `meta`. A bad line (not JSON, no
// text field, text not a string) becomes a RecordFailure carrying its line number, and the run
// goes on: one result per line, in input order.
import { createReadStream } from 'node:fs';
import { splitLines, type RawLine } from './lines.js';
import type { InputFailure } from './read.js';
import type { Analysis } from '../types.js';

export interface RecordFields {
  /** Name of the field holding the article text (default `text`). */
  textField: string;
  /** Name of the field holding the record's id (default `id`). */
  idField: string;
}

export const DEFAULT_FIELDS: RecordFields = { textField: 'text', idField: 'id' };

/** What a good record adds to the analysis: its id and the fields the tool does not read. */
export interface RecordInfo {
  id: unknown;
  meta?: Record<string, unknown>;
  /** The record's `dateline`, used when the text prints none. */
  dateline?: string;
}

export interface RecordDoc {
  source: string;
  /** 1-based line number in its source. */
  line: number;
  text: string;
  record: RecordInfo;
}

export type RecordErrorCode = 'not-json' | 'not-object' | 'no-text' | 'text-not-string' | 'invalid-utf8' | 'too-long' | 'internal';

export interface RecordFailure extends InputFailure {
  line: number;
  code: RecordErrorCode;
  /** The record's id when the line was a JSON object that had one. */
  id?: unknown;
}

/** The error object printed on a bad record's line (schema/error.json). */
export interface RecordError {
  schemaVersion: 1;
  source: string;
  line: number;
  id: unknown;
  error: { code: RecordErrorCode; message: string };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One line of NDJSON as a record, or the reason it is not one. Never throws. */
export function parseRecord(raw: RawLine, source: string, fields: RecordFields = DEFAULT_FIELDS): RecordDoc | RecordFailure | null {
  const line = raw.number;
  const fail = (code: RecordErrorCode, error: string, id?: unknown): RecordFailure => ({ source, line, code, error, ...(id !== undefined ? { id } : {}) });
  if (raw.tooLong) return fail('too-long', 'line too long for a record');
  let json: string;
  try {
    json = utf8.decode(raw.bytes);
  } catch {
    return fail('invalid-utf8', 'not valid UTF-8');
  }
  if (line === 1 && json.charCodeAt(0) === 0xfeff) json = json.slice(1);
  // A blank line holds no record (a stream's trailing blank line, a separator).
  if (json.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return fail('not-json', `not JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('not-object', 'not a JSON object');
  const object = value as Record<string, unknown>;
  const id = Object.hasOwn(object, fields.idField) ? object[fields.idField] : undefined;
  if (!Object.hasOwn(object, fields.textField)) return fail('no-text', `no "${fields.textField}" field`, id);
  const text = object[fields.textField];
  if (typeof text !== 'string') return fail('text-not-string', `"${fields.textField}" is not a string`, id);
  const record: RecordInfo = { id: id ?? null };
  const meta: Record<string, unknown> = {};
  let hasMeta = false;
  for (const [key, field] of Object.entries(object)) {
    if (key === fields.textField || key === fields.idField) continue;
    if (key === 'dateline' && typeof field === 'string') {
      record.dateline = field;
      continue;
    }
    meta[key] = field;
    hasMeta = true;
  }
  if (hasMeta) record.meta = meta;
  return { source, line, text, record };
}

/** Every record of every source, in order, read as a stream (`-` is standard input). */
export async function* readRecords(sources: string[], options: { fields?: RecordFields; stdin: () => NodeJS.ReadableStream }): AsyncGenerator<RecordDoc | RecordFailure | InputFailure> {
  for (const source of sources) {
    const stream = source === '-' ? options.stdin() : createReadStream(source, { highWaterMark: 1 << 16 });
    try {
      for await (const raw of splitLines(stream as AsyncIterable<Buffer>)) {
        const parsed = parseRecord(raw, source, options.fields);
        if (parsed) yield parsed;
      }
    } catch (error) {
      // A missing file, a directory, a read error: one failure for the source, like readInputs.
      yield { source, error: readError(error as NodeJS.ErrnoException) };
    }
  }
}

function readError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file';
  if (error.code === 'EISDIR') return 'is a directory';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  return error.message;
}

export function isRecordFailure(item: unknown): item is RecordFailure {
  return typeof item === 'object' && item !== null && 'code' in item && 'error' in item && 'line' in item;
}

/** The analysis of a record: its id first, the fields the tool did not read last. */
export function withRecord(analysis: Analysis, record: RecordInfo): Analysis & { id: unknown; meta?: Record<string, unknown> } {
  const { schemaVersion, source, ...rest } = analysis;
  return { schemaVersion, source, id: record.id, ...rest, ...(record.meta ? { meta: record.meta } : {}) };
}

/** The error object for a bad record (or one whose analysis failed), for its line of output. */
export function recordError(failure: { source: string; line: number; code: RecordErrorCode; error: string; id?: unknown }): RecordError {
  return { schemaVersion: 1, source: failure.source, line: failure.line, id: failure.id ?? null, error: { code: failure.code, message: failure.error } };
}
