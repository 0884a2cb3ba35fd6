/**
 * `npm run export [-- --out FILE]`: writes the whole graph (every node and
 * relationship with all properties: sources, citations, retraction and audit
 * data included) to JSON Lines (format: src/export/graphExport.ts). Restore it
 * into an empty database with `npm run import -- --restore FILE`. Uses the
 * Neo4j of NEO4J_URI, or the embedded one already running (e.g. under
 * `npm start`), or starts the embedded one. `--out -` writes to stdout
 * (use `npx tsx src/bin/export.ts --out -`: npm prints its own lines on stdout).
 */
// First: .env and the NODE_ENV default, before any other module loads (see app/environment).
import '../app/environment.js';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config/config.js';
import { openDatabase } from '../app/openDatabase.js';
import { Database } from '../db/Database.js';
import { exportGraph } from '../export/graphExport.js';
import { graphFingerprint } from '../seed/graphFingerprint.js';

const log = (message: string) => console.error(`[export] ${message}`);

function defaultFile(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace('T', '-');
  return `graph-export-${stamp}.jsonl`;
}

async function run(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.error('Usage: npm run export [-- --out FILE]   (default graph-export-<time>.jsonl; --out - for stdout)');
    return;
  }
  const target = values.out ?? defaultFile();
  const database = await openDatabase(readConfig(), log, { reuseRunningEmbedded: true });
  try {
    const out = target === '-' ? process.stdout : createWriteStream(target);
    // A whole-graph read may take longer than an API query's QUERY_TIMEOUT_MS.
    const db = new Database(database.db.driver, database.db.database, 600_000);
    const result = await exportGraph(db, out, { onProgress: (n) => n % 50_000 === 0 && log(`${n} records`) });
    if (out !== process.stdout) {
      out.end();
      await finished(out);
    }
    const fingerprint = await graphFingerprint(db);
    log(`exported ${result.nodes} nodes and ${result.relationships} relationships to ${target === '-' ? 'stdout' : path.resolve(target)} in ${result.seconds.toFixed(1)} s`);
    log(`graph content hash ${fingerprint.hash} (a restore of this file reports the same)`);
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  console.error(`[export] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
