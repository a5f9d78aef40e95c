// A minimal unified diff for `check --fix-dry-run`, without a dependency. Common leading and
// trailing lines are trimmed first; the middle goes through Myers' O(ND) algorithm with a cap on
// D, beyond which equal-length sides are paired line by line (what --fix produces: it never adds
// or removes a line) and others become one replaced block.

type Op = { kind: ' ' | '-' | '+'; text: string; a: number; b: number };

const CONTEXT = 3;
const MAX_EDIT = 1000;

function splitLines(s: string): string[] {
  if (s === '') return [];
  const lines = s.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Edit script between a and b (Myers), or null when it needs more than `max` edits. */
function myers(a: string[], b: string[], max: number): Op[] | null {
  const n = a.length;
  const m = b.length;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[k - 1 + offset] as number) < (v[k + 1 + offset] as number)) ? (v[k + 1 + offset] as number) : (v[k - 1 + offset] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + offset] = x;
      if (x >= n && y >= m) {
        // Walk the trace back to recover the script.
        const ops: Op[] = [];
        let cx = n;
        let cy = m;
        for (let dd = d; dd > 0; dd--) {
          const pv = trace[dd] as Int32Array;
          const kk = cx - cy;
          const down = kk === -dd || (kk !== dd && (pv[kk - 1 + offset] as number) < (pv[kk + 1 + offset] as number));
          const pk = down ? kk + 1 : kk - 1;
          const px = pv[pk + offset] as number;
          const py = px - pk;
          while (cx > px && cy > py) ops.push({ kind: ' ', text: a[--cx] as string, a: cx, b: --cy });
          if (down) ops.push({ kind: '+', text: b[--cy] as string, a: cx, b: cy });
          else ops.push({ kind: '-', text: a[--cx] as string, a: cx, b: cy });
        }
        while (cx > 0 && cy > 0) ops.push({ kind: ' ', text: a[--cx] as string, a: cx, b: --cy });
        return ops.reverse();
      }
    }
  }
  return null;
}

function middleOps(a: string[], b: string[], aFrom: number, bFrom: number): Op[] {
  const script = myers(a, b, Math.min(MAX_EDIT, a.length + b.length));
  if (script) return script.map((o) => ({ ...o, a: o.a + aFrom, b: o.b + bFrom }));
  const ops: Op[] = [];
  if (a.length === b.length) {
    // Too many edits for Myers: pair the lines up, which is what --fix (never adding or
    // removing a line) produces anyway.
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) ops.push({ kind: ' ', text: a[i] as string, a: aFrom + i, b: bFrom + i });
      else {
        ops.push({ kind: '-', text: a[i] as string, a: aFrom + i, b: bFrom + i });
        ops.push({ kind: '+', text: b[i] as string, a: aFrom + i + 1, b: bFrom + i });
      }
    }
    // Keep each run's removals before its additions, as diff(1) prints them.
    return regroup(ops);
  }
  return [
    ...a.map((text, i) => ({ kind: '-' as const, text, a: aFrom + i, b: bFrom })),
    ...b.map((text, i) => ({ kind: '+' as const, text, a: aFrom + a.length, b: bFrom + i })),
  ];
}

/** Orders each run of changed lines as all `-` then all `+`. */
function regroup(ops: Op[]): Op[] {
  const out: Op[] = [];
  let minus: Op[] = [];
  let plus: Op[] = [];
  const flush = () => {
    for (const o of minus) out.push(o);
    for (const o of plus) out.push(o);
    minus = [];
    plus = [];
  };
  for (const o of ops) {
    if (o.kind === ' ') {
      flush();
      out.push(o);
    } else (o.kind === '-' ? minus : plus).push(o);
  }
  flush();
  return out;
}

export function diffLines(before: string, after: string, name: string): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const aEndsInNewline = before === '' || before.endsWith('\n');
  const bEndsInNewline = after === '' || after.endsWith('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: ' ', text: a[i] as string, a: i, b: i });
  // A loop, not push(...): a spread of 100 000 lines overflows the call stack.
  for (const o of middleOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head, head)) ops.push(o);
  for (let i = tail; i > 0; i--) ops.push({ kind: ' ', text: a[a.length - i] as string, a: a.length - i, b: b.length - i });

  // Group changes with CONTEXT lines around them into hunks.
  const changed = ops.map((o, i) => (o.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return '';
  let out = `--- a/${name}\n+++ b/${name}\n`;
  let i = 0;
  while (i < changed.length) {
    const from = Math.max(0, (changed[i] as number) - CONTEXT);
    let to = Math.min(ops.length - 1, (changed[i] as number) + CONTEXT);
    i++;
    while (i < changed.length && (changed[i] as number) - CONTEXT <= to + 1) {
      to = Math.min(ops.length - 1, (changed[i] as number) + CONTEXT);
      i++;
    }
    const hunk = ops.slice(from, to + 1);
    const aLines = hunk.filter((o) => o.kind !== '+').length;
    const bLines = hunk.filter((o) => o.kind !== '-').length;
    const aStart = (hunk.find((o) => o.kind !== '+')?.a ?? (hunk[0] as Op).a) + (aLines ? 1 : 0);
    const bStart = (hunk.find((o) => o.kind !== '-')?.b ?? (hunk[0] as Op).b) + (bLines ? 1 : 0);
    out += `@@ -${aStart},${aLines} +${bStart},${bLines} @@\n`;
    for (const o of hunk) {
      out += `${o.kind}${o.text}\n`;
      // As diff(1) marks it, so that patch and git apply keep a missing final newline missing.
      const lastOfA = o.kind !== '+' && o.a === a.length - 1 && !aEndsInNewline;
      const lastOfB = o.kind !== '-' && o.b === b.length - 1 && !bEndsInNewline;
      if (lastOfA || lastOfB) out += '\\ No newline at end of file\n';
    }
  }
  return out;
}
