import type { CypherQuery } from './CypherQuery.js';
import type { RelationshipType } from '../seed/format.js';
import { edgeProjection } from './returnShapes.js';
import type { RETRACTED_TYPE } from './curation/retractionModel.js';

/** Which relationships of a node: its outgoing or incoming ones of one type (RETRACTED: its retracted ones). */
export interface EdgeKey {
  id: string;
  type: RelationshipType | typeof RETRACTED_TYPE;
  direction: 'OUT' | 'IN';
}

/**
 * For each key, the node's relationships of that type in that direction, in
 * one round-trip (the edge DataLoader's batch). Rows carry the key's index.
 */
export function edgesOfNodes(keys: readonly EdgeKey[]): CypherQuery {
  return {
    cypher: `UNWIND range(0, size($keys) - 1) AS i
WITH i, $keys[i] AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  WITH n, key WHERE key.direction = 'OUT'
  MATCH (n)-[r]->()
  WHERE type(r) = key.type
  RETURN r
UNION ALL
  WITH n, key WHERE key.direction = 'IN'
  MATCH (n)<-[r]-()
  WHERE type(r) = key.type
  RETURN r
}
RETURN i, ${edgeProjection('r')} AS edge`,
    params: { keys: keys.map((k) => ({ id: k.id, type: k.type, direction: k.direction })) },
  };
}
