import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { requestId } from '../logging/requestId.js';

/**
 * Gives the request an id (echoed in the `x-request-id` response header) and
 * writes one log line when the response is finished or the connection is
 * closed first: id, method, path (without the query string, which can carry
 * a GraphQL document and its variables), status and duration in ms. Headers
 * are never logged (Authorization carries bearer tokens). 5xx lines are at
 * level error, the rest at info. Returns the id.
 */
export function logRequests(req: IncomingMessage, res: ServerResponse, logger: Logger): string {
  const id = requestId(req);
  const started = process.hrtime.bigint();
  res.setHeader('x-request-id', id);
  let logged = false;
  const done = (aborted: boolean) => {
    if (logged) return;
    logged = true;
    const status = res.statusCode;
    const line = {
      reqId: id,
      method: req.method,
      path: (req.url ?? '/').split('?')[0]!.slice(0, 300),
      status,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
      ...(aborted ? { aborted: true } : {}),
    };
    if (status >= 500) logger.error(line, 'request');
    else logger.info(line, 'request');
  };
  res.once('finish', () => done(false));
  res.once('close', () => done(!res.writableFinished));
  return id;
}
