// Analyses many documents on worker threads, with piscina's pool. ordered-map.ts hands the
// results back in input order with a bounded number in flight, so a 10 000-file run, a 20 MB
// `--lines` input or an unbounded `--input ndjson` stream holds only a few documents in memory at
// a time, whatever the speed of the reader.
import { Piscina } from 'piscina';
import type { AnalyzeOptions } from './analyze.js';
import type { Analysis } from './types.js';

export interface Job {
  text: string;
  options: AnalyzeOptions;
}

/** A fixed pool of `size` workers (src/worker.ts), each running `analyze`. */
export class AnalyzerPool {
  private readonly pool: Piscina<Job, Analysis>;

  constructor(size: number, userDict: AnalyzeOptions['userDict']) {
    this.pool = new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: size,
      maxThreads: size,
      // The workers live for the run: loading the models again would cost more than idling.
      idleTimeout: Number.POSITIVE_INFINITY,
      // The user dictionary goes to each worker once, at start, not with every document.
      workerData: { userDict: userDict ?? null },
    });
  }

  /** Resolves when the document is analysed; piscina queues it until a worker is free. */
  analyze(job: Job): Promise<Analysis> {
    const { userDict: _unused, ...options } = job.options;
    return this.pool.run({ text: job.text, options });
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
