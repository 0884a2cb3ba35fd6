import type { GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers } from '../generated/graphql.js';
import { nodesOfKind, type NodeOrder } from '../cypher/nodesOfKind.js';
import { MAX_PATHS, PATH_HOPS } from '../cypher/pathsBetween.js';
import { SUBGRAPH_LIMITS } from '../export/subgraphArguments.js';
import { readSubgraph } from '../export/readSubgraph.js';
import { subgraphPropsOf } from './subgraphPropsOf.js';
import type { NodeRow, SourceRow } from '../model/records.js';
import type { NodeKind } from '../seed/format.js';
import type { Context } from '../context/context.js';
import { byDate, nodeOf } from './graphAccess.js';
import { searchTop } from './connections/searchPage.js';
import { countryCode, intInRange, regionCode } from './validate.js';
import { resolvePaths } from './tracing/resolvePaths.js';
import { prefetchBelow } from '../prefetch/index.js';

/** Documented caps (README, "Limits"). */
export const LIMITS = {
  searchFirst: 100,
  searchTextLength: 200,
  subgraphIds: SUBGRAPH_LIMITS.ids,
  subgraphDepth: SUBGRAPH_LIMITS.depth,
  subgraphLimitDefault: SUBGRAPH_LIMITS.limitDefault,
  subgraphLimit: SUBGRAPH_LIMITS.limit,
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

/** A root lookup: the node of that kind (null when absent), with what its selection asks below it prefetched. */
async function rootNode(ctx: Context, info: GraphQLResolveInfo, id: string, kind: NodeKind): Promise<NodeRow | null> {
  await prefetchBelow(ctx, info, [id]);
  return nodeOf(ctx, id, kind);
}

export const queryResolvers: QueryResolvers = {
  node: async (_, { id }, ctx, info) => {
    await prefetchBelow(ctx, info, [id]);
    const row = await ctx.loaders.node.load(id);
    if (!row) return null;
    return row.kind === 'Source' ? asSource(row) : row;
  },
  region: (_, { code }, ctx, info) => rootNode(ctx, info, `region:${regionCode(code)}`, 'Region'),
  regions: async (_, { kind }, ctx, info) => {
    const rows = await ctx.db.executeRead<{ node: NodeRow }>(
      nodesOfKind('Region', 'id', kind ? { property: 'kind', equals: kind } : undefined),
      ctx.stats,
    );
    await prefetchBelow(ctx, info, rows.map((r) => r.node.id));
    return rows.map((r) => r.node);
  },
  country: (_, { code }, ctx, info) => rootNode(ctx, info, `country:${countryCode(code)}`, 'Country'),
  person: (_, { id }, ctx, info) => rootNode(ctx, info, id, 'Person'),
  organisation: (_, { id }, ctx, info) => rootNode(ctx, info, id, 'Organisation'),
  ethnicGroup: (_, { id }, ctx, info) => rootNode(ctx, info, id, 'EthnicGroup'),
  ethnicGroups: (_, __, ctx) => allOfKind(ctx, 'EthnicGroup'),
  organisations: (_, __, ctx) => allOfKind(ctx, 'Organisation'),
  statements: async (_, __, ctx) => (await allOfKind(ctx, 'Statement', 'id')).sort(byDate('date')),
  reportedActivity: (_, __, ctx) => allOfKind(ctx, 'ActivityFigure', 'id'),
  claims: (_, __, ctx) => allOfKind(ctx, 'Claim', 'id'),
  sources: async (_, __, ctx) => (await allOfKind(ctx, 'Source')).map(asSource),

  // The first page of searchConnection (same ranking and validation), without its count.
  search: (_, { text, kinds, first }, ctx) => searchTop(ctx, { text, kinds, first: intInRange('first', first, 10, 1, LIMITS.searchFirst) }),

  subgraph: (_, args, ctx, info) => readSubgraph(ctx.db, args, ctx.stats, subgraphPropsOf(info)),

  // Tracing (issue #3): exclusions, a time window and ALL_SHORTEST; see src/resolvers/tracing/resolvePaths.ts.
  paths: (_, args, ctx, info) => resolvePaths(args, ctx, subgraphPropsOf(info, 'Path')),
};
