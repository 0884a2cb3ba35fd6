import type { QueryResolvers } from '../generated/graphql.js';
import { nodesOfKind, type NodeOrder } from '../cypher/nodesOfKind.js';
import { MAX_PATHS, pathsBetween, PATH_HOPS, type PathHops } from '../cypher/pathsBetween.js';
import { searchNodes, searchTerms } from '../cypher/searchNodes.js';
import { subgraphAround, SUBGRAPH_DEPTHS, type SubgraphDepth } from '../cypher/subgraphAround.js';
import { BadUserInputError } from '../errors/index.js';
import type { NodeRow, SourceRow, SubgraphRow } from '../model/records.js';
import type { NodeKind } from '../seed/format.js';
import type { Context } from '../context/context.js';
import { byDate, nodeOf } from './graphAccess.js';
import { countryCode, intInRange, nodeId, nodeKinds, regionCode, relationshipTypes } from './validate.js';

/** Documented caps (README, "Limits"). */
export const LIMITS = {
  searchFirst: 100,
  searchTextLength: 200,
  subgraphIds: 50,
  subgraphDepth: SUBGRAPH_DEPTHS.length,
  subgraphLimitDefault: 200,
  subgraphLimit: 2000,
  pathHops: PATH_HOPS.length,
  pathsFirst: MAX_PATHS,
} as const;

async function allOfKind(ctx: Context, kind: NodeKind, order: NodeOrder = 'name'): Promise<NodeRow[]> {
  const rows = await ctx.db.executeRead<{ node: NodeRow }>(nodesOfKind(kind, order), ctx.stats);
  return rows.map((r) => r.node);
}

function asSource(row: NodeRow): SourceRow {
  const p = row.props;
  return {
    id: row.id,
    title: String(p.title ?? ''),
    publisher: (p.publisher as string | undefined) ?? null,
    url: (p.url as string | undefined) ?? null,
    published: (p.published as string | undefined) ?? null,
    quote: null,
  };
}

export const queryResolvers: QueryResolvers = {
  node: async (_, { id }, ctx) => {
    const row = await ctx.loaders.node.load(id);
    if (!row) return null;
    return row.kind === 'Source' ? asSource(row) : row;
  },
  region: (_, { code }, ctx) => nodeOf(ctx, `region:${regionCode(code)}`, 'Region'),
  regions: async (_, { kind }, ctx) => {
    const rows = await ctx.db.executeRead<{ node: NodeRow }>(
      nodesOfKind('Region', 'id', kind ? { property: 'kind', equals: kind } : undefined),
      ctx.stats,
    );
    return rows.map((r) => r.node);
  },
  country: (_, { code }, ctx) => nodeOf(ctx, `country:${countryCode(code)}`, 'Country'),
  person: (_, { id }, ctx) => nodeOf(ctx, id, 'Person'),
  organisation: (_, { id }, ctx) => nodeOf(ctx, id, 'Organisation'),
  ethnicGroup: (_, { id }, ctx) => nodeOf(ctx, id, 'EthnicGroup'),
  ethnicGroups: (_, __, ctx) => allOfKind(ctx, 'EthnicGroup'),
  organisations: (_, __, ctx) => allOfKind(ctx, 'Organisation'),
  statements: async (_, __, ctx) => (await allOfKind(ctx, 'Statement', 'id')).sort(byDate('date')),
  reportedActivity: (_, __, ctx) => allOfKind(ctx, 'ActivityFigure', 'id'),
  claims: (_, __, ctx) => allOfKind(ctx, 'Claim', 'id'),
  sources: async (_, __, ctx) => (await allOfKind(ctx, 'Source')).map(asSource),

  search: async (_, { text, kinds, first }, ctx) => {
    if (text.length > LIMITS.searchTextLength) {
      throw new BadUserInputError(`text must be at most ${LIMITS.searchTextLength} characters, received ${text.length}`, { argument: 'text' });
    }
    const terms = searchTerms(text);
    if (terms.length === 0) {
      throw new BadUserInputError(`text must contain at least one letter or digit, received "${text.slice(0, 40)}"`, { argument: 'text' });
    }
    const limit = intInRange('first', first, 10, 1, LIMITS.searchFirst);
    const rows = await ctx.db.executeRead<{ node: NodeRow }>(searchNodes(terms, nodeKinds(kinds), limit), ctx.stats);
    return rows.map((r) => r.node);
  },

  subgraph: async (_, { ids, depth, relationshipTypes: types, limit }, ctx): Promise<SubgraphRow> => {
    if (ids.length === 0 || ids.length > LIMITS.subgraphIds) {
      throw new BadUserInputError(`ids must hold 1 to ${LIMITS.subgraphIds} ids, received ${ids.length}`, { argument: 'ids' });
    }
    ids.forEach((id) => nodeId('ids', id));
    const d = intInRange('depth', depth, 1, 1, LIMITS.subgraphDepth) as SubgraphDepth;
    const max = intInRange('limit', limit, LIMITS.subgraphLimitDefault, 1, LIMITS.subgraphLimit);
    const [row] = await ctx.db.executeRead<SubgraphRow>(subgraphAround(ids, d, relationshipTypes(types), max), ctx.stats);
    return row ?? { nodes: [], edges: [], truncated: false };
  },

  paths: async (_, { from, to, maxHops, relationshipTypes: types, first }, ctx): Promise<SubgraphRow[]> => {
    nodeId('from', from);
    nodeId('to', to);
    const hops = intInRange('maxHops', maxHops, 4, 1, LIMITS.pathHops) as PathHops;
    const count = intInRange('first', first, 10, 1, LIMITS.pathsFirst);
    const rows = await ctx.db.executeRead<Omit<SubgraphRow, 'truncated'>>(
      pathsBetween(from, to, hops, relationshipTypes(types), count),
      ctx.stats,
    );
    return rows.map((r) => ({ ...r, truncated: false }));
  },
};
