// The command line: the only module that touches `process`. It turns flags into calls of the
// library (analyze.ts, kernel.ts), hands what they return to a formatter (render/formats.ts,
// check/format/index.ts), and turns typed errors into exit codes:
//   0 success · 1 `check` found an error (or too many warnings) · 2 usage error or bad input.
import { existsSync, writeFile as writeFileCallback } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { CONFIG_FILE_NAME } from './check/config-name.js';
import { CHECK_FORMATS, type CheckFormat } from './check/format/index.js';
import type { FileConfig, FileResult } from './check/index.js';
import type { UserEntry } from './kernel.js';
import { readInputs, stdinReader, type InputDoc, type InputItem } from './input/read.js';
import type { RecordDoc, RecordError, RecordFailure } from './input/records.js';
import { ANALYSIS_FORMATS, loadRenderer, type AnalysisFormat } from './render/formats.js';
import type { Analysis } from './types.js';

// node:fs/promises would load readline, directory and watcher modules: ~2 ms of every start.
const writeFile = promisify(writeFileCallback);

// Each command imports what it needs when it runs: `--help` loads no model and no data, and
// `segment` none of the extractors.
const EXAMPLES = `
Examples:
  $ article-analyze article.txt                       tables for a person
  $ article-analyze a.txt b.txt --format json         one JSON array
  $ article-analyze --format ndjson *.txt | jq -r .article.title
  $ article-analyze --lines --format csv < titles.txt one CSV row set per line
  $ article-analyze expand --first article.txt        define abbreviations at first use
  $ article-analyze segment article.txt               words joined with _, one sentence a line
  $ article-analyze check articles/*.txt --format github

Each command's options: article-analyze <command> --help (analyze's are the default's).
Exit codes: 0 success, 1 check found errors, 2 usage error or unreadable input.`;


interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

class UsageError extends Error {
  readonly exitCode = 2;
}

/** Errors that are the input's or the user's fault carry exit code 2 (InputError, ConfigError, DictionaryError, UsageError). */
function isUserError(error: unknown): error is Error & { exitCode: number } {
  return error instanceof Error && (error as { exitCode?: unknown }).exitCode === 2;
}

/** Runs the CLI and resolves to the exit code; never rejects. */
const processStreams = (): Streams => ({
  stdout: process.stdout,
  stderr: process.stderr,
  // Reading process.stdin opens it (streams, and fs or net modules): only when `-` is read.
  get stdin() {
    return process.stdin;
  },
  env: process.env,
});

export async function main(argv: string[], streams: Streams = processStreams()): Promise<number> {
  const run = new Run(streams, argv.includes('--debug'));
  try {
    await buildProgram(run).parseAsync(argv, { from: 'user' });
  } catch (error) {
    run.fail(error);
  }
  return run.exitCode;
}

/** State of one invocation: where output goes, whether colour is on, the worst exit code so far. */
class Run {
  exitCode = 0;
  private closed = false;

  constructor(readonly streams: Streams, readonly debug: boolean) {
    // `| head` closes the pipe: stop quietly instead of dying on EPIPE.
    streams.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closed = true;
      else this.fail(error);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  color(noColorFlag: boolean): boolean {
    const env = this.streams.env;
    if (noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
    return this.streams.stdout.isTTY === true;
  }

  /** Writes, waiting for the pipe to drain so a slow reader keeps memory bounded. */
  async write(chunk: string): Promise<void> {
    if (this.closed || chunk.length === 0) return;
    const ok = this.streams.stdout.write(chunk);
    if (!ok && !this.closed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.streams.stdout.off('drain', done);
          this.streams.stdout.off('error', done);
          resolve();
        };
        this.streams.stdout.once('drain', done);
        this.streams.stdout.once('error', done);
      });
    }
  }

  error(message: string, code = 2): void {
    this.streams.stderr.write(`article-analyze: ${message}\n`);
    // A fatal 2 is never lowered by a later 1 or 0.
    this.exitCode = Math.max(this.exitCode, code);
  }

  /** Reports an error; `context` (a file name) prefixes the message. */
  fail(error: unknown, context?: string): void {
    if (error instanceof CommanderError) {
      // commander has printed its message already; `--help` and `--version` are not errors.
      if (error.exitCode !== 0) this.exitCode = Math.max(this.exitCode, 2);
      return;
    }
    if (isUserError(error)) {
      this.error(error.message);
    } else {
      const prefix = context ? `${context}: ` : '';
      this.error(`${prefix}internal error: ${(error as Error)?.message ?? String(error)}${this.debug ? '' : ' (run with --debug for details)'}`);
    }
    if (this.debug && error instanceof Error && error.stack) this.streams.stderr.write(`${error.stack}\n`);
  }
}

interface CommonOptions {
  lines?: boolean;
  color: boolean;
  debug?: boolean;
  dict?: string;
  config?: string;
}

interface CheckOptions extends CommonOptions {
  format: CheckFormat;
  rule?: string[];
  maxWarnings?: number;
  fix?: boolean;
  fixDryRun?: boolean;
}

function buildProgram(run: Run): Command {
  const program = new Command('article-analyze')
    .description('Analyse Vietnamese news articles: parts, abbreviations, entities, numbers and dates.')
    .version(VERSION, '-V, --version')
    .configureOutput({
      writeOut: (s) => void run.streams.stdout.write(s),
      writeErr: (s) => void run.streams.stderr.write(s),
      outputError: (s, write) => write(`article-analyze: ${s.replace(/^error: /u, '')}`),
    })
    .exitOverride()
    .showSuggestionAfterError()
    .addHelpText('after', EXAMPLES);

  const common = (command: Command) =>
    command
      .option('--lines', 'treat every input line as its own document')
      .option('--dict <file>', 'extra abbreviations, a TSV file: short<TAB>expansion')
      .option('--config <file>', `configuration file (default: ${CONFIG_FILE_NAME} in the working directory)`)
      .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
      .option('--debug', 'print stack traces for internal errors')
      .exitOverride()
      .configureOutput(program.configureOutput());

  addStreamOptions(common(program.command('analyze', { isDefault: true })))
    .description('analyse articles (the default command)')
    .argument('[files...]', 'files to read; none or - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(ANALYSIS_FORMATS)).default('table'))
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: AnalyzeCliOptions) => {
      await runAnalyze(run, files, options);
    });

  addStreamOptions(common(program.command('summary')))
    .description('one report over many articles: entities, abbreviations, a timeline of dates, numbers by unit')
    .argument('[files...]', 'files to read; none or - reads standard input')
    .option('-f, --format <format>', 'table, json, csv or markdown', 'table')
    .option('--top <n>', 'rows per section in table and markdown (json and csv carry all)', parseCount, 20)
    .action(async (files: string[], options: SummaryCliOptions) => {
      await runSummary(run, files, options);
    });

  common(program.command('expand'))
    .description('print the text with abbreviations written out')
    .argument('[files...]', 'files to read; none or - reads standard input')
    .option('--first', 'write out only the first use, adding the short form in parentheses (house style)')
    .action(async (files: string[], options: CommonOptions & { first?: boolean }) => {
      const userDict = await loadDict(options, await loadConfig(options));
      const { expand } = await import('./kernel.js');
      await forEachDocument(run, files, options, async (doc) => {
        const expanded = expand(doc.text, { first: options.first === true, userDict });
        await run.write(options.lines ? `${expanded.replace(/\n/gu, ' ')}\n` : ensureNewline(expanded));
      });
    });

  common(program.command('segment'))
    .description('print word segmentation: one sentence a line, syllables of a word joined with _')
    .argument('[files...]', 'files to read; none or - reads standard input')
    .action(async (files: string[], options: CommonOptions) => {
      const { segment } = await import('./kernel.js');
      await forEachDocument(run, files, options, async (doc) => {
        const lines = segment(doc.text).map((words) => words.map((w) => w.replace(/ /gu, '_')).join(' '));
        await run.write(options.lines ? `${lines.join(' ')}\n` : lines.map((l) => `${l}\n`).join(''));
      });
    });

  common(program.command('check'))
    .description('lint articles for house style and sanity; exit 1 on errors')
    .argument('[files...]', 'files to read; none or - reads standard input')
    .addOption(new Option('-f, --format <format>', 'findings format').choices(Object.keys(CHECK_FORMATS)).default('stylish'))
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', (value: string, list: string[] | undefined) => [...(list ?? []), value])
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--fix', 'rewrite files with the repairs of the enabled rules (NFC, zero-width characters, doubled spaces, house spelling policies)')
    .option('--fix-dry-run', 'print those repairs as a diff instead of writing them')
    .action(async (files: string[], options: CheckOptions) => {
      await runCheck(run, files, options);
    });

  return program;
}

const VERSION = '0.1.0';

function parseJobs(value: string): number {
  const n = parseCount(value);
  if (n < 1 || n > 256) throw new InvalidArgumentError('expected a number of threads from 1 to 256.');
  return n;
}

function parseCount(value: string): number {
  if (!/^\d{1,9}$/u.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}

/** The config file is read once per run: `--config`, else `.article-analyze.json` in the working directory. */
async function loadConfig(options: CommonOptions): Promise<FileConfig | null> {
  // Without a file there is nothing to validate, so the rules (which validation loads) stay unloaded.
  if (options.config === undefined && !existsSync(join(process.cwd(), CONFIG_FILE_NAME))) return null;
  const { loadConfigFile } = await import('./check/config.js');
  return loadConfigFile(process.cwd(), options.config);
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') || text.length === 0 ? text : `${text}\n`;
}

/** `--dict` wins over the config file's `dictionary`; their entries are not merged. */
async function loadDict(options: CommonOptions, config: FileConfig | null): Promise<Map<string, UserEntry> | null> {
  const path = options.dict ?? config?.dictionary;
  if (path === undefined) return null;
  const { loadUserDictionary } = await import('./kernel.js');
  return loadUserDictionary(path);
}

async function forEachDocument(run: Run, files: string[], options: CommonOptions, handle: (doc: InputDoc) => Promise<void>): Promise<void> {
  const sources = files.length === 0 ? ['-'] : files;
  const stdin = stdinReader(() => run.streams.stdin);
  for await (const item of readInputs(sources, { lines: options.lines === true, stdin })) {
    if (run.isClosed) return;
    if ('error' in item) {
      run.error(`${item.source}: ${item.error}`);
      continue;
    }
    try {
      await handle(item);
    } catch (error) {
      run.fail(error, where(item));
    }
  }
}

type AnalyzeCliOptions = CommonOptions & StreamCliOptions & { format: AnalysisFormat };

async function runAnalyze(run: Run, files: string[], options: AnalyzeCliOptions): Promise<void> {
  const userDict = await loadDict(options, await loadConfig(options));
  const color = run.color(!options.color);
  const width = run.streams.stdout.columns;
  const render = await loadRenderer(options.format, { color, ...(width ? { width } : {}) });
  const [{ withRecord }, { normalizeText }] = await Promise.all([import('./input/records.js'), import('./input/normalize.js')]);
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

// --- Streams of documents (--lines, --input ndjson, --jobs, progress): shared by analyze and summary.

interface StreamCliOptions extends CommonOptions {
  input?: 'text' | 'ndjson';
  textField?: string;
  idField?: string;
  jobs?: number;
  quiet?: boolean;
}

const addStreamOptions = (command: Command) =>
  command
    .addOption(new Option('--input <kind>', 'text: each file (or line, with --lines) is an article; ndjson: each line is a record {id, text, dateline?}').choices(['text', 'ndjson']).default('text'))
    .option('--text-field <name>', 'with --input ndjson, the field holding the text', 'text')
    .option('--id-field <name>', 'with --input ndjson, the field holding the id', 'id')
    .option('-j, --jobs <n>', 'worker threads for several documents (default: the number of cores)', parseJobs)
    .option('-q, --quiet', 'no progress bar');

/**
 * Analyses every document of FILES in input order and hands each analysis to `handlers`. An
 * unreadable file is reported on stderr; a bad record goes to `badRecord` in its place and is
 * counted, and the run ends with 2. Returns whether the run holds several documents.
 */
async function streamAnalyses(
  run: Run,
  files: string[],
  options: StreamCliOptions,
  userDict: Map<string, UserEntry> | null,
  handlers: { analysis: (analysis: Analysis, item: InputDoc | RecordDoc) => Promise<void>; badRecord: (error: RecordError) => Promise<void> },
): Promise<boolean> {
  const records = options.input === 'ndjson';
  if (records && options.lines) throw new UsageError('--input ndjson reads one record a line already; leave out --lines');
  const sources = files.length === 0 ? ['-'] : files;
  const several = records || files.length > 1 || options.lines === true;
  const [{ analyzeStream, defaultJobs }, { createProgress }, { readRecords, recordError, isRecordFailure }] = await Promise.all([import('./stream.js'), import('./render/progress.js'), import('./input/records.js')]);
  const items: AsyncIterable<InputItem | RecordDoc | RecordFailure> = records
    ? readRecords(sources, { fields: { textField: options.textField ?? 'text', idField: options.idField ?? 'id' }, stdin: () => run.streams.stdin })
    : readInputs(sources, { lines: options.lines === true, stdin: stdinReader(() => run.streams.stdin) });
  // Threads pay off only when there are several documents to share out.
  const jobs = several ? (options.jobs ?? defaultJobs()) : 1;
  const progress = await createProgress(records || options.lines ? 0 : sources.length, run.streams.stderr, { quiet: options.quiet === true });
  let bad = 0;
  let firstBad = '';
  try {
    await analyzeStream(items, { jobs, userDict, stop: () => run.isClosed }, async (analysis, item) => {
      progress.tick();
      if (run.isClosed) return;
      if (isRecordFailure(item) || ('record' in item && analysis instanceof Error)) {
        const failure = isRecordFailure(item) ? item : { ...item, code: 'internal' as const, error: `internal error: ${(analysis as Error).message}`, id: item.record.id };
        bad++;
        firstBad ||= `${failure.source}:${failure.line}: ${failure.error}`;
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
    });
  } finally {
    progress.done();
  }
  if (bad > 0) run.error(`${bad} bad ${bad === 1 ? 'record' : 'records'} (the first: ${firstBad})`);
  return several;
}

type SummaryCliOptions = StreamCliOptions & { format: string; top: number };

/** `summary`: the analyses stream into one SummaryBuilder and are dropped; the report comes at the end. */
async function runSummary(run: Run, files: string[], options: SummaryCliOptions): Promise<void> {
  const { SummaryBuilder, SUMMARY_FORMATS } = await import('./summary/index.js');
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

function where(item: { source: string; line?: number }): string {
  return item.line !== undefined ? `${item.source}:${item.line}` : item.source;
}

async function runCheck(run: Run, files: string[], options: CheckOptions): Promise<void> {
  const fileConfig = await loadConfig(options);
  const [{ check }, { resolveConfig }, { exitCodeFor }, { encodeText }, format] = await Promise.all([
    import('./kernel.js'),
    import('./check/config.js'),
    import('./check/run.js'),
    import('./input/decode.js'),
    CHECK_FORMATS[options.format](),
  ]);
  // jsdiff is loaded only to print a dry run.
  const diffLines = options.fixDryRun ? (await import('./check/diff.js')).diffLines : null;
  const config = resolveConfig({ file: fileConfig, ruleOverrides: options.rule ?? [] });
  const userDict = await loadDict(options, fileConfig);
  if (options.fix && (files.length === 0 || files.includes('-'))) throw new UsageError('--fix rewrites files and cannot write to standard input; use --fix-dry-run');
  if (options.fix && options.lines) throw new UsageError('--fix rewrites whole files and cannot be used with --lines');
  const fix = options.fix === true || options.fixDryRun === true;
  const results: FileResult[] = [];
  await forEachDocument(run, files, options, async (doc) => {
    const { findings, fixed } = check(doc.raw, { source: doc.source, line: doc.line, userDict, config, fix });
    if (fixed !== undefined && fixed !== doc.raw) {
      if (diffLines) await run.write(diffLines(doc.raw, fixed, doc.source));
      else await writeFile(doc.source, encodeText(fixed, doc.encoding));
    }
    // With --lines, findings point at the file's own lines, so GitHub and SARIF can annotate them.
    const shift = (doc.line ?? 1) - 1;
    results.push({ source: doc.source, findings: shift === 0 ? findings : findings.map((f) => ({ ...f, line: f.line + shift, endLine: f.endLine + shift })) });
  });
  await run.write(format(results, { color: run.color(!options.color) }));
  const code = exitCodeFor(results, options.maxWarnings);
  if (code > run.exitCode) run.exitCode = code;
}
