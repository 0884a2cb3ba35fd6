import type { CypherQuery } from './CypherQuery.js';
import { edgeProjection, nodeProjection } from './returnShapes.js';
import { RETRACTED_LABEL } from './curation/retractionModel.js';
import type { PrefetchLayout } from '../prefetch/prefetchLayout.js';

/**
 * In one round-trip, what the node, edges and source loaders would fetch
 * level by level for a selection below the nodes `ids`: the nodes (`n0`,
 * retracted ones left out, as nodesByIds does), then for each numbered step
 * the relationships of its input set (`e<i>`, as edgesOfNodes returns them)
 * and, when asked, their distinct live far ends (`n<i>`), and the sources
 * the flagged sets and steps cite (`sources`). One row.
 *
 * Relationship types come from the layout (the constant table of
 * src/prefetch/relationshipFields.ts), never from the request; ids travel as
 * parameters.
 */
export function prefetchQuery(ids: readonly string[], layout: PrefetchLayout): CypherQuery {
  const lines = [`UNWIND $ids AS id`, `MATCH (n:Entity {id: id})`, `WHERE NOT n:${RETRACTED_LABEL}`, `WITH collect(n) AS n0`];
  const returns = [`[x IN n0 | ${nodeProjection('x')}] AS n0`];
  for (const step of layout.steps) {
    const input = `n${step.input}`;
    const pattern = step.direction === 'OUT' ? `(a)-[r:${step.type}]->(b)` : `(a)<-[r:${step.type}]-(b)`;
    const far = step.far ? `, collect(DISTINCT CASE WHEN NOT b:${RETRACTED_LABEL} THEN b END) AS n${step.index}` : '';
    lines.push(`CALL (${input}) {`, `  UNWIND ${input} AS a`, `  MATCH ${pattern}`, `  RETURN collect(r) AS e${step.index}${far}`, `}`);
    returns.push(`[r IN e${step.index} | ${edgeProjection('r')}] AS e${step.index}`);
    if (step.far) returns.push(`[x IN n${step.index} | ${nodeProjection('x')}] AS n${step.index}`);
  }
  const cited = [
    ...layout.sourceSets.map((set) => `n${set}`),
    ...layout.steps.filter((s) => s.edgeSources).map((s) => `e${s.index}`),
  ];
  if (cited.length > 0) {
    lines.push(
      `CALL (${cited.join(', ')}) {`,
      `  UNWIND ${cited.join(' + ')} AS cites`,
      `  UNWIND coalesce(cites.sourceIds, []) AS sourceId`,
      `  WITH DISTINCT sourceId`,
      `  MATCH (s:Source {id: sourceId})`,
      `  RETURN collect(s { .id, .title, .publisher, .url, .published }) AS sources`,
      `}`,
    );
    returns.push('sources');
  }
  return { cypher: `${lines.join('\n')}\nRETURN ${returns.join(',\n  ')}`, params: { ids: [...ids] } };
}
