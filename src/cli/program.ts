// The commands, their options and their help text (commander). Each action hands its parsed
// options to a runner; the runners import what they need when they run, so `--help` loads no
// model and no data, and `segment` none of the extractors.
import { Command, InvalidArgumentError, Option } from 'commander';
import { CONFIG_FILE_NAME } from '../check/config-name.js';
import { CHECK_FORMATS } from '../check/format/index.js';
import { ANALYSIS_FORMATS } from '../render/formats.js';
import { runAnalyze, runSummary, type AnalyzeCliOptions, type SummaryCliOptions } from './analyze.js';
import { runCheck, type CheckOptions } from './check.js';
import type { CommonOptions } from './inputs.js';
import type { Run } from './run.js';
import { runExpand, runSegment, type ExpandOptions } from './text.js';

const VERSION = '0.1.0';

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

const FILES = ['[files...]', 'files to read; none or - reads standard input'] as const;

export function buildProgram(run: Run): Command {
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
  const command = (name: string, opts?: { isDefault: boolean }) => common(program, program.command(name, opts));
  defineAnalyze(run, command('analyze', { isDefault: true }));
  defineSummary(run, command('summary'));
  defineExpand(run, command('expand'));
  defineSegment(run, command('segment'));
  defineCheck(run, command('check'));
  return program;
}

/** The options every command has. */
function common(program: Command, command: Command): Command {
  return command
    .option('--lines', 'treat every input line as its own document')
    .option('--dict <file>', 'extra abbreviations, a TSV file: short<TAB>expansion')
    .option('--config <file>', `configuration file (default: ${CONFIG_FILE_NAME} in the working directory)`)
    .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
    .option('--debug', 'print stack traces for internal errors')
    .exitOverride()
    .configureOutput(program.configureOutput());
}

/** The options of the commands that stream analyses: analyze and summary. */
function addStreamOptions(command: Command): Command {
  return command
    .addOption(new Option('--input <kind>', 'text: each file (or line, with --lines) is an article; ndjson: each line is a record {id, text, dateline?}').choices(['text', 'ndjson']).default('text'))
    .option('--text-field <name>', 'with --input ndjson, the field holding the text', 'text')
    .option('--id-field <name>', 'with --input ndjson, the field holding the id', 'id')
    .option('-j, --jobs <n>', 'worker threads for several documents (default: the number of cores)', parseJobs)
    .option('-q, --quiet', 'no progress bar');
}

function defineAnalyze(run: Run, command: Command): void {
  addStreamOptions(command)
    .description('analyse articles (the default command)')
    .argument(...FILES)
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(ANALYSIS_FORMATS)).default('table'))
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], options: AnalyzeCliOptions) => {
      await runAnalyze(run, files, options);
    });
}

function defineSummary(run: Run, command: Command): void {
  addStreamOptions(command)
    .description('one report over many articles: entities, abbreviations, a timeline of dates, numbers by unit')
    .argument(...FILES)
    .option('-f, --format <format>', 'table, json, csv or markdown', 'table')
    .option('--top <n>', 'rows per section in table and markdown (json and csv carry all)', parseCount, 20)
    .action(async (files: string[], options: SummaryCliOptions) => {
      await runSummary(run, files, options);
    });
}

function defineExpand(run: Run, command: Command): void {
  command
    .description('print the text with abbreviations written out')
    .argument(...FILES)
    .option('--first', 'write out only the first use, adding the short form in parentheses (house style)')
    .action(async (files: string[], options: ExpandOptions) => {
      await runExpand(run, files, options);
    });
}

function defineSegment(run: Run, command: Command): void {
  command
    .description('print word segmentation: one sentence a line, syllables of a word joined with _')
    .argument(...FILES)
    .action(async (files: string[], options: CommonOptions) => {
      await runSegment(run, files, options);
    });
}

function defineCheck(run: Run, command: Command): void {
  command
    .description('lint articles for house style and sanity; exit 1 on errors')
    .argument(...FILES)
    .addOption(new Option('-f, --format <format>', 'findings format').choices(Object.keys(CHECK_FORMATS)).default('stylish'))
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', (value: string, list: string[] | undefined) => [...(list ?? []), value])
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--fix', 'rewrite files with the repairs of the enabled rules (NFC, zero-width characters, doubled spaces, house spelling policies)')
    .option('--fix-dry-run', 'print those repairs as a diff instead of writing them')
    .action(async (files: string[], options: CheckOptions) => {
      await runCheck(run, files, options);
    });
}

function parseJobs(value: string): number {
  const n = parseCount(value);
  if (n < 1 || n > 256) throw new InvalidArgumentError('expected a number of threads from 1 to 256.');
  return n;
}

function parseCount(value: string): number {
  if (!/^\d{1,9}$/u.test(value)) throw new InvalidArgumentError('expected a whole number.');
  return Number(value);
}
