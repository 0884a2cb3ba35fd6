import { z } from 'zod';
import { isPartialDate } from '../domain/partialDate.js';

/**
 * The shape of the seed files in seed/ (sources.json, nodes.json,
 * relationships.json). Reference data (regions, countries) is not here: it
 * comes from packages (see reference/). Every fact cites at least one source;
 * where the source states the fact, the citation carries a short verbatim quote.
 */

const partialDate = z
  .string()
  .refine(isPartialDate, { message: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD' });

/** `kind:slug` ids: lower-case, digits, hyphens; regions and countries keep their ISO codes. */
const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[A-Za-z0-9][A-Za-z0-9-]*$`), {
    message: `expected an id "${prefix}:<slug>"`,
  });

/** Any node id: `region:RU-TA`, `country:TR`, `person:ramzan-kadyrov`, ... */
export const anyNodeId = z.string().regex(/^[a-z]+:[A-Za-z0-9][A-Za-z0-9-]*$/, {
  message: 'expected a node id "<kind>:<slug>"',
});

export const citation = z.strictObject({
  source: id('source'),
  /** Verbatim, brief; omitted only where the source supports the fact without a quotable sentence. */
  quote: z.string().min(3).max(600).optional(),
});
export type Citation = z.infer<typeof citation>;

const cites = z.array(citation).min(1, { message: 'every fact cites at least one source' });

export const sourceRecord = z.strictObject({
  id: id('source'),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  url: z.url().optional(),
  published: partialDate.optional(),
  /** What kind of source: the article, a reference work, a standard or package. */
  type: z.enum(['ARTICLE', 'REFERENCE', 'STANDARD', 'PACKAGE']),
});
export type SourceRecord = z.infer<typeof sourceRecord>;

const named = {
  name: z.string().min(1),
  nameRu: z.string().min(1).optional(),
  /** Other names to search by (Latin spellings, short forms). */
  altNames: z.array(z.string().min(1)).optional(),
};

export const nodeRecord = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('Person'),
    id: id('person'),
    ...named,
    role: z.string().min(1).optional(),
    /** "Varangian": appointed from outside the region (for the literature's outsider claim). */
    outsider: z.boolean().optional(),
    cite: cites,
  }),
  z.strictObject({
    kind: z.literal('EthnicGroup'),
    id: id('group'),
    ...named,
    languageFamily: z.string().min(1).optional(),
    religion: z.string().min(1).optional(),
    cite: cites,
  }),
  z.strictObject({ kind: z.literal('Diaspora'), id: id('diaspora'), ...named, cite: cites }),
  z.strictObject({
    kind: z.literal('Organisation'),
    id: id('org'),
    ...named,
    orgKind: z.enum(['INTERGOVERNMENTAL', 'INTERNATIONAL_FEDERATION', 'COMPANY', 'FEDERAL_BODY']),
    cite: cites,
  }),
  z.strictObject({ kind: z.literal('Area'), id: id('area'), ...named, cite: cites }),
  z.strictObject({
    kind: z.literal('Statement'),
    id: id('statement'),
    summary: z.string().min(1),
    text: z.string().min(1).optional(),
    date: partialDate.optional(),
    cite: cites,
  }),
  z.strictObject({
    kind: z.literal('ActivityFigure'),
    id: id('figure'),
    scope: z.enum(['REGION', 'ALL_REGIONS_AVERAGE']),
    from: partialDate.optional(),
    to: partialDate.optional(),
    visitsAbroad: z.number().int().nonnegative().optional(),
    meetingsAbroad: z.number().int().nonnegative().optional(),
    meetingsInRussia: z.number().int().nonnegative().optional(),
    approximate: z.boolean(),
    cite: z.array(citation).length(1, { message: 'a reported figure has exactly one source' }),
  }),
  z.strictObject({
    kind: z.literal('Claim'),
    id: id('claim'),
    summary: z.string().min(1),
    cite: cites,
  }),
]);
export type NodeRecord = z.infer<typeof nodeRecord>;
export type SeedNodeKind = NodeRecord['kind'];

/** Node kinds, including the reference kinds that come from packages. */
export type NodeKind = SeedNodeKind | 'Region' | 'Country' | 'Source';

/** Relationship ids: `<type-in-lower-case>:<slug>`, e.g. `visited:murat-zyazikov-jordan`. */
const relId = z.string().regex(/^[a-z-]+:[a-z0-9][a-z0-9-]*$/, {
  message: 'expected a relationship id "<type>:<slug>" in lower case',
});

const span = { start: partialDate.optional(), end: partialDate.optional() };

/** Relationship types, their allowed endpoint kinds and their properties. */
export const relationshipRecord = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('GOVERNED'), id: relId, from: id('person'), to: id('region'),
    ...span, title: z.string().optional(), endReason: z.string().optional(), cite: cites,
  }),
  z.strictObject({
    type: z.literal('VISITED'), id: relId, from: id('person'), to: z.union([id('country'), id('area')]),
    ...span, purpose: z.string().optional(), occasions: z.string().optional(), cite: cites,
  }),
  z.strictObject({
    type: z.literal('MET'), id: relId, from: id('person'),
    to: z.union([id('person'), id('diaspora'), id('org'), id('country')]),
    ...span, counterpartRole: z.string().optional(), place: z.string().optional(),
    occasions: z.string().optional(), cite: cites,
  }),
  z.strictObject({
    type: z.literal('MEMBER_OF'), id: relId, from: z.union([id('region'), id('country')]), to: id('org'),
    since: partialDate.optional(), until: partialDate.optional(), status: z.string().optional(), cite: cites,
  }),
  z.strictObject({
    type: z.literal('KIN_OF'), id: relId, from: id('group'), to: id('country'),
    basis: z.enum(['LINGUISTIC', 'RELIGIOUS', 'HISTORICAL', 'ETHNIC']), note: z.string().optional(), cite: cites,
  }),
  z.strictObject({ type: z.literal('TITULAR_IN'), id: relId, from: id('group'), to: id('region'), cite: cites }),
  z.strictObject({ type: z.literal('DIASPORA_OF'), id: relId, from: id('diaspora'), to: id('group'), cite: cites }),
  z.strictObject({ type: z.literal('LIVES_IN'), id: relId, from: id('diaspora'), to: id('country'), cite: cites }),
  z.strictObject({
    type: z.literal('MADE'), id: z.string(),
    from: z.union([id('person'), id('region'), id('org'), id('diaspora')]), to: id('statement'), cite: cites,
  }),
  z.strictObject({ type: z.literal('ABOUT'), id: relId, from: z.union([id('statement'), id('claim')]), to: anyNodeId, cite: cites }),
  z.strictObject({ type: z.literal('BELONGS_TO'), id: relId, from: id('person'), to: id('group'), cite: cites }),
  z.strictObject({
    type: z.literal('LED'), id: relId, from: id('person'), to: id('org'),
    ...span, title: z.string(), cite: cites,
  }),
  z.strictObject({ type: z.literal('BASED_IN'), id: relId, from: id('org'), to: z.union([id('country'), id('region')]), cite: cites }),
  z.strictObject({
    type: z.literal('ATTEMPTED_INVESTMENT'), id: relId, from: id('org'), to: id('region'),
    date: partialDate.optional(), project: z.string().optional(), outcome: z.string().optional(), cite: cites,
  }),
  z.strictObject({
    type: z.literal('OPPOSED'), id: relId, from: id('org'), to: id('org'),
    // The ATTEMPTED_INVESTMENT (its id) of `to` that was opposed; none: the company as such.
    attempt: relId.optional(),
    date: partialDate.optional(), note: z.string().optional(), cite: cites,
  }),
  z.strictObject({ type: z.literal('REPORTED_FOR'), id: relId, from: id('figure'), to: id('region'), cite: cites }),
  z.strictObject({ type: z.literal('COUNTS'), id: relId, from: id('figure'), to: id('person'), cite: cites }),
  z.strictObject({ type: z.literal('ATTRIBUTED_TO'), id: relId, from: id('claim'), to: id('person'), cite: cites }),
]);
export type RelationshipRecord = z.infer<typeof relationshipRecord>;
export type RelationshipType = RelationshipRecord['type'];

export const RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  'GOVERNED', 'VISITED', 'MET', 'MEMBER_OF', 'KIN_OF', 'TITULAR_IN', 'DIASPORA_OF', 'LIVES_IN', 'MADE',
  'ABOUT', 'BELONGS_TO', 'LED', 'BASED_IN', 'ATTEMPTED_INVESTMENT', 'OPPOSED', 'REPORTED_FOR', 'COUNTS',
  'ATTRIBUTED_TO',
];

/** The kind (label) that an id's prefix names. */
export const KIND_BY_PREFIX: Readonly<Record<string, NodeKind>> = {
  region: 'Region', country: 'Country', person: 'Person', group: 'EthnicGroup', diaspora: 'Diaspora',
  org: 'Organisation', area: 'Area', statement: 'Statement', figure: 'ActivityFigure', claim: 'Claim',
  source: 'Source',
};
