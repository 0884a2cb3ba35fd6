import neo4j from 'neo4j-driver';

/**
 * Property values in a graph export (JSON Lines), lossless for every Neo4j
 * property type. Strings, booleans, finite floats and lists of them are plain
 * JSON; everything JSON cannot tell apart is tagged `{"$neo4j": TYPE, "value": …}`:
 * integers (`{"$neo4j":"Integer","value":"42"}`, as text so 64-bit values
 * survive), non-finite floats, and temporal and spatial values (their
 * components). Neo4j properties are never maps, so a JSON object is always a tag.
 */
export type ExportValue = string | number | boolean | null | ExportValue[] | TaggedValue;

export interface TaggedValue {
  $neo4j: TagType;
  value: unknown;
}

export type TagType =
  | 'Integer'
  | 'Float'
  | 'Date'
  | 'LocalTime'
  | 'Time'
  | 'LocalDateTime'
  | 'DateTime'
  | 'Duration'
  | 'Point';

/** Thrown when a value cannot be exported or an export holds a value that cannot be restored. */
export class ExportCodecError extends Error {
  override name = 'ExportCodecError';
}

/** `LIST<INTEGER NOT NULL> NOT NULL` -> `INTEGER NOT NULL`; undefined for non-lists. */
function listItemType(type: string): string | undefined {
  if (!type.startsWith('LIST<')) return undefined;
  const end = type.lastIndexOf('>');
  return type.slice(5, end);
}

const pick = (value: unknown, keys: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined && v !== null) out[key] = neo4j.isInt(v) ? v.toNumber() : v;
  }
  return out;
};

const TIME_KEYS = ['hour', 'minute', 'second', 'nanosecond'] as const;
const DATE_KEYS = ['year', 'month', 'day'] as const;

/**
 * Encodes one property value. `type` is Cypher's `valueType()` of it (e.g.
 * `INTEGER NOT NULL`, `LIST<STRING NOT NULL> NOT NULL`); integers arrive as
 * decimal text (the export query converts them, see graphExport).
 */
export function encodeValue(type: string, value: unknown): ExportValue {
  if (value === null || value === undefined) return null;
  const itemType = listItemType(type);
  if (itemType !== undefined) {
    if (!Array.isArray(value)) throw new ExportCodecError(`expected a list for ${type}`);
    return value.map((item) => encodeValue(itemType, item));
  }
  const base = type.replace(/ NOT NULL$/, '');
  switch (base) {
    case 'STRING':
    case 'BOOLEAN':
      return value as string | boolean;
    case 'INTEGER':
      return { $neo4j: 'Integer', value: String(value) };
    case 'FLOAT': {
      const n = Number(value);
      return Number.isFinite(n) ? n : { $neo4j: 'Float', value: String(n) };
    }
    case 'DATE':
      return { $neo4j: 'Date', value: pick(value, DATE_KEYS) };
    case 'LOCAL TIME':
      return { $neo4j: 'LocalTime', value: pick(value, TIME_KEYS) };
    case 'ZONED TIME':
      return { $neo4j: 'Time', value: pick(value, [...TIME_KEYS, 'timeZoneOffsetSeconds']) };
    case 'LOCAL DATETIME':
      return { $neo4j: 'LocalDateTime', value: pick(value, [...DATE_KEYS, ...TIME_KEYS]) };
    case 'ZONED DATETIME': {
      const parts = pick(value, [...DATE_KEYS, ...TIME_KEYS, 'timeZoneOffsetSeconds']);
      const zone = (value as { timeZoneId?: string | null }).timeZoneId;
      if (zone) parts.timeZoneId = zone;
      return { $neo4j: 'DateTime', value: parts };
    }
    case 'DURATION':
      return { $neo4j: 'Duration', value: pick(value, ['months', 'days', 'seconds', 'nanoseconds']) };
    case 'POINT':
      return { $neo4j: 'Point', value: pick(value, ['srid', 'x', 'y', 'z']) };
    default:
      throw new ExportCodecError(`cannot export a property of type ${type}`);
  }
}

function num(parts: Record<string, unknown>, key: string, optional = false): number {
  const v = parts[key];
  if (v === undefined && optional) return Number.NaN;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ExportCodecError(`expected a number "${key}" in a tagged value`);
  return v;
}

/** Decodes an exported value into what the driver sends as that Neo4j type. */
export function decodeValue(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  if (typeof value !== 'object') throw new ExportCodecError(`unexpected ${typeof value} in an export`);
  const tagged = value as Partial<TaggedValue>;
  const parts = (tagged.value ?? {}) as Record<string, unknown>;
  const t = neo4j.types;
  switch (tagged.$neo4j) {
    case 'Integer':
      if (typeof tagged.value !== 'string' || !/^-?\d+$/.test(tagged.value)) throw new ExportCodecError('an Integer must be decimal text');
      return neo4j.int(tagged.value);
    case 'Float':
      return Number(tagged.value);
    case 'Date':
      return new t.Date(num(parts, 'year'), num(parts, 'month'), num(parts, 'day'));
    case 'LocalTime':
      return new t.LocalTime(num(parts, 'hour'), num(parts, 'minute'), num(parts, 'second'), num(parts, 'nanosecond'));
    case 'Time':
      return new t.Time(num(parts, 'hour'), num(parts, 'minute'), num(parts, 'second'), num(parts, 'nanosecond'), num(parts, 'timeZoneOffsetSeconds'));
    case 'LocalDateTime':
      return new t.LocalDateTime(
        num(parts, 'year'), num(parts, 'month'), num(parts, 'day'),
        num(parts, 'hour'), num(parts, 'minute'), num(parts, 'second'), num(parts, 'nanosecond'),
      );
    case 'DateTime': {
      const zone = typeof parts.timeZoneId === 'string' ? parts.timeZoneId : undefined;
      const offset = parts.timeZoneOffsetSeconds === undefined ? undefined : num(parts, 'timeZoneOffsetSeconds');
      return new t.DateTime(
        num(parts, 'year'), num(parts, 'month'), num(parts, 'day'),
        num(parts, 'hour'), num(parts, 'minute'), num(parts, 'second'), num(parts, 'nanosecond'),
        zone ? undefined : offset, zone,
      );
    }
    case 'Duration':
      return new t.Duration(num(parts, 'months'), num(parts, 'days'), num(parts, 'seconds'), num(parts, 'nanoseconds'));
    case 'Point': {
      const z = parts.z === undefined ? undefined : num(parts, 'z');
      return new t.Point(num(parts, 'srid'), num(parts, 'x'), num(parts, 'y'), z);
    }
    default:
      throw new ExportCodecError(`unknown tagged value ${JSON.stringify(tagged.$neo4j)}`);
  }
}

/** Encodes a node's or relationship's properties from `[key, valueType, value]` triples. */
export function encodeProperties(triples: ReadonlyArray<readonly [string, string, unknown]>): Record<string, ExportValue> {
  const props: Record<string, ExportValue> = {};
  for (const [key, type, value] of [...triples].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    props[key] = encodeValue(type, value);
  }
  return props;
}

/** Decodes exported properties into driver values (a parameter map for `SET x = $props`). */
export function decodeProperties(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) out[key] = decodeValue(value);
  return out;
}
