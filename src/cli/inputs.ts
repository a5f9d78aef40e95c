// What every command reads before it works: the config file, the user dictionary, and the
// documents of FILES one at a time (for the commands that take no --jobs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME } from '../check/config-name.js';
import type { FileConfig } from '../check/index.js';
import { readInputs, stdinReader, type InputDoc } from '../input/read.js';
import type { UserEntry } from '../kernel.js';
import { where, type Run } from './run.js';

/** The options every command has (program.ts `common`). */
export interface CommonOptions {
  lines?: boolean;
  color: boolean;
  debug?: boolean;
  dict?: string;
  config?: string;
}

/** The config file is read once per run: `--config`, else `.article-analyze.json` in the working directory. */
export async function loadConfig(options: CommonOptions): Promise<FileConfig | null> {
  // Without a file there is nothing to validate, so the rules (which validation loads) stay unloaded.
  if (options.config === undefined && !existsSync(join(process.cwd(), CONFIG_FILE_NAME))) return null;
  const { loadConfigFile } = await import('../check/config.js');
  return loadConfigFile(process.cwd(), options.config);
}

/** `--dict` wins over the config file's `dictionary`; their entries are not merged. */
export async function loadDict(options: CommonOptions, config: FileConfig | null): Promise<Map<string, UserEntry> | null> {
  const path = options.dict ?? config?.dictionary;
  if (path === undefined) return null;
  const { loadUserDictionary } = await import('../kernel.js');
  return loadUserDictionary(path);
}

/** Hands each readable document of FILES to `handle` in order; an unreadable one is reported and skipped. */
export async function forEachDocument(run: Run, files: string[], options: CommonOptions, handle: (doc: InputDoc) => Promise<void>): Promise<void> {
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
