import DataLoader from 'dataloader';
import type { Context } from '../../context/context.js';
import type { CypherQuery } from '../../cypher/CypherQuery.js';
import { countryLinkedRegions } from '../../cypher/countryLinkedRegions.js';
import { personContacts } from '../../cypher/personContacts.js';
import { regionKinPartners } from '../../cypher/regionKinPartners.js';
import { regionPartnerProfiles } from '../../cypher/regionPartnerProfiles.js';
import { regionTimelines } from '../../cypher/regionTimelines.js';
import type {
  KinPartnerSourceRow,
  PersonContactSourceRow,
  ProfileSourceRow,
  RegionLinkSourceRow,
  TimelineSourceRow,
} from './tracingRows.js';

/** Per-request batching for the tracing fields: each loader runs ONE query for all the ids a request level asks for. */
export interface TracingLoaders {
  /** The kin-partner loader for one `evidenceFirst` (null: all evidence); one loader, hence one batch, per value a request uses. */
  kinPartners: (evidenceFirst: number | null) => DataLoader<string, KinPartnerSourceRow[]>;
  linkedRegions: DataLoader<string, RegionLinkSourceRow[]>;
  contacts: DataLoader<string, PersonContactSourceRow[]>;
  /** One row per region id (an empty list for an unknown id). */
  profiles: DataLoader<string, ProfileSourceRow[]>;
  timelines: DataLoader<string, TimelineSourceRow[]>;
}

/** One request's loaders, keyed by its context (which lives exactly as long as the request). */
const perRequest = new WeakMap<Context, TracingLoaders>();

/** A loader whose batch is one query; its rows are grouped by `keyOf` back onto the ids, in id order. */
function groupedLoader<Row extends object>(
  ctx: Context,
  query: (ids: readonly string[]) => CypherQuery,
  keyOf: (row: Row) => string,
): DataLoader<string, Row[]> {
  return new DataLoader(async (ids) => {
    const rows = await ctx.db.executeRead<Row>(query(ids), ctx.stats);
    const byId = new Map<string, Row[]>(ids.map((id) => [id, []]));
    for (const row of rows) byId.get(keyOf(row))?.push(row);
    return ids.map((id) => byId.get(id) ?? []);
  });
}

/** The tracing loaders of the request `ctx` belongs to (created on first use, never shared across requests). */
export function tracingLoaders(ctx: Context): TracingLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const kinPartners = new Map<number | null, DataLoader<string, KinPartnerSourceRow[]>>();
    loaders = {
      kinPartners: (evidenceFirst) => {
        let loader = kinPartners.get(evidenceFirst);
        if (!loader) {
          loader = groupedLoader<KinPartnerSourceRow>(ctx, (ids) => regionKinPartners(ids, evidenceFirst), (r) => r.regionId);
          kinPartners.set(evidenceFirst, loader);
        }
        return loader;
      },
      linkedRegions: groupedLoader<RegionLinkSourceRow>(ctx, countryLinkedRegions, (r) => r.countryId),
      contacts: groupedLoader<PersonContactSourceRow>(ctx, personContacts, (r) => r.personId),
      profiles: groupedLoader<ProfileSourceRow>(ctx, regionPartnerProfiles, (r) => r.regionId),
      timelines: groupedLoader<TimelineSourceRow>(ctx, regionTimelines, (r) => r.regionId),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
