import { BadUserInputError } from '../../errors/index.js';

/** Cursor format version: a cursor of another version is refused, not misread. */
const VERSION = 1;

/** The type of each value a cursor of a connection holds, in order (sort keys, then the id). */
export type CursorShape = ReadonlyArray<'string' | 'number'>;

/**
 * An opaque cursor: base64url of JSON `[version, scope, ...values]`, where
 * `scope` names the connection and its order (a cursor is only valid there)
 * and `values` are the row's sort key values and id.
 */
export function encodeCursor(scope: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([VERSION, scope, ...values]), 'utf8').toString('base64url');
}

function refuse(scope: string, why: string): BadUserInputError {
  return new BadUserInputError(
    `after must be a cursor that this connection returned (edges.cursor or pageInfo.endCursor of ${scope}); ${why}`,
    { argument: 'after' },
  );
}

/**
 * The sort key values and id a cursor holds. BAD_USER_INPUT (argument
 * `after`) when it is malformed, or foreign: of another connection, order or
 * (for search) text, or holding values of other types than `shape`.
 */
export function decodeCursor(scope: string, cursor: string, shape: CursorShape): Array<string | number> {
  if (cursor.length === 0 || cursor.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw refuse(scope, `received "${cursor.slice(0, 40)}", which is not a base64url cursor`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse(scope, `received "${cursor.slice(0, 40)}", which does not decode to a cursor`);
  }
  if (!Array.isArray(parsed) || parsed[0] !== VERSION || typeof parsed[1] !== 'string') {
    throw refuse(scope, `received "${cursor.slice(0, 40)}", which is not a cursor of this API`);
  }
  if (parsed[1] !== scope) {
    throw refuse(scope, `received a cursor of ${JSON.stringify(parsed[1].slice(0, 60))}`);
  }
  const values = parsed.slice(2) as unknown[];
  const fits =
    values.length === shape.length &&
    values.every((v, i) => (shape[i] === 'number' ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string'));
  if (!fits) throw refuse(scope, `received a cursor whose position is malformed`);
  return values as Array<string | number>;
}
