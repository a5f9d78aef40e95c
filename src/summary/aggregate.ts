// Folds analyses into one Summary as they stream past: each analysis is read once and dropped,
// so memory grows with the number of distinct names (entities, abbreviations, months, units),
// never with the number of articles.
import type { Analysis } from '../types.js';
import type { AbbreviationSummary, EntitySummary, NumberSummary, Summary } from './types.js';

interface Counted {
  articles: number;
  mentions: number;
}

const byArticlesThenMentions = (a: Counted & { key: string }, b: Counted & { key: string }) =>
  b.articles - a.articles || b.mentions - a.mentions || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Counts per key: how many articles, and how many mentions in all. */
class Tally<T> {
  readonly entries = new Map<string, Counted & { key: string; data: T }>();

  /** Counts one article's `mentions` of `key`; `seen` holds the keys this article counted already. */
  add(key: string, mentions: number, seen: Set<string>, create: () => T): T {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { key, articles: 0, mentions: 0, data: create() };
      this.entries.set(key, entry);
    }
    entry.mentions += mentions;
    if (!seen.has(key)) {
      seen.add(key);
      entry.articles++;
    }
    return entry.data;
  }

  sorted(): (Counted & { key: string; data: T })[] {
    return [...this.entries.values()].sort(byArticlesThenMentions);
  }
}

/** Article counts per sub-key (a role, an expansion), counted once per article. */
function countOnce(map: Map<string, number>, key: string, seen: Set<string>, scope: string): void {
  const token = `${scope}\u0000${key}`;
  if (seen.has(token)) return;
  seen.add(token);
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Most articles first; on a tie by key, the empty key (an unsettled sense) last. */
function sortedCounts(map: Map<string, number>): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] === '' ? 1 : b[0] === '' ? -1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

// `2023-12-03`, `2023-12`, `2023-12-03T07:09`, a range's start `2016-10/2017-09`: the month.
const MONTH = /^(\d{4}-\d{2})(?![\d])/u;

export class SummaryBuilder {
  private articles = 0;
  private failed = 0;
  private readonly entities = new Tally<{ name: string; type: EntitySummary['type']; roles: Map<string, number> }>();
  private readonly known = new Tally<{ short: string; expansions: Map<string, number> }>();
  private readonly unknown = new Tally<{ short: string }>();
  private readonly months = new Tally<{ month: string }>();
  private readonly numbers = new Tally<{ kind: NumberSummary['kind']; unit: string | null; min: number; max: number; total: number }>();

  /** Counts an input that could not be analysed (a bad record, an unreadable file). */
  addFailure(): void {
    this.failed++;
  }

  add(analysis: Analysis): void {
    this.articles++;
    const seen = new Set<string>();
    for (const e of analysis.entities) {
      const name = e.canonical ?? e.text;
      const key = `${name}\u0000${e.type}`;
      const data = this.entities.add(key, e.count, seen, () => ({ name, type: e.type, roles: new Map() }));
      for (const role of e.roles ?? []) countOnce(data.roles, role, seen, key);
    }
    for (const a of analysis.abbreviations) {
      if (a.source === 'unknown') {
        this.unknown.add(`?\u0000${a.short}`, a.count, seen, () => ({ short: a.short }));
        continue;
      }
      const data = this.known.add(`!\u0000${a.short}`, a.count, seen, () => ({ short: a.short, expansions: new Map() }));
      // An ambiguous form that its context did not settle counts under the empty key, shown as null.
      countOnce(data.expansions, a.expansion ?? '', seen, `abbr\u0000${a.short}`);
    }
    const dateline = analysis.article.dateline;
    let datelineSkipped = false;
    for (const d of analysis.dates) {
      if (!datelineSkipped && dateline && d.text === dateline.text && d.value === dateline.value) {
        datelineSkipped = true;
        continue;
      }
      const month = d.value === null ? null : MONTH.exec(d.value)?.[1];
      if (month) this.months.add(`month\u0000${month}`, 1, seen, () => ({ month }));
    }
    for (const n of analysis.numbers) {
      const unit = n.unit ?? null;
      const data = this.numbers.add(`${n.kind}\u0000${unit ?? ''}`, 1, seen, () => ({ kind: n.kind, unit, min: Infinity, max: -Infinity, total: 0 }));
      if (!Number.isFinite(n.value)) continue;
      data.min = Math.min(data.min, n.value);
      data.max = Math.max(data.max, Number.isFinite(n.valueTo) ? (n.valueTo as number) : n.value);
      data.total += n.value;
    }
  }

  result(): Summary {
    return {
      schemaVersion: 1,
      kind: 'summary',
      articles: this.articles,
      failed: this.failed,
      entities: this.entities.sorted().map(({ articles, mentions, data }): EntitySummary => ({
        name: data.name,
        type: data.type,
        articles,
        mentions,
        roles: sortedCounts(data.roles).map(([role, n]) => ({ role, articles: n })),
      })),
      abbreviations: {
        known: this.known.sorted().map(({ articles, mentions, data }): AbbreviationSummary => ({
          short: data.short,
          articles,
          mentions,
          expansions: sortedCounts(data.expansions).map(([expansion, n]) => ({ expansion: expansion === '' ? null : expansion, articles: n })),
        })),
        unknown: [...this.unknown.entries.values()]
          .sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
          .map(({ articles, mentions, data }) => ({ short: data.short, articles, mentions })),
      },
      timeline: [...this.months.entries.values()]
        .sort((a, b) => (a.data.month < b.data.month ? -1 : a.data.month > b.data.month ? 1 : 0))
        .map(({ articles, mentions, data }) => ({ month: data.month, articles, mentions })),
      numbers: this.numbers.sorted().map(({ articles, mentions, data }): NumberSummary => ({
        kind: data.kind,
        unit: data.unit,
        articles,
        mentions,
        min: Number.isFinite(data.min) ? data.min : null,
        max: Number.isFinite(data.max) ? data.max : null,
        ...(data.kind === 'money' ? { total: data.total } : {}),
      })),
    };
  }
}
