// A worker thread of the --jobs pool: analyses the documents the main thread sends it.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from './analyze.js';

const userDict = (workerData as { userDict: AnalyzeOptions['userDict'] }).userDict ?? null;

parentPort?.on('message', ({ id, text, options }: { id: number; text: string; options: AnalyzeOptions }) => {
  try {
    parentPort?.postMessage({ id, analysis: analyze(text, { ...options, userDict }) });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack });
  }
});
