/**
 * Links to the server's subgraph downloads (GET /export/subgraph.graphml,
 * .gexf and .json, the last in Cytoscape.js JSON), which take the arguments of
 * Query.subgraph as query parameters: ids and relationshipTypes
 * comma-separated, depth, from, to (partial dates) and limit. DOM-free
 * (unit-tested in src/http/explore.test.ts).
 */

export type ExportFormat = 'graphml' | 'gexf' | 'json';

export const EXPORT_FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; description: string }> = [
  { format: 'graphml', label: 'GraphML', description: 'GraphML (yEd, Gephi, NetworkX)' },
  { format: 'gexf', label: 'GEXF', description: 'GEXF (Gephi)' },
  { format: 'json', label: 'Cytoscape JSON', description: 'Cytoscape.js JSON (Cytoscape, Cytoscape.js)' },
];

/** The API's cap on `ids` (Query.subgraph and the exports). */
export const MAX_EXPORT_IDS = 50;

export interface ExportView {
  ids: readonly string[];
  depth: number;
  /** Only these relationship types; omitted (all types) when null or empty. */
  relationshipTypes?: readonly string[] | null;
  /** Years; omitted when null. */
  from?: number | null;
  to?: number | null;
  limit?: number | null;
}

/** The download URL (path and query) of a view in one format. */
export function exportHref(format: ExportFormat, view: ExportView): string {
  const params = new URLSearchParams();
  params.set('ids', view.ids.slice(0, MAX_EXPORT_IDS).join(','));
  params.set('depth', String(view.depth));
  if (view.relationshipTypes && view.relationshipTypes.length > 0) params.set('relationshipTypes', view.relationshipTypes.join(','));
  if (view.from !== null && view.from !== undefined) params.set('from', String(view.from));
  if (view.to !== null && view.to !== undefined) params.set('to', String(view.to));
  if (view.limit !== null && view.limit !== undefined) params.set('limit', String(view.limit));
  // Commas and colons are legal in a query string; keep ids readable (`region:RU-TA,org:turksoy`).
  const query = params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
  return `/export/subgraph.${format}?${query}`;
}
