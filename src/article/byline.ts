// Bylines as Vietnamese papers print them: `Bài, ảnh: Kiến Quốc`, `Theo TTXVN`, `Minh Hằng - Thu
// Trang`, `Kiều Hương (T.H)`, `(Theo Reuters)`.
import { stripMarks } from '../lexicon/fold.js';
import { LETTER, UPPER } from '../lexicon/letters.js';
import { loadMarkers } from './markers.js';

// `Bài, ảnh: Kiến Quốc`, `Tin và ảnh: NGỌC ANH`, `Theo TTXVN`
const LABELLED_BYLINE = /^([^:：]{1,30})[:：]\s*(.+)$/u;
const NAME_LIST_SEPARATOR = /\s*(?:,|;|\s[-–—]\s|\svà\s)\s*/u;
// A name: capitalised syllables (`Kiến Quốc`, `HOÀNG ANH`, `Nguyễn Văn A.`), optionally an
// agency or initials in parentheses (`Phạm Tuấn (TTXVN)`, `Kiều Hương (T.H)`).
const NAME = new RegExp(String.raw`^[${UPPER}][${LETTER}.]*(?:[ \u00a0][${UPPER}][${LETTER}.]*){0,5}(?:\s*\([^()]{1,40}\))?$`, 'u');
// `(Theo Reuters)`, `(theo VnExpress)`: a source credited in brackets on its own line
const BRACKETED = /^\((.{1,60})\)$/u;
const THEO = /^[Tt]heo\s+(.+)$/u;

function bylineAuthors(names: string): string[] | null {
  const list = names.trim().replace(/[.]$/u, '').split(NAME_LIST_SEPARATOR).filter((n) => n.length > 0);
  if (list.length === 0 || list.length > 6) return null;
  if (!list.every((name) => NAME.test(name))) return null;
  return list.map((name) => name.replace(/\s*\([^()]*\)$/u, ''));
}

/** The authors a byline line names, or null when the line is no byline. */
function authorsOf(line: string): string[] | null {
  const labelled = LABELLED_BYLINE.exec(line);
  if (labelled && loadMarkers().bylineLabels.has(stripMarks(labelled[1]!.trim()))) {
    const authors = bylineAuthors(labelled[2]!);
    if (authors) return authors;
  }
  // `Theo TTXVN`, `Theo Tuổi Trẻ`: the source the article is taken from.
  const theo = THEO.exec(line);
  if (theo) {
    const authors = bylineAuthors(theo[1]!);
    if (authors) return authors;
  }
  return bylineAuthors(line);
}

export function parseByline(block: string): { text: string; authors: string[] } | null {
  if (block.length > 160 || block.includes('\n')) return null;
  const bracketed = BRACKETED.exec(block);
  const authors = bracketed ? authorsOf(bracketed[1]!.trim()) : authorsOf(block);
  return authors ? { text: block, authors } : null;
}

/**
 * A byline printed as the last line of the last body block (`…\nXuân Hoa`): a short line of
 * names only. Shorter than a block byline may be, since a body line that happens to be a short
 * capitalised phrase is rarer than a byline there, but not a sentence (no final full stop).
 */
export function parseBylineLine(line: string): { text: string; authors: string[] } | null {
  if (line.length > 60 || /[.!?…:;,]$/u.test(line)) return null;
  return parseByline(line);
}
