import type { Viewer } from '../auth/index.js';
import {
  createAuditEntry,
  labelOfNodeFactId,
  nodeFactDependants,
  retractNode,
  retractRelationships,
  typeOfRelationshipId,
  type AuditRecord,
  type RetractionStamp,
} from '../cypher/curation/index.js';
import type { Database, QueryStats } from '../db/Database.js';
import { BadUserInputError, NotFoundError } from '../errors/index.js';
import type { RelationshipType } from '../seed/format.js';
import { auditRecord } from '../domain/auditRecord.js';
import type { FactRow } from './FactRow.js';
import { readFact } from './readFact.js';
import { runCountedWrites } from '../import/writeImport.js';

/** What a retraction did (RetractPayload's parent). */
export interface RetractOutcome {
  fact: FactRow;
  alsoRetracted: string[];
  auditEntry: AuditRecord;
}

const MAX_REASON = 2_000;

/**
 * Retracts a fact by id, keeping it with who, when and why (see
 * retractionModel): a relationship fact alone; a statement or diaspora with
 * its own relationships; all in one transaction with an audit entry.
 * Refused (BAD_USER_INPUT, naming them) while other facts name the node
 * (meetings with a diaspora, facts citing a source). NOT_FOUND for an
 * unknown id; BAD_USER_INPUT for one already retracted or an empty reason.
 */
export async function retractFact(db: Database, viewer: Viewer, id: string, reason: string, stats?: QueryStats): Promise<RetractOutcome> {
  const operation = 'retractFact';
  const why = reason.trim();
  if (why.length === 0 || why.length > MAX_REASON) {
    throw new BadUserInputError(`${operation}: reason must be 1 to ${MAX_REASON} characters (why the fact is retracted), received ${why.length}`, {
      argument: 'reason',
    });
  }
  const stored = await readFact(db, id, true, stats);
  if (!stored) {
    const kind = typeOfRelationshipId(id) ?? labelOfNodeFactId(id);
    throw new NotFoundError(
      kind
        ? `${operation}: no fact has the id "${id}"`
        : `${operation}: "${id}" is not the id of a fact (expected a relationship id such as visited:…, or statement:…, diaspora:…, source:…)`,
      { argument: 'id' },
    );
  }
  if (typeof stored.props.retractedAt === 'string') {
    throw new BadUserInputError(`${operation}: ${id} is already retracted (${stored.props.retractedAt}, by ${String(stored.props.retractedBy)})`, {
      argument: 'id',
    });
  }
  const stamp: RetractionStamp = { by: viewer.name, at: new Date().toISOString(), reason: why };
  const entry = auditRecord(viewer, operation, id, 'RETRACTED', { id, reason: why }, stamp.at);
  const alsoRetracted: string[] = [];
  await db.writeTransaction(async (run) => {
    alsoRetracted.length = 0;
    if (stored.element === 'rel') {
      const rows = await run(retractRelationships(stored.type, [id], stamp));
      if (rows.length !== 1) throw new Error(`${operation}: ${id} changed while it was being retracted`);
    } else {
      const label = labelOfNodeFactId(id)!;
      const [dependants] = await run<{ own: Array<{ id: string; type: RelationshipType }>; blockers: string[]; blockerCount: number }>(
        nodeFactDependants(label, id),
      );
      if (!dependants) throw new Error(`${operation}: ${id} changed while it was being retracted`);
      if (dependants.blockerCount > 0) {
        throw new BadUserInputError(
          `${operation}: ${dependants.blockerCount} other fact(s) name or cite ${id} (${dependants.blockers.join(', ')}${dependants.blockerCount > dependants.blockers.length ? ', …' : ''}); retract or correct them first`,
          { argument: 'id', blockers: dependants.blockers },
        );
      }
      const byType = new Map<RelationshipType, string[]>();
      for (const rel of dependants.own) byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel.id]);
      for (const [type, ids] of byType) {
        const rows = await run(retractRelationships(type, ids, stamp));
        if (rows.length !== ids.length) throw new Error(`${operation}: ${type} relationships of ${id} changed while being retracted`);
        alsoRetracted.push(...ids);
      }
      const rows = await run(retractNode(label, id, stamp));
      if (rows.length !== 1) throw new Error(`${operation}: ${id} changed while it was being retracted`);
    }
    await runCountedWrites(run, [{ query: createAuditEntry(entry), expected: 1, what: 'audit entry' }]);
  }, stats);
  const after = await readFact(db, id, true, stats);
  if (!after) throw new Error(`${operation}: ${id} is missing right after it was retracted`);
  return { fact: after, alsoRetracted: alsoRetracted.sort(), auditEntry: entry };
}
