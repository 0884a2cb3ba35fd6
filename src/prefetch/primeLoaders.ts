import type { Loaders } from '../loaders/createLoaders.js';
import type { EdgeRow, NodeRow, SourceRow } from '../model/records.js';
import type { PrefetchLayout } from './prefetchLayout.js';

/** The row of prefetchQuery: `n<i>` node lists, `e<i>` relationship lists and the cited sources. */
export type PrefetchRow = Record<string, NodeRow[] | EdgeRow[] | Array<Omit<SourceRow, 'quote'>>>;

/**
 * Puts a prefetch's answer into the request's loaders, under the keys the
 * resolvers will ask for, with the values the loaders' own queries would
 * have returned: each root id its node or null; each node of a step's input
 * set its relationships of that type and direction (an empty list when it
 * has none); each far end its node; each cited source id its source or null.
 * DataLoader.prime leaves keys already loaded as they are.
 */
export function primeLoaders(loaders: Loaders, ids: readonly string[], layout: PrefetchLayout, row: PrefetchRow): void {
  const sets = new Map<number, NodeRow[]>([[0, row.n0 as NodeRow[]]]);
  const roots = new Map(sets.get(0)!.map((node) => [node.id, node]));
  for (const id of ids) loaders.node.prime(id, roots.get(id) ?? null);

  const cites: Array<NodeRow | EdgeRow> = [];
  for (const step of layout.steps) {
    const edges = row[`e${step.index}`] as EdgeRow[];
    const byNear = new Map<string, EdgeRow[]>();
    for (const edge of edges) {
      const near = step.direction === 'OUT' ? edge.from : edge.to;
      const list = byNear.get(near);
      if (list) list.push(edge);
      else byNear.set(near, [edge]);
    }
    for (const node of sets.get(step.input) ?? []) {
      loaders.edges.prime({ id: node.id, type: step.type, direction: step.direction }, byNear.get(node.id) ?? []);
    }
    if (step.far) {
      const far = row[`n${step.index}`] as NodeRow[];
      sets.set(step.index, far);
      for (const node of far) loaders.node.prime(node.id, node);
    }
    if (step.edgeSources) cites.push(...edges);
  }
  if (!row.sources) return;
  for (const set of layout.sourceSets) cites.push(...(sets.get(set) ?? []));
  const sources = new Map((row.sources as Array<Omit<SourceRow, 'quote'>>).map((s) => [s.id, s]));
  for (const cited of cites) {
    for (const id of (cited.props.sourceIds as string[] | undefined) ?? []) loaders.source.prime(id, sources.get(id) ?? null);
  }
}
