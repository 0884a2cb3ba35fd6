import type { ActivityFigureResolvers, ClaimResolvers } from '../generated/graphql.js';
import { citedSources, neighbours } from './graphAccess.js';

export const activityFigureResolvers: ActivityFigureResolvers = {
  approximate: (figure) => figure.props.approximate === true,
  region: async (figure, _, ctx) => (await neighbours(ctx, figure.id, 'REPORTED_FOR', 'OUT'))[0] ?? null,
  governors: (figure, _, ctx) => neighbours(ctx, figure.id, 'COUNTS', 'OUT'),
  source: async (figure, _, ctx) => {
    const [source] = await citedSources(ctx, figure);
    if (!source) throw new Error(`activity figure ${figure.id} cites no source`);
    return source;
  },
};

export const claimResolvers: ClaimResolvers = {
  attributedTo: (claim, _, ctx) => neighbours(ctx, claim.id, 'ATTRIBUTED_TO', 'OUT'),
  about: (claim, _, ctx) => neighbours(ctx, claim.id, 'ABOUT', 'OUT'),
  sources: (claim, _, ctx) => citedSources(ctx, claim),
};
