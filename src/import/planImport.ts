import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/Database.js';
import type { Citation, NodeKind, RelationshipType } from '../seed/format.js';
import { describeEntity, EntityIndex, kindList, type KnownEntity, type Resolution } from './entityIndex.js';
import {
  nodesByIds,
  referableEntities,
  relationshipsByKeys,
  similarNames,
  takenRelationshipIds,
  type RelationshipKey,
} from './importCypher.js';
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
  type ImportRowOf,
} from './importKinds.js';
import { silentProgress, type ProgressReporter } from './progress.js';
import { readRecords, type RawRecord, type RowRef } from './readRecords.js';
import { idSlug, relationshipId, shortHash, slugify } from './slugs.js';
import { canonicalJson, changedProps, mergeProps } from './storedProps.js';

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

/** A node the import writes. */
export interface NodeElement {
  element: 'node';
  label: NodeKind;
  id: string;
  fields: Record<string, unknown>;
  /** null for sources (they cite nothing). */
  cites: Citation[] | null;
}

/** A relationship the import writes, identified by its natural key (type, endpoints, start for dated types). */
export interface RelElement {
  element: 'rel';
  type: RelationshipType;
  from: string;
  to: string;
  dated: boolean;
  start: string | null;
  /** The id a new relationship gets (made unique if taken). */
  baseId: string;
  fields: Record<string, unknown>;
  cites: Citation[];
}

export type Element = NodeElement | RelElement;

/** What the import does with an element: nothing, create it, or write `changes` to it. */
export interface ElementWrite {
  element: Element;
  id: string;
  changes: Record<string, unknown>;
  created: boolean;
}

export type FactStatus = 'created' | 'updated' | 'unchanged';

/**
 * One fact of the import: what one row says (or several rows with the same
 * natural key, whose citations are united). A visit is one relationship; a
 * statement is its node, MADE and ABOUT relationships; a diaspora its node
 * and its DIASPORA_OF / LIVES_IN relationships.
 */
export interface Fact {
  kind: ImportKind;
  key: string;
  rows: RowRef[];
  elements: Element[];
  status: FactStatus;
  writes: ElementWrite[];
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

/** A row that passed validation, with its references resolved. */
interface ValidRow {
  record: RawRecord;
  kind: ImportKind;
  row: ImportRow;
  /** Entity rows: the id of the entity the row defines or updates. */
  entityId?: string;
  /** Resolved reference columns. */
  refs: Record<string, KnownEntity>;
  /** Resolved `about` list (statements). */
  about?: KnownEntity[];
  source?: KnownEntity;
}

const COMMAND_LINE: RowRef = { file: '(command line)', line: 0 };

/** Reference columns of each kind and the node kinds they may name. */
const REFERENCE_COLUMNS: Readonly<Partial<Record<ImportKind, Record<string, readonly NodeKind[]>>>> = {
  diaspora: { group: ['EthnicGroup'], country: ['Country'] },
  statement: { speaker: ['Person', 'Region', 'Organisation', 'Diaspora'] },
  tenure: { person: ['Person'], region: ['Region'] },
  membership: { member: ['Region', 'Country'], organisation: ['Organisation'] },
  visit: { person: ['Person'], country: ['Country', 'Area'] },
  meeting: { person: ['Person'], counterpart: ['Person', 'Diaspora', 'Organisation', 'Country'] },
};
const ABOUT_KINDS: readonly NodeKind[] = ['Country', 'Person', 'Organisation', 'Region', 'EthnicGroup'];

/** The column a stored field comes from (visits and meetings store `date` as `start`). */
function columnOfField(kind: ImportKind, field: string): string {
  return (kind === 'visit' || kind === 'meeting') && field === 'start' ? 'date' : field;
}

/** Write order of kinds (entities first). */
const KIND_RANK = new Map<ImportKind, number>(IMPORT_KINDS.map((k, i) => [k, i]));
const byKindRank = (a: { kind: ImportKind }, b: { kind: ImportKind }) => KIND_RANK.get(a.kind)! - KIND_RANK.get(b.kind)!;

const rowKey = (ref: RowRef) => `${ref.file}\u0000${ref.line}`;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Keeps track of rejected rows and their problems. */
class Rejections {
  readonly problems: ImportProblem[] = [];
  private readonly byRow = new Map<string, { record?: RawRecord; problems: ImportProblem[] }>();
  private readonly records = new Map<string, RawRecord>();

  /** Remembers a record, so that problems found later (by row reference) can put it in the rejects. */
  register(record: RawRecord): void {
    this.records.set(rowKey(record), record);
  }

  add(problem: ImportProblem, record?: RawRecord): void {
    this.problems.push(problem);
    if (problem.line === undefined) return;
    const key = rowKey({ file: problem.file, line: problem.line });
    const known = record ?? this.records.get(key);
    const entry = this.byRow.get(key);
    if (entry) {
      entry.problems.push(problem);
      entry.record ??= known;
    } else {
      this.byRow.set(key, { record: known, problems: [problem] });
    }
  }

  /** A problem on a column of a record (the column number comes from the CSV header). */
  atColumn(record: RawRecord, column: string | undefined, reason: string): void {
    const index = column && record.header ? record.header.indexOf(column) : -1;
    this.add(
      { file: record.file, line: record.line, column, columnNumber: index >= 0 ? index + 1 : undefined, reason },
      record,
    );
  }

  has(ref: RowRef): boolean {
    return this.byRow.has(rowKey(ref));
  }

  get count(): number {
    return this.byRow.size;
  }

  rejectedRows(): Array<{ record: RawRecord; problems: ImportProblem[] }> {
    return [...this.byRow.values()].filter((e): e is { record: RawRecord; problems: ImportProblem[] } => !!e.record);
  }
}

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
  let rowsRead = 0;
  const displayNames = options.files.map((f) => displayName(f));
  const sizes = await Promise.all(options.files.map((f) => stat(f).then((s) => s.size, () => 0)));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  progress.start('reading', totalBytes);
  let bytesBefore = 0;
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
  for (const entry of entityRows) identifyEntity(entry, index, rejections);

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
  await addSuggestions(db, index, unknownNames, rejections);

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
    files: displayNames,
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
    return { error: `no source has the URL ${text}; define it in a source row or with --source-title/--source-url` };
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

/** Appends "did you mean …" to unknown-name problems: full-text hits in the database, similar names the import defines. */
async function addSuggestions(
  db: Database,
  index: EntityIndex,
  unknown: Array<{ text: string; kinds: readonly NodeKind[]; record: RawRecord; column: string; reason: string }>,
  rejections: Rejections,
): Promise<void> {
  const distinct = new Map<string, { text: string; kinds: readonly NodeKind[]; hits: string[] }>();
  for (const u of unknown) {
    const key = `${u.kinds.join(',')}\u0000${u.text}`;
    if (!distinct.has(key)) distinct.set(key, { text: u.text, kinds: u.kinds, hits: [] });
  }
  const queries = [...distinct.values()].slice(0, 2_000);
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
    const suggestion = unique.length > 0 ? `; candidates: ${unique.join('; ')}` : `; nothing similar among the ${kindList(u.kinds)} entities`;
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

/** The citation a row gives its fact. */
function citationOf(entry: ValidRow): Citation[] {
  if (!entry.source) return [];
  const quote = 'quote' in entry.row ? entry.row.quote : undefined;
  return [quote ? { source: entry.source.id, quote } : { source: entry.source.id }];
}

/** Drops undefined values. */
function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function rel(
  type: RelationshipType,
  from: string,
  to: string,
  baseId: string,
  fields: Record<string, unknown>,
  cites: Citation[],
  dated: { start: string | undefined } | null = null,
): RelElement {
  return {
    element: 'rel',
    type,
    from,
    to,
    dated: dated !== null,
    start: dated?.start ?? null,
    baseId,
    fields: defined(fields),
    cites,
  };
}

/** The fact a valid, resolved row states. */
function factOf(entry: ValidRow): Fact {
  const cites = citationOf(entry);
  const refs = entry.refs;
  const base = { kind: entry.kind, rows: entry.record.file === COMMAND_LINE.file ? [] : [{ file: entry.record.file, line: entry.record.line }], status: 'unchanged' as FactStatus, writes: [] };
  const node = (label: NodeKind, id: string, fields: Record<string, unknown>, nodeCites: Citation[] | null): NodeElement => ({
    element: 'node', label, id, fields: defined(fields), cites: nodeCites,
  });
  const dateKey = (d: string | undefined) => d ?? 'undated';
  switch (entry.kind) {
    case 'source': {
      const r = entry.row as ImportRowOf<'source'>;
      const id = entry.entityId!;
      return { ...base, key: `node|${id}`, elements: [node('Source', id, { title: r.title, url: r.url, publisher: r.publisher, published: r.published, type: r.type ?? 'REFERENCE' }, null)] };
    }
    case 'person': {
      const r = entry.row as ImportRowOf<'person'>;
      const id = entry.entityId!;
      return { ...base, key: `node|${id}`, elements: [node('Person', id, { name: r.name, nameRu: r.nameRu, altNames: r.altNames, role: r.role, outsider: r.outsider, synthetic: r.synthetic }, cites)] };
    }
    case 'organisation': {
      const r = entry.row as ImportRowOf<'organisation'>;
      const id = entry.entityId!;
      return { ...base, key: `node|${id}`, elements: [node('Organisation', id, { name: r.name, nameRu: r.nameRu, altNames: r.altNames, orgKind: r.orgKind }, cites)] };
    }
    case 'ethnic-group': {
      const r = entry.row as ImportRowOf<'ethnic-group'>;
      const id = entry.entityId!;
      return { ...base, key: `node|${id}`, elements: [node('EthnicGroup', id, { name: r.name, nameRu: r.nameRu, altNames: r.altNames, languageFamily: r.languageFamily, religion: r.religion }, cites)] };
    }
    case 'diaspora': {
      const r = entry.row as ImportRowOf<'diaspora'>;
      const id = entry.entityId!;
      const elements: Element[] = [node('Diaspora', id, { name: r.name, nameRu: r.nameRu, altNames: r.altNames }, cites)];
      if (refs.group) elements.push(rel('DIASPORA_OF', id, refs.group.id, relationshipId('diaspora-of', idSlug(id), idSlug(refs.group.id)), {}, cites));
      if (refs.country) elements.push(rel('LIVES_IN', id, refs.country.id, relationshipId('lives-in', idSlug(id), idSlug(refs.country.id)), {}, cites));
      return { ...base, key: `node|${id}`, elements };
    }
    case 'statement': {
      const r = entry.row as ImportRowOf<'statement'>;
      const speaker = refs.speaker!;
      const id = r.id ?? `statement:${[idSlug(speaker.id), dateKey(r.date), slugify(r.summary, 48)].filter(Boolean).join('-')}`;
      const elements: Element[] = [
        node('Statement', id, { summary: r.summary, text: r.text, date: r.date }, cites),
        rel('MADE', speaker.id, id, relationshipId('made', idSlug(speaker.id), idSlug(id)), {}, cites),
      ];
      for (const subject of entry.about ?? []) {
        elements.push(rel('ABOUT', id, subject.id, relationshipId('about', idSlug(id), idSlug(subject.id)), {}, cites));
      }
      return { ...base, key: `node|${id}`, elements };
    }
    case 'tenure': {
      const r = entry.row as ImportRowOf<'tenure'>;
      const from = refs.person!.id;
      const to = refs.region!.id;
      return {
        ...base,
        key: `tenure|${from}|${to}|${r.start ?? ''}`,
        elements: [rel('GOVERNED', from, to, relationshipId('governed', idSlug(from), idSlug(to), dateKey(r.start)), { start: r.start, end: r.end, title: r.title, endReason: r.endReason }, cites, { start: r.start })],
      };
    }
    case 'membership': {
      const r = entry.row as ImportRowOf<'membership'>;
      const from = refs.member!.id;
      const to = refs.organisation!.id;
      return {
        ...base,
        key: `membership|${from}|${to}`,
        elements: [rel('MEMBER_OF', from, to, relationshipId('member-of', idSlug(from), idSlug(to)), { since: r.since, until: r.until, status: r.status }, cites)],
      };
    }
    case 'visit': {
      const r = entry.row as ImportRowOf<'visit'>;
      const from = refs.person!.id;
      const to = refs.country!.id;
      return {
        ...base,
        key: `visit|${from}|${to}|${r.date ?? ''}`,
        elements: [rel('VISITED', from, to, relationshipId('visited', idSlug(from), idSlug(to), dateKey(r.date)), { start: r.date, end: r.end, purpose: r.purpose, occasions: r.occasions }, cites, { start: r.date })],
      };
    }
    case 'meeting': {
      const r = entry.row as ImportRowOf<'meeting'>;
      const from = refs.person!.id;
      const to = refs.counterpart!.id;
      const prefix = to.slice(0, to.indexOf(':'));
      return {
        ...base,
        key: `meeting|${from}|${to}|${r.date ?? ''}`,
        elements: [rel('MET', from, to, relationshipId('met', idSlug(from), prefix, idSlug(to), dateKey(r.date)), { start: r.date, end: r.end, counterpartRole: r.counterpartRole, place: r.place, occasions: r.occasions }, cites, { start: r.date })],
      };
    }
  }
}

const elementKey = (e: Element) => (e.element === 'node' ? `node|${e.id}` : `rel|${e.type}|${e.from}|${e.to}|${e.start ?? ''}`);

/** What the natural key of a fact is, in words (for conflict messages). */
function keyWords(kind: ImportKind): string {
  switch (kind) {
    case 'visit':
    case 'meeting':
      return 'person, counterpart and date';
    case 'tenure':
      return 'person, region and start';
    case 'membership':
      return 'member and organisation';
    default:
      return 'id';
  }
}

/**
 * Merges a later row's fact into an earlier one with the same natural key:
 * fields one of them leaves empty are taken from the other, alternative names
 * and ABOUT subjects are united, citations are united. Different values for
 * the same field (or different quotes of one source) reject the later row.
 */
function mergeFact(target: Fact, incoming: Fact, entry: ValidRow, rejections: Rejections): void {
  const first = target.rows[0];
  const firstAt = first ? `${first.file}:${first.line}` : 'the command line';
  for (const element of incoming.elements) {
    const existing = target.elements.find((e) => elementKey(e) === elementKey(element));
    if (!existing) continue;
    for (const [field, value] of Object.entries(element.fields)) {
      const current = existing.fields[field];
      if (current === undefined || field === 'altNames') continue;
      if (canonicalJson(current) !== canonicalJson(value)) {
        rejections.atColumn(
          entry.record,
          columnOfField(entry.kind, field),
          `conflicts with ${firstAt} (same ${keyWords(entry.kind)}): "${String(value)}" here, "${String(current)}" there`,
        );
        return;
      }
    }
    for (const cite of element.cites ?? []) {
      const known = existing.cites?.find((c) => c.source === cite.source);
      if (known?.quote && cite.quote && known.quote !== cite.quote) {
        rejections.atColumn(entry.record, 'quote', `conflicts with ${firstAt} (same ${keyWords(entry.kind)} and source): a different quote of ${cite.source}`);
        return;
      }
    }
  }
  for (const element of incoming.elements) {
    const existing = target.elements.find((e) => elementKey(e) === elementKey(element));
    if (!existing) {
      target.elements.push(element);
      continue;
    }
    for (const [field, value] of Object.entries(element.fields)) {
      if (field === 'altNames' && Array.isArray(existing.fields.altNames)) {
        existing.fields.altNames = [...new Set([...(existing.fields.altNames as string[]), ...(value as string[])])];
      } else if (existing.fields[field] === undefined) {
        existing.fields[field] = value;
      }
    }
    if (existing.cites && element.cites) {
      for (const cite of element.cites) {
        const known = existing.cites.find((c) => c.source === cite.source);
        if (!known) existing.cites.push({ ...cite });
        else if (!known.quote && cite.quote) known.quote = cite.quote;
      }
    }
  }
  target.rows.push(...incoming.rows);
}

/**
 * Looks up every element of the facts in the database (nodes by id,
 * relationships by natural key), gives new relationships unique ids, and
 * computes what each fact changes. Facts whose natural key matches several
 * stored relationships are rejected. Returns the facts that were not.
 */
async function compareWithStored(
  db: Database,
  facts: Fact[],
  rejections: Rejections,
  batchSize: number,
  inDatabase: (id: string) => boolean,
): Promise<Fact[]> {
  // Nodes by id (every node the import writes: statements are not among the entities rows refer to).
  const nodeIds = [...new Set(facts.flatMap((f) => f.elements.flatMap((e) => (e.element === 'node' ? [e.id] : []))))];
  const storedNodes = new Map<string, Record<string, unknown>>();
  for (const batch of chunks(nodeIds, batchSize)) {
    for (const r of await db.executeRead<{ id: string; props: Record<string, unknown> }>(nodesByIds(batch))) {
      storedNodes.set(r.id, r.props);
    }
  }

  const stored = (id: string) => inDatabase(id) || storedNodes.has(id);

  // Relationships by natural key, per type.
  const rels = facts.flatMap((f) => f.elements.filter((e): e is RelElement => e.element === 'rel').map((e) => ({ fact: f, element: e })));
  const storedRels = new Map<string, Array<{ id: string; props: Record<string, unknown> }>>();
  const byType = new Map<RelationshipType, Array<{ fact: Fact; element: RelElement }>>();
  for (const r of rels) {
    const list = byType.get(r.element.type);
    if (list) list.push(r);
    else byType.set(r.element.type, [r]);
  }
  for (const [type, list] of byType) {
    // A relationship can only be stored if both its endpoints are.
    const unique = [...new Map(
      list.filter((r) => stored(r.element.from) && stored(r.element.to)).map((r) => [elementKey(r.element), r.element]),
    ).values()];
    for (const batch of chunks(unique, batchSize)) {
      const keys: RelationshipKey[] = batch.map((e, i) => ({ i, from: e.from, to: e.to, dated: e.dated, start: e.start }));
      for (const r of await db.executeRead<{ i: number; id: string; props: Record<string, unknown> }>(relationshipsByKeys(type, keys))) {
        const key = elementKey(batch[r.i]!);
        const found = storedRels.get(key);
        if (found) found.push({ id: r.id, props: r.props });
        else storedRels.set(key, [{ id: r.id, props: r.props }]);
      }
    }
  }

  // Facts whose key matches several stored relationships cannot be placed.
  const placeable = facts.filter((fact) => {
    for (const e of fact.elements) {
      if (e.element !== 'rel') continue;
      const found = storedRels.get(elementKey(e)) ?? [];
      if (found.length > 1) {
        for (const ref of fact.rows) {
          rejections.add({
            file: ref.file,
            line: ref.line,
            reason: `matches ${found.length} stored ${e.type} relationships with the same natural key (${found.map((f) => f.id).join(', ')}); correct the graph first`,
          });
        }
        return false;
      }
    }
    return true;
  });

  // Facts that need a node only a dropped fact would have created are dropped too.
  const dropped = new Set<string>();
  const kept = new Set(placeable);
  for (const fact of facts) {
    if (kept.has(fact)) continue;
    for (const e of fact.elements) if (e.element === 'node' && !storedNodes.has(e.id)) dropped.add(e.id);
  }
  for (let changed = dropped.size > 0; changed; ) {
    changed = false;
    for (let i = placeable.length - 1; i >= 0; i -= 1) {
      const fact = placeable[i]!;
      const missing = fact.elements.find((e) => e.element === 'rel' && (dropped.has(e.from) || dropped.has(e.to)));
      if (!missing || missing.element !== 'rel') continue;
      const gone = dropped.has(missing.from) ? missing.from : missing.to;
      for (const ref of fact.rows) rejections.add({ file: ref.file, line: ref.line, reason: `refers to ${gone}, whose row was rejected` });
      for (const e of fact.elements) if (e.element === 'node' && !storedNodes.has(e.id)) dropped.add(e.id);
      placeable.splice(i, 1);
      changed = true;
    }
  }

  // Ids for new relationships: the base id unless taken (by another relationship or another new one).
  const newIds = new Map<string, string>();
  for (const [type, list] of byType) {
    const fresh = [...new Map(
      list.filter((r) => !storedRels.has(elementKey(r.element))).map((r) => [elementKey(r.element), r.element]),
    ).values()];
    const taken = new Set<string>();
    for (const batch of chunks([...new Set(fresh.map((e) => e.baseId))], batchSize)) {
      for (const r of await db.executeRead<{ id: string }>(takenRelationshipIds(type, batch))) taken.add(r.id);
    }
    for (const e of fresh) {
      const key = elementKey(e);
      const id = taken.has(e.baseId) ? `${e.baseId}-${shortHash(key)}` : e.baseId;
      taken.add(id);
      newIds.set(key, id);
    }
  }

  for (const fact of placeable) {
    fact.writes = [];
    let created = false;
    let changed = false;
    fact.elements.forEach((e, position) => {
      const key = elementKey(e);
      const stored = e.element === 'node' ? storedNodes.get(e.id) : storedRels.get(key)?.[0]?.props;
      const id = e.element === 'node' ? e.id : (storedRels.get(key)?.[0]?.id ?? newIds.get(key)!);
      const next = mergeProps(stored, id, e.fields, e.cites);
      const changes = changedProps(stored, next);
      if (!stored && position === 0) created = true;
      if (Object.keys(changes).length > 0) {
        changed = true;
        fact.writes.push({ element: e, id, changes, created: !stored });
      }
    });
    fact.status = created ? 'created' : changed ? 'updated' : 'unchanged';
  }
  return placeable;
}
