// Organisation spans put right after the tagger: a span that runs over a verb between two names
// (`hãng Sputnik cho biết Chính phủ Campuchia`) is two names, and a span that is exactly a name
// from the list of organisations (`Reuters`, `VietnamNet`, `TTXVN`) is that organisation.
import type { EntityData } from '../data.js';
import type { Candidate } from '../rules/candidate.js';
import type { EntityToken } from '../tokens.js';
import { inDictionary } from '../../../nlp/dictionary.js';

/** Cuts an organisation at lowercase verbs no rule put inside a name; parts without a capital go. */
export function splitAtVerbs(kept: readonly Candidate[], all: readonly Candidate[], tokens: readonly EntityToken[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of kept) {
    if (c.type !== 'ORG' || c.e - c.s < 3) {
      out.push(c);
      continue;
    }
    // Example: `cho biết` (V) ends `hãng Sputnik`; `quản lý` in `Ban quản lý dự án` is inside a rule's name.
    const inName = (k: number) => all.some((o) => o !== c && o.type === 'ORG' && o.s < k && k < o.e);
    // Two rules' organisations inside with uncovered lowercase words between (`Bộ NN - PTNT cho
    // biết Bộ Nông nghiệp …`, where vntk tags `cho biết` a noun): those words are a cut as well.
    const inner = all.filter((o) => o.type === 'ORG' && c.s <= o.s && o.e <= c.e && !(o.s === c.s && o.e === c.e));
    const between = (k: number) => inner.some((o) => o.e <= k) && inner.some((o) => o.s > k);
    const cuts: number[] = [];
    for (let k = c.s + 1; k < c.e; k++) {
      const t = tokens[k] as EntityToken;
      if (t.isWord && !t.isCap && !inName(k) && (t.pos.startsWith('V') || between(k))) cuts.push(k);
    }
    if (cuts.length === 0) {
      out.push(c);
      continue;
    }
    let s = c.s;
    for (const k of [...cuts, c.e]) {
      const part = { s, e: k };
      // A later part starts at its first capital (`biết Chính phủ Campuchia` → `Chính phủ Campuchia`).
      while (part.s > c.s && part.s < part.e && !(tokens[part.s] as EntityToken).isCap) part.s++;
      if (part.e > part.s && tokens.slice(part.s, part.e).some((t) => t.isCap)) {
        out.push(part.s === c.s && part.e === c.e ? c : { s: part.s, e: part.e, type: 'ORG', strength: c.strength, nestable: false, roles: [] });
      }
      s = k + 1;
    }
  }
  return out;
}

/**
 * An organisation never ends inside a lowercase word of the segmenter: `Ngân hàng X giải` tagged in
 * `Ngân hàng X giải ngân` ends before `giải ngân`, the verb after the name.
 */
export function orgsEndAtWords(cands: readonly Candidate[], tokens: readonly EntityToken[]): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'ORG') return c;
    const last = tokens[c.e - 1] as EntityToken;
    const next = tokens[c.e];
    if (last.isCap || !last.isWord || last.word < 0 || next?.word !== last.word) return c;
    let e = c.e - 1;
    while (e > c.s && tokens[e - 1]?.word === last.word) e--;
    return e > c.s && tokens.slice(c.s, e).some((t) => t.isCap) ? { ...c, e } : c;
  });
}

/**
 * A listed organisation or place the rules found and the tagger left untagged (`VietnamNet`,
 * `Reuters`, `Tp.HCM`) stays: the list is general knowledge, the tagger knows only the sentences it was trained on.
 * Not when the name is also an ordinary word (`Nhà nước`, `Chính phủ`): whether it names the
 * body is the context's to say, and the tagger read the context.
 */
export function listedNamesKept(kept: readonly Candidate[], rules: readonly Candidate[], tokens: readonly EntityToken[], text: string): Candidate[] {
  const missed = rules.filter((c) => {
    // A one-syllable lowercase head is the tagger's to judge (`bộ Ngoại giao` the ministry, `bộ
    // Từ điển` a set of books).
    const weakHead = c.headEnd === c.s + 1 && !(tokens[c.s] as EntityToken).isCap;
    const listed = (c.type === 'ORG' && (c.canonical !== undefined || (c.strength >= 90 && !weakHead))) || (c.type === 'LOC' && c.place?.gazetteer !== undefined && !c.place.unit);
    if (!listed || kept.some((k) => k.s < c.e && c.s < k.e)) return false;
    return !inDictionary(text.slice((tokens[c.s] as EntityToken).start, (tokens[c.e - 1] as EntityToken).end));
  });
  return missed.length === 0 ? [...kept] : [...kept, ...missed].sort((a, b) => a.s - b.s || b.e - a.e);
}

/**
 * `Chính phủ Campuchia`, `Quốc hội Thái Lan`: a listed body right before a country is that
 * country's body, one organisation holding the place. Only capitalised bodies are listed.
 */
export function bodiesOfCountries(kept: readonly Candidate[], tokens: readonly EntityToken[], data: EntityData): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k] as Candidate;
    const next = kept[k + 1];
    const listed = c.type === 'ORG' && data.orgNames.match(tokens, c.s)?.keys.length === c.e - c.s;
    const country = next && next.type === 'LOC' && next.s === c.e ? data.places.match(tokens, next.s) : undefined;
    if (listed && next && country && country.keys.length === next.e - next.s && country.value.kind === 'country') {
      out.push({ s: c.s, e: next.e, type: 'ORG', strength: c.strength, nestable: false, headEnd: c.e, placed: true, roles: [] });
      out.push({ ...next, nestable: true });
      k++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** A person or place span that is a listed organisation's name (after its head, if any) is that organisation. */
export function knownOrganisations(kept: readonly Candidate[], tokens: readonly EntityToken[], data: EntityData): Candidate[] {
  return kept.map((c) => {
    if (c.type !== 'PER' && c.type !== 'LOC') return c;
    // Example: `Mitsubishi`, or `Hãng Mitsubishi` (a head, then the listed name)
    const head = data.orgHeads.match(tokens, c.s);
    const at = head && c.s + head.keys.length < c.e ? c.s + head.keys.length : c.s;
    const m = data.orgNames.match(tokens, at) ?? (at !== c.s ? data.orgNames.match(tokens, c.s) : undefined);
    if (!m || (at + m.keys.length !== c.e && c.s + m.keys.length !== c.e)) return c;
    return { s: c.s, e: c.e, type: 'ORG', strength: c.strength, nestable: false, canonical: m.value, headEnd: c.e, roles: [] };
  });
}

/**
 * A lone acronym the abbreviation layer writes out as a common noun (`CĐ` công đoàn, `ĐV` đoàn
 * viên, `DN` doanh nghiệp) names no one; one whose expansion holds a name (`VN` Việt Nam) may.
 */
export function commonNounAcronyms(kept: readonly Candidate[], tokens: readonly EntityToken[], expansions: ReadonlyMap<string, string>): Candidate[] {
  // Example: `thành phố Hồ Chí Minh` (for `TP.HCM`) holds a name.
  const common = (t: EntityToken) => {
    const expansion = t.isAcronym ? expansions.get(t.text) : undefined;
    return expansion !== undefined && expansion === expansion.toLowerCase();
  };
  // `tổ chức CĐ` (trade-union organisation) is no place or person either; an organisation may be
  // named so (`hội SV`, the students' association).
  return kept.filter((c) => {
    if (c.type === 'MISC') return true;
    if (c.e - c.s === 1) return !common(tokens[c.s] as EntityToken);
    const span = tokens.slice(c.s, c.e);
    return c.type === 'ORG' || !span.some(common) || !span.every((t) => common(t) || !t.isCap);
  });
}
