import type { Context } from '../context/context.js';
import { RETRACTED_TYPE } from '../cypher/curation/retractionModel.js';
import type { EdgeKey } from '../cypher/edgesOfNodes.js';
import { parsePartialDate } from '../domain/partialDate.js';
import type { EdgeRow, NodeRow, SourceRow } from '../model/records.js';
import type { NodeKind, RelationshipType } from '../seed/format.js';

/** The relationships of node `id` of `type` in `direction` (batched per request). */
export function edgesOf(ctx: Context, id: string, type: EdgeKey['type'], direction: EdgeKey['direction']): Promise<EdgeRow[]> {
  return ctx.loaders.edges.load({ id, type, direction });
}

/**
 * Like edgesOf, plus, with `includeRetracted`, the node's retracted
 * relationships that had `type` (each carries its retraction in its props).
 * Both lists come through the same batched loader.
 */
export async function edgesWithRetracted(
  ctx: Context,
  id: string,
  type: RelationshipType,
  direction: EdgeKey['direction'],
  includeRetracted: boolean | null | undefined,
): Promise<EdgeRow[]> {
  if (!includeRetracted) return edgesOf(ctx, id, type, direction);
  const [live, retracted] = await Promise.all([edgesOf(ctx, id, type, direction), edgesOf(ctx, id, RETRACTED_TYPE, direction)]);
  return [...live, ...retracted.filter((r) => r.props.retractedType === type)];
}

/**
 * Loads one node by id; null when absent or (with `kind`) of another kind.
 * Answers without a promise when the prefetch has primed the node (see
 * Loaders.primedNodes): graphql-js then resolves the field synchronously.
 */
export function nodeOf(ctx: Context, id: string, kind?: NodeKind): NodeRow | null | Promise<NodeRow | null> {
  const primed = ctx.loaders.primedNodes.get(id);
  // No closure on the primed path: it runs once per row of the longest lists.
  if (primed !== undefined) return ofKind(primed, kind);
  return ctx.loaders.node.load(id).then((node) => ofKind(node, kind));
}

/** The node when it is of `kind` (any kind without one), else null. */
function ofKind(node: NodeRow | null, kind: NodeKind | undefined): NodeRow | null {
  return node && (!kind || node.kind === kind) ? node : null;
}

/** Loads nodes by id, dropping missing ones and (with `kinds`) other kinds; order kept. */
export async function nodesOf(ctx: Context, ids: readonly string[], kinds?: readonly NodeKind[]): Promise<NodeRow[]> {
  const rows = await ctx.loaders.node.loadMany(ids);
  return rows.filter((r): r is NodeRow => !!r && !(r instanceof Error) && (!kinds || kinds.includes(r.kind)));
}

/** The nodes at the other end of node `id`'s relationships of `type`. */
export async function neighbours(
  ctx: Context,
  id: string,
  type: RelationshipType,
  direction: EdgeKey['direction'],
  kinds?: readonly NodeKind[],
): Promise<NodeRow[]> {
  const edges = await edgesOf(ctx, id, type, direction);
  return nodesOf(ctx, edges.map((e) => (direction === 'OUT' ? e.to : e.from)), kinds);
}

/** The sources a node or edge cites, each with the quote of that citation. */
export async function citedSources(ctx: Context, row: { props: Record<string, unknown> }): Promise<SourceRow[]> {
  const ids = (row.props.sourceIds as string[] | undefined) ?? [];
  const quotes = (row.props.quotes as string[] | undefined) ?? [];
  const sources = await ctx.loaders.source.loadMany(ids);
  return sources.flatMap((source, i) =>
    source && !(source instanceof Error) ? [{ ...source, quote: quotes[i] || null }] : [],
  );
}

/** Orders rows by a partial-date property's earliest day (undated last), then id. */
export function byDate<T extends { id: string; props: Record<string, unknown> }>(prop: string) {
  const key = `${prop}Min`; // once, not per comparison
  return (a: T, b: T): number => {
    const x = (a.props[key] as string | undefined) ?? '9999';
    const y = (b.props[key] as string | undefined) ?? '9999';
    return x === y ? a.id.localeCompare(b.id) : x.localeCompare(y);
  };
}

/**
 * Whether a dated row may fall in the window [from, to] (partial dates count
 * as the whole period they name). Without a window every row passes; with
 * one, undated rows are left out because nothing places them inside it.
 */
export function inWindow(
  props: Record<string, unknown>,
  from: string | null | undefined,
  to: string | null | undefined,
  startProp = 'start',
  endProp = 'end',
): boolean {
  if (!from && !to) return true;
  const start = props[`${startProp}Min`] as string | undefined;
  const end = (props[`${endProp}Max`] as string | undefined) ?? (props[`${startProp}Max`] as string | undefined);
  if (!start) return false;
  const windowStart = from ? boundsOf(from).earliest : '0000-01-01';
  const windowEnd = to ? boundsOf(to).latest : '9999-12-31';
  return start <= windowEnd && (end ?? start) >= windowStart;
}

function boundsOf(date: string) {
  const bounds = parsePartialDate(date);
  if ('error' in bounds) throw new Error(bounds.error); // the Date scalar has already rejected bad dates
  return bounds;
}

/** Tenures (possibly) in office on `at`: started by its last day, not ended before its first. */
export function inOfficeAt(props: Record<string, unknown>, at: string): boolean {
  const { earliest, latest } = boundsOf(at);
  const start = props.startMin as string | undefined;
  const end = props.endMax as string | undefined;
  return (!start || start <= latest) && (!end || end >= earliest);
}
