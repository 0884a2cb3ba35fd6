import { createHash, timingSafeEqual } from 'node:crypto';
import { UnauthenticatedError } from '../errors/index.js';
import type { ApiToken } from './ApiToken.js';
import type { Viewer } from './Viewer.js';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Resolves an Authorization header to the token holder. No header: null
 * (anonymous). A header that is not `Bearer <token>` or names no configured
 * token: UnauthenticatedError (HTTP 401). Comparison is constant-time
 * (SHA-256 digests of equal length, every configured token compared), and
 * the token never appears in a message.
 */
export function authenticate(header: string | undefined, tokens: readonly ApiToken[]): Viewer | null {
  if (header === undefined || header === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  const presented = digest(match[1]!);
  let found: ApiToken | undefined;
  for (const candidate of tokens) {
    // No early exit: the time taken does not depend on which token matched.
    if (timingSafeEqual(presented, digest(candidate.token)) && !found) found = candidate;
  }
  if (!found) throw new UnauthenticatedError('The bearer token matches no configured token.');
  return { name: found.name, role: found.role };
}
