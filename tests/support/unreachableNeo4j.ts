import net, { type AddressInfo } from 'node:net';

/** A Bolt address where no database answers, held until `close`. */
export interface UnreachableNeo4j {
  uri: string;
  close: () => Promise<void>;
}

/**
 * A "database" that drops every connection: the driver reports
 * ServiceUnavailable at once, as for a Neo4j that is down. The port stays
 * bound for the test's whole length; a port merely found free and left closed
 * can be handed out again meanwhile (to the API server under test itself, when
 * it listens on port 0), and the driver would then talk to that instead.
 */
export async function unreachableNeo4j(): Promise<UnreachableNeo4j> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
