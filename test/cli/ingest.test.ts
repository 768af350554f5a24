import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { tempDataDir } from '../helpers/backends.js';
import { runScript } from '../helpers/runScript.js';
import { corpus } from '../gen/helpers.js';

/* `npm run ingest` as a user runs it: a real child process on a real Kùzu folder. */

let data: ReturnType<typeof tempDataDir>;
let inputs: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  data = tempDataDir('ingest-data');
  inputs = tempDataDir('ingest-inputs');
});
afterEach(() => {
  data.cleanup();
  inputs.cleanup();
});

async function countsIn(dir: string) {
  const store = await openStore({ backend: 'kuzu', dataDir: dir });
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}

describe('npm run ingest', () => {
  it('loads the seeds, and a second run changes nothing', async () => {
    const first = await runScript('ingest', [], { DATA_DIR: data.dir });
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ingested 5 document\(s\), 0 unchanged/);
    expect(first.stdout).toMatch(/\d+ tasks, \d+ units/);
    const once = await countsIn(data.dir);
    expect(once.documents).toBe(5);

    const again = await runScript('ingest', [], { DATA_DIR: data.dir });
    expect(again.stdout).toMatch(/ingested 0 document\(s\), 5 unchanged/);
    const forced = await runScript('ingest', ['--force'], { DATA_DIR: data.dir });
    expect(forced.stdout).toMatch(/ingested 5 document\(s\)/);
    expect(await countsIn(data.dir)).toEqual(once);
  });

  it.each([
    ['empty.txt', Buffer.alloc(0), /empty/],
    ['blank.txt', Buffer.from('  \n\n  '), /whitespace/],
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary/],
    ['latin1.txt', Buffer.from([0xd6, 0xd8, 0xb5, 0xe3, 0xb9, 0xa4, 0xd7, 0xf7]), /UTF-8/],
  ])('refuses %s with one line naming it, exits 1, and writes nothing', async (name, bytes, reason) => {
    fs.writeFileSync(path.join(inputs.dir, name), bytes);
    fs.copyFileSync('seeds/000_27008efcf6a828d5.txt', path.join(inputs.dir, 'good.txt'));
    const result = await runScript('ingest', [inputs.dir], { DATA_DIR: data.dir });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toContain(name);
    expect(lines[0]).toMatch(reason);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect((await countsIn(data.dir)).documents).toBe(0);
  });

  it('names a missing path', async () => {
    const result = await runScript('ingest', [path.join(inputs.dir, 'nope.txt')], { DATA_DIR: data.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nope\.txt: no such file or folder/);
  });

  it('extracts a bulk load on worker threads with --workers, and refuses a bad count', async () => {
    for (const doc of corpus({ tasks: 400, seed: 3 }).docs) fs.writeFileSync(path.join(inputs.dir, doc.file), doc.text);
    const files = fs.readdirSync(inputs.dir).length;
    expect(files).toBeGreaterThanOrEqual(20); // the bulk path
    const bad = await runScript('ingest', [inputs.dir, '--workers', '65'], { DATA_DIR: data.dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toMatch(/--workers must be a whole number from 0 to 64/);
    const result = await runScript('ingest', [inputs.dir, '--workers', '2'], { DATA_DIR: data.dir });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`ingested ${files} document(s)`);
    expect((await countsIn(data.dir)).documents).toBe(files);
  });

  it('names a bad environment variable', async () => {
    const result = await runScript('ingest', [], { DATA_DIR: data.dir, PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('dutygraph: BAD_CONFIG: PORT must be a whole number from 0 to 65535 (got "eighty")');
  });
});
