/**
 * Partial dates, as sources give them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * A partial date stands for the whole period it names; `bounds` gives its
 * first and last day so that filters can compare periods.
 */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last calendar day (ISO `YYYY-MM-DD`) of a partial date. */
export interface DateBounds {
  earliest: string;
  latest: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Parses a partial date. Returns its bounds, or an error message that says
 * what was expected and what was received.
 */
export function parsePartialDate(value: unknown): DateBounds | { error: string } {
  if (typeof value !== 'string') {
    return { error: `expected a date string YYYY, YYYY-MM or YYYY-MM-DD, received ${typeof value}` };
  }
  const match = PARTIAL_DATE.exec(value);
  if (!match) {
    return { error: `expected a date YYYY, YYYY-MM or YYYY-MM-DD, received "${value.slice(0, 40)}"` };
  }
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) {
    return { error: `month must be 01..12, received "${value}"` };
  }
  if (month === undefined) {
    return { earliest: `${match[1]}-01-01`, latest: `${match[1]}-12-31` };
  }
  const last = daysInMonth(year, month);
  if (day === undefined) {
    return { earliest: `${match[1]}-${pad(month)}-01`, latest: `${match[1]}-${pad(month)}-${pad(last)}` };
  }
  if (day < 1 || day > last) {
    return { error: `day must be 01..${last} for ${match[1]}-${pad(month)}, received "${value}"` };
  }
  return { earliest: value, latest: value };
}

/** True when `value` is a valid partial date. */
export function isPartialDate(value: unknown): value is PartialDate {
  return !('error' in parsePartialDate(value));
}
