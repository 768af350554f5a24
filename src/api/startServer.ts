import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import type { GraphStore } from '../store/GraphStore.js';
import { createApolloServer } from './createApolloServer.js';
import { createLoaders } from './loaders.js';
import { recordingStore, type Receipt } from './receipts.js';
import { checkGraphiqlAssets } from './http/graphiql.js';
import { createHttpServer, GRAPHQL_PATH } from './http/createHttpServer.js';

export interface RunningServer {
  /** e.g. http://localhost:4000/graphql */
  url: string;
  port: number;
  /** Stops accepting requests, lets those in flight finish, stops Apollo. Does not close the store. */
  stop(): Promise<void>;
}

/** Starts Apollo and the HTTP listener on `config.port` (0 picks a free port) over an open store. */
export async function startServer(config: Pick<Config, 'port' | 'host' | 'limits'>, store: GraphStore): Promise<RunningServer> {
  checkGraphiqlAssets();
  const apollo = createApolloServer(config.limits, store);
  await apollo.start();
  const httpServer = createHttpServer({
    apollo,
    context: async () => {
      const receipt: Receipt = new Set();
      const recorded = recordingStore(store, receipt);
      return { store: recorded, loaders: createLoaders(recorded), limits: config.limits, receipt };
    },
    health: () => store.ping(),
    maxBodyBytes: config.limits.maxBodyBytes,
    requestTimeoutMs: config.limits.requestTimeoutMs,
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  let stopping: Promise<void> | null = null;
  return {
    url: `http://localhost:${port}${GRAPHQL_PATH}`,
    port,
    stop: () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          httpServer.close(() => resolve());
          httpServer.closeIdleConnections();
        });
        await apollo.stop();
      })()),
  };
}
