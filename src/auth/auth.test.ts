import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../errors/index.js';
import { authenticate, hasRole, parseApiTokens, requireRole, type ApiToken } from './index.js';

const TOKENS: ApiToken[] = parseApiTokens('alice:editor:alice-token-0123456789, ops:admin:ops-token-0123456789abc,bob:reader:bob-token-0123456789');

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return { code: (error as { extensions?: { code?: string } }).extensions?.code, message: (error as Error).message, http: (error as { extensions?: { http?: unknown } }).extensions?.http };
  }
  throw new Error('expected a throw');
};

describe('API_TOKENS', () => {
  it('parses name:role:token entries (tokens may contain colons)', () => {
    expect(TOKENS.map((t) => [t.name, t.role])).toEqual([['alice', 'editor'], ['ops', 'admin'], ['bob', 'reader']]);
    expect(parseApiTokens('x:admin:a:b:c:0123456789abcdef')[0]?.token).toBe('a:b:c:0123456789abcdef');
    expect(parseApiTokens(undefined)).toEqual([]);
    expect(parseApiTokens('  ')).toEqual([]);
  });

  it('rejects bad entries naming the entry and what was expected, never echoing the token', () => {
    expect(() => parseApiTokens('alice:owner:alice-token-0123456789')).toThrow('API_TOKENS entry 1 ("alice") has role "owner"; expected one of reader, editor, admin');
    expect(() => parseApiTokens('alice:editor:short')).toThrow('API_TOKENS entry 1 ("alice") has a token of 5 characters; expected at least 16');
    expect(() => parseApiTokens('a:editor:0123456789abcdef,a:admin:0123456789abcdefg')).toThrow('the name "a" is used twice');
    const error = codeOf(() => parseApiTokens('secret-without-colons-0123456789'));
    expect(error.message).toBe('API_TOKENS entry 1 must look like name:role:token, received an entry without a name');
    expect(error.message).not.toContain('secret');
  });
});

describe('authenticate', () => {
  it('is anonymous without a header and finds the holder of a configured token', () => {
    expect(authenticate(undefined, TOKENS)).toBeNull();
    expect(authenticate('Bearer ops-token-0123456789abc', TOKENS)).toEqual({ name: 'ops', role: 'admin' });
    expect(authenticate('bearer   alice-token-0123456789 ', TOKENS)).toEqual({ name: 'alice', role: 'editor' });
  });

  it('answers UNAUTHENTICATED (HTTP 401) for an unknown token or another scheme, without the token in the message', () => {
    const unknown = codeOf(() => authenticate('Bearer alice-token-0123456789X', TOKENS));
    expect(unknown).toEqual({ code: ErrorCode.UNAUTHENTICATED, message: 'The bearer token matches no configured token.', http: { status: 401 } });
    expect(codeOf(() => authenticate('Basic YWxpY2U6eA==', TOKENS)).message).toBe('The Authorization header must be "Bearer <token>".');
    expect(codeOf(() => authenticate('Bearer x', [])).code).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('roles', () => {
  it('orders reader < editor < admin', () => {
    expect(hasRole({ name: 'a', role: 'admin' }, 'editor')).toBe(true);
    expect(hasRole({ name: 'e', role: 'editor' }, 'editor')).toBe(true);
    expect(hasRole({ name: 'r', role: 'reader' }, 'editor')).toBe(false);
    expect(hasRole(null, 'reader')).toBe(false);
  });

  it('requireRole: UNAUTHENTICATED without a viewer, FORBIDDEN with a weaker role', () => {
    expect(codeOf(() => requireRole(null, 'editor', 'createVisit'))).toMatchObject({
      code: ErrorCode.UNAUTHENTICATED,
      message: 'createVisit needs a bearer token with the editor role; none was sent.',
    });
    expect(codeOf(() => requireRole({ name: 'bob', role: 'reader' }, 'editor', 'createVisit'))).toMatchObject({
      code: ErrorCode.FORBIDDEN,
      message: 'createVisit needs the editor role; the token of "bob" has the reader role.',
    });
    expect(requireRole({ name: 'ops', role: 'admin' }, 'editor', 'createVisit')).toEqual({ name: 'ops', role: 'admin' });
  });
});
