// JSON renderer: the whole run as one JSON document (an object for one input, an array for several).
import type { Analysis } from '../types.js';
import type { RendererFactory } from './formats.js';

export interface JsonOptions {
  /**
   * true: always an array. false: the single analysis as an object. The caller decides from the
   * number of inputs (not from how many succeeded), so `a.txt b.txt` where b fails is still an array.
   * Default: an array unless the list holds exactly one analysis.
   */
  array?: boolean;
}

// JSON.stringify escapes C0 controls (ESC too) but leaves DEL, C1 controls (U+009B acts as CSI
// on some terminals) and U+2028/U+2029 (line breaks to Python's str.splitlines) raw. They can
// only occur inside strings, where the `\uXXXX` escape means the same character.
// Example: `"a\u2028b"` (a raw U+2028 between a and b).
const UNSAFE_IN_OUTPUT = /[\u007f-\u009f\u2028\u2029]/gu;

/** JSON.stringify, with the characters above escaped so output is safe to print and to split on LF. */
export function stringifySafe(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_OUTPUT,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * One JSON document, 2-space indented, with a trailing newline. `array: false` with other than
 * exactly one analysis still gives an array: a lone object cannot hold zero or several results.
 * Non-finite numbers (a 100 000-digit number parses to Infinity) become `null`, as JSON.stringify does.
 */
export function renderJson(list: readonly Analysis[], options: JsonOptions = {}): string {
  const asArray = options.array ?? list.length !== 1;
  const body = !asArray && list.length === 1 ? list[0] : list;
  return `${stringifySafe(body, 2)}\n`;
}

export const renderer: RendererFactory = () => ({ separator: '', each: () => '', whole: (list, several) => renderJson(list, { array: several }) });
