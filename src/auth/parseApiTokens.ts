import type { ApiToken } from './ApiToken.js';
import { ROLES, type Role } from './Viewer.js';

/** Shortest token accepted: guessable tokens are a configuration error, not a choice. */
export const MIN_TOKEN_LENGTH = 16;

/**
 * Parses API_TOKENS: comma-separated `name:role:token` entries, e.g.
 * `alice:editor:8f3c…,ops:admin:19ab…`. Roles are reader, editor and admin.
 * Throws an Error naming the entry (by position and name, never by token)
 * and what was expected.
 */
export function parseApiTokens(raw: string | undefined): ApiToken[] {
  if (raw === undefined || raw.trim() === '') return [];
  const tokens: ApiToken[] = [];
  raw.split(',').forEach((entry, index) => {
    const trimmed = entry.trim();
    if (trimmed === '') return;
    const first = trimmed.indexOf(':');
    const second = first < 0 ? -1 : trimmed.indexOf(':', first + 1);
    const where = `API_TOKENS entry ${index + 1}`;
    if (first <= 0 || second < 0) {
      throw new Error(`${where} must look like name:role:token, received ${first > 0 ? `"${trimmed.slice(0, first)}:…"` : 'an entry without a name'}`);
    }
    const name = trimmed.slice(0, first);
    const role = trimmed.slice(first + 1, second);
    const token = trimmed.slice(second + 1);
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new Error(`${where} ("${name}") has role "${role}"; expected one of ${ROLES.join(', ')}`);
    }
    if (token.length < MIN_TOKEN_LENGTH) {
      throw new Error(`${where} ("${name}") has a token of ${token.length} characters; expected at least ${MIN_TOKEN_LENGTH}`);
    }
    if (tokens.some((t) => t.name === name)) throw new Error(`${where}: the name "${name}" is used twice`);
    tokens.push({ name, role: role as Role, token });
  });
  return tokens;
}
