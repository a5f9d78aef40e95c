// Person and place spans put right: a foreign name cut at an initial is joined again (`George W. Bush`),
// and a span that is a known place is a place (`Trẻ em Triều Tiên`: Triều Tiên is no person).
import type { EntityData } from '../data.js';
import type { Candidate } from '../rules/candidate.js';
import type { EntityToken } from '../tokens.js';
import { toOldStyleToneLower } from '../../../lexicon/fold.js';
import { UPPER } from '../../../lexicon/letters.js';
import type { Mention } from '../group.js';

// Example: `W` in `George W. Bush`
const INITIAL = new RegExp(`^[${UPPER}]$`, 'u');

/** `George W` + `.` + `Bush`: a person ending in a one-letter initial and its full stop runs on over the surname. */
export function joinInitials(cands: readonly Candidate[], tokens: readonly EntityToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as Candidate;
    const last = tokens[c.e - 1];
    const after = tokens[c.e + 1];
    if (c.type !== 'PER' || !last || !INITIAL.test(last.text) || tokens[c.e]?.text !== '.' || !after?.isCap || after.isAcronym) {
      out.push(c);
      continue;
    }
    let e = c.e + 2;
    while (e < c.e + 4 && tokens[e]?.isCap && tokens[e]?.isWord && !tokens[e]?.isAcronym) e++;
    // The surname the tagger marked on its own is the same person: one mention.
    const rest = cands.findIndex((o) => o.type === 'PER' && o.s === c.e + 1);
    if (rest > k) e = Math.max(e, (cands[rest] as Candidate).e);
    out.push({ ...c, e });
    for (; k + 1 < cands.length && (cands[k + 1] as Candidate).s < e; k++);
  }
  return out;
}

/** A person span that is exactly a place of two syllables or more in the gazetteer is that place. */
export function placesNotPersons(cands: readonly Candidate[], tokens: readonly EntityToken[], text: string, data: EntityData): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'PER' || c.e - c.s < 2 || c.roles?.length) return c;
    const m = data.places.match(tokens, c.s);
    if (!m || c.s + m.keys.length !== c.e) return c;
    const surfaceName = text.slice((tokens[c.s] as EntityToken).start, (tokens[c.e - 1] as EntityToken).end);
    const place = { name: toOldStyleToneLower(m.value.canonical), unit: '', level: m.value.kind, numbered: false, gazetteer: m.value, surfaceName };
    return { ...c, type: 'LOC', nestable: true, place };
  });
}

// Example: ` W` closing `George W` (a one-letter initial after a space)
const ENDS_IN_INITIAL = new RegExp(`\\s[${UPPER}]$`, 'u');
// Example: `Bush` in `W. Bush đã tới` (one or two capitalised words)
const NAME_AFTER = new RegExp(`^[${UPPER}][^\\s.,;:!?()]*(?:\\s[${UPPER}][^\\s.,;:!?()]*)?`, 'u');

/**
 * `George W. Bush`: the sentence splitter ends a sentence at `W.`, so the join is also made across
 * sentences, on the mentions: a person ending in an initial, then `. ` and a capitalised name. Not
 * after a Vietnamese family name (`ông Nguyễn Văn A. Hôm sau …` ends there).
 */
export function joinInitialsAcrossSentences(mentions: Mention[], text: string, data: EntityData): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    const first = m.text.split(' ')[0] ?? '';
    if (m.type !== 'PER' || !ENDS_IN_INITIAL.test(m.text) || text.slice(m.end, m.end + 2) !== '. ' || data.familyNames.has(first)) {
      out.push(m);
      continue;
    }
    const next = mentions.find((o) => o.start === m.end + 2 && o.type === 'PER');
    const run = NAME_AFTER.exec(text.slice(m.end + 2, m.end + 60));
    const end = next?.end ?? (run ? m.end + 2 + run[0].length : m.end);
    if (end === m.end) {
      out.push(m);
      continue;
    }
    out.push({ ...m, end, text: text.slice(m.start, end) });
    while (k + 1 < mentions.length && (mentions[k + 1] as Mention).start < end) k++;
  }
  return out;
}

/** A place the tagger found on its own that the gazetteer knows (`tp HCM`) gets the gazetteer's name, for grouping. */
export function gazetteerPlaces(cands: readonly Candidate[], tokens: readonly EntityToken[], text: string, data: EntityData): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'LOC' || c.place) return c;
    const m = data.places.match(tokens, c.s);
    if (!m || c.s + m.keys.length !== c.e) return c;
    const surfaceName = text.slice((tokens[c.s] as EntityToken).start, (tokens[c.e - 1] as EntityToken).end);
    return { ...c, place: { name: toOldStyleToneLower(m.value.canonical), unit: '', level: m.value.kind, numbered: false, gazetteer: m.value, surfaceName } };
  });
}

/**
 * A place never ends inside a word of the segmenter: `đoạn Vành` tagged in `đoạn Vành đai 3`
 * runs on to the end of `Vành đai`. Only for a lowercase syllable right after the span.
 */
export function placesToWordEnd(cands: readonly Candidate[], tokens: readonly EntityToken[]): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'LOC') return c;
    let e = c.e;
    const last = tokens[e - 1] as EntityToken;
    while (e < c.e + 3 && last.word >= 0 && tokens[e]?.word === last.word && tokens[e]?.isWord && !tokens[e]?.isCap) e++;
    return e === c.e ? c : { ...c, e };
  });
}

/** Words that credit a photo or an article to someone (`Ảnh: NAM TRẦN`, `Bài và ảnh: Thu Hà`). */
const CREDITS = new Set(['ảnh', 'bài', 'clip', 'video']);

/** A name right after a credit and its colon is a person, whatever the tagger typed it. */
export function creditsArePersons(cands: readonly Candidate[], tokens: readonly EntityToken[]): Candidate[] {
  return cands.map((c) => {
    if (c.type === 'PER' || c.type === 'MISC' || tokens[c.s - 1]?.text !== ':' || !CREDITS.has(tokens[c.s - 2]?.key ?? '')) return c;
    return tokens.slice(c.s, c.e).every((t) => t.isCap) ? { s: c.s, e: c.e, type: 'PER', strength: c.strength, nestable: false, roles: [] } : c;
  });
}
