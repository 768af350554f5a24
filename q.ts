import { openStore } from './src/store/openStore.js';
const store = await openStore({ backend: 'kuzu', dataDir: '/tmp/d100k' });
for (const k of ['Unit', 'Project', 'Place', 'Document', 'Task'] as const) {
  const t = performance.now();
  try { const r = await store.search('智能', [k], 60); console.log(k, r.length, (performance.now() - t).toFixed(0), 'ms'); } catch (e) { console.log(k, 'ERR', (e as Error).message); }
}
await store.close();
