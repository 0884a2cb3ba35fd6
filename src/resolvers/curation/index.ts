import { requireRole } from '../../auth/index.js';
import { auditEntries, RETRACTED_TYPE, type AuditRecord } from '../../cypher/curation/index.js';
import { readFact, retractionOf } from '../../curation/index.js';
import type { Resolvers } from '../../generated/graphql.js';
import { citedSources } from '../graphAccess.js';
import { intInRange } from '../validate.js';
import { mutationResolvers } from './mutationResolvers.js';

/** Largest page of the audit trail. */
const MAX_AUDIT_PAGE = 500;

/** Curated writes, facts by id (with retracted ones on request) and the audit trail (schema/curation.graphql). */
export const curationResolvers: Resolvers = {
  Mutation: mutationResolvers,
  Query: {
    fact: (_, { id, includeRetracted }, ctx) => readFact(ctx.db, id, includeRetracted ?? false, ctx.stats),
    auditTrail: async (_, { targetId, actor, first }, ctx) => {
      requireRole(ctx.viewer, 'admin', 'Reading the audit trail');
      const limit = intInRange('first', first, 50, 1, MAX_AUDIT_PAGE);
      const rows = await ctx.db.executeRead<{ entry: AuditRecord }>(auditEntries({ targetId, actor }, limit), ctx.stats);
      return rows.map((r) => r.entry);
    },
  },
  FactRecord: {
    type: (fact) =>
      fact.element === 'rel'
        ? fact.type === (RETRACTED_TYPE as string) ? String(fact.props.retractedType) : fact.type
        : typeof fact.props.retractedLabel === 'string' ? fact.props.retractedLabel : fact.kind,
    from: (fact) => (fact.element === 'rel' ? fact.from : null),
    to: (fact) => (fact.element === 'rel' ? fact.to : null),
    properties: (fact) => fact.props,
    sources: (fact, _, ctx) => citedSources(ctx, fact),
    retraction: (fact) => retractionOf(fact.props),
  },
  AuditEntry: {
    input: (entry) => JSON.parse(entry.input) as Record<string, unknown>,
  },
};
