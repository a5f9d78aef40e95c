// The unified diff of `check --fix-dry-run`, through jsdiff (`diff`): Myers' algorithm with a cap
// on the edit length. Beyond the cap (100 000 changed lines), sides of equal length are paired
// line by line, which is what --fix produces (it never adds or removes a line), and others become
// one replaced block: jsdiff would take minutes there.
import { structuredPatch } from 'diff';

const CONTEXT = 3;
const MAX_EDIT = 1000;
const NO_NEWLINE = '\\ No newline at end of file';

interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: string[];
}

function splitLines(s: string): string[] {
  if (s === '') return [];
  const lines = s.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Hunks of two texts with as many lines, compared line by line. */
function pairedHunks(before: string, after: string): Hunk[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const last = a.length - 1;
  const line = (sign: string, text: string, i: number, endsInNewline: boolean): string[] =>
    i === last && !endsInNewline ? [`${sign}${text}`, NO_NEWLINE] : [`${sign}${text}`];
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] || (i === last && before.endsWith('\n') !== after.endsWith('\n'))) changed.push(i);
  const hunks: Hunk[] = [];
  for (let k = 0; k < changed.length; ) {
    const from = Math.max(0, changed[k]! - CONTEXT);
    let to = Math.min(last, changed[k]! + CONTEXT);
    while (++k < changed.length && changed[k]! - CONTEXT <= to + 1) to = Math.min(last, changed[k]! + CONTEXT);
    const lines: string[] = [];
    let minus: string[] = [];
    let plus: string[] = [];
    // Loops, not push(...): a spread of 100 000 lines overflows the call stack.
    const flush = () => {
      for (const l of minus) lines.push(l);
      for (const l of plus) lines.push(l);
      minus = [];
      plus = [];
    };
    for (let i = from; i <= to; i++) {
      if (a[i] === b[i] && !(i === last && before.endsWith('\n') !== after.endsWith('\n'))) {
        flush();
        for (const l of line(' ', a[i]!, i, before.endsWith('\n'))) lines.push(l);
      } else {
        for (const l of line('-', a[i]!, i, before.endsWith('\n'))) minus.push(l);
        for (const l of line('+', b[i]!, i, after.endsWith('\n'))) plus.push(l);
      }
    }
    flush();
    const n = to - from + 1;
    hunks.push({ oldStart: from + 1, oldLines: n, newStart: from + 1, newLines: n, lines });
  }
  return hunks;
}

/** One hunk replacing every line of `before` with every line of `after`. */
function replacedBlock(before: string, after: string): Hunk[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const side = (sign: string, list: string[], endsInNewline: boolean) =>
    list.flatMap((l, i) => (i === list.length - 1 && !endsInNewline ? [`${sign}${l}`, NO_NEWLINE] : [`${sign}${l}`]));
  return [{ oldStart: 1, oldLines: a.length, newStart: 1, newLines: b.length, lines: [...side('-', a, before === '' || before.endsWith('\n')), ...side('+', b, after === '' || after.endsWith('\n'))] }];
}

export function diffLines(before: string, after: string, name: string): string {
  if (before === after) return '';
  const patch = structuredPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: CONTEXT, maxEditLength: MAX_EDIT });
  const hunks: Hunk[] = patch ? patch.hunks : splitLines(before).length === splitLines(after).length ? pairedHunks(before, after) : replacedBlock(before, after);
  if (hunks.length === 0) return '';
  let out = `--- a/${name}\n+++ b/${name}\n`;
  for (const h of hunks) {
    // A side with no lines is numbered by the line before it, as diff -u does (`-0,0` for an empty file).
    const oldStart = h.oldLines === 0 ? h.oldStart - 1 : h.oldStart;
    const newStart = h.newLines === 0 ? h.newStart - 1 : h.newStart;
    out += `@@ -${oldStart},${h.oldLines} +${newStart},${h.newLines} @@\n`;
    for (const l of h.lines) out += `${l}\n`;
  }
  return out;
}
