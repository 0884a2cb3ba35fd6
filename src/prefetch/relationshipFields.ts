import type { RelationshipType } from '../seed/format.js';

/** A field of a node type whose resolver loads the node's relationships of one type through the edges loader. */
export interface RelationshipField {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  /** `edges`: the field returns the relationships (Tenure, Visit, ...); `nodes`: the nodes at their far ends (neighbours()). */
  returns: 'edges' | 'nodes';
  /** The stored properties the resolver reads of what it returns, to filter and sort them (byDate, inWindow, inOfficeAt). */
  reads: readonly string[];
}

const edges = (type: RelationshipType, direction: 'OUT' | 'IN', reads: readonly string[] = []): RelationshipField =>
  ({ type, direction, returns: 'edges', reads });
const nodes = (type: RelationshipType, direction: 'OUT' | 'IN', reads: readonly string[] = []): RelationshipField =>
  ({ type, direction, returns: 'nodes', reads });

/** What byDate('start') and inWindow(props, from, to) read. */
const WINDOWED = ['startMin', 'startMax', 'endMax'];

/**
 * What the resolvers of src/resolvers load, per GraphQL type and field: the
 * prefetch reads it to know which relationships a selection will ask for.
 * Each entry must match its resolver (tests/prefetch.test.ts asks every one
 * with and without the prefetch and compares answers and round-trips); an
 * entry that did not would cost a round-trip, never change an answer, since
 * what is primed is always the node's real relationships of that type.
 * Every resolver listed loads the whole list and filters or sorts it in
 * JavaScript, so the field's arguments do not change what is loaded.
 */
export const RELATIONSHIP_FIELDS: Readonly<Record<string, Readonly<Record<string, RelationshipField>>>> = {
  Region: {
    titularGroups: edges('TITULAR_IN', 'IN'),
    governors: edges('GOVERNED', 'IN', ['startMin', 'endMax']),
    memberships: edges('MEMBER_OF', 'OUT'),
    reportedActivity: nodes('REPORTED_FOR', 'IN'),
    statements: nodes('MADE', 'OUT', ['dateMin']),
    organisations: nodes('BASED_IN', 'IN'),
    investmentAttempts: edges('ATTEMPTED_INVESTMENT', 'IN', ['dateMin']),
  },
  Country: {
    visits: edges('VISITED', 'IN', WINDOWED),
    kinGroups: edges('KIN_OF', 'IN'),
    diasporas: nodes('LIVES_IN', 'IN'),
    memberships: edges('MEMBER_OF', 'OUT'),
  },
  Person: {
    tenures: edges('GOVERNED', 'OUT', ['startMin']),
    visits: edges('VISITED', 'OUT', WINDOWED),
    meetings: edges('MET', 'OUT', WINDOWED),
    statements: nodes('MADE', 'OUT', ['dateMin']),
    ethnicity: nodes('BELONGS_TO', 'OUT'),
    posts: edges('LED', 'OUT'),
  },
  Statement: {
    speakers: nodes('MADE', 'IN'),
    about: nodes('ABOUT', 'OUT'),
  },
  EthnicGroup: {
    titularIn: edges('TITULAR_IN', 'OUT'),
    kinCountries: edges('KIN_OF', 'OUT'),
    diasporas: nodes('DIASPORA_OF', 'IN'),
  },
  Diaspora: {
    group: nodes('DIASPORA_OF', 'OUT'),
    hostCountry: nodes('LIVES_IN', 'OUT'),
    meetings: edges('MET', 'IN', ['startMin']),
    statements: nodes('MADE', 'OUT', ['dateMin']),
  },
  Organisation: {
    country: nodes('BASED_IN', 'OUT'),
    region: nodes('BASED_IN', 'OUT'),
    members: edges('MEMBER_OF', 'IN', ['sinceMin']),
    leaders: edges('LED', 'IN', ['startMin']),
    statements: nodes('MADE', 'OUT', ['dateMin']),
  },
  ActivityFigure: {
    region: nodes('REPORTED_FOR', 'OUT'),
    governors: nodes('COUNTS', 'OUT'),
  },
  Claim: {
    attributedTo: nodes('ATTRIBUTED_TO', 'OUT'),
    about: nodes('ABOUT', 'OUT'),
  },
};

/** Fields of relationship types that resolve one end of the relationship (endpoint() or nodeOf() on `from` or `to`). */
export const END_FIELDS: Readonly<Record<string, Readonly<Record<string, 'from' | 'to'>>>> = {
  Tenure: { governor: 'from', region: 'to' },
  Visit: { visitor: 'from', country: 'to', area: 'to' },
  Meeting: { person: 'from', counterpart: 'to' },
  Post: { person: 'from', organisation: 'to' },
  Kinship: { group: 'from', country: 'to' },
  TitularGroup: { group: 'from', region: 'to' },
  Membership: { member: 'from', organisation: 'to' },
  InvestmentAttempt: { company: 'from', region: 'to' },
};

/** Whether `type.field` resolves to the sources a node or relationship cites (citedSources() on its sourceIds). */
export function isCitationField(type: string, field: string): boolean {
  return field === 'sources' || (type === 'ActivityFigure' && field === 'source');
}

/** What citedSources reads. */
export const CITATION_PROPS: readonly string[] = ['sourceIds', 'quotes'];

/**
 * The other fields with resolvers of their own that the prefetch knows, and
 * the stored properties each reads of its parent row. Root lookups read
 * none of a row (they load rows: the prefetch keeps every property of the
 * roots, which `node` reads for a Source). A field with a resolver that is
 * in none of these tables makes the prefetch fetch every property (see
 * operationProps).
 */
export const PROPS_READ: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Query: { node: [], region: [], regions: [], regionsConnection: [], country: [], person: [], organisation: [], ethnicGroup: [] },
  Country: { disputed: ['disputed'] },
  Organisation: { kind: ['orgKind'] },
  ActivityFigure: { approximate: ['approximate'] },
  Visit: { retraction: ['retractedAt', 'retractedBy', 'retractionReason'] },
  Meeting: { retraction: ['retractedAt', 'retractedBy', 'retractionReason'] },
};
