import type { CypherQuery } from '../CypherQuery.js';
import { checkedLabel, notRetracted, type NodeFactLabel } from './retractionModel.js';

/**
 * What hangs on a node fact, for its retraction: `own` are the relationships
 * that are part of the fact and go with it (a statement's MADE and ABOUT, a
 * diaspora's DIASPORA_OF and LIVES_IN), each with its type; `blockers` are
 * other facts that name it (meetings with a diaspora, its statements; facts
 * citing a source), at most 20, with `blockerCount` the total.
 */
export function nodeFactDependants(label: NodeFactLabel, id: string): CypherQuery {
  const checked = checkedLabel(label);
  const own =
    checked === 'Statement'
      ? `OPTIONAL MATCH (n)-[o:ABOUT]->() WITH n, collect({ id: o.id, type: type(o) }) AS about
OPTIONAL MATCH ()-[m:MADE]->(n) WITH n, about, collect({ id: m.id, type: type(m) }) AS made
WITH n, about + made AS own`
      : checked === 'Diaspora'
        ? `OPTIONAL MATCH (n)-[o:DIASPORA_OF|LIVES_IN]->() WITH n, collect({ id: o.id, type: type(o) }) AS own`
        : `WITH n, [] AS own`;
  const blockers =
    checked === 'Source'
      ? `CALL (n) {
  OPTIONAL MATCH (x:Entity) WHERE n.id IN x.sourceIds
  WITH collect(x.id) AS nodes
  OPTIONAL MATCH ()-[r]->() WHERE n.id IN r.sourceIds AND ${notRetracted('r')}
  WITH nodes, collect(r.id) AS relationships
  RETURN nodes + relationships AS blockers
}`
      : checked === 'Diaspora'
        ? `CALL (n) {
  OPTIONAL MATCH (n)-[r:MET|MADE]-()
  RETURN collect(r.id) AS blockers
}`
        : `WITH n, own, [] AS blockers`;
  return {
    cypher: `MATCH (n:Entity:${checked} {id: $id})
${own}
${blockers}
RETURN [o IN own WHERE o.id IS NOT NULL] AS own, blockers[0..20] AS blockers, size(blockers) AS blockerCount`,
    params: { id },
  };
}
