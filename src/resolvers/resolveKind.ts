import type { NodeRow } from '../model/records.js';

/**
 * `__resolveType` for the Node interface and the unions: a row's GraphQL
 * type is its label. Sources fetched through `node(id)` arrive as NodeRows
 * too and are typed Source.
 */
export function resolveKind(row: NodeRow | { id: string; title: string }): NodeRow['kind'] {
  return 'kind' in row ? row.kind : 'Source';
}
