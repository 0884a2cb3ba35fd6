import type { CypherQuery } from './CypherQuery.js';
import { edgeTuple, edgeValuesTuple, nodeTuple, nodeValuesTuple, sourceProjection } from './returnShapes.js';
import { RETRACTED_LABEL } from './curation/retractionModel.js';
import { edgesPart, nodesPart, SOURCES_PART, type PrefetchLayout } from '../prefetch/prefetchLayout.js';

/**
 * In one round-trip, what the node, edges and source loaders would fetch
 * level by level for a selection below the nodes `ids`: the nodes (`n0`,
 * retracted ones left out, as nodesByIds does), then for each numbered step
 * the relationships of its input set (`e<i>`, those edgesOfNodes returns)
 * and, when asked, their distinct live far ends (`n<i>`), and the sources
 * the flagged sets and steps cite (`sources`). One row per item: `part`
 * says which of those it belongs to (nodesPart, edgesPart, SOURCES_PART) and
 * `item` is a node or relationship tuple (nodeTuple, edgeTuple: decoded about
 * a quarter faster than maps by the driver; with `layout.props`, the far ends
 * and relationships carry only the values of those properties,
 * nodeValuesTuple and edgeValuesTuple) or a source.
 *
 * Relationship types come from the layout (the constant table of
 * src/prefetch/relationshipFields.ts), never from the request; ids travel as
 * parameters.
 */
export function prefetchQuery(ids: readonly string[], layout: PrefetchLayout): CypherQuery {
  // Relationships and far ends with only the properties the operation reads, when it is known which.
  const node = layout.props ? nodeValuesTuple : nodeTuple;
  const edge = layout.props ? edgeValuesTuple : edgeTuple;
  const lines = [`UNWIND $ids AS id`, `MATCH (n:Entity {id: id})`, `WHERE NOT n:${RETRACTED_LABEL}`, `WITH collect(n) AS n0`];
  const lists = ['n0'];
  const parts = [`  UNWIND n0 AS x RETURN ${nodesPart(0)} AS part, ${nodeTuple('x')} AS item`];
  for (const step of layout.steps) {
    const input = `n${step.input}`;
    const pattern = step.direction === 'OUT' ? `(a)-[r:${step.type}]->(b)` : `(a)<-[r:${step.type}]-(b)`;
    const far = step.far ? `, collect(DISTINCT CASE WHEN NOT b:${RETRACTED_LABEL} THEN b END) AS n${step.index}` : '';
    lines.push(`CALL (${input}) {`, `  UNWIND ${input} AS a`, `  MATCH ${pattern}`, `  RETURN collect(r) AS e${step.index}${far}`, `}`);
    lists.push(`e${step.index}`);
    parts.push(`  UNWIND e${step.index} AS r RETURN ${edgesPart(step.index)} AS part, ${edge('r')} AS item`);
    if (step.far) {
      lists.push(`n${step.index}`);
      parts.push(`  UNWIND n${step.index} AS x RETURN ${nodesPart(step.index)} AS part, ${node('x')} AS item`);
    }
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
      `  RETURN collect(${sourceProjection('s')}) AS sources`,
      `}`,
    );
    lists.push('sources');
    parts.push(`  UNWIND sources AS s RETURN ${SOURCES_PART} AS part, s AS item`);
  }
  // Streamed as one row per item: one record of thousands of items decodes several times slower in the driver.
  lines.push(`CALL (${lists.join(', ')}) {`, parts.join('\n  UNION ALL\n'), `}`, `RETURN part, item`);
  return { cypher: lines.join('\n'), params: layout.props ? { ids: [...ids], props: layout.props } : { ids: [...ids] } };
}
