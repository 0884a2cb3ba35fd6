import type { ImportKind } from '../import/importKinds.js';
import type { RelationshipType } from '../seed/format.js';

/**
 * The relationship facts a curator writes, as the importer knows them: the
 * import kind, the relationship type, the two reference columns (start and
 * end node) and the other columns with the stored property each is kept in
 * (visits and meetings keep `date` as `start`).
 */
export interface RelationshipFactKind {
  kind: ImportKind;
  type: RelationshipType;
  endpoints: readonly [string, string];
  columns: Readonly<Record<string, string>>;
}

export const RELATIONSHIP_FACT_KINDS = {
  tenure: { kind: 'tenure', type: 'GOVERNED', endpoints: ['person', 'region'], columns: { start: 'start', end: 'end', title: 'title', endReason: 'endReason' } },
  visit: { kind: 'visit', type: 'VISITED', endpoints: ['person', 'country'], columns: { date: 'start', end: 'end', purpose: 'purpose', occasions: 'occasions' } },
  meeting: {
    kind: 'meeting',
    type: 'MET',
    endpoints: ['person', 'counterpart'],
    columns: { date: 'start', end: 'end', counterpartRole: 'counterpartRole', place: 'place', occasions: 'occasions' },
  },
  membership: { kind: 'membership', type: 'MEMBER_OF', endpoints: ['member', 'organisation'], columns: { since: 'since', until: 'until', status: 'status' } },
  kinship: { kind: 'kinship', type: 'KIN_OF', endpoints: ['group', 'country'], columns: { basis: 'basis', note: 'note' } },
} as const satisfies Record<string, RelationshipFactKind>;

export type RelationshipFactName = keyof typeof RELATIONSHIP_FACT_KINDS;
