import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from '../context/context.js';
import { createFormatError } from '../errors/index.js';
import { defaultFieldResolver } from '../resolvers/index.js';
import { buildSchema } from './buildSchema.js';

/** Options of the GraphQL layer (no HTTP here). */
export interface ApolloOptions {
  development: boolean;
  log: (error: unknown) => void;
}

/**
 * The GraphQL execution layer: schema, error formatting (codes kept, unknown
 * errors masked, stack traces only in development) and CSRF prevention.
 * Apollo's own landing page loads from a CDN, so it is disabled; the HTTP
 * layer serves the locally bundled playground instead.
 */
export function createApollo(options: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildSchema(),
    fieldResolver: defaultFieldResolver,
    formatError: createFormatError(options),
    includeStacktraceInErrorResponses: options.development,
    introspection: true,
    csrfPrevention: true,
    // The entry point owns shutdown (HTTP, then the driver, then the embedded Neo4j).
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}
