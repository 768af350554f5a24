import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import type { GraphStore } from '../store/GraphStore.js';
import { createApolloServer } from './createApolloServer.js';
import { guardedStore } from './guardedStore.js';
import { KnownCosts } from './limits/KnownCosts.js';
import { RequestGate } from './limits/RequestGate.js';
import { createLoaders } from './loaders.js';
import { recordingStore } from './receipts.js';
import type { Receipt } from './context.js';
import { checkGraphiqlAssets } from './http/graphiql.js';
import { createHttpServer, GRAPHQL_PATH } from './http/createHttpServer.js';

/** How long a store answer counts as proof of health. */
const HEALTH_FRESH_MS = 1_000;

export interface RunningServer {
  /** The address really listened on, e.g. http://127.0.0.1:4000/graphql */
  url: string;
  port: number;
  /**
   * Stops accepting connections, lets requests in flight finish (at most `shutdownGraceMs`,
   * then their connections are closed), stops Apollo. Does not close the store.
   */
  stop(): Promise<void>;
}

/** Starts Apollo and the HTTP listener on `config.port` (0 picks a free port) over an open store. */
export async function startServer(
  config: Pick<Config, 'port' | 'host' | 'limits'> & { shutdownGraceMs?: number }, store: GraphStore,
): Promise<RunningServer> {
  checkGraphiqlAssets();
  const gate = new RequestGate(config.limits.maxConcurrentHeavy, config.limits.maxQueuedHeavy);
  const known = new KnownCosts();
  const apollo = createApolloServer(config.limits, store, gate, known);
  // The store answered a request this recently: /healthz says so without queueing a query behind heavy ones.
  let lastAnswer = 0;
  const answered = () => (lastAnswer = Date.now());
  await apollo.start();
  let stopping: Promise<void> | null = null;
  const httpServer = createHttpServer({
    apollo,
    context: async (signal) => {
      const receipt: Receipt = new Set();
      const recorded = recordingStore(guardedStore(store, signal, answered), receipt);
      return { store: recorded, loaders: createLoaders(recorded), limits: config.limits, receipt, signal };
    },
    health: async () => {
      if (Date.now() - lastAnswer < HEALTH_FRESH_MS) return;
      await store.ping();
      answered();
    },
    maxBodyBytes: config.limits.maxBodyBytes,
    maxResponseBytes: config.limits.maxResponseBytes,
    requestTimeoutMs: config.limits.requestTimeoutMs,
    stopping: () => stopping !== null,
    overloaded: (body) => {
      if (!gate.full) return false;
      const key = KnownCosts.keyOf(body);
      const cost = key === null ? undefined : known.get(key);
      return cost !== undefined && cost >= config.limits.heavyCost;
    },
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const graceMs = config.shutdownGraceMs ?? 10_000;
  return {
    url: `http://${host}:${address.port}${GRAPHQL_PATH}`,
    port: address.port,
    stop: () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          httpServer.close(() => resolve());
          // Kept-alive connections with nothing in flight go now; busy ones as soon as their answer is sent.
          httpServer.closeIdleConnections();
          const idle = setInterval(() => httpServer.closeIdleConnections(), 50);
          const deadline = setTimeout(() => httpServer.closeAllConnections(), graceMs);
          httpServer.once('close', () => {
            clearInterval(idle);
            clearTimeout(deadline);
          });
        });
        await apollo.stop();
      })()),
  };
}
