// MISC: diseases, events and quoted programme names (`"Tháng Công nhân"`).
import { SentenceContext } from './context.js';
import type { EntityToken } from '../tokens.js';
import { DIGIT, UPPER } from '../../../lexicon/letters.js';

// Example: `TP`, `19` (a capital or digit anywhere); `thơ` (not)
const UPPER_OR_DIGIT = new RegExp(`[${UPPER}${DIGIT}]`, 'u');
// Example: `32` (`SEA Games 32`), `2023/24`
const YEAR_OR_TERM = new RegExp(`^[${DIGIT}]{1,4}(?:/[${DIGIT}]{2,4})?$`, 'u');
const MAX_QUOTE_TOKENS = 40;
const MAX_QUOTE_WORDS = 8;
/** After `phong trào`, `chương trình`: campaign names run longer. */
const MAX_TRIGGERED_QUOTE_WORDS = 12;
const QUOTE_LINKS = new Set([',', 'và', 'hay', 'hoặc', '…', '.']);
const DISEASE_CUES = new Set(['bệnh', 'dịch', 'mắc', 'ca', 'tiêm', 'vaccine', 'vắc', 'xin', 'chống', 'phòng']);

export function findMisc(cx: SentenceContext, i: number): void {
  const t = cx.T[i] as EntityToken;
  const d = cx.data.diseases.match(cx.T, i);
  if (d && !cx.sameWord(i) && !cx.sameWord(i + d.keys.length)) {
    // Example: `sốt xuất huyết`, `COVID-19`, `HIV` need no cue; `sởi` does (`bệnh sởi`).
    const strong = d.keys.length > 1 || UPPER_OR_DIGIT.test(t.text);
    const prev = cx.T[i - 1];
    if (strong || (prev && DISEASE_CUES.has(prev.key))) {
      cx.add({ s: i, e: i + d.keys.length, type: 'MISC', strength: 70, nestable: false });
    }
  }
  const ev = cx.data.events.match(cx.T, i);
  if (ev && !cx.isNameToken(i + ev.keys.length) && !cx.sameWord(i) && !cx.sameWord(i + ev.keys.length)) {
    let e = i + ev.keys.length;
    // Example: `SEA Games 32`, `V-League 2023/24`
    if (cx.T[e] && YEAR_OR_TERM.test((cx.T[e] as EntityToken).text)) e++;
    cx.add({ s: i, e, type: 'MISC', strength: 70, nestable: true });
  }
}
export function findQuotes(cx: SentenceContext): void {
  const T = cx.T;
  let lastClose = -2;
  for (let o = 0; o < T.length; o++) {
    const open = (T[o] as EntityToken).text;
    const close = open === '"' ? '"' : open === '“' ? '”' : open === '«' ? '»' : '';
    if (!close) continue;
    let c = o + 1;
    while (c < T.length && c - o <= MAX_QUOTE_TOKENS && (T[c] as EntityToken).text !== close) c++;
    if (c >= T.length || (T[c] as EntityToken).text !== close) continue;
    let s = o + 1;
    let e = c;
    while (e > s && (T[e - 1] as EntityToken).isPunct) e--;
    while (s < e && (T[s] as EntityToken).isPunct) s++;
    const accepted = e > s && acceptQuote(cx, o, s, e, lastClose);
    if (accepted) {
      cx.add({ s, e, type: 'MISC', strength: 70, nestable: true });
      lastClose = c;
    }
    o = c;
  }
}
export function acceptQuote(cx: SentenceContext, o: number, s: number, e: number, lastClose: number): boolean {
  const T = cx.T;
  let words = 0;
  let caps = 0;
  for (let k = s; k < e; k++) {
    const t = T[k] as EntityToken;
    if (t.isWord) {
      words++;
      if (t.isCap) caps++;
    } else if (t.text === '.' || t.text === '?' || t.text === '!' || t.text === ';') {
      return false;
    }
  }
  if (words === 0 || words > MAX_TRIGGERED_QUOTE_WORDS || !(T[s] as EntityToken).isCap) return false;
  // A list of names, `"Tháng Công nhân", "Cảm ơn NLĐ", …`: the first one's evidence carries.
  if (lastClose >= 0) {
    let k = lastClose + 1;
    while (k < o && QUOTE_LINKS.has((T[k] as EntityToken).key)) k++;
    if (k === o) return true;
  }
  for (let p = Math.max(0, o - 4); p < o; p++) {
    const m = cx.data.miscTriggers.match(T, p);
    if (m && p + m.keys.length === o) return true;
  }
  return words >= 2 && words <= MAX_QUOTE_WORDS && caps * 2 >= words + 1;
}