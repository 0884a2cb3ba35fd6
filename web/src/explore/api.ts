/**
 * The explorer's whole data access: GraphQL over HTTP (POST /graphql with
 * fetch) and the health probe (GET /health). Nothing else talks to the server,
 * so this file is also a worked example for anyone building a tool on the API:
 * send `{ query, variables }` as JSON, read `data`, and treat `errors` (with
 * `extensions.code`, e.g. SERVICE_UNAVAILABLE when Neo4j is down) as failures.
 *
 * DOM-free on purpose (only fetch): src/http/explore.test.ts validates the
 * operations below against schema/*.graphql.
 */

/** A node in the API's generic graph shape (Query.search, Query.subgraph, Query.paths). */
export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  properties: Record<string, unknown>;
}

/** A citation: the source and the verbatim quote that supports the fact. */
export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
  quote: string | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  sources: Source[];
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  edgesTruncated: boolean;
}

export interface Path {
  nodes: GraphNode[];
  edges: GraphEdge[];
  length: number;
}

/** A failed request: `code` is the API's extensions.code, or NETWORK / BAD_RESPONSE for transport failures. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Same origin: the server that serves this page also serves the API. */
const ENDPOINT = '/graphql';

// Fragments: the fields the explorer reads. An operation may only carry the fragments it uses.
const SOURCE_FIELDS = /* GraphQL */ `
  fragment SourceFields on Source { id title publisher url published quote }
`;
const NODE_FIELDS = /* GraphQL */ `
  fragment NodeFields on GraphNode { id kind label properties }
`;
const EDGE_FIELDS = /* GraphQL */ `
  fragment EdgeFields on GraphEdge { id type source target properties sources { ...SourceFields } }
  ${SOURCE_FIELDS}
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query ExplorerSearch($text: String!, $kinds: [String!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) { ...NodeFields }
  }
  ${NODE_FIELDS}
`;

export const SUBGRAPH_QUERY = /* GraphQL */ `
  query ExplorerSubgraph($ids: [ID!]!, $depth: Int) {
    subgraph(ids: $ids, depth: $depth) {
      truncated
      edgesTruncated
      nodes { ...NodeFields }
      edges { ...EdgeFields }
    }
  }
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

export const PATHS_QUERY = /* GraphQL */ `
  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int, $relationshipTypes: [String!]) {
    paths(from: $from, to: $to, maxHops: $maxHops, relationshipTypes: $relationshipTypes) {
      length
      nodes { ...NodeFields }
      edges { ...EdgeFields }
    }
  }
  ${NODE_FIELDS}
  ${EDGE_FIELDS}
`;

/** A node's own sources (GraphNode has none: ask the typed node). */
export const NODE_SOURCES_QUERY = /* GraphQL */ `
  query ExplorerNodeSources($id: ID!) {
    node(id: $id) {
      ... on Region { sources { ...SourceFields } }
      ... on Country { sources { ...SourceFields } }
      ... on Area { sources { ...SourceFields } }
      ... on Person { sources { ...SourceFields } }
      ... on Organisation { sources { ...SourceFields } }
      ... on EthnicGroup { sources { ...SourceFields } }
      ... on Diaspora { sources { ...SourceFields } }
      ... on Statement { sources { ...SourceFields } }
      ... on Claim { sources { ...SourceFields } }
      ... on ActivityFigure { source { ...SourceFields } }
    }
  }
  ${SOURCE_FIELDS}
`;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Runs one operation; resolves with `data`, rejects with an ApiError. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(`Cannot reach the API at ${ENDPOINT} (${(error as Error).message}).`, 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    const code = response.status === 503 ? 'SERVICE_UNAVAILABLE' : 'BAD_RESPONSE';
    throw new ApiError(`The API answered HTTP ${response.status} without a GraphQL response.`, code);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR');
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} with no data.`, 'BAD_RESPONSE');
  return body.data;
}

/** Entities whose names match `text`, best first. */
export async function search(text: string, options: { kinds?: string[]; first?: number } = {}): Promise<GraphNode[]> {
  const data = await graphql<{ search: GraphNode[] }>(SEARCH_QUERY, { text, kinds: options.kinds ?? null, first: options.first ?? 10 });
  return data.search;
}

/** The neighbourhood of `ids` up to `depth` hops. */
export async function subgraph(ids: string[], depth: number): Promise<Subgraph> {
  const data = await graphql<{ subgraph: Subgraph }>(SUBGRAPH_QUERY, { ids, depth });
  return data.subgraph;
}

/** Paths between two nodes, shortest first. */
export async function paths(from: string, to: string, options: { maxHops?: number; relationshipTypes?: string[] } = {}): Promise<Path[]> {
  const data = await graphql<{ paths: Path[] }>(PATHS_QUERY, {
    from,
    to,
    maxHops: options.maxHops ?? 4,
    relationshipTypes: options.relationshipTypes ?? null,
  });
  return data.paths;
}

/** The sources cited for a node itself (not for its relationships). */
export async function nodeSources(id: string): Promise<Source[]> {
  const data = await graphql<{ node: { sources?: Source[]; source?: Source } | null }>(NODE_SOURCES_QUERY, { id });
  if (!data.node) return [];
  return data.node.sources ?? (data.node.source ? [data.node.source] : []);
}

/** GET /health: 200 with the Neo4j version, or 503 with the reason (or no answer at all). */
export async function health(): Promise<{ ok: true; neo4j: string } | { ok: false; reason: string; serverDown: boolean }> {
  try {
    const response = await fetch('/health', { headers: { accept: 'application/json' } });
    const body = (await response.json().catch(() => ({}))) as { neo4j?: string; reason?: string };
    if (response.ok) return { ok: true, neo4j: body.neo4j ?? 'unknown' };
    return { ok: false, reason: body.reason ?? `HTTP ${response.status}`, serverDown: false };
  } catch (error) {
    return { ok: false, reason: (error as Error).message, serverDown: true };
  }
}
