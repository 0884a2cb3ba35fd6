import type { Resolvers } from '../../generated/graphql.js';
import { governorsAtDate } from '../../cypher/governorsAtDate.js';
import { parsePartialDate } from '../../domain/partialDate.js';
import { BadUserInputError } from '../../errors/index.js';
import type { EdgeRow, NodeRow } from '../../model/records.js';
import { neighbours } from '../graphAccess.js';
import { classifyContact } from './classifyContact.js';
import { resolveKinPartners } from './kinPartners.js';
import { resolveLinkedRegions } from './linkedRegions.js';
import { buildPartnerProfile, byEventDate, contactInWindow } from './partnerProfile.js';
import { timelineEntries, type TimelineEntryRow } from './timelineEntries.js';
import { tracingLoaders } from './tracingLoaders.js';
import { dateWindow } from './validateTracing.js';

/** The GraphQL type of a timeline entry, from the field that holds its fact. */
function timelineType(entry: TimelineEntryRow) {
  if ('tenure' in entry) return 'TimelineTenure' as const;
  if ('visit' in entry) return 'TimelineVisit' as const;
  if ('meeting' in entry) return 'TimelineMeeting' as const;
  if ('membership' in entry) return 'TimelineMembership' as const;
  return 'TimelineStatement' as const;
}

const byName = (a: NodeRow, b: NodeRow): number => String(a.props.name ?? a.id).localeCompare(String(b.props.name ?? b.id));

/**
 * Tracing and time (issue #3): paths live in Query.paths (queryResolvers,
 * resolvePaths); these are the kin partners, linked regions, contacts and
 * their natural/distant profile, governors at a date and region timelines.
 * Every list field is one batched Cypher query per request level.
 */
export const tracingResolvers: Resolvers = {
  Query: {
    governorsAt: async (_, { date }, ctx) => {
      const bounds = parsePartialDate(date);
      if ('error' in bounds) throw new BadUserInputError(`date: ${bounds.error}`, { argument: 'date' });
      const rows = await ctx.db.executeRead<{ tenure: EdgeRow }>(governorsAtDate(bounds.earliest, bounds.latest), ctx.stats);
      return rows.map((r) => r.tenure);
    },
  },
  Region: {
    kinPartners: (region, { evidenceFirst }, ctx) => resolveKinPartners(region, evidenceFirst, ctx),
    partnerProfile: async (region, { from, to }, ctx) => {
      const window = dateWindow('from', 'to', from, to);
      const [row] = await tracingLoaders(ctx).profiles.load(region.id);
      if (!row) throw new Error(`region ${region.id} has no partner profile row`);
      return buildPartnerProfile(row, window, from ?? null, to ?? null);
    },
    timeline: async (region, { from, to }, ctx) => {
      const window = dateWindow('from', 'to', from, to);
      return timelineEntries(await tracingLoaders(ctx).timelines.load(region.id), window);
    },
  },
  EthnicGroup: {
    homelands: async (group, _, ctx) => (await neighbours(ctx, group.id, 'TITULAR_IN', 'OUT', ['Region'])).sort(byName),
  },
  Country: {
    linkedRegions: (country, _, ctx) => resolveLinkedRegions(country, ctx),
  },
  Person: {
    contacts: async (person, { from, to }, ctx) => {
      const window = dateWindow('from', 'to', from, to);
      const rows = await tracingLoaders(ctx).contacts.load(person.id);
      return rows
        .map((row) => classifyContact(person, row, row.tenures))
        .filter((contact) => contactInWindow(contact, window))
        .sort(byEventDate);
    },
  },
  VisitOrMeeting: {
    __resolveType: (edge) => (edge.type === 'VISITED' ? 'Visit' : 'Meeting'),
  },
  TimelineEntry: {
    __resolveType: (entry) => timelineType(entry as TimelineEntryRow),
  },
};
