// `check`: the kernel's findings (and, with --fix or --fix-dry-run, its fixed text) for every
// document, handed to a check format; the exit code from the findings.
import { writeFile as writeFileCallback } from 'node:fs';
import { promisify } from 'node:util';
import { CHECK_FORMATS, type CheckFormat } from '../check/format/index.js';
import type { FileResult } from '../check/index.js';
import { forEachDocument, loadConfig, loadDict, type CommonOptions } from './inputs.js';
import { UsageError, type Run } from './run.js';

// node:fs/promises would load readline, directory and watcher modules: ~2 ms of every start.
const writeFile = promisify(writeFileCallback);

export interface CheckOptions extends CommonOptions {
  format: CheckFormat;
  rule?: string[];
  maxWarnings?: number;
  fix?: boolean;
  fixDryRun?: boolean;
}

export async function runCheck(run: Run, files: string[], options: CheckOptions): Promise<void> {
  const fileConfig = await loadConfig(options);
  const [{ check }, { resolveConfig }, { exitCodeFor }, { encodeText }, format] = await Promise.all([
    import('../kernel.js'),
    import('../check/config.js'),
    import('../check/run.js'),
    import('../input/decode.js'),
    CHECK_FORMATS[options.format](),
  ]);
  // jsdiff is loaded only to print a dry run.
  const diffLines = options.fixDryRun ? (await import('../check/diff.js')).diffLines : null;
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
