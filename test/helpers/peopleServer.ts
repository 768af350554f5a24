import { startServer, type RunningServer } from '../../src/api/startServer.js';
import { loadConfig } from '../../src/config.js';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { apiBackend, openEmptyStore } from './backends.js';
import type { GraphQLBody } from './seededServer.js';

/** A task list naming people inline (责任领导:张三, 联系人:王敏) and in a 责任领导 column (陈伟(副区长), 张三、赵刚). */
export const PEOPLE_TEXT = [
  '2023年重点工作任务分解表',
  '一、经济发展',
  '1. 推进氢能港建设。(责任领导:张三;牵头单位:区发改委;责任单位:区经委)',
  '2. 完善社区养老服务。(分管领导:李副区长;联系人:王敏;责任单位:区民政局)',
  '序号\t工作任务\t牵头单位\t责任领导',
  '1\t建设污水处理厂\t区水务局\t陈伟(副区长)',
  '2\t推进老街改造\t区建管委\t张三、赵刚',
  '',
].join('\n');

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
