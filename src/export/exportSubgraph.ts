import type { Database } from '../db/Database.js';
import { AppError, BadUserInputError, ErrorCode } from '../errors/index.js';
import { loadExportGraph } from './loadExportGraph.js';
import { SUBGRAPH_LIMITS, type SubgraphArguments } from './subgraphArguments.js';
import { toCytoscapeJson } from './toCytoscapeJson.js';
import { toGexf } from './toGexf.js';
import { toGraphml } from './toGraphml.js';

/** The download formats, by file extension. */
export const EXPORT_FORMATS = {
  json: { contentType: 'application/json; charset=utf-8', write: (g: Parameters<typeof toCytoscapeJson>[0]) => JSON.stringify(toCytoscapeJson(g)) },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', write: toGraphml },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', write: toGexf },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The query parameters the exports take: the subgraph's arguments. */
const PARAMETERS = ['ids', 'depth', 'relationshipTypes', 'from', 'to', 'limit', 'edgeLimit'] as const;

/** A finished HTTP answer, for the HTTP layer to send as it is. */
export interface ExportResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) {
    throw new BadUserInputError(`${name} must be given once, received it ${values.length} times`, { argument: name });
  }
  return values[0] ?? null;
}

function list(params: URLSearchParams, name: string): string[] | null {
  const values = params.getAll(name);
  if (values.length === 0) return null;
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
}

function integer(params: URLSearchParams, name: string, range: string): number | null {
  const value = single(params, name);
  if (value === null) return null;
  if (!/^\d{1,9}$/.test(value)) {
    throw new BadUserInputError(`${name} must be an integer ${range}, received "${value.slice(0, 40)}"`, { argument: name });
  }
  return Number(value);
}

/**
 * The subgraph's arguments from query parameters: `ids` and
 * `relationshipTypes` comma-separated (or repeated), `depth`, `limit`, `edgeLimit`,
 * `from`, `to` once each. Unknown parameters and a missing `ids` are
 * BAD_USER_INPUT naming the parameter; the values are then validated by
 * the subgraph's own rules (subgraphQuery).
 */
export function subgraphArgumentsFromQuery(params: URLSearchParams): SubgraphArguments {
  for (const name of new Set(params.keys())) {
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      throw new BadUserInputError(`unknown parameter "${name.slice(0, 40)}"; expected any of ${PARAMETERS.join(', ')}`, { argument: name.slice(0, 40) });
    }
  }
  const ids = list(params, 'ids');
  if (!ids || ids.length === 0) {
    throw new BadUserInputError('ids is required: node ids separated by commas, e.g. ids=region:RU-TA,region:RU-IN', { argument: 'ids' });
  }
  return {
    ids,
    depth: integer(params, 'depth', 'from 1 to 3'),
    relationshipTypes: list(params, 'relationshipTypes'),
    from: single(params, 'from'),
    to: single(params, 'to'),
    limit: integer(params, 'limit', `from 1 to ${SUBGRAPH_LIMITS.limit}`),
    edgeLimit: integer(params, 'edgeLimit', `from 1 to ${SUBGRAPH_LIMITS.edgeLimit}`),
  };
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.TIMEOUT]: 504,
};

/**
 * GET /export/subgraph.<format>: the subgraph for the query parameters,
 * from the same validation, translator and Database as Query.subgraph (no
 * GraphQL round-trip), serialised as Cytoscape.js JSON, GraphML or GEXF,
 * as a download. Bad input answers 400 with
 * `{ errors: [{ message, extensions: { code: "BAD_USER_INPUT", parameter } }] }`;
 * an unreachable database 503, a timeout 504. Other errors are thrown to the
 * HTTP layer (500, logged).
 */
export async function exportSubgraph(db: Database, format: ExportFormat, params: URLSearchParams): Promise<ExportResponse> {
  try {
    const graph = await loadExportGraph(db, subgraphArgumentsFromQuery(params));
    const { contentType, write } = EXPORT_FORMATS[format];
    return {
      status: 200,
      headers: {
        'content-type': contentType,
        'content-disposition': `attachment; filename="subgraph.${format}"`,
        'x-subgraph-truncated': String(graph.truncated),
        'x-subgraph-edges-truncated': String(graph.edgesTruncated),
        'cache-control': 'no-store',
      },
      body: write(graph),
    };
  } catch (error) {
    const status = error instanceof AppError ? STATUS[error.code] : undefined;
    if (!(error instanceof AppError) || status === undefined) throw error;
    const parameter = error.extensions.argument;
    const body = JSON.stringify({
      errors: [{ message: error.message, extensions: { code: error.code, ...(parameter ? { parameter } : {}) } }],
    });
    return { status, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
  }
}
