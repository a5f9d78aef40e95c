// Hands results back in input order with a bounded number in flight: used by `analyze` with or
// without worker threads (src/parallel.ts), so a 10 000-file run holds only a few documents at once.

/**
 * Runs `work` on each item with at most `limit` in flight and calls `emit` in input order.
 * Reading stops while the window is full, which is what bounds memory. A failed item reaches
 * `emit` as its Error, in its turn, so one bad document does not stop the others.
 */
export async function orderedMap<T, R>(
  items: AsyncIterable<T>,
  limit: number,
  work: (item: T) => Promise<R>,
  emit: (result: R | Error, item: T) => Promise<void>,
  // Checked before each item is read: a reader that closed the pipe (`| head`) ends an unbounded
  // stream instead of leaving it to be read to its end for nothing.
  stop: () => boolean = () => false,
): Promise<void> {
  const window: { item: T; result: Promise<R | Error> }[] = [];
  for await (const item of items) {
    if (stop()) break;
    const result = work(item).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    window.push({ item, result });
    while (window.length >= limit) {
      const head = window.shift()!;
      await emit(await head.result, head.item);
    }
  }
  for (const head of window) await emit(await head.result, head.item);
}
