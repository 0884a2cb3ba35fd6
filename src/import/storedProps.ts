import type { Citation } from '../seed/format.js';
import { toStoredProps } from '../seed/toStoredProps.js';
import { canonicalJson } from '../domain/canonicalJson.js';

/**
 * How an imported fact is merged with what is stored. The import adds and
 * corrects, it never erases: a non-empty cell sets its property (replacing a
 * different stored value), an empty cell leaves the stored value as it is,
 * alternative names are added to the stored ones, and the row's citation is
 * added to the fact's `sourceIds`/`quotes` (one citation per source: a quote
 * given for a source the fact already cites replaces that citation's quote).
 * Properties the import does not know (set by other writers) are kept.
 */

/** Properties derived from others (see toStoredProps): never taken from a row as such. */
const DERIVED = new Set(['sourceIds', 'quotes', 'altNamesText']);
const NAME_FIELDS = ['name', 'nameRu', 'altNames'] as const;

/** A stored fact's citations, from its parallel `sourceIds`/`quotes` lists. */
export function storedCitations(props: Readonly<Record<string, unknown>> | undefined): Citation[] {
  const ids = Array.isArray(props?.sourceIds) ? (props.sourceIds as unknown[]) : [];
  const quotes = Array.isArray(props?.quotes) ? (props.quotes as unknown[]) : [];
  return ids.map((source, i) => {
    const quote = quotes[i];
    return typeof quote === 'string' && quote !== '' ? { source: String(source), quote } : { source: String(source) };
  });
}

/** Adds citations: a new source is appended; a known source gets the new quote when one is given. */
export function mergeCitations(existing: readonly Citation[], added: readonly Citation[]): Citation[] {
  const merged = existing.map((c) => ({ ...c }));
  for (const citation of added) {
    const known = merged.find((c) => c.source === citation.source);
    if (!known) merged.push({ ...citation });
    else if (citation.quote) known.quote = citation.quote;
  }
  return merged;
}

/**
 * The properties a fact should have after the import: the stored ones (or
 * none for a new fact), overlaid with the row's fields in stored form (date
 * bounds, the full-text index text), its id and its merged citations.
 * `cites` is null for sources, which cite nothing (their lists stay empty).
 */
export function mergeProps(
  stored: Readonly<Record<string, unknown>> | undefined,
  id: string,
  fields: Readonly<Record<string, unknown>>,
  cites: readonly Citation[] | null,
): Record<string, unknown> {
  const props: Record<string, unknown> = { ...stored };
  const own = toStoredProps({ ...fields }, []);
  for (const [key, value] of Object.entries(own)) {
    if (!DERIVED.has(key)) props[key] = value;
  }
  if (Array.isArray(fields.altNames) && Array.isArray(stored?.altNames)) {
    props.altNames = [...new Set([...(stored.altNames as string[]), ...(fields.altNames as string[])])];
  }
  props.id = id;
  if (NAME_FIELDS.some((key) => props[key] !== undefined)) {
    const names: Record<string, unknown> = {};
    for (const key of NAME_FIELDS) if (props[key] !== undefined) names[key] = props[key];
    const indexText = toStoredProps(names, []).altNamesText;
    if (indexText !== undefined) props.altNamesText = indexText;
  }
  // Sources cite nothing: empty lists, as the seed stores them.
  const merged = mergeCitations(storedCitations(stored), cites ?? []);
  props.sourceIds = merged.map((c) => c.source);
  props.quotes = merged.map((c) => c.quote ?? '');
  return props;
}

/** Deep equality of property values (primitives, lists; objects by their canonical JSON). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') return canonicalJson(a) === canonicalJson(b);
  return false;
}

/** The properties of `next` whose values differ from `stored` (what a `SET x += changes` must write). */
export function changedProps(
  stored: Readonly<Record<string, unknown>> | undefined,
  next: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (!stored || !sameValue(stored[key], value)) changes[key] = value;
  }
  return changes;
}
