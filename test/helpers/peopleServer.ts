import { startServer, type RunningServer } from '../../src/api/startServer.js';
import { loadConfig } from '../../src/config.js';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { apiBackend, openEmptyStore } from './backends.js';
import type { GraphQLBody } from './seededServer.js';
import { PEOPLE_TEXT } from './peopleText.js';


export interface PeopleServer {
  server: RunningServer;
  /** The server's base URL without /graphql (for /export/… requests). */
  base: string;
  query: <T>(text: string, variables?: Record<string, unknown>) => Promise<GraphQLBody<T>>;
  close: () => Promise<void>;
}

/**
 * A real server on a free port over a fresh graph (the API suites' backend) holding PEOPLE_TEXT
 * as `doc:people` (上海市嘉定区, 2023); `wrap` may put a proxy between the server and the store.
 */
export async function startPeopleServer(wrap: (store: GraphStore) => GraphStore = (s) => s): Promise<PeopleServer> {
  const { store, cleanup } = await openEmptyStore(apiBackend());
  await store.replaceDocument(extractDocument({ file: 'people.txt', text: PEOPLE_TEXT, sha256: 'sha-people', meta: { year: 2023, region: '上海市嘉定区' } }));
  const server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), wrap(store));
  return {
    server,
    base: server.url.replace(/\/graphql$/, ''),
    query: async <T>(text: string, variables?: Record<string, unknown>) => {
      const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text, variables }) });
      return (await response.json()) as GraphQLBody<T>;
    },
    close: async () => {
      await server.stop();
      await cleanup();
    },
  };
}
