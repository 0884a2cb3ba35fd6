/**
 * The explorer's time window over relationships. Relationship properties carry
 * partial dates as strings `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: `start`/`end`
 * (tenures, visits, meetings), `since`/`until` (memberships) and `date`
 * (one-off events). The slider works in whole years. DOM-free (unit-tested in
 * src/http/explore.test.ts).
 */

/** The slider's range; a bound at either end means "no bound". */
export const WINDOW_MIN_YEAR = 1990;
export const WINDOW_MAX_YEAR = 2025;

/** A relationship's years: `null` for an open end (not begun / not ended by any known date). */
export interface YearSpan {
  start: number | null;
  end: number | null;
}

/** The year of a partial date string, or null when it is not one. */
export function yearOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = /^(-?\d{4})(?:-\d{2}(?:-\d{2})?)?$/.exec(value.trim());
  return match ? Number(match[1]) : null;
}

/**
 * The years a relationship covers, or null for an undated one (always shown).
 * `date` is a single day; `start`/`since` without an end is ongoing; an end
 * without a start is open towards the past.
 */
export function spanOf(properties: Record<string, unknown>): YearSpan | null {
  const date = yearOf(properties.date);
  const start = yearOf(properties.start) ?? yearOf(properties.since) ?? date;
  const end = yearOf(properties.end) ?? yearOf(properties.until) ?? date;
  if (start === null && end === null) return null;
  return { start, end };
}

/** The window the slider shows: a bound at the slider's end means none. */
export interface YearWindow {
  from: number | null;
  to: number | null;
}

export function windowFromSlider(from: number, to: number): YearWindow {
  return { from: from <= WINDOW_MIN_YEAR ? null : from, to: to >= WINDOW_MAX_YEAR ? null : to };
}

/** Whether a relationship may fall in the window: undated ones always do; dated ones when their years overlap it. */
export function inWindow(span: YearSpan | null, window: YearWindow): boolean {
  if (!span) return true;
  if (window.from !== null && span.end !== null && span.end < window.from) return false;
  if (window.to !== null && span.start !== null && span.start > window.to) return false;
  return true;
}

/** A span for people: `2005–2015`, `since 2010`, `until 1995`, `2008`. */
export function describeSpan(span: YearSpan | null): string {
  if (!span) return 'undated';
  if (span.start !== null && span.end !== null) return span.start === span.end ? String(span.start) : `${span.start}–${span.end}`;
  if (span.start !== null) return `since ${span.start}`;
  return `until ${span.end}`;
}
