/**
 * The query limits' settings, apart from their enforcement (src/graphql/limits.ts),
 * so the configuration can read them without loading the GraphQL layer.
 */

/** Limits every GraphQL operation must keep, checked before any resolver (and so any Cypher) runs. */
export interface QueryLimits {
  /** Deepest field nesting (MAX_QUERY_DEPTH); introspection's `__schema` does not count. */
  maxDepth: number;
  /** Aliased fields per operation (MAX_QUERY_ALIASES). */
  maxAliases: number;
  /** Lexical tokens in the query text (MAX_QUERY_TOKENS). */
  maxTokens: number;
  /** Directives per operation (MAX_QUERY_DIRECTIVES). */
  maxDirectives: number;
  /** Cost: each field 1 plus its selection times its list sizes (first, limit, depth, maxHops) (MAX_QUERY_COST). */
  maxCost: number;
}

/**
 * Defaults: roomy enough for every playground example, the explorer's
 * queries and GraphiQL's introspection query (a unit test checks them), tight
 * enough that an operation cannot ask for millions of rows.
 */
export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 1000,
  maxDirectives: 10,
  maxCost: 100_000,
};

/** The environment variable of each limit (named in configuration errors and in the limits' own errors). */
export const QUERY_LIMIT_VARIABLES: Readonly<Record<keyof QueryLimits, string>> = {
  maxDepth: 'MAX_QUERY_DEPTH',
  maxAliases: 'MAX_QUERY_ALIASES',
  maxTokens: 'MAX_QUERY_TOKENS',
  maxDirectives: 'MAX_QUERY_DIRECTIVES',
  maxCost: 'MAX_QUERY_COST',
};
