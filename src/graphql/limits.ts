import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  parse,
  type ParseOptions,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { QueryTooComplexError } from '../errors/index.js';
import { QUERY_LIMIT_VARIABLES, type QueryLimits } from './limitsConfig.js';
import { createCostCache, queryCost } from './limitsCost.js';

export { DEFAULT_QUERY_LIMITS, QUERY_LIMIT_VARIABLES, type QueryLimits } from './limitsConfig.js';

/** graphql-armor's rejection messages end in "found N." (depth, aliases, directives). */
function foundIn(error: GraphQLError): number | undefined {
  const match = /found (\d+)\.?$/.exec(error.message);
  return match ? Number(match[1]) : undefined;
}

/**
 * A graphql-armor rejection handler that reports our own error (code
 * QUERY_TOO_COMPLEX, naming the limit and its variable) instead of armor's
 * "Syntax Error: ..." with BAD_USER_INPUT.
 */
function reportAs(what: string, limit: keyof QueryLimits, max: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(new QueryTooComplexError(what, limit, max, QUERY_LIMIT_VARIABLES[limit], foundIn(error)));
  };
}

/** graphql-js's message when `parse(source, { maxTokens })` stops at the limit (16.x spells it "more that"). */
const TOO_MANY_TOKENS = /Document contains more (?:than|that) \d+ tokens/;

/** Our error in place of graphql-js's token-limit syntax error; other errors unchanged. */
function asTokenLimitError(error: GraphQLError, max: number): GraphQLError {
  return TOO_MANY_TOKENS.test(error.message) ? new QueryTooComplexError('token count', 'maxTokens', max, QUERY_LIMIT_VARIABLES.maxTokens) : error;
}

/** Throws QueryTooComplexError when `cost` (queryCost's answer, see limitsCost.ts) is over `max`. */
function checkCost(cost: number | null, max: number): void {
  if (cost !== null && cost > max) {
    throw new QueryTooComplexError('cost', 'maxCost', max, QUERY_LIMIT_VARIABLES.maxCost, Number.isFinite(cost) ? cost : undefined);
  }
}

/** What Apollo Server needs to enforce the limits. */
export interface QueryLimitProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  /** Apollo's parse options: the token limit, which stops parsing at the first token over it. */
  parseOptions: ParseOptions;
}

/**
 * The query limits as Apollo Server plugins and validation rules, all applied
 * before execution, so an operation over a limit never reaches a resolver
 * (nor Cypher): depth, aliases and directives are graphql-armor's validation
 * rules; tokens are graphql-js's own `maxTokens` parse option (armor's Apollo
 * token plugin throws from `parsingDidStart`, which Apollo answers with 500
 * INTERNAL_SERVER_ERROR), its syntax error reworded into ours; the cost is
 * graphql-query-complexity's, measured once the operation and its variables
 * are known. (Field suggestions are hidden by Apollo's own
 * hideSchemaDetailsFromClientErrors, see createApollo: armor's mask leaves
 * "[Suggestion hidden]?" in the message.)
 */
export function createQueryLimits(limits: QueryLimits): QueryLimitProtection {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, propagateOnRejection: false, onReject: [reportAs('depth', 'maxDepth', limits.maxDepth)] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [reportAs('alias count', 'maxAliases', limits.maxAliases)] },
    maxDirectives: {
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [reportAs('directive count', 'maxDirectives', limits.maxDirectives)],
    },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  // One per server: a repeated operation is measured once (createCostCache).
  const costOf = createCostCache();
  const limitPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        // Apollo formats the very array it passes here, so replacing an element replaces the error sent.
        async didEncounterErrors({ errors }) {
          const list = errors as GraphQLError[];
          list.forEach((error, i) => {
            list[i] = asTokenLimitError(error, limits.maxTokens);
          });
        },
        async didResolveOperation({ schema, document, request, queryHash }) {
          checkCost(costOf(schema, document, request.variables, request.operationName ?? undefined, queryHash), limits.maxCost);
        },
      };
    },
  };
  return {
    plugins: [limitPlugin, ...(protection.plugins as ApolloServerPlugin[])],
    validationRules: protection.validationRules as ValidationRule[],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/**
 * The limit errors an operation would get, without running it: the same
 * checks as the server's, in the same order (tokens, validation, cost). For
 * tests (every playground example stays within the defaults).
 */
export function queryLimitErrors(
  schema: GraphQLSchema,
  limits: QueryLimits,
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): GraphQLError[] {
  const { validationRules, parseOptions } = createQueryLimits(limits);
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (error) {
    if (error instanceof GraphQLError) return [asTokenLimitError(error, limits.maxTokens)];
    throw error;
  }
  const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
  if (errors.length > 0) return [...errors];
  try {
    checkCost(queryCost(schema, document, variables, operationName), limits.maxCost);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  return [];
}
