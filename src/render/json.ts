// JSON renderer: the whole run as one JSON document (an object for one input, an array for several).
import type { Analysis } from '../types.js';

export interface JsonOptions {
  /**
   * true: always an array. false: the single analysis as an object. The caller decides from the
   * number of inputs (not from how many succeeded), so `a.txt b.txt` where b fails is still an array.
   * Default: an array unless the list holds exactly one analysis.
   */
  array?: boolean;
}

/**
 * One JSON document, 2-space indented, with a trailing newline. `array: false` with other than
 * exactly one analysis still gives an array: a lone object cannot hold zero or several results.
 * Non-finite numbers (a 100 000-digit number parses to Infinity) become `null`, as JSON.stringify does.
 */
export function renderJson(list: readonly Analysis[], options: JsonOptions = {}): string {
  const asArray = options.array ?? list.length !== 1;
  const body = !asArray && list.length === 1 ? list[0] : list;
  return `${JSON.stringify(body, null, 2)}\n`;
}
