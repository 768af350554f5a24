import { openStore } from './src/store/openStore.js';
const store = await openStore({ backend: 'kuzu', dataDir: '/tmp/d100k' });
const time = async (label: string, f: () => Promise<unknown>) => { await f(); const t = performance.now(); for (let i = 0; i < 5; i++) await f(); console.log(label, ((performance.now() - t) / 5).toFixed(1), 'ms'); };
await time('pairs global', () => store.sharedPairs(null, { minShared: 1, limit: 20 }));
await time('pairs 2020 x2001', () => store.sharedPairs(null, { year: 2020, minShared: 1, limit: 2001 }));
await time('recurring', () => store.recurringProjects({ minYears: 2 }));
await time('ping', () => store.ping());
await time('tasksById 20', () => store.tasksByIds(['task:r001_2015_00:1','task:r001_2015_00:2']));
await store.close();
