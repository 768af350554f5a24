import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QUIRKS } from '../../src/store/kuzu/quirks.js';
import { tempDataDir } from '../helpers/backends.js';
import { ENGINE_PACKAGES } from './engine/enginePackages.js';

/*
 * Every quirk of src/store/kuzu/quirks.ts with a quirkChild.mjs scenario, run on the engine
 * itself (no dutygraph code) in a child process, so a reproducer that crashes the engine
 * (SIGSEGV) kills only the child. Each must show, on each engine, what the registry records:
 * when an engine release fixes a quirk (or brings one back) this fails and names it, and the
 * registry and its workaround are to be revisited. The last test prints the table.
 */
const CHILD = path.resolve('test/store/engine/quirkChild.mjs');
const SCENARIO_QUIRKS = QUIRKS.filter((q) => q.reproducer !== null && !q.reproducer.startsWith('test/'));
const seen: string[] = [];

interface Outcome {
  reproduced: boolean;
  detail: string;
}

function reproduce(pkg: string, scenario: string): Outcome {
  const { dir, cleanup } = tempDataDir('quirk');
  try {
    const result = spawnSync(process.execPath, [CHILD, pkg, scenario, dir], { encoding: 'utf8', timeout: 120_000 });
    if (result.signal !== null) return { reproduced: true, detail: `the engine crashed the process (${result.signal})` };
    const line = result.stdout.trim().split('\n').pop() ?? '';
    if (result.status !== 0 || !line.startsWith('{')) throw new Error(`${scenario} on ${pkg}: exit ${result.status}, ${result.stderr.slice(0, 300)}`);
    return JSON.parse(line) as Outcome;
  } finally {
    cleanup();
  }
}

describe.each(ENGINE_PACKAGES)('$pkg: engine quirk reproducers', (engine) => {
  for (const q of SCENARIO_QUIRKS) {
    const expected = q.reproduces[engine.engine];
    it(`${q.id} ${expected ? 'still reproduces' : 'does not reproduce'} (${q.reproducer})`, () => {
      const outcome = reproduce(engine.pkg, q.reproducer!);
      seen.push(`${engine.pkg.padEnd(16)} ${q.id.padEnd(30)} ${outcome.reproduced ? 'FAILS ' : 'passes'} ${outcome.detail}`);
      expect(outcome.reproduced, `${q.id} on ${engine.pkg}: ${outcome.detail}`).toBe(expected);
    }, 180_000);
    for (const [scenario, shows] of Object.entries(q.variants ?? {})) {
      it(`${q.id} variant ${scenario} ${shows[engine.engine] ? 'reproduces' : 'does not reproduce'}`, () => {
        const outcome = reproduce(engine.pkg, scenario);
        seen.push(`${engine.pkg.padEnd(16)} ${scenario.padEnd(36)} ${outcome.reproduced ? 'FAILS ' : 'passes'} ${outcome.detail}`);
        expect(outcome.reproduced, `${scenario} on ${engine.pkg}: ${outcome.detail}`).toBe(shows[engine.engine]);
      }, 180_000);
    }
  }
});

afterAll(() => {
  process.stdout.write(`\nengine quirk reproducers (FAILS = the defect is there):\n${seen.join('\n')}\n`);
});

describe('the quirk registry', () => {
  it('names each quirk once, and every file it says applies a workaround names the quirk', async () => {
    const fs = await import('node:fs');
    const ids = QUIRKS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const missing = QUIRKS.flatMap((q) => q.appliedIn.filter((file) => !fs.readFileSync(file, 'utf8').includes(q.id)).map((file) => `${q.id} in ${file}`));
    expect(missing).toEqual([]);
  });
});
