import { z } from 'zod';
import { parsePartialDate } from '../domain/partialDate.js';
import { citation, nodeRecord, relationshipRecord, sourceRecord, type NodeKind } from '../seed/format.js';

/**
 * What an import file can hold, one kind per row: the `kind` column (CSV) or
 * field (JSON Lines), or `--kind` for a whole file. Each kind's row schema
 * reuses the seed format's field schemas (src/seed/format.ts) where they fit;
 * references to other entities (`person`, `country`, ...) are plain text here
 * and are resolved against the database and the import itself afterwards
 * (see resolveReferences). Column layouts are documented in docs/readme/import.md.
 */

/** In write order: entities before the facts that refer to them. */
export const IMPORT_KINDS = [
  'source',
  'ethnic-group',
  'organisation',
  'person',
  'diaspora',
  'statement',
  'tenure',
  'membership',
  'kinship',
  'visit',
  'meeting',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Kinds whose rows define entities (nodes) that other rows may refer to by name or id. */
export const ENTITY_KINDS: ReadonlySet<ImportKind> = new Set(['source', 'ethnic-group', 'organisation', 'person', 'diaspora']);

/** The graph label each entity kind creates. */
export const ENTITY_LABEL: Readonly<Record<'source' | 'ethnic-group' | 'organisation' | 'person' | 'diaspora', NodeKind>> = {
  source: 'Source',
  'ethnic-group': 'EthnicGroup',
  organisation: 'Organisation',
  person: 'Person',
  diaspora: 'Diaspora',
};

const KIND_ALIASES: Readonly<Record<string, ImportKind>> = {
  visit: 'visit', visits: 'visit', visited: 'visit',
  meeting: 'meeting', meetings: 'meeting', met: 'meeting',
  statement: 'statement', statements: 'statement',
  membership: 'membership', memberships: 'membership', memberof: 'membership',
  tenure: 'tenure', tenures: 'tenure', governed: 'tenure',
  kinship: 'kinship', kinships: 'kinship', kinof: 'kinship',
  person: 'person', persons: 'person', people: 'person',
  organisation: 'organisation', organisations: 'organisation', organization: 'organisation', organizations: 'organisation', org: 'organisation',
  ethnicgroup: 'ethnic-group', ethnicgroups: 'ethnic-group', group: 'ethnic-group',
  diaspora: 'diaspora', diasporas: 'diaspora',
  source: 'source', sources: 'source',
};

/** `Visit`, `visits`, `ethnic_group`, `EthnicGroup` ... -> the import kind; undefined when unknown. */
export function normalizeKind(value: string): ImportKind | undefined {
  return KIND_ALIASES[value.toLowerCase().replace(/[\s_-]+/g, '')];
}

// ---------------------------------------------------------------------------
// Field schemas, composed from the seed format where they fit

type NodeOption = (typeof nodeRecord.options)[number];
type RelOption = (typeof relationshipRecord.options)[number];

/** The seed schema's fields per node kind (e.g. Person: name, nameRu, role, outsider ...). */
const NODE_SHAPES = Object.fromEntries(nodeRecord.options.map((o) => [o.shape.kind.value, o.shape])) as unknown as {
  [O in NodeOption as O['shape']['kind']['value']]: O['shape'];
};

/** The seed schema's fields per relationship type (e.g. VISITED: purpose, occasions ...). */
const REL_SHAPES = Object.fromEntries(relationshipRecord.options.map((o) => [o.shape.type.value, o.shape])) as unknown as {
  [O in RelOption as O['shape']['type']['value']]: O['shape'];
};

/** A partial date, with the precise reason when it is not one (e.g. `month must be 01..12`). */
const partialDate = z.string().superRefine((value, ctx) => {
  const bounds = parsePartialDate(value);
  if ('error' in bounds) ctx.addIssue({ code: 'custom', message: bounds.error });
});

/** A reference to another entity: an id, an ISO code or a name (resolved later). */
const reference = z.string().min(1).max(300);

/** Splits `a; b; c` (CSV) into a list; JSON Lines may give an array. */
export function splitList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = { true: true, yes: true, '1': true, false: false, no: false, '0': false };

/** `true/false`, `yes/no`, `1/0` (any case) -> boolean; anything else is left for the schema to reject. */
export function parseBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return BOOLEAN_WORDS[value.toLowerCase()] ?? value;
}

const list = <T extends z.ZodType>(item: T) => z.preprocess(splitList, z.array(item).min(1));
const boolean = z.preprocess(parseBoolean, z.boolean({ error: 'expected true or false (or yes/no, 1/0)' }));
/** Enum values in any case, with spaces or hyphens for underscores (`Intergovernmental`, `international federation`). */
const upperEnum = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim().toUpperCase().replace(/[\s-]+/g, '_') : v), schema);

/** Every cited row: its source (a source id or URL; or the command line's source) and an optional verbatim quote. */
const cited = {
  source: z.string().min(1).optional(),
  quote: citation.shape.quote,
};

/** Checks that a period does not end before it starts (comparing the partial dates' bounds). */
function periodInOrder(startKey: string, endKey: string) {
  return (row: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const start = row[startKey];
    const end = row[endKey];
    if (typeof start !== 'string' || typeof end !== 'string') return;
    const a = parsePartialDate(start);
    const b = parsePartialDate(end);
    if ('error' in a || 'error' in b) return;
    if (b.latest < a.earliest) {
      ctx.addIssue({ code: 'custom', path: [endKey], message: `${endKey} ${end} is before ${startKey} ${start}` });
    }
  };
}

const person = NODE_SHAPES.Person;
const group = NODE_SHAPES.EthnicGroup;
const organisation = NODE_SHAPES.Organisation;
const diaspora = NODE_SHAPES.Diaspora;
const statement = NODE_SHAPES.Statement;
const visited = REL_SHAPES.VISITED;
const met = REL_SHAPES.MET;
const governed = REL_SHAPES.GOVERNED;
const memberOf = REL_SHAPES.MEMBER_OF;
const kinOf = REL_SHAPES.KIN_OF;

const names = {
  nameRu: person.nameRu,
  altNames: list(z.string().min(1)).optional(),
};

/** Counterpart kinds a meeting row may name in `counterpartKind` to narrow name resolution. */
export const COUNTERPART_KINDS = ['Person', 'Country', 'Organisation', 'Diaspora'] as const;

const counterpartKind = z.preprocess(
  (v) => (typeof v === 'string' ? COUNTERPART_KINDS.find((k) => k.toLowerCase() === v.toLowerCase().replace('organization', 'organisation')) ?? v : v),
  z.enum(COUNTERPART_KINDS),
);

export const sourceRow = z.strictObject({
  kind: z.literal('source'),
  id: sourceRecord.shape.id.optional(),
  title: sourceRecord.shape.title,
  url: sourceRecord.shape.url,
  publisher: sourceRecord.shape.publisher,
  published: partialDate.optional(),
  type: upperEnum(sourceRecord.shape.type).optional(),
});

export const personRow = z.strictObject({
  kind: z.literal('person'),
  id: person.id.optional(),
  name: person.name,
  ...names,
  role: person.role,
  outsider: boolean.optional(),
  /** Generated data (benchmarks, demos), never a real person. */
  synthetic: boolean.optional(),
  ...cited,
});

export const organisationRow = z.strictObject({
  kind: z.literal('organisation'),
  id: organisation.id.optional(),
  name: organisation.name,
  ...names,
  orgKind: upperEnum(organisation.orgKind),
  ...cited,
});

export const ethnicGroupRow = z.strictObject({
  kind: z.literal('ethnic-group'),
  id: group.id.optional(),
  name: group.name,
  ...names,
  languageFamily: group.languageFamily,
  religion: group.religion,
  ...cited,
});

export const diasporaRow = z.strictObject({
  kind: z.literal('diaspora'),
  id: diaspora.id.optional(),
  name: diaspora.name,
  ...names,
  /** The ethnic group (DIASPORA_OF). */
  group: reference.optional(),
  /** The host country (LIVES_IN). */
  country: reference.optional(),
  ...cited,
});

export const statementRow = z.strictObject({
  kind: z.literal('statement'),
  id: statement.id.optional(),
  speaker: reference,
  summary: statement.summary,
  text: statement.text,
  date: partialDate.optional(),
  about: list(reference).optional(),
  ...cited,
});

export const tenureRow = z
  .strictObject({
    kind: z.literal('tenure'),
    person: reference,
    region: reference,
    start: partialDate.optional(),
    end: partialDate.optional(),
    title: governed.title,
    endReason: governed.endReason,
    ...cited,
  })
  .superRefine(periodInOrder('start', 'end'));

export const membershipRow = z
  .strictObject({
    kind: z.literal('membership'),
    member: reference,
    organisation: reference,
    since: partialDate.optional(),
    until: partialDate.optional(),
    status: memberOf.status,
    ...cited,
  })
  .superRefine(periodInOrder('since', 'until'));

export const kinshipRow = z.strictObject({
  kind: z.literal('kinship'),
  /** The ethnic group (id or exact name). */
  group: reference,
  /** The kin country (ISO code, id or name). */
  country: reference,
  basis: upperEnum(kinOf.basis),
  note: kinOf.note,
  ...cited,
});

export const visitRow = z
  .strictObject({
    kind: z.literal('visit'),
    person: reference,
    /** A country (ISO code, id or name) or an area (id or name). */
    country: reference,
    date: partialDate.optional(),
    end: partialDate.optional(),
    purpose: visited.purpose,
    occasions: visited.occasions,
    ...cited,
  })
  .superRefine(periodInOrder('date', 'end'));

export const meetingRow = z
  .strictObject({
    kind: z.literal('meeting'),
    person: reference,
    counterpart: reference,
    counterpartKind: counterpartKind.optional(),
    date: partialDate.optional(),
    end: partialDate.optional(),
    counterpartRole: met.counterpartRole,
    place: met.place,
    occasions: met.occasions,
    ...cited,
  })
  .superRefine(periodInOrder('date', 'end'));

export const ROW_SCHEMAS = {
  source: sourceRow,
  person: personRow,
  organisation: organisationRow,
  'ethnic-group': ethnicGroupRow,
  diaspora: diasporaRow,
  statement: statementRow,
  tenure: tenureRow,
  membership: membershipRow,
  kinship: kinshipRow,
  visit: visitRow,
  meeting: meetingRow,
} as const satisfies Record<ImportKind, z.ZodType>;

export type ImportRowOf<K extends ImportKind> = z.infer<(typeof ROW_SCHEMAS)[K]>;
export type ImportRow = { [K in ImportKind]: ImportRowOf<K> }[ImportKind];

/** A kind's columns in documented order, without `kind`. */
export function columnsOf(kind: ImportKind): string[] {
  return Object.keys(ROW_SCHEMAS[kind].shape).filter((c) => c !== 'kind');
}

/** Every column any kind uses, plus `kind`: a CSV header may hold only these (and `_`-prefixed ones, ignored). */
export const KNOWN_COLUMNS: ReadonlySet<string> = new Set(['kind', ...IMPORT_KINDS.flatMap(columnsOf)]);

/** Columns that must be present (non-empty) for a kind. */
export function requiredColumnsOf(kind: ImportKind): string[] {
  const shape = ROW_SCHEMAS[kind].shape as Record<string, z.ZodType>;
  return columnsOf(kind).filter((c) => !shape[c]!.safeParse(undefined).success);
}

/**
 * Cleans a record's raw fields before validation: drops `_`-prefixed columns
 * (a rejects file's annotations) and empty values (an empty cell means "not
 * stated"), trims text, and turns JSON numbers into text (a JSON `"date": 2010`
 * is the date "2010").
 */
export function normalizeFields(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('_') || value === null || value === undefined) continue;
    if (typeof value === 'string') {
      const trimmed = value.trim();
      if (trimmed !== '') fields[key] = trimmed;
    } else if (typeof value === 'number') {
      fields[key] = String(value);
    } else if (Array.isArray(value)) {
      const items = value.map((v) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : v)).filter((v) => v !== '');
      if (items.length > 0) fields[key] = items;
    } else {
      fields[key] = value;
    }
  }
  return fields;
}

/** A problem with one column of a row, as validation reports it. */
export interface ColumnIssue {
  column?: string;
  reason: string;
}

/** Turns a zod issue into a column and a reason a researcher can act on. */
function describeIssue(kind: ImportKind, issue: z.core.$ZodIssue): ColumnIssue[] {
  const column = issue.path.length > 0 ? String(issue.path[0]) : undefined;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      column: key,
      reason: `does not apply to kind "${kind}" (its columns: kind, ${columnsOf(kind).join(', ')}); leave it empty`,
    }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ column, reason: `required for kind "${kind}", but missing or empty` }];
  }
  const received =
    issue.input !== undefined && issue.code !== 'custom' && typeof issue.input !== 'object'
      ? `, received "${String(issue.input).slice(0, 60)}"`
      : '';
  const where = issue.path.length > 1 ? ` (item ${Number(issue.path[1]) + 1})` : '';
  return [{ column, reason: `${issue.message}${where}${received}` }];
}

/**
 * Validates one record of a known kind (after normalizeFields). Returns the
 * typed row, or every problem found, each on its column.
 */
export function validateRow(kind: ImportKind, fields: Record<string, unknown>): { row: ImportRow } | { issues: ColumnIssue[] } {
  const result = ROW_SCHEMAS[kind].safeParse({ ...fields, kind }, { reportInput: true });
  if (result.success) return { row: result.data as ImportRow };
  return { issues: result.error.issues.flatMap((issue) => describeIssue(kind, issue)) };
}
