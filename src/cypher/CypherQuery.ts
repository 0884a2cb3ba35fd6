/** A Cypher statement and its parameters: what every translator returns. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}
