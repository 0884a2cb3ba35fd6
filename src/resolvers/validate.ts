import { BadUserInputError } from '../errors/index.js';
import { RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from '../seed/format.js';

/** Node kinds a client may name (in `search(kinds:)`). */
export const SEARCHABLE_KINDS: readonly NodeKind[] = [
  'Region', 'Country', 'Person', 'EthnicGroup', 'Diaspora', 'Organisation', 'Area', 'Statement', 'ActivityFigure', 'Claim',
];

/** An integer argument within [min, max]; BAD_USER_INPUT naming the argument otherwise. */
export function intInRange(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new BadUserInputError(`${name} must be an integer from ${min} to ${max}, received ${v}`, { argument: name });
  }
  return v;
}

/** `RU-XX` or `RU-XXX` (case-insensitive); the canonical upper-case code. */
export function regionCode(code: string): string {
  const canonical = code.trim().toUpperCase();
  if (!/^RU-[A-Z]{2,3}$/.test(canonical)) {
    throw new BadUserInputError(`code must be an ISO 3166-2:RU code such as "RU-TA", received "${code.slice(0, 40)}"`, { argument: 'code' });
  }
  return canonical;
}

/** Two letters (case-insensitive); the canonical upper-case ISO 3166-1 alpha-2 code. */
export function countryCode(code: string): string {
  const canonical = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(canonical)) {
    throw new BadUserInputError(`code must be an ISO 3166-1 alpha-2 code such as "TR", received "${code.slice(0, 40)}"`, { argument: 'code' });
  }
  return canonical;
}

/** Node kinds from a client; null for "all". */
export function nodeKinds(kinds: readonly string[] | null | undefined): NodeKind[] | null {
  if (!kinds) return null;
  const unknown = kinds.filter((k) => !SEARCHABLE_KINDS.includes(k as NodeKind));
  if (unknown.length > 0) {
    throw new BadUserInputError(
      `unknown kind(s) ${unknown.map((k) => `"${k.slice(0, 40)}"`).join(', ')}; expected any of ${SEARCHABLE_KINDS.join(', ')}`,
      { argument: 'kinds' },
    );
  }
  return [...new Set(kinds)] as NodeKind[];
}

/** Relationship types from a client; null for "all". */
export function relationshipTypes(types: readonly string[] | null | undefined): RelationshipType[] | null {
  if (!types) return null;
  const unknown = types.filter((t) => !RELATIONSHIP_TYPES.includes(t as RelationshipType));
  if (unknown.length > 0) {
    throw new BadUserInputError(
      `unknown relationship type(s) ${unknown.map((t) => `"${t.slice(0, 40)}"`).join(', ')}; expected any of ${RELATIONSHIP_TYPES.join(', ')}`,
      { argument: 'relationshipTypes' },
    );
  }
  return [...new Set(types)] as RelationshipType[];
}

/** A node id as the graph writes them (`kind:slug`); BAD_USER_INPUT otherwise. */
export function nodeId(name: string, id: string): string {
  if (id.length > 200 || !/^[a-z]+:[A-Za-z0-9][A-Za-z0-9-]*$/.test(id)) {
    throw new BadUserInputError(`${name} must be a node id such as "region:RU-TA" or "person:ramzan-kadyrov", received "${id.slice(0, 40)}"`, { argument: name });
  }
  return id;
}
