import { stat } from 'node:fs/promises';
import path from 'node:path';
import { searchKey } from '../cypher/searchNodes.js';
import type { Database } from '../db/Database.js';
import type { NodeKind } from '../seed/format.js';
import { chunks, compareWithStored } from './compareWithStored.js';
import { describeEntity, EntityIndex, kindList, type KnownEntity, type Resolution } from './entityIndex.js';
import { COMMAND_LINE, factOf, mergeFact, type Fact, type ValidRow } from './facts.js';
import { referableEntities, similarNames } from './importCypher.js';
import { ImportAbortedError, type ImportProblem } from './ImportProblem.js';
import {
  ENTITY_KINDS,
  ENTITY_LABEL,
  IMPORT_KINDS,
  normalizeFields,
  normalizeKind,
  sourceRow,
  validateRow,
  type ImportKind,
  type ImportRow,
} from './importKinds.js';
import { silentProgress, type ProgressReporter } from './progress.js';
import { readRecords, type RawRecord, type RowRef } from './readRecords.js';
import { Rejections } from './Rejections.js';
import { slugify } from './slugs.js';

export type { Element, ElementWrite, Fact, FactStatus, NodeElement, RelElement } from './facts.js';

/** One source for every row of the import that has no `source` of its own, defined on the command line. */
export interface SourceDefinition {
  title: string;
  url?: string;
  publisher?: string;
  published?: string;
  type?: string;
}

export interface PlanOptions {
  files: readonly string[];
  /**
   * Records given in memory instead of files (the curated mutations): each
   * names its `file` (e.g. `(mutation)`) and `line`; validated and resolved
   * exactly like rows of a file.
   */
  records?: readonly RawRecord[];
  /** The kind of every row that has no `kind` column/field. */
  kind?: ImportKind;
  /** The source (id or URL) of every row without a `source`. */
  source?: string;
  /** A new (or existing, by URL) source for every row without a `source`. */
  sourceDefinition?: SourceDefinition;
  progress?: ProgressReporter;
  /** Rows a query looks up at a time. */
  lookupBatchSize?: number;
}

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportPlan {
  files: string[];
  rowsRead: number;
  /** Every problem found, with file, line, column and reason. */
  problems: ImportProblem[];
  /** The records of rejected rows (for a rejects file), in file order. */
  rejected: Array<{ record: RawRecord; problems: ImportProblem[] }>;
  /** Facts of the valid rows, in write order (entities first). */
  facts: Fact[];
  byKind: Record<ImportKind, KindCounts>;
  /** Seconds spent reading and validating, resolving names, and comparing with the database. */
  phases: { read: number; resolve: number; compare: number };
}

/** Reference columns of each kind and the node kinds they may name. */
const REFERENCE_COLUMNS: Readonly<Partial<Record<ImportKind, Record<string, readonly NodeKind[]>>>> = {
  diaspora: { group: ['EthnicGroup'], country: ['Country'] },
  statement: { speaker: ['Person', 'Region', 'Organisation', 'Diaspora'] },
  tenure: { person: ['Person'], region: ['Region'] },
  membership: { member: ['Region', 'Country'], organisation: ['Organisation'] },
  kinship: { group: ['EthnicGroup'], country: ['Country'] },
  visit: { person: ['Person'], country: ['Country', 'Area'] },
  meeting: { person: ['Person'], counterpart: ['Person', 'Diaspora', 'Organisation', 'Country'] },
};
const ABOUT_KINDS: readonly NodeKind[] = ['Country', 'Person', 'Organisation', 'Region', 'EthnicGroup'];

/** Write order of kinds (entities first). */
const KIND_RANK = new Map<ImportKind, number>(IMPORT_KINDS.map((k, i) => [k, i]));
const byKindRank = (a: { kind: ImportKind }, b: { kind: ImportKind }) => KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)!;

/**
 * Reads, validates and resolves every row of the files, and compares the
 * facts they state with what the database holds: what the import would
 * create, update or leave unchanged, and every problem (file, line, column,
 * reason). Reads the database, never writes to it. Throws ImportAbortedError
 * when a file cannot be read at all (unknown file type, unknown column, bad
 * CSV) or the command line's source is unusable.
 */
export async function planImport(db: Database, options: PlanOptions): Promise<ImportPlan> {
  const progress = options.progress ?? silentProgress;
  const lookupBatch = options.lookupBatchSize ?? 5_000;
  const rejections = new Rejections();
  const fatal: ImportProblem[] = [];

  const t0 = Date.now();
  // 1. Read and validate every row.
  const valid: ValidRow[] = [];
  /** Ids, names and URLs of entities whose rows were rejected: unknown references to them say so. */
  const rejectedDefinitions = new Map<string, RowRef>();
  let rowsRead = 0;
  const displayNames = options.files.map((f) => displayName(f));
  const sizes = await Promise.all(options.files.map((f) => stat(f).then((s) => s.size, () => 0)));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  progress.start('reading', totalBytes);
  let bytesBefore = 0;
  for (const record of options.records ?? []) {
    rowsRead += 1;
    const validated = validateRecord(record, options.kind, rejections);
    if (validated) {
      rejections.register(record);
      valid.push(validated);
    }
  }
  for (const [index, file] of options.files.entries()) {
    const name = displayNames[index]!;
    for await (const event of readRecords(file, name, {
      onBytes: (bytes) => progress.update(bytesBefore + bytes, rowsRead),
    })) {
      if ('problem' in event) {
        if (event.fatal) {
          fatal.push(event.problem);
        } else {
          rowsRead += 1;
          rejections.add(event.problem, event.record);
        }
        continue;
      }
      rowsRead += 1;
      const validated = validateRecord(event.record, options.kind, rejections);
      if (validated) {
        rejections.register(event.record);
        valid.push(validated);
      } else {
        noteRejectedDefinition(event.record, options.kind, rejectedDefinitions);
      }
    }
    bytesBefore += sizes[index] ?? 0;
  }
  progress.update(totalBytes, rowsRead);
  progress.stop();

  // The command line's source, validated like a source row.
  let commandLineSource: ValidRow | undefined;
  if (options.sourceDefinition) {
    const result = sourceRow.safeParse({ kind: 'source', ...normalizeFields({ ...options.sourceDefinition }) });
    if (!result.success) {
      for (const issue of result.error.issues) {
        fatal.push({ file: COMMAND_LINE.file, reason: `--source-${String(issue.path[0] ?? 'title')}: ${issue.message}` });
      }
    } else {
      commandLineSource = {
        record: { ...COMMAND_LINE, fields: { ...options.sourceDefinition } },
        kind: 'source',
        row: result.data,
        refs: {},
      };
    }
  }
  if (fatal.length > 0) throw new ImportAbortedError(fatal);

  const t1 = Date.now();
  progress.note(`resolving names of ${valid.length} valid row(s)…`);
  // 2. What the database holds that rows may name.
  const index = new EntityIndex();
  const dbEntities = await db.executeRead<{
    id: string; kind: NodeKind; name: string | null; nameRu: string | null; altNames: string[] | null; title: string | null; url: string | null;
  }>(referableEntities());
  if (!dbEntities.some((e) => e.kind === 'Country')) {
    throw new ImportAbortedError([
      { file: COMMAND_LINE.file, reason: 'the database holds no countries or regions: load the seed first (npm run seed, or npm start once)' },
    ]);
  }
  for (const e of dbEntities) {
    index.add(
      { id: e.id, kind: e.kind, label: e.name ?? e.title ?? e.id, inDatabase: true, definedBy: [], url: e.url ?? undefined },
      [e.name, e.nameRu, ...(e.altNames ?? [])].filter((n): n is string => typeof n === 'string'),
    );
  }

  // 3. Entity rows: which entity each defines (an existing one, or a new id), in kind order.
  const entityRows = [...(commandLineSource ? [commandLineSource] : []), ...valid.filter((v) => ENTITY_KINDS.has(v.kind))];
  entityRows.sort(byKindRank);
  for (const entry of entityRows) {
    identifyEntity(entry, index, rejections);
    if (!entry.entityId) noteRejectedDefinition(entry.record, entry.kind, rejectedDefinitions);
  }

  // 4. References and sources.
  let defaultSource: KnownEntity | undefined;
  if (commandLineSource?.entityId) defaultSource = index.get(commandLineSource.entityId);
  if (options.source) {
    const resolved = resolveSource(options.source, index);
    if ('error' in resolved) throw new ImportAbortedError([{ file: COMMAND_LINE.file, reason: `--source: ${resolved.error}` }]);
    defaultSource = resolved.entity;
  }
  const unknownNames: Array<{ text: string; kinds: readonly NodeKind[]; record: RawRecord; column: string; reason: string }> = [];
  const cache = new Map<string, Resolution>();
  const resolve = (value: string, kinds: readonly NodeKind[]): Resolution => {
    const key = `${kinds.join(',')}\u0000${value}`;
    let resolution = cache.get(key);
    if (!resolution) {
      resolution = kinds.length === 1 && kinds[0] === 'Source' ? resolveSource(value, index) : index.resolve(value, kinds);
      cache.set(key, resolution);
    }
    return resolution;
  };
  for (const entry of valid) {
    if (rejections.has(entry.record)) continue;
    resolveRow(entry, resolve, defaultSource, rejections, unknownNames);
  }
  await addSuggestions(db, index, unknownNames, rejections, rejectedDefinitions);

  // 5. Rows that depend on rejected rows: entities and sources defined only by rejected rows.
  cascadeRejections(valid, rejections);

  // 6. Facts, merged by natural key (the command line's source only when a row cites it).
  const facts = new Map<string, Fact>();
  const cliSourceUsed = commandLineSource?.entityId !== undefined &&
    valid.some((v) => !rejections.has(v.record) && v.source?.id === commandLineSource.entityId);
  for (const entry of [...(commandLineSource && cliSourceUsed ? [commandLineSource] : []), ...valid]) {
    if (entry !== commandLineSource && rejections.has(entry.record)) continue;
    const fact = factOf(entry);
    const existing = facts.get(fact.key);
    if (!existing) facts.set(fact.key, fact);
    else mergeFact(existing, fact, entry, rejections);
  }
  const ordered = [...facts.values()].sort(byKindRank);

  // 7. Compare with the database.
  const t2 = Date.now();
  progress.note(`comparing ${ordered.length} fact(s) with the database…`);
  const kept = await compareWithStored(db, ordered, rejections, lookupBatch, (id) => index.get(id)?.inDatabase === true);
  const t3 = Date.now();

  const byKind = Object.fromEntries(
    IMPORT_KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0, rejected: 0 }]),
  ) as Record<ImportKind, KindCounts>;
  for (const fact of kept) byKind[fact.kind][fact.status] += 1;
  const rejected = rejections.rejectedRows();
  for (const { record } of rejected) {
    const kind = normalizeKind(String(record.fields.kind ?? '')) ?? options.kind;
    if (kind) byKind[kind].rejected += 1;
  }
  return {
    files: [...(options.records ? [...new Set(options.records.map((r) => r.file))] : []), ...displayNames],
    rowsRead,
    problems: rejections.problems,
    rejected,
    facts: kept,
    byKind,
    phases: { read: (t1 - t0) / 1000, resolve: (t2 - t1) / 1000, compare: (t3 - t2) / 1000 },
  };
}

function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function validateRecord(record: RawRecord, defaultKind: ImportKind | undefined, rejections: Rejections): ValidRow | undefined {
  const fields = normalizeFields(record.fields);
  let kind = defaultKind;
  if (fields.kind !== undefined) {
    kind = normalizeKind(String(fields.kind));
    if (!kind) {
      rejections.atColumn(record, 'kind', `unknown kind "${String(fields.kind)}" (kinds: ${IMPORT_KINDS.join(', ')})`);
      return undefined;
    }
  }
  if (!kind) {
    rejections.atColumn(record, 'kind', 'missing: give each row a kind, or the whole file one with --kind');
    return undefined;
  }
  delete fields.kind;
  const result = validateRow(kind, fields);
  if ('issues' in result) {
    for (const issue of result.issues) rejections.atColumn(record, issue.column, issue.reason);
    return undefined;
  }
  return { record, kind, row: result.row, refs: {} };
}

function entityNames(row: ImportRow): string[] {
  if (row.kind === 'source') return [];
  if (!('name' in row)) return [];
  return [row.name, row.nameRu, ...(row.altNames ?? [])].filter((n): n is string => typeof n === 'string');
}

/**
 * Decides which entity an entity row defines: its `id`; else, for a source,
 * the one with its URL, for others the one of its kind with its exact name;
 * else a new id from its name (or title). Never a second entity with the
 * same id and another name: that needs an explicit id.
 */
function identifyEntity(entry: ValidRow, index: EntityIndex, rejections: Rejections): void {
  const row = entry.row;
  const label = ENTITY_LABEL[entry.kind as keyof typeof ENTITY_LABEL];
  const at = entry.record;
  const reject = (column: string | undefined, reason: string) => {
    if (at.file === COMMAND_LINE.file) throw new ImportAbortedError([{ file: at.file, reason }]);
    rejections.atColumn(at, column, reason);
  };
  let id: string | undefined = 'id' in row ? row.id : undefined;
  const names = entityNames(row);
  const display = row.kind === 'source' ? row.title : 'name' in row ? row.name : '';
  if (!id) {
    if (row.kind === 'source') {
      const withUrl = row.url ? index.withUrl(row.url) : [];
      if (withUrl.length > 1) {
        reject('url', `several sources have this URL: ${withUrl.map(describeEntity).join('; ')}; give an id`);
        return;
      }
      id = withUrl[0]?.id;
    } else {
      const named = index.named(display, [label]);
      if (named.length > 1) {
        reject('name', `${named.length} ${label} entities have this name: ${named.map(describeEntity).join('; ')}; give an id`);
        return;
      }
      id = named[0]?.id;
    }
  }
  if (!id) {
    const slug = slugify(display);
    if (!slug) {
      reject(row.kind === 'source' ? 'title' : 'name', 'cannot make an id from it (no letters or digits); give an id');
      return;
    }
    id = `${row.kind === 'source' ? 'source' : prefixOf(label)}:${slug}`;
    const taken = index.get(id);
    if (taken) {
      const sameUrl = row.kind === 'source' && row.url !== undefined && taken.url === row.url;
      const sameName = row.kind !== 'source' && index.named(display, [label]).includes(taken);
      if (!sameUrl && !sameName && !(row.kind === 'source' && !row.url && !taken.url && taken.label === display)) {
        reject(undefined, `its id would be ${id}, which is ${describeEntity(taken)}; give this row an explicit id`);
        return;
      }
    }
  }
  entry.entityId = id;
  index.add(
    {
      id,
      kind: label,
      label: display,
      inDatabase: false,
      definedBy: at.file === COMMAND_LINE.file ? [] : [{ file: at.file, line: at.line }],
      url: row.kind === 'source' ? row.url : undefined,
    },
    names,
  );
}

function prefixOf(label: NodeKind): string {
  switch (label) {
    case 'Person': return 'person';
    case 'EthnicGroup': return 'group';
    case 'Organisation': return 'org';
    case 'Diaspora': return 'diaspora';
    default: return label.toLowerCase();
  }
}

/** A `source` cell: a source id, or the URL of a source (in the database or defined by the import). */
function resolveSource(value: string, index: EntityIndex): Resolution {
  const text = value.trim();
  if (/^https?:\/\//i.test(text)) {
    const found = index.withUrl(text);
    if (found.length === 1) return { entity: found[0]! };
    if (found.length > 1) return { error: `several sources have the URL ${text}: ${found.map(describeEntity).join('; ')}; write the source id` };
    return {
      error: `no source has the URL ${text}; define it in a source row or with --source-title/--source-url`,
      unknown: { text, kinds: ['Source'] },
    };
  }
  if (!text.startsWith('source:')) return { error: `expected a source id (source:…) or a source's URL, received "${text}"` };
  return index.resolve(text, ['Source']);
}

function resolveRow(
  entry: ValidRow,
  resolve: (value: string, kinds: readonly NodeKind[]) => Resolution,
  defaultSource: KnownEntity | undefined,
  rejections: Rejections,
  unknownNames: Array<{ text: string; kinds: readonly NodeKind[]; record: RawRecord; column: string; reason: string }>,
): void {
  const row = entry.row as ImportRow & Record<string, unknown>;
  const fail = (column: string, resolution: Extract<Resolution, { error: string }>) => {
    if (resolution.unknown) unknownNames.push({ ...resolution.unknown, record: entry.record, column, reason: resolution.error });
    else rejections.atColumn(entry.record, column, resolution.error);
  };
  for (const [column, kinds] of Object.entries(REFERENCE_COLUMNS[entry.kind] ?? {})) {
    const value = row[column];
    if (typeof value !== 'string') continue;
    let allowed = kinds;
    if (row.kind === 'meeting' && column === 'counterpart' && row.counterpartKind) allowed = [row.counterpartKind];
    const resolution = resolve(value, allowed);
    if ('error' in resolution) fail(column, resolution);
    else entry.refs[column] = resolution.entity;
  }
  if (row.kind === 'statement' && row.about) {
    entry.about = [];
    for (const value of row.about) {
      const resolution = resolve(value, ABOUT_KINDS);
      if ('error' in resolution) fail('about', resolution);
      else entry.about.push(resolution.entity);
    }
  }
  if (row.kind === 'meeting' && entry.refs.person && entry.refs.person === entry.refs.counterpart) {
    rejections.atColumn(entry.record, 'counterpart', 'is the same person as the person column');
  }
  if (row.kind === 'source') return;
  const cell = 'source' in row && typeof row.source === 'string' ? row.source : undefined;
  if (cell) {
    const resolution = resolve(cell, ['Source']);
    if ('error' in resolution) fail('source', resolution);
    else entry.source = resolution.entity;
  } else if (defaultSource) {
    entry.source = defaultSource;
  } else {
    rejections.atColumn(entry.record, 'source', 'missing: every fact needs a source (a source column, or --source / --source-title for the whole import)');
  }
}

/** Remembers what a rejected entity row would have defined (its id, names, URL), for the messages of rows that refer to it. */
function noteRejectedDefinition(record: RawRecord, defaultKind: ImportKind | undefined, into: Map<string, RowRef>): void {
  const fields = normalizeFields(record.fields);
  const kind = fields.kind === undefined ? defaultKind : normalizeKind(String(fields.kind));
  if (!kind || !ENTITY_KINDS.has(kind)) return;
  const at = { file: record.file, line: record.line };
  for (const key of ['id', 'url'] as const) if (typeof fields[key] === 'string') into.set(fields[key], at);
  for (const key of ['name', 'nameRu', 'title'] as const) {
    if (typeof fields[key] === 'string') into.set(`name:${searchKey(fields[key])}`, at);
  }
}

/** Appends "did you mean …" to unknown-name problems: full-text hits in the database, similar names the import defines. */
async function addSuggestions(
  db: Database,
  index: EntityIndex,
  unknown: Array<{ text: string; kinds: readonly NodeKind[]; record: RawRecord; column: string; reason: string }>,
  rejections: Rejections,
  rejectedDefinitions: ReadonlyMap<string, RowRef>,
): Promise<void> {
  // A reference to an entity whose own row was rejected: say so instead of suggesting names.
  unknown = unknown.filter((u) => {
    const value = String((normalizeFields(u.record.fields) as Record<string, unknown>)[u.column] ?? '');
    const candidates = u.column === 'about' ? [u.text] : [value, u.text];
    const at = candidates.map((c) => rejectedDefinitions.get(c) ?? rejectedDefinitions.get(`name:${searchKey(c)}`)).find(Boolean);
    if (!at) return true;
    const what = u.column === 'about' ? u.text : value;
    rejections.atColumn(u.record, u.column, `"${what}" is defined at ${at.file}:${at.line}, but that row was rejected`);
    return false;
  });
  const distinct = new Map<string, { text: string; kinds: readonly NodeKind[]; hits: string[] }>();
  for (const u of unknown) {
    const key = `${u.kinds.join(',')}\u0000${u.text}`;
    if (!distinct.has(key)) distinct.set(key, { text: u.text, kinds: u.kinds, hits: [] });
  }
  // Sources have no names in the full-text index: nothing to suggest for them.
  const queries = [...distinct.values()].filter((q) => !q.kinds.includes('Source')).slice(0, 2_000);
  for (const batch of chunks(queries, 200)) {
    const results = await db.executeRead<{ i: number; hits: Array<{ id: string; label: string | null }> }>(
      similarNames(batch.map((q, i) => ({ i, text: q.text, kinds: q.kinds }))),
    );
    for (const r of results) {
      batch[r.i]?.hits.push(...r.hits.map((h) => `${h.id} (${h.label ?? h.id})`));
    }
  }
  const defined = [...index.all()].filter((e) => !e.inDatabase);
  if (defined.length > 0) {
    for (const q of queries) {
      const terms = q.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length >= 3);
      const similar = defined
        .filter((e) => q.kinds.includes(e.kind) && terms.some((t) => e.label.toLowerCase().includes(t)))
        .slice(0, 5);
      q.hits.push(...similar.map(describeEntity));
    }
  }
  for (const u of unknown) {
    const hits = distinct.get(`${u.kinds.join(',')}\u0000${u.text}`)?.hits ?? [];
    const unique = [...new Set(hits)].slice(0, 5);
    const suggestion =
      unique.length > 0
        ? `; candidates: ${unique.join('; ')}`
        : u.kinds.includes('Source')
          ? ''
          : `; nothing similar among the ${kindList(u.kinds)} entities`;
    rejections.atColumn(u.record, u.column, `${u.reason}${suggestion}`);
  }
}

/** Rejects rows that refer to entities (or sources) that only rejected rows define; repeats until nothing changes. */
function cascadeRejections(valid: readonly ValidRow[], rejections: Rejections): void {
  const dependsOn = (entry: ValidRow): Array<[string, KnownEntity]> => {
    const deps: Array<[string, KnownEntity]> = Object.entries(entry.refs);
    for (const e of entry.about ?? []) deps.push(['about', e]);
    if (entry.source) deps.push(['source', entry.source]);
    return deps;
  };
  const isGone = (entity: KnownEntity) =>
    !entity.inDatabase && entity.definedBy.length > 0 && entity.definedBy.every((ref) => rejections.has(ref));
  for (let changed = true; changed; ) {
    changed = false;
    for (const entry of valid) {
      if (rejections.has(entry.record)) continue;
      for (const [column, entity] of dependsOn(entry)) {
        if (isGone(entity)) {
          const at = entity.definedBy[0]!;
          rejections.atColumn(entry.record, column, `refers to ${entity.id}, defined at ${at.file}:${at.line}, which was rejected`);
          changed = true;
          break;
        }
      }
    }
  }
}

