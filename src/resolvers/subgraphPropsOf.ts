import type { GraphQLResolveInfo } from 'graphql';
import type { SubgraphProps } from '../cypher/subgraphAround.js';
import { fieldsOf, type Walk } from '../prefetch/fieldsOf.js';

/**
 * The stored properties each field of GraphNode and GraphEdge reads (their
 * resolvers: src/resolvers/graphResolvers.ts; `label` is nodeLabel's),
 * null for every property. A field missing here is taken to read every
 * property, so a new field is never answered from too few.
 */
export const GRAPH_NODE_READS: Readonly<Record<string, readonly string[] | null>> = {
  id: ['id'],
  kind: [],
  label: ['name', 'summary', 'title', 'from', 'to'],
  properties: null,
};

/** As GRAPH_NODE_READS, for GraphEdge (`sources` reads the citations, as citedSources does). */
export const GRAPH_EDGE_READS: Readonly<Record<string, readonly string[] | null>> = {
  id: ['id'],
  type: [],
  source: [],
  target: [],
  properties: null,
  sources: ['sourceIds', 'quotes'],
};

/**
 * Which properties Query.subgraph (or, with `parentType` 'Path',
 * Query.paths) must return for the selection it resolves (`info` of that
 * field): of its nodes and of its edges, the names its fields read (`id`
 * first), or null when one of them reads every property (`properties`) or is
 * not known. Fragments, aliases and @skip/@include are followed as
 * graphql-js follows them.
 */
export function subgraphPropsOf(
  info: Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues' | 'fieldNodes'>,
  parentType: 'Subgraph' | 'Path' = 'Subgraph',
): SubgraphProps {
  const walk: Walk = { schema: info.schema, fragments: info.fragments, variableValues: info.variableValues };
  const reads = { nodes: new Set<string>(['id']) as Set<string> | null, edges: new Set<string>(['id']) as Set<string> | null };
  for (const root of info.fieldNodes) {
    if (!root.selectionSet) continue;
    for (const [list] of fieldsOf(walk, parentType, root.selectionSet)) {
      const name = list.name.value;
      if ((name !== 'nodes' && name !== 'edges') || !list.selectionSet) continue;
      const [typeName, table] = name === 'nodes' ? ['GraphNode', GRAPH_NODE_READS] : ['GraphEdge', GRAPH_EDGE_READS];
      for (const [field] of fieldsOf(walk, typeName, list.selectionSet)) {
        const fieldName = field.name.value;
        if (fieldName.startsWith('__')) continue; // __typename reads no property
        const props = table[fieldName];
        const set = reads[name];
        if (!props) reads[name] = null;
        else if (set) for (const prop of props) set.add(prop);
      }
    }
  }
  return { node: reads.nodes && [...reads.nodes], edge: reads.edges && [...reads.edges] };
}
