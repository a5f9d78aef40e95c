// Grouping entity mentions into entities: one key per distinct entity (tone-mark placement and
// case ignored, abbreviations written out, a place's unit word reduced to its level), short forms
// joined to the one full form they can stand for, then the canonical name and the parent link.
import type { Entity, EntityType } from '../../types.js';
import type { PlaceKey } from './rules/candidate.js';
import { stripMarks, toOldStyleToneLower } from '../../lexicon/fold.js';
import { LETTER, LETTER_OR_DIGIT, UPPER } from '../../lexicon/letters.js';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  roles: string[];
  place?: PlaceKey;
  canonical?: string;
  bareUnit?: boolean;
  /** An organisation whose name ends in a place (`Sở Y tế Hà Nội`). */
  placed?: boolean;
  /** Token texts of an organisation's name, for writing its abbreviations out. */
  tokens?: string[];
  /** Another mention of the same entity (`EVN` in `Tập đoàn Điện lực Việt Nam (EVN)`). */
  sameAs?: Mention;
}

interface Group {
  key: string;
  type: EntityType;
  mentions: Mention[];
  /** The written-out name when a bracketed short form joined the group. */
  definedAs?: string;
}

// Example: `TP`, `&` kept; `.` and `,` dropped from an organisation's key
const KEY_WORD = new RegExp(`[${LETTER_OR_DIGIT}&]`, 'u');
const CITY_UNITS = new Set(['TP', 'Tp', 'TP.', 'thành phố', 'Thành phố']);

// Example: `&` in `NN&PTNT`, `-` in `GD-ĐT`
const INNER_JOINER = /[&\-–]/u;

/**
 * One token of an organisation's name as key words: `&` and a dash between parts read `và`, and
 * each abbreviated part is written out, so `Bộ NN & PTNT`, `Bộ NN-PTNT` and `Bộ Nông nghiệp và
 * Phát triển nông thôn` give one key when the abbreviation layer knows `NN` and `PTNT`.
 */
function keyWords(t: string, expansions: ReadonlyMap<string, string>): string[] {
  if (t === '&' || t === '-' || t === '–') return ['và'];
  if (!KEY_WORD.test(t)) return [];
  if (CITY_UNITS.has(t)) return ['thành phố'];
  const whole = expansions.get(t);
  if (whole || !INNER_JOINER.test(t)) return [whole ?? t];
  return t.split(INNER_JOINER).flatMap((part, n) => (n > 0 ? ['và', expansions.get(part) ?? part] : [expansions.get(part) ?? part]));
}

// Example: `NN`, `PTNT`, `NN&PTNT`, `GD-ĐT` (two capitals or more, nothing lowercase)
const ACRONYM_WORD = new RegExp(`^(?=(?:[^${LETTER}]*[${UPPER}]){2})[${UPPER}&\\-–.]+$`, 'u');
const isAcronymWord = (t: string): boolean => ACRONYM_WORD.test(t);

/**
 * An organisation's name as initials, short forms spelt out letter by letter: `Bộ NN & PTNT` and
 * `Bộ Nông nghiệp và Phát triển nông thôn` both give `bnnptnt` (`và`, `&` and dashes dropped).
 */
function initials(tokens: readonly string[]): string {
  let out = '';
  for (const t of tokens) {
    if (t === 'và' || t === '&' || !KEY_WORD.test(t)) continue;
    const folded = stripMarks(t);
    out += isAcronymWord(t) ? folded.replace(/[^a-z]/gu, '') : folded.charAt(0);
  }
  return out;
}

function mentionKey(m: Mention, expansions: ReadonlyMap<string, string>): string {
  switch (m.type) {
    case 'LOC': {
      const p = m.place;
      if (!p) return 'b|' + toOldStyleToneLower(m.text);
      if (p.numbered) return `n|${toOldStyleToneLower(p.unit)}|${p.name}`;
      if (p.unit) return `u|${p.level}|${p.name}`;
      return 'b|' + p.name;
    }
    case 'ORG': {
      if (m.canonical) return 'c|' + toOldStyleToneLower(m.canonical);
      // Example: `TP. Hồ Chí Minh` keys as `thành phố hồ chí minh` (the full stop dropped)
      const words = (m.tokens ?? [m.text]).flatMap((t) => keyWords(t, expansions));
      return 'o|' + toOldStyleToneLower(words.join(' '));
    }
    default:
      return m.type + '|' + toOldStyleToneLower(m.text);
  }
}

/** Moves a short form's mentions into the one group it can stand for, if exactly one. */
function mergeInto(groups: Map<string, Group>, from: Group, pick: (g: Group) => boolean, prefer?: (g: Group) => boolean): void {
  let found: Group[] = [];
  for (const g of groups.values()) if (g !== from && g.type === from.type && pick(g)) found.push(g);
  if (found.length > 1 && prefer) found = found.filter(prefer);
  const target = found[0];
  if (found.length !== 1 || !target) return;
  target.mentions.push(...from.mentions);
  groups.delete(from.key);
}

export function groupMentions(mentions: readonly Mention[], text: string, expansions: ReadonlyMap<string, string>): Entity[] {
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = mentionKey(m, expansions);
    const g = groups.get(key) ?? { key, type: m.type, mentions: [] };
    g.mentions.push(m);
    groups.set(key, g);
  }
  joinBracketed(groups, mentions, expansions);
  for (const g of [...groups.values()]) {
    const name = g.key.slice(g.key.lastIndexOf('|') + 1);
    if (g.type === 'LOC' && g.key.startsWith('b|')) {
      // `Cần Thơ` after `TP Cần Thơ`: the bare name is that place (the province if several).
      mergeInto(
        groups,
        g,
        (o) => o.key.startsWith('u|') && o.key.endsWith('|' + name),
        (o) => o.key.startsWith('u|province|'),
      );
    } else if (g.type === 'ORG' && g.mentions.some((m) => (m.tokens ?? []).some(isAcronymWord))) {
      // `Bộ NN & PTNT` and `Bộ Nông nghiệp và Phát triển nông thôn`: the short form's letters are
      // the initials of the full name's syllables (how the abbreviation layer reads definitions).
      const sig = initials(g.mentions[0]?.tokens ?? []);
      mergeInto(groups, g, (o) => o.mentions.every((m) => !(m.tokens ?? []).some(isAcronymWord)) && initials(o.mentions[0]?.tokens ?? []) === sig);
    } else if (g.type === 'ORG' && g.mentions.every((m) => !m.bareUnit && !m.placed && !m.canonical)) {
      // `Sở Y tế` beside `Sở Y tế Hà Nội`: the one organisation of that name, with its place, in
      // the article. A generic mention (`UBND tỉnh`) stays apart: it may be another province's.
      mergeInto(groups, g, (o) => o.key.startsWith(g.key + ' ') && o.mentions.every((m) => m.placed || m.bareUnit));
    } else if (g.type === 'PER' && !name.includes(' ')) {
      // `ông Chính` after `Thủ tướng Phạm Minh Chính`.
      mergeInto(groups, g, (o) => o.key.endsWith(' ' + name));
    }
  }

  const built = [...groups.values()].map((g) => {
    g.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return { g, entity: buildEntity(g) };
  });
  built.sort((a, b) => (a.entity.mentions[0]?.[0] ?? 0) - (b.entity.mentions[0]?.[0] ?? 0) || (b.entity.mentions[0]?.[1] ?? 0) - (a.entity.mentions[0]?.[1] ?? 0));
  const entities = built.map((b) => b.entity);
  setParents(entities);
  void text;
  return entities;
}

/** Merges the group of each bracketed short form into the group of the name it follows. */
function joinBracketed(groups: Map<string, Group>, mentions: readonly Mention[], expansions: ReadonlyMap<string, string>): void {
  const groupOf = new Map<string, Group>();
  for (const m of mentions) {
    if (!m.sameAs) continue;
    const from = groups.get(mentionKey(m, expansions));
    let target = groups.get(mentionKey(m.sameAs, expansions));
    // An earlier merge may have moved the target's mentions.
    target = groupOf.get(target?.key ?? '') ?? target;
    if (!from || !target || from === target || from.type !== target.type) continue;
    target.mentions.push(...from.mentions);
    target.definedAs ??= m.sameAs.canonical ?? m.sameAs.text;
    groups.delete(from.key);
    groupOf.set(from.key, target);
  }
}

/** The most frequent surface; on a tie the longest (the written-out form), then the first. */
function mostFrequent(surfaces: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of surfaces) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = surfaces[0] ?? '';
  for (const [s, n] of counts) {
    const b = counts.get(best) ?? 0;
    if (n > b || (n === b && s.length > best.length)) best = s;
  }
  return best;
}

function canonicalOf(g: Group): string {
  const ms = g.mentions;
  switch (g.type) {
    case 'PER':
      return ms.reduce((best, m) => (m.text.length > best.length ? m.text : best), ms[0]?.text ?? '');
    case 'LOC': {
      const gaz = ms.find((m) => m.place?.gazetteer)?.place?.gazetteer;
      if (gaz?.kind === 'province') return (gaz.provinceType === 'thành phố' ? 'TP ' : 'tỉnh ') + gaz.canonical;
      const withUnit = ms.find((m) => m.place?.unit);
      if (withUnit?.place) {
        return withUnit.place.numbered ? withUnit.text : `${withUnit.place.unit} ${withUnit.place.surfaceName}`;
      }
      return gaz ? gaz.canonical : (ms[0]?.text ?? '');
    }
    case 'ORG':
      return g.definedAs ?? ms.find((m) => m.canonical)?.canonical ?? mostFrequent(ms.map((m) => m.text));
    default:
      return ms[0]?.text ?? '';
  }
}

function buildEntity(g: Group): Entity {
  const canonical = canonicalOf(g);
  const ck = toOldStyleToneLower(canonical);
  const seen = g.mentions.find((m) => toOldStyleToneLower(m.text) === ck);
  const e: Entity = {
    text: seen ? seen.text : (g.mentions[0]?.text ?? canonical),
    type: g.type,
    count: g.mentions.length,
    mentions: g.mentions.map((m) => [m.start, m.end] as [number, number]),
    canonical,
  };
  if (g.type === 'PER') {
    const roles: string[] = [];
    for (const m of g.mentions) for (const r of m.roles) if (!roles.includes(r)) roles.push(r);
    e.roles = roles;
  }
  return e;
}

/** Parent = the entity whose mentions most often hold this one's most closely; a stack sweep. */
function setParents(entities: Entity[]): void {
  const all: { s: number; e: number; owner: number }[] = [];
  entities.forEach((en, i) => en.mentions.forEach(([s, e]) => all.push({ s, e, owner: i })));
  all.sort((a, b) => a.s - b.s || b.e - a.e);
  const votes = entities.map(() => new Map<number, number>());
  const stack: { s: number; e: number; owner: number }[] = [];
  for (const m of all) {
    while (stack.length > 0 && (stack[stack.length - 1] as { e: number }).e <= m.s) stack.pop();
    const top = stack[stack.length - 1];
    if (top && top.e >= m.e && top.owner !== m.owner && !(top.s === m.s && top.e === m.e)) {
      const v = votes[m.owner] as Map<number, number>;
      v.set(top.owner, (v.get(top.owner) ?? 0) + 1);
    }
    stack.push(m);
  }
  votes.forEach((v, i) => {
    let best = -1;
    let n = 0;
    for (const [owner, c] of v) if (c > n || (c === n && owner < best)) [best, n] = [owner, c];
    if (best >= 0) (entities[i] as Entity).parent = best;
  });
}
