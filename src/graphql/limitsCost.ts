import { getOperationAST, getVariableValues, type DocumentNode, type GraphQLSchema } from 'graphql';
// The CommonJS build on purpose: the ESM build imports graphql/index.mjs, a second
// graphql instance beside the CommonJS one the schema is built with ("another realm").
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { LRUCache } from 'lru-cache';
import { SUBGRAPH_LIMITS } from '../export/subgraphArguments.js';

/**
 * Arguments that say how many items (or hops, which fan out like items) a
 * field returns. `depth` and `maxHops` are not list sizes in the strict sense,
 * but each extra hop multiplies the rows the database walks, so they count.
 */
export const LIST_SIZE_ARGUMENTS = ['first', 'limit', 'depth', 'maxHops'] as const;

/**
 * Values assumed when a list-size argument is declared on the field but has
 * no value and no schema default: `subgraph` and `networkMeasures` fall back
 * to 200 nodes in their resolvers, so the cost does too.
 */
const FALLBACK_SIZES: Readonly<Record<string, number>> = { limit: SUBGRAPH_LIMITS.limitDefault };

/**
 * The estimator of the cost limit: a field costs 1 plus its selection's cost
 * times the product of its list-size arguments (first, limit, depth, maxHops),
 * so `subgraph(depth: 3, limit: 2000) { nodes { id } }` costs 1 + 6000 × 2 and
 * nested lists multiply along the path. Fields without such arguments cost
 * 1 plus their selection.
 */
export const listSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  let multiplier = 1;
  for (const name of LIST_SIZE_ARGUMENTS) {
    if (!field.args.some((arg) => arg.name === name)) continue;
    const value: unknown = args[name] ?? FALLBACK_SIZES[name];
    // Out-of-range values (0, negatives) are refused by the resolvers with BAD_USER_INPUT; they do not lower the cost.
    if (typeof value === 'number' && Number.isFinite(value) && value > 1) multiplier *= value;
  }
  return 1 + childComplexity * multiplier;
};

/**
 * The cost of the operation `operationName` of `document` with `variables`;
 * null when there is no such operation or the variables do not fit it
 * (Apollo then answers BAD_USER_INPUT / 400 before any resolver runs, so
 * nothing unmeasured reaches the database). A document whose expansion is too
 * large to measure (graphql-query-complexity's node limit, e.g. fragments
 * spread into each other) costs Infinity.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [listSizeEstimator],
    });
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The cost of an operation, as queryCost answers it. */
export type CostOf = typeof queryCost;

/** How many costs a server remembers (the least recently used go first). */
const REMEMBERED_COSTS = 1_000;

/** Longer keys (large variables) are measured every time: the cache stays within about 2 MB. */
const MAX_KEY_CHARS = 2_000;

/**
 * `compute` (queryCost) remembering its answers by the query text's hash
 * (Apollo's `queryHash`), operation name and variables, for one server's
 * schema. A repeated operation is measured once: the analysis walks the
 * whole operation, and took 0.18 ms of the ~3.6 ms of CPU the API spent on
 * a region lookup (1x, one connection, `--cpu-prof`).
 */
export function createCostCache(compute: CostOf = queryCost) {
  const costs = new LRUCache<string, { cost: number | null }>({ max: REMEMBERED_COSTS });
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
    queryHash: string,
  ): number | null => {
    const key = `${queryHash}\u0000${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    if (key.length > MAX_KEY_CHARS) return compute(schema, document, variables, operationName);
    let known = costs.get(key);
    if (!known) {
      known = { cost: compute(schema, document, variables, operationName) };
      costs.set(key, known);
    }
    return known.cost;
  };
}
