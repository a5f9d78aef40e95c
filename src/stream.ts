// Analyses a stream of documents (files, `--lines`, `--input ndjson` records) in input order,
// with a bounded window in flight, on `jobs` worker threads (src/parallel.ts) or in this thread.
// `analyze` and `summary` both run through here; they differ only in what they do with each result.
import { availableParallelism } from 'node:os';
import type { AnalyzeOptions } from './analyze.js';
import type { RecordDoc } from './input/records.js';
import type { InputDoc } from './input/read.js';
import type { AnalyzerPool } from './parallel.js';
import type { Analysis } from './types.js';

/** Anything with a text to analyse; failures pass straight through to `emit`. */
export type StreamItem = InputDoc | RecordDoc | { source: string; error: string };

export interface StreamOptions {
  /** Worker threads; 1 analyses in this thread. */
  jobs: number;
  userDict: AnalyzeOptions['userDict'];
  /** Stop reading (the output pipe closed). */
  stop?: () => boolean;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** How many documents each worker may have queued: enough to keep it busy, few enough to bound memory. */
const WINDOW_PER_JOB = 4;

/**
 * Calls `emit` once per item, in input order: with its analysis, with the Error its analysis
 * threw, or with null for an item that was a failure already (an unreadable file, a bad record).
 */
export async function analyzeStream<T extends StreamItem>(items: AsyncIterable<T>, options: StreamOptions, emit: (result: Analysis | Error | null, item: T) => Promise<void>): Promise<void> {
  const [{ analyze }, { orderedMap }] = await Promise.all([import('./analyze.js'), import('./ordered-map.js')]);
  // One document does not even load worker_threads or piscina.
  let pool: AnalyzerPool | null = null;
  if (options.jobs > 1) {
    const { AnalyzerPool } = await import('./parallel.js');
    pool = new AnalyzerPool(options.jobs, options.userDict);
  }
  const analyseOne = async (item: T): Promise<Analysis | null> => {
    if ('error' in item) return null;
    const analyzeOptions: AnalyzeOptions = { source: item.source };
    if ('record' in item) {
      // A record's line number is not part of its analysis: the id is its key, and output split
      // over machines (parallel --pipe) must equal a single run's.
      if (item.record.dateline !== undefined) analyzeOptions.dateline = item.record.dateline;
    } else if (item.line !== undefined) analyzeOptions.line = item.line;
    return pool ? pool.analyze({ text: item.text, options: analyzeOptions }) : analyze(item.text, { ...analyzeOptions, userDict: options.userDict });
  };
  try {
    await orderedMap(items, pool ? options.jobs * WINDOW_PER_JOB : 1, analyseOne, emit, options.stop);
  } finally {
    await pool?.close();
  }
}
