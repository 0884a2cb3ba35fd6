import { JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/graphql.js';
import { DateScalar } from '../schema/DateScalar.js';
import { activityFigureResolvers, claimResolvers } from './activityResolvers.js';
import { diasporaResolvers, ethnicGroupResolvers, kinshipResolvers, titularGroupResolvers } from './ethnicityResolvers.js';
import { areaResolvers, countryResolvers, regionResolvers } from './geographyResolvers.js';
import { graphEdgeResolvers, graphNodeResolvers, pathResolvers } from './graphResolvers.js';
import { investmentAttemptResolvers, membershipResolvers, organisationResolvers } from './organisationResolvers.js';
import {
  meetingResolvers,
  personResolvers,
  postResolvers,
  statementResolvers,
  tenureResolvers,
  visitResolvers,
} from './peopleResolvers.js';
import { analysisResolvers } from './analysis/index.js';
import { connectionResolvers } from './connections/index.js';
import { curationResolvers } from './curation/index.js';
import { queryResolvers } from './queryResolvers.js';
import { resolveKind } from './resolveKind.js';
import { tracingResolvers } from './tracing/index.js';

export { defaultFieldResolver } from './defaultFieldResolver.js';
export { LIMITS } from './queryResolvers.js';

/** The foundation's resolvers, typed against the SDL by graphql-codegen. */
export const foundationResolvers: Resolvers = {
  Date: DateScalar,
  JSON: JSONResolver,
  Node: { __resolveType: resolveKind },
  Counterpart: { __resolveType: resolveKind as never },
  Speaker: { __resolveType: resolveKind as never },
  Subject: { __resolveType: resolveKind as never },
  Member: { __resolveType: resolveKind as never },
  Query: queryResolvers,
  Region: regionResolvers,
  Country: countryResolvers,
  Area: areaResolvers,
  Person: personResolvers,
  Tenure: tenureResolvers,
  Visit: visitResolvers,
  Meeting: meetingResolvers,
  Statement: statementResolvers,
  Post: postResolvers,
  EthnicGroup: ethnicGroupResolvers,
  Kinship: kinshipResolvers,
  TitularGroup: titularGroupResolvers,
  Diaspora: diasporaResolvers,
  Organisation: organisationResolvers,
  Membership: membershipResolvers,
  InvestmentAttempt: investmentAttemptResolvers,
  ActivityFigure: activityFigureResolvers,
  Claim: claimResolvers,
  GraphNode: graphNodeResolvers,
  GraphEdge: graphEdgeResolvers,
  Path: pathResolvers,
};

/**
 * Every resolver map of the API: the foundation's, then one per research
 * area (each area keeps its schema in schema/<area>.graphql and its resolvers
 * in src/resolvers/<area>/). makeExecutableSchema merges them.
 */
export const resolvers: Resolvers[] = [foundationResolvers, connectionResolvers, analysisResolvers, tracingResolvers, curationResolvers];
