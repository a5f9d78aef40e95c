// Analyses many documents on worker threads; ordered-map.ts hands the results back in input order
// with a bounded number in flight, so a 10 000-file run or a 20 MB `--lines` input holds only a
// few documents in memory at a time, whatever the speed of the reader.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from './analyze.js';
import type { Analysis } from './types.js';

export interface Job {
  text: string;
  options: AnalyzeOptions;
}

type Reply = { id: number; analysis: Analysis } | { id: number; error: string; stack?: string };

export function defaultJobs(): number {
  return availableParallelism();
}

/** A fixed pool of workers, each running `analyze`. */
export class AnalyzerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(size: number, userDictEntries: AnalyzeOptions['userDict']) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { workerData: { userDict: userDictEntries ?? null } });
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (error) => this.failAll(error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Resolves when the document is analysed; waits for a free worker first. */
  async analyze(job: Job): Promise<Analysis> {
    while (this.idle.length === 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const worker = this.idle.pop()!;
    const id = this.nextId++;
    return new Promise<Analysis>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // The user dictionary went to the worker once, at start.
      const { userDict: _unused, ...options } = job.options;
      worker.postMessage({ id, text: job.text, options });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(worker: Worker, reply: Reply): void {
    const entry = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.idle.push(worker);
    this.waiting.shift()?.();
    if (!entry) return;
    if ('analysis' in reply) entry.resolve(reply.analysis);
    else entry.reject(Object.assign(new Error(reply.error), { stack: reply.stack }));
  }

  private failAll(error: Error): void {
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
  }
}
