import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/startServer.js';
import { loadConfig } from '../../src/config.js';
import { collectFiles } from '../../src/load/collectFiles.js';
import { loadCorpus } from '../../src/load/loadCorpus.js';
import { openStore } from '../../src/store/openStore.js';
import { corpusMeta } from '../../scripts/lib/corpusMeta.js';
import { tempDataDir } from '../helpers/backends.js';
import { runScript } from '../helpers/runScript.js';
import { SEEDS_DIR } from '../helpers/seededServer.js';

/* `npm run export` as a user runs it: a child process over a real Kùzu folder, its stdout parsed back. */

describe('npm run export', () => {
  const data = tempDataDir('export-cli');
  let expected: { nodes: number; edges: number };

  beforeAll(async () => {
    const config = loadConfig({ DATA_DIR: data.dir, PORT: '0', HOST: '127.0.0.1' });
    const store = await openStore(config.store);
    try {
      await loadCorpus(store, collectFiles([SEEDS_DIR]), { metaFor: corpusMeta([SEEDS_DIR]) });
      // The GraphQL answer for the same arguments, over HTTP, is what the file must hold.
      const server = await startServer(config, store);
      const response = await fetch(server.url, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ coResponsibilityNetwork(year: 2021) { nodes { id } edges { id } } }' }),
      });
      const body = (await response.json()) as { data: { coResponsibilityNetwork: { nodes: unknown[]; edges: unknown[] } } };
      expected = { nodes: body.data.coResponsibilityNetwork.nodes.length, edges: body.data.coResponsibilityNetwork.edges.length };
      await server.stop();
    } finally {
      await store.close();
    }
  });
  afterAll(() => data.cleanup());

  it('writes the year\'s network as GEXF to stdout, with the counts on stderr', async () => {
    const run = await runScript('export', ['network', '--year', '2021', '--format', 'gexf'], { DATA_DIR: data.dir });
    expect(run.stderr).toMatch(new RegExp(`network as gexf: ${expected.nodes} nodes, ${expected.edges} edges`));
    expect(run.code).toBe(0);
    const g = parseGexf(MultiDirectedGraph, run.stdout);
    expect(expected.edges).toBeGreaterThan(0);
    expect([g.order, g.size]).toEqual([expected.nodes, expected.edges]);
  });

  it('a bad argument is one line naming it, exit 1, nothing on stdout', async () => {
    const run = await runScript('export', ['network', '--year', 'twenty'], { DATA_DIR: data.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual(['dutygraph: BAD_USER_INPUT: argument "year": must be a whole number (got "twenty")']);
    const format = await runScript('export', ['network', '--format', 'pdf'], { DATA_DIR: data.dir });
    expect(format.code).toBe(1);
    expect(format.stderr).toMatch(/--format must be one of gexf\|graphml/);
  });
});
