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
import type { AnalyzerPool } from './parallel.js';
import { readInputs, stdinReader, type InputDoc, type InputItem } from './input/read.js';
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

  common(program.command('analyze', { isDefault: true }))
    .description('analyse articles (the default command)')
    .argument('[files...]', 'files to read; none or - reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(ANALYSIS_FORMATS)).default('table'))
    .option('-j, --jobs <n>', 'worker threads for several documents (default: the number of cores)', parseJobs)
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: AnalyzeCliOptions) => {
      await runAnalyze(run, files, options);
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

type AnalyzeCliOptions = CommonOptions & { format: AnalysisFormat; jobs?: number };

async function runAnalyze(run: Run, files: string[], options: AnalyzeCliOptions): Promise<void> {
  const userDict = await loadDict(options, await loadConfig(options));
  const color = run.color(!options.color);
  const sources = files.length === 0 ? ['-'] : files;
  const several = files.length > 1 || options.lines === true;
  const width = run.streams.stdout.columns;
  const render = await loadRenderer(options.format, { color, ...(width ? { width } : {}) });
  const [{ analyze }, { orderedMap }, { createProgress }] = await Promise.all([import('./analyze.js'), import('./ordered-map.js'), import('./render/progress.js')]);
  // Threads pay off only when there are several documents to share out; one document does not
  // even load worker_threads.
  let jobs = 1;
  let pool: AnalyzerPool | null = null;
  if (several) {
    const { AnalyzerPool, defaultJobs } = await import('./parallel.js');
    jobs = options.jobs ?? defaultJobs();
    if (jobs > 1) pool = new AnalyzerPool(jobs, userDict);
  }
  const progress = createProgress(options.lines ? 0 : sources.length, run.streams.stderr);
  const collected: Analysis[] = [];
  let first = true;
  if (render.header) await run.write(render.header);
  const inputs = readInputs(sources, { lines: options.lines === true, stdin: stdinReader(() => run.streams.stdin) });
  const analyseOne = async (item: InputItem): Promise<Analysis | null> => {
    if ('error' in item) return null;
    const analyzeOptions = { source: item.source, ...(item.line !== undefined ? { line: item.line } : {}) };
    return pool ? pool.analyze({ text: item.text, options: analyzeOptions }) : analyze(item.text, { ...analyzeOptions, userDict });
  };
  try {
    await orderedMap(inputs, pool ? jobs * 4 : 1, analyseOne, async (analysis, item) => {
      progress.tick();
      if (run.isClosed) return;
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
      if (render.whole) {
        collected.push(analysis);
        return;
      }
      progress.clear();
      await run.write((first ? '' : render.separator) + render.each(analysis, item.text));
      first = false;
    });
  } finally {
    progress.done();
    await pool?.close();
  }
  if (render.whole) await run.write(render.whole(collected, several));
  if (render.footer) await run.write(render.footer);
}

function where(item: InputDoc): string {
  return item.line !== undefined ? `${item.source}:${item.line}` : item.source;
}

async function runCheck(run: Run, files: string[], options: CheckOptions): Promise<void> {
  const fileConfig = await loadConfig(options);
  const [{ check }, { resolveConfig }, { diffLines }, { exitCodeFor }, { encodeText }, format] = await Promise.all([
    import('./kernel.js'),
    import('./check/config.js'),
    import('./check/diff.js'),
    import('./check/run.js'),
    import('./input/decode.js'),
    CHECK_FORMATS[options.format](),
  ]);
  const config = resolveConfig({ file: fileConfig, ruleOverrides: options.rule ?? [] });
  const userDict = await loadDict(options, fileConfig);
  if (options.fix && (files.length === 0 || files.includes('-'))) throw new UsageError('--fix rewrites files and cannot write to standard input; use --fix-dry-run');
  if (options.fix && options.lines) throw new UsageError('--fix rewrites whole files and cannot be used with --lines');
  const fix = options.fix === true || options.fixDryRun === true;
  const results: FileResult[] = [];
  await forEachDocument(run, files, options, async (doc) => {
    const { findings, fixed } = check(doc.raw, { source: doc.source, line: doc.line, userDict, config, fix });
    if (fixed !== undefined && fixed !== doc.raw) {
      if (options.fixDryRun) await run.write(diffLines(doc.raw, fixed, doc.source));
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
