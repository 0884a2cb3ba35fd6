import { labelOfNodeFactId, nodeFactById, relationshipFactById, typeOfRelationshipId } from '../cypher/curation/index.js';
import type { Database, QueryStats } from '../db/Database.js';
import type { EdgeRow, NodeRow } from '../model/records.js';
import type { FactRow } from './FactRow.js';

/**
 * A fact by id: the relationship its id prefix names (`visited:…`), or the
 * statement, diaspora or source node. Null when there is none, or when it
 * is retracted and `includeRetracted` is false. One query.
 */
export async function readFact(db: Database, id: string, includeRetracted: boolean, stats?: QueryStats): Promise<FactRow | null> {
  const type = typeOfRelationshipId(id);
  if (type) {
    const [row] = await db.executeRead<{ edge: EdgeRow }>(relationshipFactById(type, id, includeRetracted), stats);
    return row ? { ...row.edge, element: 'rel' } : null;
  }
  const label = labelOfNodeFactId(id);
  if (label) {
    const [row] = await db.executeRead<{ node: NodeRow }>(nodeFactById(label, id, includeRetracted), stats);
    return row ? { ...row.node, element: 'node' } : null;
  }
  return null;
}
