// Writes abbreviations out (`article-analyze expand`): every use, or with `first` only the first
// use followed by the short form in parentheses, the house style of defining at first use.
import type { Abbreviation } from '../../types.js';
import { isNameHead } from './dictionary.js';
import { isSentenceStart } from './text.js';
import { stripTones } from '../../lexicon/fold.js';
import { isNonFinalAbbreviation } from '../../lexicon/short-forms.js';
import { UPPER } from '../../lexicon/letters.js';

export interface ExpandOptions {
  /** Write out only the first use, as `expansion (SHORT)`; later uses stay short. */
  first?: boolean;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

// A capitalised word after a space: the name a head like `bệnh viện` opens.
// e.g. " Chợ Rẫy"
const NAME_FOLLOWS = new RegExp(String.raw`^[ \u00A0]+[${UPPER}]`, 'u');

/**
 * The expansion as it stands at `pos`: capitalised at the start of a sentence, or when it opens
 * the name that follows (`BV Chợ Rẫy` → `Bệnh viện Chợ Rẫy`), else as the dictionary or the
 * article writes it.
 */
function casedAt(text: string, pos: number, expansion: string, nameHead = false, end = pos): string {
  const opensName = nameHead && NAME_FOLLOWS.test(text.slice(end, end + 3));
  if (!opensName && !isSentenceStart(text, pos, isNonFinalAbbreviation)) return expansion;
  const first = expansion.codePointAt(0);
  if (first === undefined) return expansion;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + expansion.slice(head.length);
}

/** The short form as a mention writes it, without the dot of `TP.`. */
const shortText = (text: string, [start, end]: [number, number]): string => text.slice(start, end).replace(/\.$/u, '');

// The words in a definition's parentheses when they are the short form with part of the name.
// e.g. "Sở GD&ĐT", "UBND tỉnh"
const SHORT_WITH_WORDS = /^\s*(\S+(?: \S+){0,2})\s*$/u;

/**
 * What a later definition `Sở Giáo dục và Đào tạo (Sở GD&ĐT)` is reduced to: the words in its
 * parentheses when they hold the short form with part of the name (`Sở GD&ĐT`), else the short form.
 */
function shortWithin(text: string, def: [number, number], m: [number, number]): string {
  const short = shortText(text, m);
  const inner = text.slice(text.lastIndexOf('(', m[0]) + 1, def[1] - 1);
  const words = SHORT_WITH_WORDS.exec(inner)?.[1];
  return words !== undefined && words.split(' ').includes(short) ? words : short;
}

// The parenthesis right after a short form.
// e.g. " (người lao động)"
const PAREN_AFTER = /^\s*\(([^()]{1,160})\)/u;

/**
 * The span of a definition when the abbreviation does not carry it (built elsewhere): the written-out
 * words before `(SHORT)`, or `SHORT (words)`. Undefined when the text has neither at `definedAt`.
 */
function findDefinitionSpan(text: string, definedAt: number, short: string, expansion: string): [number, number] | undefined {
  const folded = stripTones(expansion);
  const end = definedAt + short.length;
  // `công đoàn (CĐ)`
  const open = text.lastIndexOf('(', definedAt);
  const close = text.indexOf(')', end);
  if (open !== -1 && definedAt - open <= 40 && close !== -1 && close - end <= 40) {
    let cut = open;
    while (cut > 0 && text[cut - 1] === ' ') cut--;
    const start = cut - expansion.length;
    if (start >= 0 && stripTones(text.slice(start, cut)) === folded) return [start, close + 1];
  }
  // `NLĐ (người lao động)`
  const after = PAREN_AFTER.exec(text.slice(end, end + 170));
  if (after && stripTones((after[1] ?? '').trim().replace(/\s+/gu, ' ')) === folded) return [definedAt, end + after[0].length];
  return undefined;
}

const isSpan = (m: unknown): m is [number, number] =>
  Array.isArray(m) && Number.isInteger(m[0]) && Number.isInteger(m[1]) && (m[0] as number) >= 0 && (m[1] as number) >= (m[0] as number);

function editsFor(text: string, a: Abbreviation, first: boolean): Edit[] {
  const expansion = a?.expansion;
  if (typeof expansion !== 'string' || expansion === '' || !Array.isArray(a.mentions)) return [];
  const mentions = a.mentions.filter(isSpan).sort((x, y) => x[0] - y[0]);
  if (mentions.length === 0) return [];
  const def =
    typeof a.definedAt === 'number' && typeof a.short === 'string' ? (a.definition ?? findDefinitionSpan(text, a.definedAt, a.short, expansion)) : undefined;
  const isDefinition = (m: [number, number]): boolean => def !== undefined && m[0] === a.definedAt;
  // `công đoàn (CĐ)`: the short form is in the parentheses; `NLĐ (người lao động)`: it leads
  const expansionFirst = def !== undefined && a.definedAt !== def[0];
  const nameHead = typeof a.short === 'string' && isNameHead(a.short, expansion);
  const out: Edit[] = [];
  mentions.forEach((m, i) => {
    if (isDefinition(m) && def) {
      if (first && i === 0) return; // already defined at first use
      if (first) {
        out.push({ start: def[0], end: def[1], text: expansionFirst ? shortWithin(text, def, m) : shortText(text, m) });
      } else if (expansionFirst) {
        // drop ` (CĐ)`, keep the words the article wrote
        let cut = text.lastIndexOf('(', m[0]);
        while (cut > def[0] && (text[cut - 1] === ' ' || text[cut - 1] === '\u00A0')) cut--;
        out.push({ start: cut, end: def[1], text: '' });
      } else {
        out.push({ start: def[0], end: def[1], text: casedAt(text, def[0], expansion) });
      }
      return;
    }
    if (first && i > 0) return;
    const written = casedAt(text, m[0], expansion, nameHead, m[1]);
    out.push({ start: m[0], end: m[1], text: first ? `${written} (${shortText(text, m)})` : written });
  });
  return out;
}

/**
 * The text with abbreviations written out. Unknown and unresolved ones (`expansion: null`) stay
 * as they are. A definition is not doubled: `công đoàn (CĐ)` becomes `công đoàn`, and
 * `NLĐ (người lao động)` becomes `người lao động`. With `first`, the first use becomes
 * `người lao động (NLĐ)` unless the article defines it there, and a later definition is reduced
 * to its short form.
 */
export function expandAbbreviations(text: string, abbreviations: Abbreviation[], options: ExpandOptions = {}): string {
  if (typeof text !== 'string' || !Array.isArray(abbreviations)) return typeof text === 'string' ? text : '';
  const first = options?.first === true;
  const edits = abbreviations.flatMap((a) => editsFor(text, a, first)).sort((x, y) => x.start - y.start || x.end - y.end);
  const parts: string[] = [];
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos || e.end > text.length) continue; // overlaps an earlier edit
    parts.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}
