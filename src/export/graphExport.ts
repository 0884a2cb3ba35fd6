import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Database } from '../db/Database.js';
import { translateNeo4jError } from '../errors/index.js';
import { encodeProperties, type ExportValue } from './graphExportCodec.js';

/**
 * The whole graph as JSON Lines, for backup and for moving a graph between
 * databases (restore: graphRestore.ts). One JSON object per line:
 *
 * 1. `{"record":"header","format":"paradiplomacy-graph-export","version":1,…}`
 * 2. every node: `{"record":"node","ref":…,"labels":[…],"properties":{…}}`;
 *    `ref` is the node's `id` for graph entities (label `Entity`, unique ids),
 *    `_:<elementId>` for any other node (e.g. audit records);
 * 3. every relationship: `{"record":"relationship","type":…,"from":ref,"to":ref,"properties":{…}}`;
 * 4. `{"record":"end","nodes":N,"relationships":M}` (a file without it is truncated).
 *
 * Everything is exported (all labels and types, every property, sources,
 * citations, and whatever retraction or audit data the graph holds), in a
 * stable order (entities by id, then other nodes; relationships by type and
 * id), from one read transaction, so the file is a consistent snapshot.
 * Property values are encoded losslessly (graphExportCodec).
 */
export const EXPORT_FORMAT = 'paradiplomacy-graph-export';
export const EXPORT_VERSION = 1;

export interface ExportHeader {
  record: 'header';
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  neo4jVersion: string;
  database: string;
  /** Names of the constraints and indexes of the exported database (for information; restore relies on the app's schema). */
  schema: { constraints: string[]; indexes: string[] };
}

export interface ExportNode {
  record: 'node';
  ref: string;
  labels: string[];
  properties: Record<string, ExportValue>;
}

export interface ExportRelationship {
  record: 'relationship';
  type: string;
  from: string;
  to: string;
  properties: Record<string, ExportValue>;
}

export interface ExportEnd {
  record: 'end';
  nodes: number;
  relationships: number;
}

export type ExportRecord = ExportHeader | ExportNode | ExportRelationship | ExportEnd;

/** Each property as `[key, valueType, value]`, integers as decimal text (exact beyond 2^53). */
const PROPERTY_TRIPLES = (v: string) => `[k IN keys(${v}) | [k, valueType(${v}[k]),
  CASE WHEN valueType(${v}[k]) STARTS WITH 'INTEGER' THEN toString(${v}[k])
       WHEN valueType(${v}[k]) STARTS WITH 'LIST<INTEGER' THEN [x IN ${v}[k] | toString(x)]
       ELSE ${v}[k] END]]`;

const NODES_QUERY = `MATCH (n)
WITH n, 'Entity' IN labels(n) AND n.id IS :: STRING NOT NULL AS entity
RETURN elementId(n) AS eid, labels(n) AS labels, entity, n.id AS id, ${PROPERTY_TRIPLES('n')} AS props
ORDER BY entity DESC, CASE WHEN entity THEN n.id END, eid`;

const RELATIONSHIPS_QUERY = `MATCH (a)-[r]->(b)
RETURN type(r) AS type, elementId(a) AS a, elementId(b) AS b, ${PROPERTY_TRIPLES('r')} AS props
ORDER BY type, r.id, elementId(r)`;

export interface ExportResult {
  nodes: number;
  relationships: number;
  seconds: number;
}

async function writeLine(out: Writable, record: ExportRecord): Promise<void> {
  if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
}

/**
 * Writes the whole graph to `out` as JSON Lines (see above). Does not end
 * `out`. `onProgress` gets the number of records written so far.
 */
export async function exportGraph(
  db: Database,
  out: Writable,
  options: { onProgress?: (records: number) => void } = {},
): Promise<ExportResult> {
  const startedAt = Date.now();
  const neo4jVersion = await db.version();
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  let nodes = 0;
  let relationships = 0;
  try {
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
    const indexes = await session.run('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    await writeLine(out, {
      record: 'header',
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      neo4jVersion,
      database: db.database,
      schema: {
        constraints: constraints.records.map((r) => String(r.get('name'))),
        indexes: indexes.records.map((r) => String(r.get('name'))),
      },
    });
    // One explicit read transaction (never retried, unlike managed ones, so no line is written twice).
    const tx = session.beginTransaction();
    try {
      const refs = new Map<string, string>();
      for await (const record of tx.run(NODES_QUERY)) {
        const eid = String(record.get('eid'));
        const ref = record.get('entity') ? String(record.get('id')) : `_:${eid}`;
        refs.set(eid, ref);
        await writeLine(out, {
          record: 'node',
          ref,
          labels: [...(record.get('labels') as string[])].sort(),
          properties: encodeProperties(record.get('props') as Array<[string, string, unknown]>),
        });
        nodes += 1;
        if (nodes % 5_000 === 0) options.onProgress?.(nodes);
      }
      for await (const record of tx.run(RELATIONSHIPS_QUERY)) {
        await writeLine(out, {
          record: 'relationship',
          type: String(record.get('type')),
          from: refs.get(String(record.get('a')))!,
          to: refs.get(String(record.get('b')))!,
          properties: encodeProperties(record.get('props') as Array<[string, string, unknown]>),
        });
        relationships += 1;
        if ((nodes + relationships) % 5_000 === 0) options.onProgress?.(nodes + relationships);
      }
      await tx.commit();
    } finally {
      if (tx.isOpen()) await tx.rollback();
    }
  } catch (error) {
    throw translateNeo4jError(error, 0);
  } finally {
    await session.close();
  }
  await writeLine(out, { record: 'end', nodes, relationships });
  options.onProgress?.(nodes + relationships);
  return { nodes, relationships, seconds: (Date.now() - startedAt) / 1000 };
}
