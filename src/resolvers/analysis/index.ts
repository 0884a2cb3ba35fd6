import type { Resolvers } from '../../generated/graphql.js';
import { activityResolver } from './activityResolver.js';
import { governorChangeResolver } from './governorChangeResolver.js';
import { networkMeasuresResolver } from './networkMeasuresResolver.js';
import { outsiderVersusLocalGovernorsResolver } from './outsiderVersusLocalGovernorsResolver.js';
import { republicsVersusKraisAndOblastsResolver } from './republicsVersusKraisAndOblastsResolver.js';

/**
 * Aggregates and analysis (schema/analysis.graphql): activity counted from
 * events, comparisons that test the literature's claims, and network
 * measures. Each Query field runs one Cypher query; nested nodes (Claim,
 * Region, Country, Person, ActivityFigure, GraphNode) come back as node rows
 * from that query and resolve their own fields through the request's loaders.
 * `Person.outsider` is a stored property the default field resolver reads.
 */
export const analysisResolvers: Resolvers = {
  Query: {
    activity: activityResolver,
    republicsVersusKraisAndOblasts: republicsVersusKraisAndOblastsResolver,
    outsiderVersusLocalGovernors: outsiderVersusLocalGovernorsResolver,
    governorChange: governorChangeResolver,
    networkMeasures: networkMeasuresResolver,
  },
};
