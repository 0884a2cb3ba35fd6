import type {
  InvestmentAttemptResolvers,
  MembershipResolvers,
  OrganisationKind,
  OrganisationResolvers,
} from '../generated/graphql.js';
import { byDate, citedSources, edgesOf, neighbours, nodesOf } from './graphAccess.js';
import { endpoint } from './peopleResolvers.js';

export const organisationResolvers: OrganisationResolvers = {
  // The label is in NodeRow.kind; the organisation's own kind is stored as orgKind.
  kind: (org) => org.props.orgKind as OrganisationKind,
  country: async (org, _, ctx) => (await neighbours(ctx, org.id, 'BASED_IN', 'OUT', ['Country']))[0] ?? null,
  region: async (org, _, ctx) => (await neighbours(ctx, org.id, 'BASED_IN', 'OUT', ['Region']))[0] ?? null,
  members: async (org, _, ctx) => (await edgesOf(ctx, org.id, 'MEMBER_OF', 'IN')).sort(byDate('since')),
  leaders: async (org, _, ctx) => (await edgesOf(ctx, org.id, 'LED', 'IN')).sort(byDate('start')),
  statements: async (org, _, ctx) => (await neighbours(ctx, org.id, 'MADE', 'OUT')).sort(byDate('date')),
  sources: (org, _, ctx) => citedSources(ctx, org),
};

export const membershipResolvers: MembershipResolvers = {
  member: (membership, _, ctx) => endpoint(ctx, membership.from),
  organisation: (membership, _, ctx) => endpoint(ctx, membership.to),
  sources: (membership, _, ctx) => citedSources(ctx, membership),
};

export const investmentAttemptResolvers: InvestmentAttemptResolvers = {
  company: (attempt, _, ctx) => endpoint(ctx, attempt.from),
  region: (attempt, _, ctx) => endpoint(ctx, attempt.to),
  opposedBy: async (attempt, _, ctx) => {
    // An opposition naming an attempt (OPPOSED.attempt) counts for that attempt only; one naming none opposed the company as such.
    const opposition = (await edgesOf(ctx, attempt.from, 'OPPOSED', 'IN')).filter((o) => o.props.attempt == null || o.props.attempt === attempt.id);
    return nodesOf(ctx, [...new Set(opposition.map((o) => o.from))].sort());
  },
  sources: (attempt, _, ctx) => citedSources(ctx, attempt),
};
