// Entities grouped for the human views (table, markdown): one row per named thing, by type.
import type { Entity, EntityType } from '../types.js';

/** The order a reader expects: who, then which bodies, then where, then the rest. */
export const ENTITY_TYPE_ORDER: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

export const ENTITY_TYPE_NAMES: Record<EntityType, string> = {
  PER: 'people',
  ORG: 'organisations',
  LOC: 'places',
  MISC: 'other names',
};

export interface EntityGroup {
  type: EntityType;
  name: string;
  count: number;
  first: number;
  roles: string[];
  forms: string[];
}

/**
 * Entities grouped by type and canonical name: the pipeline may give one entry per group or one
 * per written form sharing a `canonical`; either way a name appears once, with the summed count.
 * Within a type, the most mentioned first, then in order of first mention.
 */
export function groupEntities(entities: readonly Entity[]): Map<EntityType, EntityGroup[]> {
  const byKey = new Map<string, EntityGroup>();
  for (const e of entities) {
    const name = e.canonical ?? e.text;
    const key = `${e.type}\u0000${name}`;
    const first = e.mentions.reduce((min, m) => Math.min(min, m[0]), Number.POSITIVE_INFINITY);
    let group = byKey.get(key);
    if (!group) {
      group = { type: e.type, name, count: 0, first, roles: [], forms: [] };
      byKey.set(key, group);
    }
    group.count += e.count;
    group.first = Math.min(group.first, first);
    for (const role of e.roles ?? []) if (!group.roles.includes(role)) group.roles.push(role);
    if (e.text !== name && !group.forms.includes(e.text)) group.forms.push(e.text);
  }
  const byType = new Map<EntityType, EntityGroup[]>();
  for (const group of byKey.values()) {
    const list = byType.get(group.type) ?? [];
    list.push(group);
    byType.set(group.type, list);
  }
  for (const list of byType.values()) list.sort((x, y) => y.count - x.count || x.first - y.first);
  return byType;
}

/** The types present, in ENTITY_TYPE_ORDER, then any other (future) type. */
export function entityTypesInOrder(groups: ReadonlyMap<EntityType, unknown>): EntityType[] {
  return [
    ...ENTITY_TYPE_ORDER.filter((t) => groups.has(t)),
    ...[...groups.keys()].filter((t) => !ENTITY_TYPE_ORDER.includes(t)),
  ];
}
