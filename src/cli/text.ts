// `expand` and `segment`: one text out per document, written as it is done.
import { forEachDocument, loadConfig, loadDict, type CommonOptions } from './inputs.js';
import type { Run } from './run.js';

export type ExpandOptions = CommonOptions & { first?: boolean };

export async function runExpand(run: Run, files: string[], options: ExpandOptions): Promise<void> {
  const userDict = await loadDict(options, await loadConfig(options));
  const { expand } = await import('../kernel.js');
  await forEachDocument(run, files, options, async (doc) => {
    const expanded = expand(doc.text, { first: options.first === true, userDict });
    await run.write(options.lines ? `${expanded.replace(/\n/gu, ' ')}\n` : ensureNewline(expanded));
  });
}

export async function runSegment(run: Run, files: string[], options: CommonOptions): Promise<void> {
  const { segment } = await import('../kernel.js');
  await forEachDocument(run, files, options, async (doc) => {
    const lines = segment(doc.text).map((words) => words.map((w) => w.replace(/ /gu, '_')).join(' '));
    await run.write(options.lines ? `${lines.join(' ')}\n` : lines.map((l) => `${l}\n`).join(''));
  });
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') || text.length === 0 ? text : `${text}\n`;
}
