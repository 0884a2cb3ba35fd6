import net from 'node:net';

/**
 * A TCP port that is free on 127.0.0.1 right now (the OS picks it: bind port 0, read, release).
 * Another process may take it before you bind it; good enough for tests.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('Could not read the bound port')) : resolve(port)));
    });
  });
}
