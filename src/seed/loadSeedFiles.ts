import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { REPO_ROOT } from '../config/config.js';
import {
  KIND_BY_PREFIX,
  nodeRecord,
  relationshipRecord,
  sourceRecord,
  type Citation,
  type SourceRecord,
} from './format.js';
import { referenceCountries } from './reference/referenceCountries.js';
import { referenceRegions } from './reference/referenceRegions.js';
import { SeedValidationError, type SeedProblem } from './SeedValidationError.js';
import type { StoredNode, StoredRelationship } from './StoredRecord.js';
import { toStoredProps } from './toStoredProps.js';

/** Everything the seed writes, validated. */
export interface SeedData {
  sources: StoredNode[];
  nodes: StoredNode[];
  relationships: StoredRelationship[];
}

function readArray(dir: string, file: string, problems: SeedProblem[]): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  } catch (error) {
    problems.push({ file, reason: `cannot read JSON: ${(error as Error).message}` });
    return [];
  }
  if (!Array.isArray(parsed)) {
    problems.push({ file, reason: `expected a JSON array, received ${typeof parsed}` });
    return [];
  }
  return parsed;
}

function parseRows<S extends z.ZodType>(file: string, rows: unknown[], schema: S, problems: SeedProblem[]) {
  const good: Array<{ row: number; value: z.infer<S> }> = [];
  rows.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      good.push({ row: index + 1, value: result.data });
    } else {
      const id = (raw as { id?: unknown } | null)?.id;
      for (const issue of result.error.issues) {
        const where = issue.path.length ? issue.path.join('.') : '(item)';
        problems.push({ file, row: index + 1, reason: `${typeof id === 'string' ? `${id}: ` : ''}${where}: ${issue.message}` });
      }
    }
  });
  return good;
}

function storedSource(source: SourceRecord): StoredNode {
  const { id, ...fields } = source;
  return { id, kind: 'Source', props: { id, ...toStoredProps(fields, []) } };
}

/**
 * Reads and validates the seed files in `dir` (default seed/) and joins them
 * with the reference data from packages. Checks every item's shape, unique
 * ids, that relationship endpoints exist with the kinds their type allows,
 * and that every cited source exists. Throws SeedValidationError listing
 * every problem (file, row, reason); returns data only when all is well.
 */
export function loadSeedFiles(dir = path.join(REPO_ROOT, 'seed')): SeedData {
  const problems: SeedProblem[] = [];
  const regions = referenceRegions();
  const countries = referenceCountries();

  const sourceRows = parseRows('sources.json', readArray(dir, 'sources.json', problems), sourceRecord, problems);
  const nodeRows = parseRows('nodes.json', readArray(dir, 'nodes.json', problems), nodeRecord, problems);
  const relRows = parseRows(
    'relationships.json',
    readArray(dir, 'relationships.json', problems),
    relationshipRecord,
    problems,
  );

  const sources = [...regions.sources, ...countries.sources, ...sourceRows.map((r) => r.value)].map(storedSource);
  const sourceIds = new Set<string>();
  for (const s of sources) {
    if (sourceIds.has(s.id)) problems.push({ file: 'sources.json', reason: `duplicate source id ${s.id}` });
    sourceIds.add(s.id);
  }

  const checkCites = (file: string, row: number, owner: string, cite: readonly Citation[]) => {
    for (const c of cite) {
      if (!sourceIds.has(c.source)) problems.push({ file, row, reason: `${owner}: cites unknown source ${c.source}` });
    }
  };

  const nodes: StoredNode[] = [...regions.nodes, ...countries.nodes];
  const nodeIds = new Set(nodes.map((n) => n.id));
  for (const { row, value } of nodeRows) {
    if (nodeIds.has(value.id)) {
      problems.push({ file: 'nodes.json', row, reason: `duplicate node id ${value.id}` });
      continue;
    }
    nodeIds.add(value.id);
    checkCites('nodes.json', row, value.id, value.cite);
    const { kind, id, cite, ...fields } = value;
    nodes.push({ id, kind, props: { id, ...toStoredProps(fields, cite) } });
  }

  const relationships: StoredRelationship[] = [];
  const relIds = new Set<string>();
  for (const { row, value } of relRows) {
    const { type, id, from, to, cite, ...fields } = value;
    if (relIds.has(id)) problems.push({ file: 'relationships.json', row, reason: `duplicate relationship id ${id}` });
    relIds.add(id);
    for (const end of [from, to]) {
      if (!nodeIds.has(end)) {
        const kind = KIND_BY_PREFIX[end.split(':')[0] ?? ''] ?? 'unknown kind';
        problems.push({ file: 'relationships.json', row, reason: `${id}: ${type} refers to ${end} (${kind}), which does not exist` });
      }
    }
    checkCites('relationships.json', row, id, cite);
    relationships.push({ id, type, from, to, props: { id, ...toStoredProps(fields, cite) } });
  }

  // An opposition that names an attempt names an investment attempt of the company it opposes.
  const attempts = new Map(relationships.filter((r) => r.type === 'ATTEMPTED_INVESTMENT').map((r) => [r.id, r]));
  for (const { row, value } of relRows) {
    if (value.type !== 'OPPOSED' || value.attempt === undefined) continue;
    const attempt = attempts.get(value.attempt);
    if (attempt?.from !== value.to) {
      problems.push({
        file: 'relationships.json',
        row,
        reason: `${value.id}: attempt must be the id of an ATTEMPTED_INVESTMENT of ${value.to}, received ${value.attempt} (${attempt ? `an attempt of ${attempt.from}` : 'no such attempt'})`,
      });
    }
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  return { sources, nodes, relationships };
}
