import { searchKey } from '../cypher/searchNodes.js';
import { KIND_BY_PREFIX, type NodeKind } from '../seed/format.js';
import type { RowRef } from './readRecords.js';

/** An entity an import row may refer to: one in the database, or one that the import defines. */
export interface KnownEntity {
  id: string;
  kind: NodeKind;
  /** The name (or a source's title) to show in messages. */
  label: string;
  /** True when it is already in the database. */
  inDatabase: boolean;
  /** The import rows that define (or update) it. */
  definedBy: RowRef[];
  /** A source's URL. */
  url?: string;
}

/** The outcome of resolving a reference. */
export type Resolution =
  | { entity: KnownEntity }
  | {
      error: string;
      /** Nothing matched at all: worth asking the full-text index for similar names. */
      unknown?: { text: string; kinds: readonly NodeKind[] };
    };

const NODE_ID = /^([a-z]+):([A-Za-z0-9][A-Za-z0-9-]*)$/;
const COUNTRY_CODE = /^[A-Za-z]{2}$/;
const REGION_CODE = /^RU-[A-Za-z]{2,3}$/i;

/** `person:rustam-minnikhanov (Rustam Minnikhanov)`, plus where the import defines it. */
export function describeEntity(entity: KnownEntity): string {
  const where = entity.inDatabase || entity.definedBy.length === 0
    ? ''
    : `, defined at ${entity.definedBy[0]!.file}:${entity.definedBy[0]!.line}`;
  return `${entity.id} (${entity.label}${where})`;
}

/** "Person", "Person or Country", "Person, Diaspora or Country". */
export function kindList(kinds: readonly NodeKind[]): string {
  return kinds.length <= 1 ? (kinds[0] ?? 'entity') : `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`;
}

/**
 * Every entity that import rows may name, indexed by id, by name (English,
 * Russian, alternative names; compared by `searchKey`: case- and
 * Latin-diacritic-insensitive, as the full-text index folds them) and, for
 * sources, by URL. Holds the database's entities and those the import defines.
 */
export class EntityIndex {
  private readonly byId = new Map<string, KnownEntity>();
  private readonly byName = new Map<string, KnownEntity[]>();
  private readonly byUrl = new Map<string, KnownEntity[]>();

  /** Adds an entity with its names, or adds names (and defining rows) to the one with the same id. */
  add(entity: KnownEntity, names: readonly string[]): KnownEntity {
    let known = this.byId.get(entity.id);
    if (known) {
      known.definedBy.push(...entity.definedBy);
      if (entity.url && !known.url) known.url = entity.url;
    } else {
      known = { ...entity, definedBy: [...entity.definedBy] };
      this.byId.set(entity.id, known);
    }
    for (const name of names) {
      const key = searchKey(name);
      if (!key) continue;
      const list = this.byName.get(key);
      if (!list) this.byName.set(key, [known]);
      else if (!list.includes(known)) list.push(known);
    }
    if (known.url) {
      const list = this.byUrl.get(known.url);
      if (!list) this.byUrl.set(known.url, [known]);
      else if (!list.includes(known)) list.push(known);
    }
    return known;
  }

  get(id: string): KnownEntity | undefined {
    return this.byId.get(id);
  }

  /** Entities one of whose names equals `name` (compared by searchKey), optionally only of `kinds`. */
  named(name: string, kinds?: readonly NodeKind[]): KnownEntity[] {
    const found = this.byName.get(searchKey(name)) ?? [];
    return kinds ? found.filter((e) => kinds.includes(e.kind)) : found;
  }

  /** Sources with exactly this URL. */
  withUrl(url: string): KnownEntity[] {
    return this.byUrl.get(url.trim()) ?? [];
  }

  /** Every entity, e.g. for suggestions among those the import defines. */
  all(): IterableIterator<KnownEntity> {
    return this.byId.values();
  }

  /**
   * Resolves what a row wrote in a reference column to one entity of one of
   * `kinds`: an id (`person:rustam-minnikhanov`, `country:TR`), an ISO code
   * (`TR` for a country, `RU-TA` for a region) or an exact name. Ambiguous
   * names, unknown ids and codes, and entities of another kind are errors
   * that say what matched.
   */
  resolve(text: string, kinds: readonly NodeKind[]): Resolution {
    const value = text.trim();
    const idMatch = NODE_ID.exec(value);
    if (idMatch && KIND_BY_PREFIX[idMatch[1]!]) {
      const entity = this.byId.get(value) ?? this.byId.get(canonicalCodeId(idMatch[1]!, idMatch[2]!));
      if (!entity) return { error: `unknown id "${value}"`, unknown: { text: idMatch[2]!.replace(/-/g, ' '), kinds } };
      return this.checkKind(value, entity, kinds);
    }
    if (kinds.includes('Country') && COUNTRY_CODE.test(value)) {
      const entity = this.byId.get(`country:${value.toUpperCase()}`);
      if (entity) return { entity };
      if (value === value.toUpperCase()) {
        return { error: `"${value}" is not an ISO 3166-1 alpha-2 country code of a country in the graph` };
      }
    }
    if (kinds.includes('Region') && REGION_CODE.test(value)) {
      const entity = this.byId.get(`region:${value.toUpperCase()}`);
      if (entity) return { entity };
      return { error: `"${value}" is not an ISO 3166-2:RU code of a region in the graph` };
    }
    const all = this.named(value);
    const matching = all.filter((e) => kinds.includes(e.kind));
    if (matching.length === 1) return { entity: matching[0]! };
    if (matching.length > 1) {
      return {
        error: `"${value}" is ambiguous: ${matching.length} entities have this name: ${matching
          .slice(0, 10)
          .map(describeEntity)
          .join('; ')}; write the id instead`,
      };
    }
    if (all.length > 0) {
      return {
        error: `"${value}" names ${all.map((e) => `a ${e.kind}, ${describeEntity(e)}`).join('; ')}; expected a ${kindList(kinds)}`,
      };
    }
    const ways = kinds.includes('Country') || kinds.includes('Region') ? 'id, ISO code or exact name' : 'id or exact name';
    return {
      error: `no ${kindList(kinds)} has the ${ways} "${value}"`,
      unknown: { text: value, kinds },
    };
  }

  private checkKind(value: string, entity: KnownEntity, kinds: readonly NodeKind[]): Resolution {
    if (kinds.includes(entity.kind)) return { entity };
    return { error: `"${value}" is a ${entity.kind}, ${describeEntity(entity)}; expected a ${kindList(kinds)}` };
  }
}

/** `region:ru-ta` -> `region:RU-TA`, `country:tr` -> `country:TR` (codes are upper case); other ids unchanged. */
function canonicalCodeId(prefix: string, slug: string): string {
  return prefix === 'region' || prefix === 'country' ? `${prefix}:${slug.toUpperCase()}` : `${prefix}:${slug}`;
}
