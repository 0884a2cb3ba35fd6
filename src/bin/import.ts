/**
 * `npm run import -- [options] FILE...`: bulk import of CSV / JSON Lines files
 * of events and entities (docs/readme/import.md), or `--restore FILE`: load a
 * graph export (`npm run export`) into an empty database. Uses the Neo4j of
 * NEO4J_URI, or the embedded one already running on NEO4J_BOLT_PORT (e.g.
 * under `npm start`), or starts the embedded one.
 *
 * Exit codes: 0 done (or dry run without problems); 1 rows were rejected and
 * nothing was written (or a dry run found problems); 2 bad usage or a failure.
 */
// First: .env and the NODE_ENV default, before any other module loads (see app/environment).
import '../app/environment.js';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config/config.js';
import { openDatabase } from '../app/openDatabase.js';
import { Database } from '../db/Database.js';
import { restoreGraph } from '../export/graphRestore.js';
import { graphFingerprint } from '../seed/graphFingerprint.js';
import { IMPORT_KINDS, normalizeKind } from '../import/importKinds.js';
import { ImportAbortedError } from '../import/ImportProblem.js';
import { barProgress, lineProgress } from '../import/progress.js';
import { formatImportReport, runImport } from '../import/runImport.js';

const log = (message: string) => console.log(`[import] ${message}`);
/** A bulk job's reads (lookups of thousands of rows, a whole-graph fingerprint) may take longer than an API query. */
const BULK_TIMEOUT_MS = 600_000;

const USAGE = `Usage:
  npm run import -- [options] FILE...      import CSV (.csv, .tsv) and JSON Lines (.jsonl) files
  npm run import -- --restore EXPORT.jsonl  load a graph export into an empty database

Options:
  --kind KIND             the kind of rows that have no kind column (${IMPORT_KINDS.join(', ')})
  --source SOURCE         the source (id or URL) of rows that have no source column
  --source-title TITLE    ... or a source defined here: title (and --source-url, --source-publisher,
  --source-url URL            --source-published YYYY[-MM[-DD]], --source-type ARTICLE|REFERENCE|STANDARD|PACKAGE)
  --skip-invalid          write the valid rows even if some are rejected (rejects go to --rejects FILE,
                          default <first file>.rejects.csv)
  --rejects FILE          write rejected rows with their reasons to FILE (.csv or .jsonl)
  --dry-run               report what would be created, updated or left unchanged; write nothing
  --batch-size N          rows per write transaction (default 5000)
  --actor NAME            who runs the import, for the audit trail (default: the system user)
  --help                  this text`;

async function run(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      source: { type: 'string' },
      'source-title': { type: 'string' },
      'source-url': { type: 'string' },
      'source-publisher': { type: 'string' },
      'source-published': { type: 'string' },
      'source-type': { type: 'string' },
      'skip-invalid': { type: 'boolean', default: false },
      rejects: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      actor: { type: 'string' },
      restore: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const usage = (message: string) => {
    console.error(`[import] ${message}\n\n${USAGE}`);
    return 2;
  };
  if (values.restore) {
    if (positionals.length > 0) return usage('--restore takes one export file and no other files');
    return restore(values.restore);
  }
  if (positionals.length === 0) return usage('no files given');
  const kind = values.kind === undefined ? undefined : normalizeKind(values.kind);
  if (values.kind !== undefined && !kind) return usage(`unknown --kind "${values.kind}"`);
  const batchSize = values['batch-size'] === undefined ? 5_000 : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) return usage('--batch-size must be an integer from 1 to 100000');
  const sourceFlags = ['source-url', 'source-publisher', 'source-published', 'source-type'] as const;
  if (!values['source-title'] && sourceFlags.some((f) => values[f] !== undefined)) return usage('--source-url etc. need --source-title');
  if (values['source-title'] && values.source) return usage('give either --source or --source-title, not both');
  const missing = positionals.filter((f) => !existsSync(f));
  if (missing.length > 0) return usage(`file(s) not found: ${missing.join(', ')}`);

  const database = await openDatabase(readConfig(), log, { reuseRunningEmbedded: true });
  const db = new Database(database.db.driver, database.db.database, BULK_TIMEOUT_MS);
  try {
    const result = await runImport(db, {
      files: positionals.map((f) => path.resolve(f)),
      kind,
      source: values.source,
      sourceDefinition: values['source-title']
        ? {
            title: values['source-title'],
            url: values['source-url'],
            publisher: values['source-publisher'],
            published: values['source-published'],
            type: values['source-type'],
          }
        : undefined,
      skipInvalid: values['skip-invalid'],
      dryRun: values['dry-run'],
      rejectsFile: values.rejects ? path.resolve(values.rejects) : undefined,
      batchSize,
      actor: values.actor ?? `import:${userInfo().username}`,
      progress: process.stdout.isTTY ? barProgress(process.stdout, log) : lineProgress(log),
    });
    for (const line of formatImportReport(result)) log(line);
    if (result.outcome === 'rejected') return 1;
    if (result.outcome === 'dry-run' && result.problems.length > 0 && !values['skip-invalid']) return 1;
    return 0;
  } catch (error) {
    if (error instanceof ImportAbortedError) {
      console.error(`[import] ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

async function restore(file: string): Promise<number> {
  if (!existsSync(file)) {
    console.error(`[import] export file not found: ${file}`);
    return 2;
  }
  const database = await openDatabase(readConfig(), log, { reuseRunningEmbedded: true });
  try {
    const progress = lineProgress(log); // the number of records is not known before the end
    progress.start('restoring', 0);
    const db = new Database(database.db.driver, database.db.database, BULK_TIMEOUT_MS);
    const result = await restoreGraph(db, file, { onProgress: (n) => progress.update(n, n) }).finally(() => progress.stop());
    const fingerprint = await graphFingerprint(db);
    log(`restored ${result.nodes} nodes and ${result.relationships} relationships in ${result.seconds.toFixed(1)} s`);
    log(`graph content hash ${fingerprint.hash}`);
    return 0;
  } finally {
    await database.close();
  }
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[import] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
