import type { CypherQuery } from './CypherQuery.js';
import { FORMER_NAME_INDEX, NAME_INDEX } from './searchNodes.js';
import { RELATIONSHIP_TYPES } from '../seed/format.js';
import { RETRACTED_TYPE } from './curation/retractionModel.js';
import { WRITE_LOCK_LABEL } from './curation/acquireWriteLock.js';

/** Every node label the graph uses; `Entity` is on every node so that ids are unique across kinds. */
export const NODE_LABELS = [
  'Entity', 'Region', 'Country', 'Person', 'EthnicGroup', 'Diaspora', 'Organisation', 'Area', 'Statement',
  'ActivityFigure', 'Claim', 'Source',
] as const;

/**
 * The idempotent schema set-up: a uniqueness constraint on `id` for every
 * label and every relationship type but retractions (a fact retracted and
 * stated again keeps its id), lookup indexes, and the full-text index over
 * names, their index text (alternative names and Latin transliterations)
 * and summaries (folding analyzer: case- and diacritic-insensitive; Cyrillic
 * is tokenised as is).
 * The index's earlier version (names only) is dropped: a full-text index's
 * properties cannot change in place, so the new one has a new name.
 * Schema commands take no parameters, so labels and types come from the
 * constant lists, never from input.
 */
export function schemaStatements(): CypherQuery[] {
  const constraints = NODE_LABELS.map((label) => ({
    cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    params: {},
  }));
  return [
    ...constraints,
    { cypher: 'CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code)', params: {} },
    { cypher: 'CREATE INDEX region_kind IF NOT EXISTS FOR (n:Region) ON (n.kind)', params: {} },
    { cypher: 'CREATE INDEX country_code IF NOT EXISTS FOR (n:Country) ON (n.code)', params: {} },
    // A fact's id comes from its natural key, so a relationship id held twice is the same fact stored twice
    // (two API replicas creating it at once): the database refuses the second. The constraint's own index
    // replaces the plain one of earlier versions, which must go first (Neo4j refuses a constraint over an
    // equivalent index).
    ...RELATIONSHIP_TYPES.flatMap((type) => [
      { cypher: `DROP INDEX ${type.toLowerCase()}_id IF EXISTS`, params: {} },
      { cypher: `CREATE CONSTRAINT ${type.toLowerCase()}_id_unique IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`, params: {} },
    ]),
    // Retracted facts keep their ids (fact(id, includeRetracted: true)); the audit trail is read by fact and by time.
    { cypher: `CREATE INDEX ${RETRACTED_TYPE.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${RETRACTED_TYPE}]-() ON (r.id)`, params: {} },
    { cypher: 'CREATE CONSTRAINT auditentry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE', params: {} },
    // What makes acquireWriteLock's MERGE wait for another transaction holding the same name.
    { cypher: `CREATE CONSTRAINT writelock_name IF NOT EXISTS FOR (l:${WRITE_LOCK_LABEL}) REQUIRE l.name IS UNIQUE`, params: {} },
    { cypher: 'CREATE INDEX auditentry_target IF NOT EXISTS FOR (e:AuditEntry) ON (e.targetId)', params: {} },
    { cypher: 'CREATE INDEX auditentry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at)', params: {} },
    { cypher: `DROP INDEX ${FORMER_NAME_INDEX} IF EXISTS`, params: {} },
    {
      cypher: `CREATE FULLTEXT INDEX ${NAME_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameRu, n.altNamesText, n.summary]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
      params: {},
    },
  ];
}
