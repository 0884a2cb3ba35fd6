import type { DayWindow } from '../../cypher/subgraphAround.js';
import { parsePartialDate } from '../../domain/partialDate.js';
import { BadUserInputError } from '../../errors/index.js';
import { RELATIONSHIP_TYPES, type RelationshipType } from '../../seed/format.js';

/**
 * Relationship types a client names in argument `argument`; null for "none
 * given". BAD_USER_INPUT naming the argument and the unknown types otherwise.
 */
export function relationshipTypeList(argument: string, types: readonly string[] | null | undefined): RelationshipType[] | null {
  if (!types) return null;
  const unknown = types.filter((t) => !RELATIONSHIP_TYPES.includes(t as RelationshipType));
  if (unknown.length > 0) {
    throw new BadUserInputError(
      `${argument}: unknown relationship type(s) ${unknown.map((t) => `"${t.slice(0, 40)}"`).join(', ')}; expected any of ${RELATIONSHIP_TYPES.join(', ')}`,
      { argument },
    );
  }
  return [...new Set(types)] as RelationshipType[];
}

/**
 * A time window from two partial-date arguments (`fromName`, `toName`) as day
 * bounds: the first day of `from`, the last day of `to` (null when not
 * given). BAD_USER_INPUT when `from` starts after `to` ends.
 */
export function dateWindow(fromName: string, toName: string, from: string | null | undefined, to: string | null | undefined): DayWindow {
  const start = from ? bounds(fromName, from).earliest : null;
  const end = to ? bounds(toName, to).latest : null;
  if (start && end && start > end) {
    throw new BadUserInputError(`${fromName} must not be after ${toName}, received ${fromName} "${from}" and ${toName} "${to}"`, {
      argument: fromName,
    });
  }
  return { start, end };
}

function bounds(argument: string, value: string) {
  const parsed = parsePartialDate(value);
  if ('error' in parsed) throw new BadUserInputError(`${argument}: ${parsed.error}`, { argument });
  return parsed;
}
