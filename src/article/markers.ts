// The labels papers print around an article (src/data/article-markers.json), loaded once and
// folded for comparison, and the small text measures the part tests share.
import { stripMarks } from '../lexicon/fold.js';
import { LETTER_OR_DIGIT } from '../lexicon/letters.js';
import { readDataFile } from '../util/data.js';

interface MarkerData {
  trailer: string[];
  bylineLabels: string[];
  captionMarkers: string[];
  connectives: string[];
}

export interface Markers {
  trailer: Set<string>;
  bylineLabels: Set<string>;
  captionMarkers: string[];
  connectives: string[];
}

let markers: Markers | undefined;

export function loadMarkers(): Markers {
  if (!markers) {
    const data = JSON.parse(readDataFile('article-markers.json')) as MarkerData;
    markers = {
      trailer: new Set(data.trailer.map(stripMarks)),
      bylineLabels: new Set(data.bylineLabels.map(stripMarks)),
      captionMarkers: data.captionMarkers.map(stripMarks),
      // Longest first, so `tuy nhiên` is tried before `tuy`.
      connectives: data.connectives.map(stripMarks).sort((a, b) => b.length - a.length),
    };
  }
  return markers;
}

// A syllable: a run of letters, digits and the marks inside words (`COVID-19` counts as one run
// per side of the hyphen, as vntk's tokenizer cuts it).
const SYLLABLE = new RegExp(`[${LETTER_OR_DIGIT}]+`, 'gu');

export function countSyllables(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(SYLLABLE)) n++;
  return n;
}

/** A trailer label opens its block (`Tin liên quan` followed by the related headlines). */
export function isTrailer(block: string): boolean {
  const { trailer } = loadMarkers();
  const newline = block.indexOf('\n');
  const firstLine = newline < 0 ? block : block.slice(0, newline);
  const folded = stripMarks(firstLine).replace(/[\s:：|»>.…-]+$/u, '');
  if (trailer.has(folded)) return true;
  // `Từ khóa: công đoàn, Cần Thơ`, `Tags: …`
  const colon = folded.indexOf(':');
  return colon > 0 && colon <= 20 && trailer.has(folded.slice(0, colon).trim());
}
