// The findings of an analysis as marks over its text, nested the way the text reads, for the
// views that show the text with its findings in place (annotated, html). Every mark is one
// mention the analysis lists; nothing here looks at the text to find anything.
import type { Analysis, EntityType } from '../types.js';

export type MarkKind = 'entity' | 'date' | 'number' | 'abbreviation';

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Index of the finding in its list (`entities`, `dates`, `numbers`, `abbreviations`). */
  ref: number;
  /** Index of this mention among the finding's mentions (entities and abbreviations). */
  mention: number;
  /** Entities only. */
  type?: EntityType;
}

// On equal spans the wider finding goes outside: an entity may hold an abbreviation
// (`LĐLĐ TP Cần Thơ` holds `LĐLĐ`), a date or number never holds an entity.
const RANK: Record<MarkKind, number> = { entity: 0, date: 1, number: 2, abbreviation: 3 };

/** Every mention of every finding, in reading order (outer before inner at one start). */
export function collectMarks(a: Analysis): Mark[] {
  const marks: Mark[] = [];
  a.entities.forEach((e, ref) =>
    e.mentions.forEach(([start, end], mention) => marks.push({ start, end, kind: 'entity', ref, mention, type: e.type })),
  );
  a.dates.forEach((d, ref) => marks.push({ start: d.start, end: d.end, kind: 'date', ref, mention: 0 }));
  a.numbers.forEach((n, ref) => marks.push({ start: n.start, end: n.end, kind: 'number', ref, mention: 0 }));
  a.abbreviations.forEach((abbr, ref) =>
    (abbr.mentions ?? []).forEach(([start, end], mention) => marks.push({ start, end, kind: 'abbreviation', ref, mention })),
  );
  return marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end).sort(byReadingOrder);
}

function byReadingOrder(x: Mark, y: Mark): number {
  return x.start - y.start || y.end - x.end || RANK[x.kind] - RANK[y.kind] || x.ref - y.ref || x.mention - y.mention;
}

export interface MarkNode {
  start: number;
  end: number;
  mark: Mark;
  /** False for the second and later pieces of a mark cut where an outer mark ends. */
  head: boolean;
  children: MarkNode[];
}

/**
 * The marks inside [from, to) as a forest of properly nested nodes. A mark that crosses the end
 * of one holding its start (rare: two findings overlapping without nesting) is cut there into
 * pieces, so each piece nests; the first piece is its `head`. Marks outside are left out; marks
 * reaching past [from, to) are clipped to it (their `head` is false if their start was cut off).
 * `marks` must be in reading order (collectMarks). Linear after the sort, but for the cuts.
 */
export function nestMarks(marks: readonly Mark[], from: number, to: number): MarkNode[] {
  const pending: MarkNode[] = [];
  for (const mark of marks) {
    if (mark.end <= from || mark.start >= to) continue;
    pending.push({ start: Math.max(from, mark.start), end: Math.min(to, mark.end), mark, head: mark.start >= from, children: [] });
  }
  const roots: MarkNode[] = [];
  const stack: MarkNode[] = [];
  for (let i = 0; i < pending.length; i++) {
    const node = pending[i]!;
    while (stack.length > 0 && stack[stack.length - 1]!.end <= node.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && parent.end < node.end) {
      // Crossing: keep the part inside the parent, queue the rest where it starts.
      const rest: MarkNode = { start: parent.end, end: node.end, mark: node.mark, head: false, children: [] };
      node.end = parent.end;
      insertInOrder(pending, i + 1, rest);
    }
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function insertInOrder(list: MarkNode[], from: number, node: MarkNode): void {
  let i = from;
  while (i < list.length && (list[i]!.start < node.start || (list[i]!.start === node.start && list[i]!.end >= node.end))) i++;
  list.splice(i, 0, node);
}

/**
 * Walks a forest over text[from, to): `text` for the runs between marks, `open`/`close` around
 * each node, depth first. Iterative, so 100 000 nested marks do not overflow the stack.
 */
export function walkMarks(
  roots: readonly MarkNode[],
  from: number,
  to: number,
  visit: { text: (start: number, end: number) => void; open: (node: MarkNode) => void; close: (node: MarkNode) => void },
): void {
  type Frame = { nodes: readonly MarkNode[]; i: number; pos: number; end: number; node: MarkNode | null };
  const frames: Frame[] = [{ nodes: roots, i: 0, pos: from, end: to, node: null }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const next = frame.nodes[frame.i];
    if (next === undefined) {
      if (frame.pos < frame.end) visit.text(frame.pos, frame.end);
      frames.pop();
      if (frame.node) visit.close(frame.node);
      const parent = frames[frames.length - 1];
      if (parent && frame.node) parent.pos = frame.node.end;
      continue;
    }
    frame.i++;
    if (next.start > frame.pos) visit.text(frame.pos, next.start);
    visit.open(next);
    frames.push({ nodes: next.children, i: 0, pos: next.start, end: next.end, node: next });
  }
}

const KIND_LABEL: Record<MarkKind, string> = { entity: '', date: 'DATE', number: 'NUM', abbreviation: 'ABBR' };

/** The short label of a mark: the entity type (PER, ORG, LOC, MISC), or DATE, NUM, ABBR. */
export function markLabel(mark: Mark): string {
  return mark.kind === 'entity' ? (mark.type ?? 'MISC') : KIND_LABEL[mark.kind];
}
