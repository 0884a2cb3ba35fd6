import type { CypherQuery } from './CypherQuery.js';
import type { NodeKind } from '../seed/format.js';
import { nodeProjection } from './returnShapes.js';

/**
 * Every node of one kind, optionally with one property equal to a value
 * (e.g. regions of one kind), ordered by id. The label is a parameter
 * (Cypher 5.26 dynamic labels), never spliced in.
 */
export function nodesOfKind(kind: NodeKind, where?: { property: 'kind'; equals: string }): CypherQuery {
  return {
    cypher: `MATCH (n:$($label))
WHERE $property IS NULL OR n[$property] = $value
RETURN ${nodeProjection('n')} AS node
ORDER BY n.id`,
    params: { label: kind, property: where?.property ?? null, value: where?.equals ?? null },
  };
}
