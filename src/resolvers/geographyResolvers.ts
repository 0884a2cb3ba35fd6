import type { AreaResolvers, CountryResolvers, RegionResolvers } from '../generated/graphql.js';
import { byDate, citedSources, edgesOf, edgesWithRetracted, inOfficeAt, inWindow, neighbours } from './graphAccess.js';

export const regionResolvers: RegionResolvers = {
  titularGroups: (region, _, ctx) => edgesOf(ctx, region.id, 'TITULAR_IN', 'IN'),
  governors: async (region, { at }, ctx) => {
    const tenures = await edgesOf(ctx, region.id, 'GOVERNED', 'IN');
    return tenures.filter((t) => !at || inOfficeAt(t.props, at)).sort(byDate('start'));
  },
  memberships: (region, _, ctx) => edgesOf(ctx, region.id, 'MEMBER_OF', 'OUT'),
  reportedActivity: (region, _, ctx) => neighbours(ctx, region.id, 'REPORTED_FOR', 'IN'),
  statements: async (region, _, ctx) => (await neighbours(ctx, region.id, 'MADE', 'OUT')).sort(byDate('date')),
  organisations: (region, _, ctx) => neighbours(ctx, region.id, 'BASED_IN', 'IN'),
  investmentAttempts: async (region, _, ctx) =>
    (await edgesOf(ctx, region.id, 'ATTEMPTED_INVESTMENT', 'IN')).sort(byDate('date')),
  sources: (region, _, ctx) => citedSources(ctx, region),
};

export const countryResolvers: CountryResolvers = {
  disputed: (country) => country.props.disputed === true,
  visits: async (country, { from, to, includeRetracted }, ctx) =>
    (await edgesWithRetracted(ctx, country.id, 'VISITED', 'IN', includeRetracted)).filter((v) => inWindow(v.props, from, to)).sort(byDate('start')),
  kinGroups: (country, _, ctx) => edgesOf(ctx, country.id, 'KIN_OF', 'IN'),
  diasporas: (country, _, ctx) => neighbours(ctx, country.id, 'LIVES_IN', 'IN'),
  memberships: (country, _, ctx) => edgesOf(ctx, country.id, 'MEMBER_OF', 'OUT'),
  sources: (country, _, ctx) => citedSources(ctx, country),
};

export const areaResolvers: AreaResolvers = {
  sources: (area, _, ctx) => citedSources(ctx, area),
};
