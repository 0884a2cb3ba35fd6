import { createHash } from 'node:crypto';
import type { Database } from '../db/Database.js';
import { graphContent, graphCounts } from '../cypher/seedWrites.js';

/** Counts per label and type, and a SHA-256 over every node and relationship with its properties. */
export interface GraphFingerprint {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  hash: string;
}

/** Canonical JSON: object keys sorted, so equal graphs hash equally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Reads the whole graph's counts and content hash (for idempotence and "nothing changed" checks). */
export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  const [counts] = await db.executeRead<{ nodes: Array<[string, number]>; relationships: Array<[string, number]> }>(graphCounts());
  const [content] = await db.executeRead(graphContent());
  return {
    nodes: Object.fromEntries(counts?.nodes ?? []),
    relationships: Object.fromEntries(counts?.relationships ?? []),
    hash: createHash('sha256').update(canonical(content)).digest('hex'),
  };
}
