import type { Database } from '../db/Database.js';
import { countEntities } from '../cypher/seedWrites.js';
import { loadSeedFiles } from '../seed/loadSeedFiles.js';
import { seedDatabase } from '../seed/seedDatabase.js';

/** Loads seed/ when the graph has no nodes yet; returns whether it did. */
export async function seedIfEmpty(db: Database, log: (message: string) => void): Promise<boolean> {
  const [row] = await db.executeRead<{ count: number }>(countEntities());
  if ((row?.count ?? 0) > 0) return false;
  const data = loadSeedFiles();
  const written = await seedDatabase(db, data);
  log(`Seeded an empty graph: ${written.nodes} nodes, ${written.relationships} relationships`);
  return true;
}
