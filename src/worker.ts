// A worker thread of the --jobs pool (src/parallel.ts, piscina): analyses one document per task.
import { workerData } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from './analyze.js';
import type { Job } from './parallel.js';

const userDict = (workerData as { userDict?: AnalyzeOptions['userDict'] } | null)?.userDict ?? null;

export default function analyzeTask({ text, options }: Job) {
  return analyze(text, { ...options, userDict });
}
