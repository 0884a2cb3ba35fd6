import type { CypherQuery } from './CypherQuery.js';
import type { NodeKind } from '../seed/format.js';
import { nodeProjection } from './returnShapes.js';

/** How to order a kind's nodes: by name (then id), or by id (which for regions is the ISO code). */
export type NodeOrder = 'name' | 'id';

/**
 * Every node of one kind, optionally with one property equal to a value
 * (e.g. regions of one kind), in `order`. The label is a parameter
 * (Cypher 5.26 dynamic labels), never spliced in.
 */
export function nodesOfKind(kind: NodeKind, order: NodeOrder, where?: { property: 'kind'; equals: string }): CypherQuery {
  return {
    cypher: `MATCH (n:$($label))
WHERE $property IS NULL OR n[$property] = $value
RETURN ${nodeProjection('n')} AS node
ORDER BY CASE $order WHEN 'name' THEN coalesce(n.name, n.title, n.id) ELSE n.id END, n.id`,
    params: { label: kind, order, property: where?.property ?? null, value: where?.equals ?? null },
  };
}
