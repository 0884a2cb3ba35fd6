import { int } from 'neo4j-driver';
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
 * the flagged sets and steps cite (`sources`). Rows of up to `chunk` items
 * of one part, in the part's order: `part` says which of those it belongs to
 * (nodesPart, edgesPart, SOURCES_PART) and `items` holds node or
 * relationship tuples (nodeTuple, edgeTuple: decoded about a quarter faster
 * than maps by the driver; with `layout.props`, the far ends and
 * relationships carry only the values of those properties, nodeValuesTuple
 * and edgeValuesTuple) or sources.
 *
 * Relationship types come from the layout (the constant table of
 * src/prefetch/relationshipFields.ts), never from the request; ids travel as
 * parameters.
 */
export function prefetchQuery(ids: readonly string[], layout: PrefetchLayout, chunk: number = PREFETCH_CHUNK): CypherQuery {
  if (!Number.isInteger(chunk) || chunk < 1) throw new Error(`prefetchQuery expects rows of at least 1 item (a positive integer chunk), received ${chunk}`);
  // Relationships and far ends with only the properties the operation reads, when it is known which.
  const node = layout.props ? nodeValuesTuple : nodeTuple;
  const edge = layout.props ? edgeValuesTuple : edgeTuple;
  const lines = [`UNWIND $ids AS id`, `MATCH (n:Entity {id: id})`, `WHERE NOT n:${RETRACTED_LABEL}`, `WITH collect(n) AS n0`];
  const lists = ['n0'];
  const parts = [rowsOf('n0', 'x', nodesPart(0), nodeTuple('x'))];
  for (const step of layout.steps) {
    const input = `n${step.input}`;
    const pattern = step.direction === 'OUT' ? `(a)-[r:${step.type}]->(b)` : `(a)<-[r:${step.type}]-(b)`;
    const far = step.far ? `, collect(DISTINCT CASE WHEN NOT b:${RETRACTED_LABEL} THEN b END) AS n${step.index}` : '';
    lines.push(`CALL (${input}) {`, `  UNWIND ${input} AS a`, `  MATCH ${pattern}`, `  RETURN collect(r) AS e${step.index}${far}`, `}`);
    lists.push(`e${step.index}`);
    parts.push(rowsOf(`e${step.index}`, 'r', edgesPart(step.index), edge('r')));
    if (step.far) {
      lists.push(`n${step.index}`);
      parts.push(rowsOf(`n${step.index}`, 'x', nodesPart(step.index), node('x')));
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
    parts.push(rowsOf('sources', 's', SOURCES_PART, 's'));
  }
  lines.push(`CALL (${lists.join(', ')}) {`, parts.join('\n  UNION ALL\n'), `}`, `RETURN part, items`);
  const params: Record<string, unknown> = { ids: [...ids], chunk: int(chunk) };
  if (layout.props) params.props = layout.props;
  return { cypher: lines.join('\n'), params };
}

/**
 * How many items a row of prefetchQuery holds. Rows of one item each cost the
 * driver a record apiece, and one row of a whole part decodes several times
 * slower once it is large; the nested-lists question (raw query and decoding,
 * interleaved runs) took 1,043 ms at 1000x with a row per item against 483,
 * 514 and 662 ms with rows of 128, 256 and 512, and 12.5 against 9.6 ms at
 * 10x with a row per item and rows of 256.
 */
export const PREFETCH_CHUNK = 128;

/** One part's rows: the list `list` in slices of `$chunk`, each item `v` projected by `projection`. */
function rowsOf(list: string, v: string, part: number, projection: string): string {
  return `  UNWIND range(0, size(${list}) - 1, $chunk) AS i RETURN ${part} AS part, [${v} IN ${list}[i..i + $chunk] | ${projection}] AS items`;
}
