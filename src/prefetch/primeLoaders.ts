import type { Loaders } from '../loaders/createLoaders.js';
import type { EdgeRow, NodeRow, SourceRow } from '../model/records.js';
import { edgesPart, nodesPart, SOURCES_PART, type PrefetchLayout } from './prefetchLayout.js';
import { groupBy } from '../domain/groupBy.js';
import { zipProps } from '../model/zipProps.js';

/** Properties as a map, or (with layout.props) as the values of those properties in order, null when absent. */
type Props = Record<string, unknown> | unknown[];
type NodeTuple = [kind: NodeRow['kind'], props: Props];
type EdgeTuple = [from: string, to: string, props: Props];

/** A row of prefetchQuery: which part of the answer (nodesPart, edgesPart, SOURCES_PART) and some of its items, in order. */
export interface PrefetchRow extends Record<string, unknown> {
  part: number;
  items: Array<NodeTuple | EdgeTuple | Omit<SourceRow, 'quote'>>;
}

/** Stored properties from a tuple's: the map itself, or the values of `names` zipped with them (zipProps). */
function propsOf(names: readonly string[] | null, props: Props): Record<string, unknown> {
  if (!names || !Array.isArray(props)) return props as Record<string, unknown>;
  return zipProps(names, props);
}

/** A node tuple (src/cypher/returnShapes.ts, nodeTuple or nodeValuesTuple) as the NodeRow nodesByIds returns. */
function nodeFromTuple(names: readonly string[] | null, [kind, values]: NodeTuple): NodeRow {
  const props = propsOf(names, values);
  return { id: props.id as string, kind, props };
}

/** A relationship tuple (edgeTuple or edgeValuesTuple) of a known type as the EdgeRow edgesOfNodes returns. */
function edgeFromTuple(names: readonly string[] | null, type: EdgeRow['type'], [from, to, values]: EdgeTuple): EdgeRow {
  const props = propsOf(names, values);
  return { id: props.id as string, type, from, to, props };
}

/**
 * Puts a prefetch's answer into the request's loaders, under the keys the
 * resolvers will ask for, with the values the loaders' own queries would
 * have returned: each root id its node or null; each node of a step's input
 * set its relationships of that type and direction (an empty list when it
 * has none); each far end its node; each cited source id its source or null.
 * With `layout.props`, relationships and far ends hold only those
 * properties: every property the operation reads (operationProps).
 * DataLoader.prime leaves keys already loaded as they are.
 */
export function primeLoaders(loaders: Loaders, ids: readonly string[], layout: PrefetchLayout, rows: readonly PrefetchRow[]): void {
  const parts = groupBy(rows, (row) => row.part);
  const items = <T>(part: number): T[] => (parts.get(part) ?? []).flatMap((row) => row.items as T[]);

  const sets = new Map<number, NodeRow[]>([[0, items<NodeTuple>(nodesPart(0)).map((tuple) => nodeFromTuple(null, tuple))]]);
  const roots = new Map(sets.get(0)!.map((node) => [node.id, node]));
  const primeNode = (id: string, node: NodeRow | null): void => {
    loaders.node.prime(id, node);
    if (!loaders.primedNodes.has(id)) loaders.primedNodes.set(id, node);
  };
  for (const id of ids) primeNode(id, roots.get(id) ?? null);

  const cites: Array<NodeRow | EdgeRow> = [];
  for (const step of layout.steps) {
    const edges = items<EdgeTuple>(edgesPart(step.index)).map((tuple) => edgeFromTuple(layout.props, step.type, tuple));
    const byNear = groupBy(edges, (edge) => (step.direction === 'OUT' ? edge.from : edge.to));
    for (const node of sets.get(step.input) ?? []) {
      loaders.edges.prime({ id: node.id, type: step.type, direction: step.direction }, byNear.get(node.id) ?? []);
    }
    if (step.far) {
      const far = items<NodeTuple>(nodesPart(step.index)).map((tuple) => nodeFromTuple(layout.props, tuple));
      sets.set(step.index, far);
      for (const node of far) primeNode(node.id, node);
    }
    // Loops, not push(...list): a spread of 100,000 arguments overflows the stack.
    if (step.edgeSources) for (const edge of edges) cites.push(edge);
  }
  for (const set of layout.sourceSets) for (const node of sets.get(set) ?? []) cites.push(node);
  const sources = new Map(items<Omit<SourceRow, 'quote'>>(SOURCES_PART).map((s) => [s.id, s]));
  for (const cited of cites) {
    for (const id of (cited.props.sourceIds as string[] | undefined) ?? []) loaders.source.prime(id, sources.get(id) ?? null);
  }
}
