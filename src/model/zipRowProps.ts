import { zipProps } from './zipProps.js';

/** A node or edge as a query returns it: `props` a map, or, with named properties, the list of their values. */
export type Returned<T extends { props: Record<string, unknown> }> = Omit<T, 'props'> & { props: Record<string, unknown> | unknown[] };

/**
 * `item` with `props` as a map: the values zipped with `names` when the query
 * returned only those (subgraphAround's and pathsBetween's `props`), the map
 * as returned when `names` is null (every property).
 */
export function zipRowProps<T extends { props: Record<string, unknown> }>(names: readonly string[] | null, item: Returned<T>): T {
  return { ...item, props: names ? zipProps(names, item.props as unknown[]) : item.props } as T;
}
