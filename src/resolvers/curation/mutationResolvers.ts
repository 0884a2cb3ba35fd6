import { requireRole } from '../../auth/index.js';
import type { Context } from '../../context/context.js';
import {
  createFact,
  exclusiveWrite,
  RELATIONSHIP_FACT_KINDS,
  retractFact,
  updateNodeFact,
  updateRelationshipFact,
  type CitationInput,
  type InputFields,
  type RelationshipFactName,
} from '../../curation/index.js';
import type { MutationResolvers } from '../../generated/graphql.js';
import type { ImportKind } from '../../import/importKinds.js';
import { edgesOf } from '../graphAccess.js';

/** Every mutation writes; the editor role (or admin) may. */
const editor = (ctx: Context, operation: string) => requireRole(ctx.viewer, 'editor', operation);

/** Splits an input object into its fields and its citation. */
function split(input: { citation?: CitationInput | null } & object): { fields: InputFields; citation: CitationInput | null } {
  const { citation, ...fields } = input as { citation?: CitationInput | null } & InputFields;
  return { fields, citation: citation ?? null };
}

function create(operation: string, kind: ImportKind) {
  return (_: unknown, { input }: { input: { citation?: CitationInput | null } & object }, ctx: Context) => {
    const viewer = editor(ctx, operation);
    const { fields, citation } = split(input);
    return exclusiveWrite(ctx.db, () => createFact(ctx.db, viewer, operation, kind, fields, citation, ctx.stats));
  };
}

function updateRelationship(operation: string, name: RelationshipFactName) {
  return (_: unknown, { id, input }: { id: string; input: { citation: CitationInput } & object }, ctx: Context) => {
    const viewer = editor(ctx, operation);
    const { fields, citation } = split(input);
    return exclusiveWrite(ctx.db, () => updateRelationshipFact(ctx.db, viewer, operation, RELATIONSHIP_FACT_KINDS[name], id, fields, citation!, ctx.stats));
  };
}

/**
 * Curated writes (schema/curation.graphql). Each checks the token's role
 * first, then hands the input to src/curation, which checks it like an
 * import row and writes it in one transaction with its audit entry.
 */
export const mutationResolvers: MutationResolvers = {
  createSource: create('createSource', 'source'),
  createTenure: create('createTenure', 'tenure'),
  createVisit: create('createVisit', 'visit'),
  createMeeting: create('createMeeting', 'meeting'),
  createMembership: create('createMembership', 'membership'),
  createKinship: create('createKinship', 'kinship'),
  createDiaspora: create('createDiaspora', 'diaspora'),
  createStatement: create('createStatement', 'statement'),

  updateTenure: updateRelationship('updateTenure', 'tenure'),
  updateVisit: updateRelationship('updateVisit', 'visit'),
  updateMeeting: updateRelationship('updateMeeting', 'meeting'),
  updateMembership: updateRelationship('updateMembership', 'membership'),
  updateKinship: updateRelationship('updateKinship', 'kinship'),
  updateSource: (_, { id, input }, ctx) => {
    const viewer = editor(ctx, 'updateSource');
    const columns = ['title', 'url', 'publisher', 'published', 'type'];
    return exclusiveWrite(ctx.db, () => updateNodeFact(ctx.db, viewer, 'updateSource', 'source', 'Source', id, columns, { ...input }, null, undefined, ctx.stats));
  },
  updateDiaspora: (_, { id, input }, ctx) => {
    const viewer = editor(ctx, 'updateDiaspora');
    const { fields, citation } = split(input);
    const columns = ['name', 'nameRu', 'altNames'];
    return exclusiveWrite(ctx.db, () => updateNodeFact(ctx.db, viewer, 'updateDiaspora', 'diaspora', 'Diaspora', id, columns, fields, citation, undefined, ctx.stats));
  },
  updateStatement: (_, { id, input }, ctx) => {
    const viewer = editor(ctx, 'updateStatement');
    const { fields, citation } = split(input);
    // The import row of a statement names its speaker; the stored one is kept.
    const speaker = async () => ({ speaker: (await edgesOf(ctx, id, 'MADE', 'IN'))[0]?.from });
    const columns = ['summary', 'text', 'date'];
    return exclusiveWrite(ctx.db, () => updateNodeFact(ctx.db, viewer, 'updateStatement', 'statement', 'Statement', id, columns, fields, citation, speaker, ctx.stats));
  },

  retractFact: (_, { id, reason }, ctx) => {
    const viewer = editor(ctx, 'retractFact');
    return exclusiveWrite(ctx.db, () => retractFact(ctx.db, viewer, id, reason, ctx.stats));
  },
};
