import { createHash } from 'node:crypto';
import { canonicalJson } from '../domain/canonicalJson.js';
import type { Database } from '../db/Database.js';
import { graphContent, graphCounts } from '../cypher/seedWrites.js';

/** Counts per label and type, and a SHA-256 over every node and relationship with its properties. */
export interface GraphFingerprint {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  hash: string;
}

/** Reads the whole graph's counts and content hash (for idempotence and "nothing changed" checks). */
export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  const [counts] = await db.executeRead<{ nodes: Array<[string, number]>; relationships: Array<[string, number]> }>(graphCounts());
  const [content] = await db.executeRead(graphContent());
  return {
    nodes: Object.fromEntries(counts?.nodes ?? []),
    relationships: Object.fromEntries(counts?.relationships ?? []),
    hash: createHash('sha256').update(canonicalJson(content)).digest('hex'),
  };
}
