// What every rule proposes: a candidate span over a sentence's tokens, with its type, a strength
// that settles overlaps (stronger first) and what the rule learned about it (roles, place, name).
import type { PlaceInfo } from '../data.js';
import type { EntityType } from '../../../types.js';

export interface PlaceKey {
  /** Folded place name without its unit (`cần thơ`, `1` for `Quận 1`). */
  name: string;
  /** Canonical unit (`TP`, `quận`), empty for a bare name. */
  unit: string;
  level: string;
  numbered: boolean;
  gazetteer: PlaceInfo | undefined;
  /** Surface of the name part (`Thốt Nốt`). */
  surfaceName: string;
}

export interface Candidate {
  /** Token indexes, [s, e). */
  s: number;
  e: number;
  type: EntityType;
  strength: number;
  /** May sit inside an outer entity of the same type (a suffix `LĐLĐ TP Cần Thơ` in `Ban Thường vụ LĐLĐ TP Cần Thơ`). */
  nestable: boolean;
  /** For ORG: end of the head, inner organisations must start at or after it. */
  headEnd?: number;
  /** For ORG ending in a unit word without a name (`UBND tỉnh`). */
  bareUnit?: boolean;
  /** For ORG whose name ends in a place (`Sở Y tế Hà Nội`). */
  placed?: boolean;
  /** For ORG from the list of named institutions: the canonical name. */
  canonical?: string;
  place?: PlaceKey;
  roles?: string[];
}

