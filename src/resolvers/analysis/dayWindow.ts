import type { DayWindow } from '../../cypher/subgraphAround.js';
import { parsePartialDate } from '../../domain/partialDate.js';
import { BadUserInputError } from '../../errors/index.js';

function bounds(date: string) {
  const b = parsePartialDate(date);
  if ('error' in b) throw new BadUserInputError(b.error); // the Date scalar has already rejected bad dates
  return b;
}

/**
 * The window `from`..`to` as day bounds: the first day of `from` and the last
 * day of `to` (a partial date stands for its whole period). BAD_USER_INPUT
 * when `from` begins after `to` ends.
 */
export function dayWindow(from: string | null | undefined, to: string | null | undefined): DayWindow {
  const start = from ? bounds(from).earliest : null;
  const end = to ? bounds(to).latest : null;
  if (start && end && start > end) {
    throw new BadUserInputError(`from must not be later than to, received from "${from}" and to "${to}"`, { argument: 'from' });
  }
  return { start, end };
}
