import type { Citation, NodeKind, RelationshipType } from '../seed/format.js';
import type { KnownEntity } from './entityIndex.js';
import type { ImportKind, ImportRow, ImportRowOf } from './importKinds.js';
import type { RawRecord, RowRef } from './readRecords.js';
import type { Rejections } from './Rejections.js';
import { idSlug, relationshipId, slugify } from './slugs.js';
import { canonicalJson } from '../domain/canonicalJson.js';

/**
 * The facts an import states: what each valid row (or several rows with the
 * same natural key) says, as the nodes and relationships it writes.
 */

/** Rows read from the command line (its source) rather than a file. */
export const COMMAND_LINE: RowRef = { file: '(command line)', line: 0 };

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
  /** The id of each element, in order (stored, or the new one), once compared with the database. */
  ids?: string[];
}

/** A row that passed validation, with its references resolved. */
export interface ValidRow {
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

/** The column a stored field comes from (visits and meetings store `date` as `start`). */
function columnOfField(kind: ImportKind, field: string): string {
  return (kind === 'visit' || kind === 'meeting') && field === 'start' ? 'date' : field;
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
export function factOf(entry: ValidRow): Fact {
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
    case 'kinship': {
      const r = entry.row as ImportRowOf<'kinship'>;
      const from = refs.group!.id;
      const to = refs.country!.id;
      return {
        ...base,
        key: `kinship|${from}|${to}`,
        elements: [rel('KIN_OF', from, to, relationshipId('kin-of', idSlug(from), idSlug(to)), { basis: r.basis, note: r.note }, cites)],
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

export const relKey = (type: RelationshipType, from: string, to: string, start: string | null) => `rel|${type}|${from}|${to}|${start ?? ''}`;
const elementKeys = new WeakMap<Element, string>();
/** An element's identity: a node's id; a relationship's type, endpoints and (dated types) start. Computed once per element. */
export function elementKey(e: Element): string {
  let key = elementKeys.get(e);
  if (key === undefined) {
    key = e.element === 'node' ? `node|${e.id}` : relKey(e.type, e.from, e.to, e.dated ? e.start : null);
    elementKeys.set(e, key);
  }
  return key;
}

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
    case 'kinship':
      return 'group and country';
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
export function mergeFact(target: Fact, incoming: Fact, entry: ValidRow, rejections: Rejections): void {
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
