import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from '../context/context.js';
import { createFormatError } from '../errors/index.js';
import { defaultFieldResolver } from '../resolvers/index.js';
import { buildSchema } from './buildSchema.js';
import { createQueryLimits, DEFAULT_QUERY_LIMITS, type QueryLimits } from './limits.js';

/** Options of the GraphQL layer (no HTTP here). */
export interface ApolloOptions {
  development: boolean;
  log: (error: unknown) => void;
  /** Query limits (README, "Security"); DEFAULT_QUERY_LIMITS when omitted. */
  limits?: QueryLimits;
  /** Answer introspection queries (INTROSPECTION; default true, the playground needs them). */
  introspection?: boolean;
  /** Mask "Did you mean ...?" suggestions in errors (on in production, where they would disclose the schema). */
  hideSuggestions?: boolean;
}

/**
 * The GraphQL execution layer: schema, error formatting (codes kept, unknown
 * errors masked, stack traces only in development), CSRF prevention, and the
 * query limits (depth, aliases, tokens, directives, cost), checked before
 * execution so an operation over a limit runs no Cypher.
 * Apollo's own landing page loads from a CDN, so it is disabled; the HTTP
 * layer serves the locally bundled playground instead. Apollo's cache-control
 * plugin, installed unless disabled, is disabled too: the schema sets no cache
 * hints, and the plugin wraps every field's resolver to compute them (a fifth
 * of a 70,000-visit answer's time, probed at 1000x the seed).
 */
export function createApollo(options: ApolloOptions): ApolloServer<Context> {
  const limits = createQueryLimits(options.limits ?? DEFAULT_QUERY_LIMITS);
  return new ApolloServer<Context>({
    schema: buildSchema(),
    fieldResolver: defaultFieldResolver,
    formatError: createFormatError(options),
    includeStacktraceInErrorResponses: options.development,
    // Drops "Did you mean ...?" from validation errors: with introspection off they would still disclose the schema.
    hideSchemaDetailsFromClientErrors: options.hideSuggestions ?? false,
    introspection: options.introspection ?? true,
    csrfPrevention: true,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // One operation per request: a batch would multiply every limit by its length.
    allowBatchedHttpRequests: false,
    // The entry point owns shutdown (HTTP, then the driver, then the embedded Neo4j).
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ...limits.plugins],
  });
}
