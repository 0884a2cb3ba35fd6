import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './createLogger.js';

function capture() {
  const lines: Array<Record<string, any>> = [];
  let raw = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, raw: () => raw, logger: createLogger({ level: 'info', destination }) };
}

describe('createLogger', () => {
  it('writes one JSON object per line with level, time, service and message', () => {
    const { lines, logger } = capture();
    logger.info({ reqId: 'r1' }, 'request');
    expect(lines).toEqual([{ level: 30, time: expect.any(Number), service: 'paradiplomacy-graph', reqId: 'r1', msg: 'request' }]);
  });

  it('redacts credentials wherever a log call attaches them', () => {
    const { lines, raw, logger } = capture();
    logger.error(
      {
        headers: { authorization: 'Bearer t0p-secret', cookie: 'sid=c00kie', accept: 'application/json' },
        req: { headers: { authorization: 'Bearer t0p-secret' } },
        token: 't0p-secret',
        viewer: { name: 'ed', token: 't0p-secret', password: 'pa55' },
        apiTokens: 'ed:editor:t0p-secret',
      },
      'failed',
    );
    expect(raw()).not.toMatch(/t0p-secret|c00kie|pa55/);
    expect(lines[0]).toMatchObject({
      headers: { authorization: '[redacted]', cookie: '[redacted]', accept: 'application/json' },
      req: { headers: { authorization: '[redacted]' } },
      token: '[redacted]',
      viewer: { name: 'ed', token: '[redacted]', password: '[redacted]' },
      apiTokens: '[redacted]',
    });
  });

  it('serialises errors with type, message and stack (server side only)', () => {
    const { lines, logger } = capture();
    logger.error({ err: new TypeError('boom') }, 'GraphQL resolver error:');
    expect(lines[0]!.err).toMatchObject({ type: 'TypeError', message: 'boom', stack: expect.stringContaining('TypeError: boom') });
  });

  it('logs nothing at level silent', () => {
    const { lines, logger } = createLoggerSilent();
    logger.error('nothing');
    expect(lines).toEqual([]);
  });
});

function createLoggerSilent() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'silent', destination }) };
}
