// `analyze` and `summary`: streams of documents (--lines, --input ndjson, --jobs, progress),
// each analysis handed to a renderer as it is done, or folded into one summary.
import { readInputs, stdinReader, type InputDoc, type InputItem } from '../input/read.js';
import type { RecordDoc, RecordError, RecordFailure } from '../input/records.js';
import type { UserEntry } from '../kernel.js';
import { loadRenderer, type AnalysisFormat } from '../render/formats.js';
import type { Analysis } from '../types.js';
import { loadConfig, loadDict, type CommonOptions } from './inputs.js';
import { UsageError, where, type Run } from './run.js';

/** The options of the commands that stream analyses (program.ts `addStreamOptions`). */
export interface StreamCliOptions extends CommonOptions {
  input?: 'text' | 'ndjson';
  textField?: string;
  idField?: string;
  jobs?: number;
  quiet?: boolean;
}

export type AnalyzeCliOptions = StreamCliOptions & { format: AnalysisFormat };
export type SummaryCliOptions = StreamCliOptions & { format: string; top: number };

interface Handlers {
  analysis: (analysis: Analysis, item: InputDoc | RecordDoc) => Promise<void>;
  badRecord: (error: RecordError) => Promise<void>;
}

export async function runAnalyze(run: Run, files: string[], options: AnalyzeCliOptions): Promise<void> {
  const userDict = await loadDict(options, await loadConfig(options));
  const color = run.color(!options.color);
  const width = run.streams.stdout.columns;
  const render = await loadRenderer(options.format, { color, ...(width ? { width } : {}) });
  const [{ withRecord }, { normalizeText }] = await Promise.all([import('../input/records.js'), import('../input/normalize.js')]);
  const collected: unknown[] = [];
  let first = true;
  const put = async (chunk: string) => {
    await run.write((first ? '' : render.separator) + chunk);
    first = false;
  };
  if (render.header) await run.write(render.header);
  const several = await streamAnalyses(run, files, options, userDict, {
    analysis: async (analysis, item) => {
      if ('record' in item) {
        // The views that show the text need the form the offsets point into.
        if (render.whole) collected.push(withRecord(analysis, item.record));
        else await put(render.each(withRecord(analysis, item.record), normalizeText(item.text)));
      } else if (render.whole) collected.push(analysis);
      else await put(render.each(analysis, item.text));
    },
    // A bad record keeps its place: an error object on its line (NDJSON) or in the array (JSON).
    badRecord: async (error) => {
      if (render.whole) collected.push(error);
      else if (render.error) await put(render.error(error));
    },
  });
  if (render.whole) await run.write(render.whole(collected as Analysis[], several));
  if (render.footer) await run.write(render.footer);
}

/** `summary`: the analyses stream into one SummaryBuilder and are dropped; the report comes at the end. */
export async function runSummary(run: Run, files: string[], options: SummaryCliOptions): Promise<void> {
  const { SummaryBuilder, SUMMARY_FORMATS } = await import('../summary/index.js');
  const format = Object.hasOwn(SUMMARY_FORMATS, options.format) ? SUMMARY_FORMATS[options.format] : undefined;
  if (!format) throw new UsageError(`option '-f, --format <format>' argument '${options.format}' is invalid. Allowed choices are ${Object.keys(SUMMARY_FORMATS).join(', ')}.`);
  const userDict = await loadDict(options, await loadConfig(options));
  const builder = new SummaryBuilder();
  await streamAnalyses(run, files, options, userDict, {
    analysis: async (analysis) => builder.add(analysis),
    badRecord: async () => builder.addFailure(),
  });
  await run.write(await format(builder.result(), { color: run.color(!options.color), top: options.top }));
}

/**
 * Analyses every document of FILES in input order and hands each analysis to `handlers`. An
 * unreadable file is reported on stderr; a bad record goes to `badRecord` in its place and is
 * counted, and the run ends with 2. Returns whether the run holds several documents.
 */
async function streamAnalyses(run: Run, files: string[], options: StreamCliOptions, userDict: Map<string, UserEntry> | null, handlers: Handlers): Promise<boolean> {
  const records = options.input === 'ndjson';
  if (records && options.lines) throw new UsageError('--input ndjson reads one record a line already; leave out --lines');
  const sources = files.length === 0 ? ['-'] : files;
  const several = records || files.length > 1 || options.lines === true;
  const [{ analyzeStream, defaultJobs }, { createProgress, NOOP }, recordsModule] = await Promise.all([import('../stream.js'), import('../render/progress.js'), import('../input/records.js')]);
  const { readRecords } = recordsModule;
  const items: AsyncIterable<InputItem | RecordDoc | RecordFailure> = records
    ? readRecords(sources, { fields: { textField: options.textField ?? 'text', idField: options.idField ?? 'id' }, stdin: () => run.streams.stdin })
    : readInputs(sources, { lines: options.lines === true, stdin: stdinReader(() => run.streams.stdin) });
  // Threads pay off only when there are several documents to share out.
  const jobs = several ? (options.jobs ?? defaultJobs()) : 1;
  // One document has nothing to count: no bar, and stderr stays unopened.
  const progress = several ? await createProgress(records || options.lines ? 0 : sources.length, run.streams.stderr, { quiet: options.quiet === true }) : NOOP;
  const deliver = deliverer(run, progress, handlers, recordsModule);
  try {
    await analyzeStream(items, { jobs, userDict, stop: () => run.isClosed }, async (analysis, item) => {
      progress.tick();
      if (!run.isClosed) await deliver.one(analysis, item);
    });
  } finally {
    progress.done();
  }
  if (deliver.bad > 0) run.error(`${deliver.bad} bad ${deliver.bad === 1 ? 'record' : 'records'} (the first: ${deliver.firstBad})`);
  return several;
}

/** Sends each result where it belongs: a bad record to `badRecord` (counted), an unreadable file or a failure to stderr, an analysis to `analysis`. */
function deliverer(run: Run, progress: { clear(): void }, handlers: Handlers, records: typeof import('../input/records.js')) {
  const { recordError, isRecordFailure } = records;
  const state = {
    bad: 0,
    firstBad: '',
    async one(analysis: Analysis | Error | null, item: InputItem | RecordDoc | RecordFailure): Promise<void> {
      if (isRecordFailure(item) || ('record' in item && analysis instanceof Error)) {
        const failure = isRecordFailure(item) ? item : { ...item, code: 'internal' as const, error: `internal error: ${(analysis as Error).message}`, id: item.record.id };
        state.bad++;
        state.firstBad ||= `${failure.source}:${failure.line}: ${failure.error}`;
        progress.clear();
        await handlers.badRecord(recordError(failure));
        return;
      }
      if ('error' in item) {
        progress.clear();
        run.error(`${item.source}: ${item.error}`);
        return;
      }
      if (analysis instanceof Error || analysis === null) {
        progress.clear();
        run.fail(analysis ?? new Error('no result'), where(item));
        return;
      }
      // Output to the bar's own terminal waits for the bar to step aside; a file or pipe does not.
      if (run.streams.stdout.isTTY) progress.clear();
      await handlers.analysis(analysis, item);
    },
  };
  return state;
}
