import type { ResolversParentTypes } from '../../generated/graphql.js';
import type { NodeRow } from '../../model/records.js';
import type { EventRow, PartnerRow, TenureContext } from './tracingRows.js';

/** A classified contact, as `Contact` resolves it. */
export type ContactRow = ResolversParentTypes['Contact'];

const nameOf = (node: NodeRow): string => String(node.props.name ?? node.id);
const byName = (a: NodeRow, b: NodeRow): number => nameOf(a).localeCompare(nameOf(b)) || a.id.localeCompare(b.id);

/** Distinct nodes by id, by name. */
export function distinctByName(nodes: readonly NodeRow[]): NodeRow[] {
  return [...new Map(nodes.map((n) => [n.id, n])).values()].sort(byName);
}

/** Kin partners first (KINSHIP before DIASPORA), then by country and group name. */
function byBasis(a: { partner: PartnerRow }, b: { partner: PartnerRow }): number {
  return (
    (a.partner.basis === b.partner.basis ? 0 : a.partner.basis === 'KINSHIP' ? -1 : 1) ||
    byName(a.partner.country, b.partner.country) ||
    byName(a.partner.group, b.partner.group)
  );
}

/** Why a natural contact is natural, in words. */
function naturalReason(region: NodeRow, partner: PartnerRow): string {
  const group = nameOf(partner.group);
  const country = nameOf(partner.country);
  return partner.basis === 'KINSHIP'
    ? `${country} is a kin country of the ${group} (${partner.groundKind ?? 'kinship'}), titular in ${nameOf(region)}`
    : `${country} hosts a diaspora of the ${group} (${partner.diaspora ? nameOf(partner.diaspora) : 'diaspora'}), titular in ${nameOf(region)}`;
}

/** Why a contact linked to `countries` but to no kin partner is distant, in words. */
function distantReason(countries: readonly NodeRow[], tenures: readonly TenureContext[]): string {
  const names = countries.map(nameOf).join(', ');
  if (tenures.length === 0) return `${names}: made while governing no region, so no titular group applies`;
  return tenures
    .map(({ region, titularGroups }) =>
      titularGroups.length === 0
        ? `${nameOf(region)} has no titular group in the graph, so ${names} cannot be a kin or diaspora country`
        : `${names}: not a kin or diaspora country of the titular group(s) of ${nameOf(region)} (${titularGroups.join(', ')})`,
    )
    .join('; ');
}

/** Why a contact is linked to no country, in words. */
function unplacedReason(contact: EventRow): string {
  const target = nameOf(contact.counterpart);
  return contact.event.type === 'VISITED'
    ? `the visit is to a wider area (${target}), not a country`
    : `the counterpart (${target}) is linked to no country in the graph`;
}

/**
 * Classifies one visit or meeting of `person` against the titular groups of
 * the regions the person governed during it (`tenures`):
 *
 * - NATURAL when a country the event is linked to is a kin partner of one of
 *   those regions (a titular group is KIN_OF it, or a diaspora of one
 *   LIVES_IN it); `basis`, `group` and `path` name the first such partner
 *   (KINSHIP before DIASPORA, then by country and group name);
 * - DISTANT when the event is linked to countries, none of them such a partner
 *   (including when the person governed no region then, or the region has no
 *   titular group);
 * - UNPLACED when the event is linked to no country (a wider area, a
 *   counterpart the graph ties to no country).
 */
export function classifyContact(person: NodeRow, contact: EventRow, tenures: readonly TenureContext[]): ContactRow {
  const countries = distinctByName(contact.countries);
  const linked = new Set(countries.map((c) => c.id));
  const matches = tenures
    .flatMap((t) => t.partners.filter((p) => linked.has(p.country.id)).map((partner) => ({ region: t.region, partner })))
    .sort(byBasis);
  const best = matches[0];
  const classification = best ? 'NATURAL' : countries.length > 0 ? 'DISTANT' : 'UNPLACED';
  const reason = best
    ? [...new Set(matches.map((m) => naturalReason(m.region, m.partner)))].join('; ')
    : countries.length > 0
      ? distantReason(countries, tenures)
      : unplacedReason(contact);
  return {
    kind: contact.event.type === 'VISITED' ? 'VISIT' : 'MEETING',
    event: contact.event,
    person,
    start: (contact.event.props.start as string | undefined) ?? null,
    end: (contact.event.props.end as string | undefined) ?? null,
    regions: distinctByName(tenures.map((t) => t.region)),
    countries,
    natural: classification === 'NATURAL',
    classification,
    basis: best?.partner.basis ?? null,
    group: best?.partner.group ?? null,
    path: best ? { nodes: best.partner.nodes, edges: best.partner.edges } : null,
    reason,
  };
}
