import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { statement } from '../../src/store/cypher/Statement.js';
import { embeddedEngineFrom } from '../../src/store/kuzu/embeddedDriver.js';
import { KuzuRunner } from '../../src/store/kuzu/KuzuRunner.js';
import { tempDataDir } from '../helpers/backends.js';

/*
 * EMBEDDED_ENGINE picks the driver package the Kùzu runner loads; each engine keeps its own
 * file in DATA_DIR (their formats differ: LadybugDB refuses a Kùzu 0.11.3 file), and a folder
 * holding only the other engine's graph gets one line saying what it is and how to rebuild.
 */
const COUNT_UNITS = statement('TEST_COUNT_UNITS', 'Units (test).', 'MATCH (u:Unit) RETURN count(u) AS n', []);
const UNITS_IN = statement('TEST_UNITS_IN', 'Units in a region or anywhere (test).',
  'MATCH (u:Unit) WHERE $region IS NULL OR u.region CONTAINS $region RETURN count(u) AS n', ['region']);

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

describe('embedded engine choice', () => {
  it('reads EMBEDDED_ENGINE, defaults to kuzu, and refuses another name in one line', () => {
    expect(embeddedEngineFrom({})).toBe('kuzu');
    expect(embeddedEngineFrom({ EMBEDDED_ENGINE: 'ladybug' })).toBe('ladybug');
    expect(() => embeddedEngineFrom({ EMBEDDED_ENGINE: 'sqlite' })).toThrow(/^EMBEDDED_ENGINE=sqlite is not an embedded engine \(one of kuzu, ladybug\)$/);
  });

  it('opens a LadybugDB graph in graph.lbug beside a Kùzu one, saying once that the Kùzu graph is not read', async () => {
    const { dir, cleanup } = tempDataDir('engine');
    cleanups.push(cleanup);
    const kuzuRunner = await KuzuRunner.open(dir, { engine: 'kuzu', readers: 1 });
    await kuzuRunner.write(async (tx) => tx.run(statement('TEST_ADD', 'A unit (test).', "CREATE (:Unit {id: 'u1', name: 'x', region: '区'})", [])));
    expect(await kuzuRunner.read(COUNT_UNITS)).toEqual([{ n: 1 }]);
    await kuzuRunner.close();

    const notices: string[] = [];
    const ladybug = await KuzuRunner.open(dir, { engine: 'ladybug', readers: 1, onNotice: (line) => notices.push(line) });
    try {
      expect(ladybug.driver.engine).toBe('ladybug');
      expect(fs.existsSync(path.join(dir, 'graph.lbug'))).toBe(true);
      expect(notices).toEqual([
        `${path.join(dir, 'graph.kuzu')} was written by Kùzu, which LadybugDB cannot read; this graph starts empty: ` +
          '`npm run ingest -- --reset` rebuilds it (or set EMBEDDED_ENGINE=kuzu)',
      ]);
      expect(await ladybug.read(COUNT_UNITS)).toEqual([{ n: 0 }]);
      // Quirk LBUG-NULL-PARAM: a null optional filter binds (the runner writes it as NULL).
      await ladybug.write(async (tx) => tx.run(statement('TEST_ADD', 'A unit (test).', "CREATE (:Unit {id: 'u2', name: 'y', region: '区'})", [])));
      expect(await ladybug.read(UNITS_IN, { region: null })).toEqual([{ n: 1 }]);
      expect(await ladybug.read(UNITS_IN, { region: '市' })).toEqual([{ n: 0 }]);
    } finally {
      await ladybug.close();
    }
    // Once its own graph exists, no line.
    const again: string[] = [];
    const reopened = await KuzuRunner.open(dir, { engine: 'ladybug', readers: 1, onNotice: (line) => again.push(line) });
    await reopened.close();
    expect(again).toEqual([]);
  }, 60_000);
});
