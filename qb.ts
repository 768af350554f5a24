import { startServer } from './src/api/startServer.js';
import { loadConfig } from './src/config.js';
import { openStore } from './src/store/openStore.js';
const config = loadConfig({ DATA_DIR: '/tmp/d100k', PORT: '0', HOST: '127.0.0.1', MAX_COST: '10000000' });
const store = await openStore(config.store);
const server = await startServer(config, store);
const post = async (query: string) => {
  const r = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await r.json() as { errors?: unknown };
  if (body.errors) console.log(JSON.stringify(body.errors).slice(0, 300));
};
const busy = (await store.units({}, { offset: 0, limit: 1 }, 'TASKS_DESC')).rows[0]!.id;
const proj = (await store.projects({}, { offset: 0, limit: 1 }, 'MENTIONS_DESC')).rows[0]!.id;
const qs: Record<string, string> = {
  sharedGlobal: '{ sharedTasks(first: 20) { a { name } b { name } sharedCount years } }',
  sharedUnit: `{ sharedTasks(unitIds: ["${busy}"], first: 20) { b { name } sharedCount } }`,
  recurring: '{ recurringProjects(minYears: 2) { project { id name } years } }',
  chain: `{ accountabilityChain(projectId: "${proj}") { links { year unit { name } } } }`,
  neighborhood: `{ neighborhood(id: "${busy}", depth: 2) { nodes { id } edges { id } truncated } }`,
  network: '{ coResponsibilityNetwork(year: 2020) { nodes { id } edges { id } truncated } }',
  search: '{ search(text: "智能") { id score } }',
  unitTasks: `{ unit(id: "${busy}") { tasks(first: 20) { totalCount nodes { text units { unit { name } } } } } }`,
};
for (const [name, q] of Object.entries(qs)) {
  const times: number[] = [];
  for (let i = 0; i < 8; i++) { const t = performance.now(); await post(q); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  console.log(name.padEnd(14), 'p50', times[4]!.toFixed(1), 'max', times[7]!.toFixed(1));
}
await server.stop(); await store.close();
