/**
 * Child process of `npm run bench`: an @neo4j/graphql 7 server (Apollo
 * standalone) over the same database (NEO4J_URI), with type definitions for
 * the part of the graph the benchmark's questions read. Checks that the
 * database has what the library needs (Neo4j 5, APOC core) first. Prints
 * `READY <url>` and serves until SIGTERM.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createDriver } from '../../src/db/index.js';
import { NAME_INDEX } from '../../src/cypher/searchNodes.js';

/** The graph's labels, relationship types and properties as @neo4j/graphql sees them (dates are stored as text). */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Region @node {
    id: ID!
    code: String!
    name: String!
    nameRu: String
    kind: String!
    federalDistrict: String
    governors: [Person!]! @relationship(type: "GOVERNED", direction: IN, properties: "Governed")
  }
  type Governed @relationshipProperties {
    id: ID!
    startMin: String
    start: String
    end: String
    title: String
  }
  type Person @node @fulltext(indexes: [{ indexName: "${NAME_INDEX}", queryName: "peopleByName", fields: ["name"] }]) {
    id: ID!
    name: String!
    role: String
    outsider: Boolean
    visits: [Country!]! @relationship(type: "VISITED", direction: OUT, properties: "Visited")
  }
  type Visited @relationshipProperties {
    id: ID!
    startMin: String
    start: String
    end: String
    purpose: String
  }
  type Country @node {
    id: ID!
    code: String!
    name: String!
  }
`;

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is required (bolt://...)');
const driver = createDriver({ uri });
const neoSchema = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver });
await neoSchema.checkNeo4jCompat();
const server = new ApolloServer({ schema: await neoSchema.getSchema() });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
console.log(`READY ${url}`);
process.on('SIGTERM', () => {
  void server.stop().then(() => driver.close()).then(() => process.exit(0));
});
