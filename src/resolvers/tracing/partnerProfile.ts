import type { DayWindow } from '../../cypher/subgraphAround.js';
import type { ResolversParentTypes } from '../../generated/graphql.js';
import type { EdgeRow } from '../../model/records.js';
import { byDate } from '../graphAccess.js';
import { classifyContact, distinctByName, type ContactRow } from './classifyContact.js';
import type { ProfileSourceRow, TenureContext } from './tracingRows.js';

/** A profile as `NaturalPartnerProfile` resolves it. */
export type PartnerProfileRow = ResolversParentTypes['NaturalPartnerProfile'];
type GovernorProfileRow = ResolversParentTypes['GovernorContactProfile'];

/** Whether a period [min, max] (day strings; null min: undated) may overlap the window; undated periods never do. */
export function periodInWindow(min: string | null, max: string | null, window: DayWindow): boolean {
  if (!window.start && !window.end) return true;
  if (!min) return false;
  return (!window.end || min <= window.end) && (!window.start || (max ?? min) >= window.start);
}

/** Whether a tenure may overlap the window: started by its end (or start unknown) and not ended before its start. */
function tenureInWindow(tenure: EdgeRow, window: DayWindow): boolean {
  const start = tenure.props.startMin as string | undefined;
  const end = tenure.props.endMax as string | undefined;
  return (!window.end || !start || start <= window.end) && (!window.start || !end || end >= window.start);
}

/** Whether a contact's event may fall in the window (an event without an end lasts its start's period). */
export function contactInWindow(contact: ContactRow, window: DayWindow): boolean {
  const props = contact.event.props;
  const min = (props.startMin as string | undefined) ?? null;
  const max = ((props.endMax ?? props.startMax) as string | undefined) ?? null;
  return periodInWindow(min, max, window);
}

/** Orders contacts by their event's start (undated last), then id. */
export function byEventDate(a: ContactRow, b: ContactRow): number {
  return byDate<EdgeRow>('start')(a.event, b.event);
}

/** natural / (natural + distant), rounded to 4 decimals; null when both are 0. */
function share(natural: number, distant: number): number | null {
  return natural + distant === 0 ? null : Math.round((natural / (natural + distant)) * 10_000) / 10_000;
}

/**
 * `Region.partnerProfile`: per tenure of the region that may overlap the
 * window (oldest first), the governor's visits and meetings made during
 * that tenure and in the window (undated ones only without a window),
 * classified against the region's titular groups (classifyContact) and
 * counted; totals are the sums over the tenures.
 */
export function buildPartnerProfile(row: ProfileSourceRow, window: DayWindow, from: string | null, to: string | null): PartnerProfileRow {
  const governors = row.tenures
    .filter(({ tenure }) => tenureInWindow(tenure, window))
    .map(({ tenure, governor, events }): GovernorProfileRow => {
      const context: TenureContext = { tenure, region: row.region, titularGroups: row.titularGroups, partners: row.partners };
      const contacts = events
        .map((event) => classifyContact(governor, event, [context]))
        .filter((contact) => contactInWindow(contact, window))
        .sort(byEventDate);
      const natural = contacts.filter((c) => c.classification === 'NATURAL');
      const distant = contacts.filter((c) => c.classification === 'DISTANT');
      const partnerIds = new Set(row.partners.map((p) => p.country.id));
      return {
        governor,
        tenure,
        natural: natural.length,
        distant: distant.length,
        unplaced: contacts.length - natural.length - distant.length,
        naturalShare: share(natural.length, distant.length),
        naturalCountries: distinctByName(natural.flatMap((c) => c.countries.filter((n) => partnerIds.has(n.id)))),
        distantCountries: distinctByName(distant.flatMap((c) => c.countries)),
        contacts,
      };
    });
  const sum = (pick: (g: GovernorProfileRow) => number): number => governors.reduce((total, g) => total + pick(g), 0);
  return {
    region: row.region,
    from,
    to,
    kinCountries: distinctByName(row.partners.map((p) => p.country)),
    natural: sum((g) => g.natural),
    distant: sum((g) => g.distant),
    unplaced: sum((g) => g.unplaced),
    governors,
    claims: row.claims,
  };
}
