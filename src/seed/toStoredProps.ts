import { parsePartialDate } from '../domain/partialDate.js';
import type { Citation } from './format.js';

/** Properties that hold partial dates; each also gets `<name>Min`/`<name>Max` day bounds for filtering. */
export const DATE_PROPERTIES = new Set(['start', 'end', 'since', 'until', 'date', 'from', 'to', 'published']);

/**
 * Flattens a record's own fields (without kind/type, endpoints and `cite`,
 * which the caller takes off) for storage: drops undefined values, joins alternative
 * names into `altNamesText` for the full-text index, adds date bounds, and
 * stores citations as parallel lists `sourceIds` / `quotes` ('' = no quote),
 * since Neo4j properties cannot hold maps.
 */
export function toStoredProps(fields: Record<string, unknown>, cite: readonly Citation[]): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    props[key] = value;
    if (DATE_PROPERTIES.has(key) && typeof value === 'string') {
      const bounds = parsePartialDate(value);
      if ('error' in bounds) throw new Error(`${key}: ${bounds.error}`);
      props[`${key}Min`] = bounds.earliest;
      props[`${key}Max`] = bounds.latest;
    }
  }
  if (Array.isArray(fields.altNames)) props.altNamesText = (fields.altNames as string[]).join(' | ');
  props.sourceIds = cite.map((c) => c.source);
  props.quotes = cite.map((c) => c.quote ?? '');
  return props;
}
