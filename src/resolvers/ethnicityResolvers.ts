import type {
  DiasporaResolvers,
  EthnicGroupResolvers,
  KinshipResolvers,
  TitularGroupResolvers,
} from '../generated/graphql.js';
import { byDate, citedSources, edgesOf, neighbours } from './graphAccess.js';
import { endpoint } from './peopleResolvers.js';

export const ethnicGroupResolvers: EthnicGroupResolvers = {
  titularIn: (group, _, ctx) => edgesOf(ctx, group.id, 'TITULAR_IN', 'OUT'),
  kinCountries: (group, _, ctx) => edgesOf(ctx, group.id, 'KIN_OF', 'OUT'),
  diasporas: (group, _, ctx) => neighbours(ctx, group.id, 'DIASPORA_OF', 'IN'),
  sources: (group, _, ctx) => citedSources(ctx, group),
};

export const kinshipResolvers: KinshipResolvers = {
  group: (kinship, _, ctx) => endpoint(ctx, kinship.from),
  country: (kinship, _, ctx) => endpoint(ctx, kinship.to),
  sources: (kinship, _, ctx) => citedSources(ctx, kinship),
};

export const titularGroupResolvers: TitularGroupResolvers = {
  group: (titular, _, ctx) => endpoint(ctx, titular.from),
  region: (titular, _, ctx) => endpoint(ctx, titular.to),
  sources: (titular, _, ctx) => citedSources(ctx, titular),
};

export const diasporaResolvers: DiasporaResolvers = {
  group: async (diaspora, _, ctx) => {
    const [group] = await neighbours(ctx, diaspora.id, 'DIASPORA_OF', 'OUT');
    if (!group) throw new Error(`diaspora ${diaspora.id} has no DIASPORA_OF relationship`);
    return group;
  },
  hostCountry: async (diaspora, _, ctx) => {
    const [country] = await neighbours(ctx, diaspora.id, 'LIVES_IN', 'OUT');
    if (!country) throw new Error(`diaspora ${diaspora.id} has no LIVES_IN relationship`);
    return country;
  },
  meetings: async (diaspora, _, ctx) => (await edgesOf(ctx, diaspora.id, 'MET', 'IN')).sort(byDate('start')),
  statements: async (diaspora, _, ctx) => (await neighbours(ctx, diaspora.id, 'MADE', 'OUT')).sort(byDate('date')),
  sources: (diaspora, _, ctx) => citedSources(ctx, diaspora),
};
