import type { Database } from '../db/Database.js';
import type { RelationshipType } from '../seed/format.js';
import { elementKey, relKey, type Fact, type RelElement } from './facts.js';
import { nodesByIds, relationshipsFrom, takenRelationshipIds } from './importCypher.js';
import type { Rejections } from './Rejections.js';
import { shortHash } from './slugs.js';
import { changedProps, mergeProps } from './storedProps.js';

/** Splits a list into batches of `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Looks up every element of the facts in the database (nodes by id,
 * relationships by natural key), gives new relationships unique ids, and
 * computes what each fact changes. Facts whose natural key matches several
 * stored relationships are rejected. Returns the facts that were not.
 */
export async function compareWithStored(
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
    // A relationship can only be stored if both its endpoints are; fetch the stored ones by start node.
    const candidates = list.filter((r) => stored(r.element.from) && stored(r.element.to));
    const wanted = new Set(candidates.map((r) => elementKey(r.element)));
    const fromIds = [...new Set(candidates.map((r) => r.element.from))];
    const dated = list[0]?.element.dated ?? false;
    for (const batch of chunks(fromIds, batchSize)) {
      const results = await db.executeRead<{ from: string; rels: Array<{ to: string; id: string; props: Record<string, unknown> }> }>(
        relationshipsFrom(type, batch),
      );
      for (const { from, rels: fromRels } of results) {
        for (const rel of fromRels) {
          // Dated types match on start as well (undated only undated); undated types on the endpoints alone.
          const start = dated && typeof rel.props.start === 'string' ? rel.props.start : null;
          const key = relKey(type, from, rel.to, start);
          if (!wanted.has(key)) continue;
          const found = storedRels.get(key);
          if (found) found.push({ id: rel.id, props: rel.props });
          else storedRels.set(key, [{ id: rel.id, props: rel.props }]);
        }
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
    fact.ids = [];
    let created = false;
    let changed = false;
    fact.elements.forEach((e, position) => {
      const key = elementKey(e);
      const stored = e.element === 'node' ? storedNodes.get(e.id) : storedRels.get(key)?.[0]?.props;
      const id = e.element === 'node' ? e.id : (storedRels.get(key)?.[0]?.id ?? newIds.get(key)!);
      fact.ids!.push(id);
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
