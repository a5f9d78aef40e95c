// A place named as current after it stopped existing. On 1 July 2025 Vietnam's 63 provinces
// became 34 and the district level (huyện, quận, thị xã) was abolished (Resolution
// 202/2025/QH15); Thừa Thiên Huế became thành phố Huế on 1 January 2025. An article dated after
// such a change that writes `tỉnh Hà Giang` or `huyện Mèo Vạc` as if it still were gets a
// warning; one that marks the past (`tỉnh Hà Giang cũ`, `trước khi sáp nhập`) does not. Articles
// without a dated dateline get nothing: the rule cannot tell when they were written. Places come
// from the analysis's LOC and ORG mentions; validity dates from src/data/provinces.tsv.

import type { RawFinding, Rule } from '../types.js';
import { alternation } from '../text-utils.js';
import { stripMarksKeepD } from '../../lexicon/fold.js';
import { readDataFile } from '../../util/data.js';
import { LETTER, UPPER } from '../../lexicon/letters.js';

interface Province {
  name: string;
  /** tỉnh | thành phố */
  type: string;
  /** Last day in force (ISO), '' when still in force. */
  validTo: string;
  mergedInto: string;
}

interface PlaceData {
  /** Folded name or alias → province, longest first. */
  keys: [string, Province][];
  byName: Map<string, Province>;
  past: RegExp;
  /** The first day anything in the table stopped existing: articles dated earlier need no look. */
  firstChange: string;
}

/** Districts were abolished with the provinces' merger (Resolution 202/2025/QH15, in force 1 July 2025). */
const DISTRICTS_ABOLISHED = '2025-07-01';

let cached: PlaceData | undefined;
function placeData(): PlaceData {
  if (cached) return cached;
  const lines = readDataFile('provinces.tsv').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  const col = (cells: string[], name: string) => (cells[header.indexOf(name)] ?? '').trim();
  const keys: [string, Province][] = [];
  const byName = new Map<string, Province>();
  for (const line of lines) {
    const cells = line.split('\t');
    const p: Province = { name: col(cells, 'name'), type: col(cells, 'type'), validTo: col(cells, 'valid_to'), mergedInto: col(cells, 'merged_into') };
    byName.set(p.name, p);
    for (const n of [p.name, ...col(cells, 'aliases').split(',')]) if (n.trim()) keys.push([stripMarksKeepD(n.trim()), p]);
  }
  keys.sort((a, b) => b[0].length - a[0].length);
  const markers = (JSON.parse(readDataFile('house-style.json')) as { pastMarkers: string[] }).pastMarkers;
  // e.g. `cũ`, `trước đây`, `sáp nhập` anywhere in the sentence, as whole words
  const past = new RegExp(`(?<![${LETTER}])(?:${alternation(markers)})(?![${LETTER}])`, 'u');
  const changes = [...byName.values()].filter((p) => p.validTo !== '').map((p) => dayAfter(p.validTo));
  const firstChange = changes.reduce((a, b) => (b < a ? b : a), DISTRICTS_ABOLISHED);
  cached = { keys, byName, past, firstChange };
  return cached;
}

// e.g. `tỉnh Hà Giang`, `Tỉnh Bắc Kạn`, `thành phố Huế`, `TP. Hồ Chí Minh`: the unit word before a province
const PROVINCE_UNIT = new RegExp(`(?<![${LETTER}])(?:[Tt]ỉnh|[Tt]hành phố|T[Pp]\\.?) *`, 'gu');
// e.g. `tỉnh `, `TP. ` right before a bare name mention
const UNIT_BEFORE = /(?:[Tt]ỉnh|[Tt]hành phố|T[Pp]\.?) ?$/u;
// e.g. `huyện Mèo Vạc`, `Quận 1`, `thị xã Sa Pa`, `huyện đảo Lý Sơn`
const DISTRICT = new RegExp(`(?<![${LETTER}])(?:[Hh]uyện|[Qq]uận|[Tt]hị xã)(?: đảo)? (?:\\d+|[${UPPER}][${LETTER}]*(?: [${UPPER}][${LETTER}]*)*)`, 'gu');
const LETTER_CHAR = new RegExp(`[${LETTER}]`, 'u');

/** `2025-07-01` → `1/7/2025`, as Vietnamese news writes dates. */
function vietDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}

function dayAfter(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** The province whose name or alias opens `rest` (folded), ending at a word boundary. */
function provinceAt(rest: string): { province: Province; length: number } | null {
  const folded = stripMarksKeepD(rest);
  for (const [key, province] of placeData().keys) {
    if (folded.startsWith(key) && !LETTER_CHAR.test(rest[key.length] ?? '')) return { province, length: key.length };
  }
  return null;
}

/** The sentence around [start, end), enough to see whether it speaks of the past. */
function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && s > start - 400 && !'.!?\n'.includes(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && e < end + 400 && !'!?\n'.includes(text[e] as string) && !(text[e] === '.' && text[e + 1] === ' ')) e++;
  return text.slice(s, e).toLowerCase();
}

export const placeNameStale: Rule = {
  id: 'place-name-stale',
  defaultSeverity: 'warn',
  description: 'A province merged or a district abolished before the article\'s date, named as if it still existed.',
  check({ text, analysis }) {
    const dated = /^\d{4}-\d{2}-\d{2}/u.exec(analysis.article.dateline?.value ?? '')?.[0];
    if (!dated) return [];
    const { byName, past, firstChange } = placeData();
    if (dated < firstChange) return [];
    const found = new Map<number, RawFinding>();
    const report = (start: number, end: number, message: string) => {
      if (found.has(start) || past.test(sentenceAround(text, start, end))) return;
      found.set(start, { start, end, message });
    };
    const province = (unitStart: number, nameStart: number) => {
      const at = provinceAt(text.slice(nameStart, nameStart + 40));
      if (!at || !at.province.validTo || dated <= at.province.validTo) return;
      const end = nameStart + at.length;
      const now = byName.get(at.province.mergedInto);
      const written = text.slice(unitStart, end);
      const since = vietDate(dayAfter(at.province.validTo));
      report(unitStart, end, `"${written}" no longer exists: since ${since} it is part of ${now?.type ?? 'tỉnh'} ${at.province.mergedInto}; name the current unit, or write "${written} (cũ)".`);
    };
    for (const e of analysis.entities) {
      if (e.type !== 'LOC' && e.type !== 'ORG') continue;
      for (const [s, end] of e.mentions) {
        const mention = text.slice(s, end);
        for (const m of mention.matchAll(PROVINCE_UNIT)) province(s + (m.index ?? 0), s + (m.index ?? 0) + m[0].length);
        // A bare `Hà Giang` mention right after `tỉnh ` in the text.
        if (e.type === 'LOC' && UNIT_BEFORE.test(text.slice(Math.max(0, s - 11), s))) {
          const unit = UNIT_BEFORE.exec(text.slice(Math.max(0, s - 11), s)) as RegExpExecArray;
          province(s - unit[0].length, s);
        }
        if (dated < DISTRICTS_ABOLISHED) continue;
        for (const m of mention.matchAll(DISTRICT)) {
          const start = s + (m.index ?? 0);
          report(start, start + m[0].length, `"${m[0]}": the district level was abolished on ${vietDate(DISTRICTS_ABOLISHED)}; name the commune or the province, or write "${m[0]} (cũ)".`);
        }
      }
    }
    return [...found.values()].sort((a, b) => a.start - b.start);
  },
};
