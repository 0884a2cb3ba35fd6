import type { Resolvers } from '../../generated/graphql.js';
import { eventConnection } from './eventConnections.js';
import { regionsConnection } from './regionsConnection.js';
import { searchPage } from './searchPage.js';
import { CONNECTION_LIMITS, toConnection } from './toConnection.js';
import { intInRange } from '../validate.js';

const MATCH = ['EXACT', 'PREFIX', 'TEXT'] as const;

/**
 * Relay-style connections beside the plain lists (schema/connections.graphql):
 * searchConnection, regionsConnection, Person.visitsConnection,
 * Person.meetingsConnection and Country.visitsConnection. Each pages with
 * real keyset cursors (one query per connection per level of the selection).
 */
export const connectionResolvers: Resolvers = {
  Query: {
    searchConnection: async (_, { text, kinds, first, after }, ctx) => {
      const size = intInRange('first', first, CONNECTION_LIMITS.searchFirstDefault, 1, CONNECTION_LIMITS.first);
      const page = await searchPage(ctx, { text, kinds, first: size, after });
      return toConnection(page.scope, page, size, (row) => ({ node: row.node, score: row.score, match: MATCH[row.rank] }));
    },
    regionsConnection,
  },
  Person: {
    visitsConnection: (person, args, ctx) => eventConnection(ctx, 'Person.visits', person.id, args),
    meetingsConnection: (person, args, ctx) => eventConnection(ctx, 'Person.meetings', person.id, args),
  },
  Country: {
    visitsConnection: (country, args, ctx) => eventConnection(ctx, 'Country.visits', country.id, args),
  },
};
