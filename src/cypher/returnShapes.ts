/**
 * Cypher fragments that project nodes and relationships into the rows that
 * resolvers read (NodeRow, EdgeRow). Constants only: no user value is ever
 * spliced into a query.
 */

import type { SubgraphProps } from './subgraphAround.js';

/** Projects node variable `n` as `{ id, kind, props }`. */
export const nodeProjection = (n: string): string =>
  `{ id: ${n}.id, kind: [l IN labels(${n}) WHERE l <> 'Entity'][0], props: properties(${n}) }`;

/** Projects Source node variable `s` as a source row without its quote (the quote belongs to a citation). */
export const sourceProjection = (s: string): string => `${s} { .id, .title, .publisher, .url, .published }`;

/** Projects relationship variable `r` as `{ id, type, from, to, props }`. */
export const edgeProjection = (r: string): string =>
  `{ id: ${r}.id, type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id, props: properties(${r}) }`;

/**
 * Projects node variable `n` as the tuple `[kind, props]` (its id is
 * `props.id`): for large answers, where the keys of a map per row cost as
 * much to decode in the driver as the values. See nodeFromTuple.
 */
export const nodeTuple = (n: string): string => `[[l IN labels(${n}) WHERE l <> 'Entity'][0], properties(${n})]`;

/** Projects relationship variable `r`, whose type the query knows, as the tuple `[from, to, props]` (its id is `props.id`). See edgeFromTuple. */
export const edgeTuple = (r: string): string => `[startNode(${r}).id, endNode(${r}).id, properties(${r})]`;

/** Like nodeTuple, with only the properties named in parameter `$props`, as a list of values in that order (null when absent). */
export const nodeValuesTuple = (n: string): string => `[[l IN labels(${n}) WHERE l <> 'Entity'][0], [k IN $props | ${n}[k]]]`;

/** Like edgeTuple, with only the properties named in parameter `$props`, as a list of values in that order (null when absent). */
export const edgeValuesTuple = (r: string): string => `[startNode(${r}).id, endNode(${r}).id, [k IN $props | ${r}[k]]]`;

/** nodeProjection with `props` the values of the properties `$param` names, in order (zipProps turns them into a map). */
export const nodeValuesProjection = (n: string, param: string): string =>
  `{ id: ${n}.id, kind: [l IN labels(${n}) WHERE l <> 'Entity'][0], props: [k IN $${param} | ${n}[k]] }`;

/** edgeProjection with `props` the values of the properties `$param` names, in order (zipProps turns them into a map). */
export const edgeValuesProjection = (r: string, param: string): string =>
  `{ id: ${r}.id, type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id, props: [k IN $${param} | ${r}[k]] }`;

/**
 * How a graph answer (subgraphAround, pathsBetween) projects its nodes and
 * edges for `props`: with names, the values of those properties in order
 * (parameters `$nodeProps` / `$edgeProps`, which `params` holds; zipRowProps
 * makes the maps), with null every property (nodeProjection, edgeProjection).
 */
export function graphProjections(props: SubgraphProps): {
  node: (n: string) => string;
  edge: (r: string) => string;
  params: { nodeProps?: string[]; edgeProps?: string[] };
} {
  return {
    node: (n) => (props.node ? nodeValuesProjection(n, 'nodeProps') : nodeProjection(n)),
    edge: (r) => (props.edge ? edgeValuesProjection(r, 'edgeProps') : edgeProjection(r)),
    params: { ...(props.node ? { nodeProps: [...props.node] } : {}), ...(props.edge ? { edgeProps: [...props.edge] } : {}) },
  };
}
