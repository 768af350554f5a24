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
    // A PNG saved as .txt: the reader names what it is and what to do.
    ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /image file has no text: run OCR/],
    // UTF-32 (LE, with its byte-order mark) is refused, not read as UTF-16 full of U+0000.
    ['utf32.txt', Buffer.from([0xff, 0xfe, 0, 0, 0xcd, 0x91, 0, 0, 0xb9, 0x70, 0, 0, 0x0a, 0, 0, 0]), /UTF-32/],
    // U+0000 inside otherwise valid UTF-8 text.
    ['nul.txt', Buffer.from('重点\u0000工作任务的说明', 'utf8'), /NUL/],
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

  it('--reset with a bad file refuses before emptying anything: the 5 seeds stay, exit 1', async () => {
    expect((await runScript('ingest', [], { DATA_DIR: data.dir })).code).toBe(0);
    const before = await countsIn(data.dir);
    expect(before.documents).toBe(5);
    fs.writeFileSync(path.join(inputs.dir, 'empty.txt'), '');
    fs.copyFileSync('seeds/000_27008efcf6a828d5.txt', path.join(inputs.dir, 'good.txt'));
    const result = await runScript('ingest', [inputs.dir, '--reset'], { DATA_DIR: data.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/empty\.txt: .*empty/);
    expect(await countsIn(data.dir)).toEqual(before);
  });

  it('gives every source file its own document: same names in two folders, two endings, a seed\'s name elsewhere', async () => {
    const seed = fs.readFileSync('seeds/000_27008efcf6a828d5.txt', 'utf8');
    const other = fs.readFileSync('seeds/001_a1aadcdf8e0376e5.txt', 'utf8');
    for (const folder of ['a', 'b']) fs.mkdirSync(path.join(inputs.dir, folder));
    fs.writeFileSync(path.join(inputs.dir, 'a', 'same.txt'), seed);
    fs.writeFileSync(path.join(inputs.dir, 'b', 'same.txt'), other);
    fs.writeFileSync(path.join(inputs.dir, 'a', 'twin.md'), other);
    // Named like a seed, with another seed's text: it must not replace the seed.
    fs.writeFileSync(path.join(inputs.dir, 'b', '000_27008efcf6a828d5.txt'), other);
    expect((await runScript('ingest', [], { DATA_DIR: data.dir })).code).toBe(0);
    const seeded = await countsIn(data.dir);
    const args = [path.join(inputs.dir, 'a'), path.join(inputs.dir, 'b'), path.join(inputs.dir, 'a', 'same.txt')];
    const first = await runScript('ingest', args, { DATA_DIR: data.dir });
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/ingested 4 document\(s\), 0 unchanged/);
    const again = await runScript('ingest', args, { DATA_DIR: data.dir });
    expect(again.stdout).toMatch(/ingested 0 document\(s\), 4 unchanged/);
    const store = await openStore({ backend: 'kuzu', dataDir: data.dir });
    try {
      expect((await store.counts()).documents).toBe(seeded.documents + 4);
      const files = (await store.documentFingerprints()).map((f) => `${f.id} ${f.file}`).sort();
      expect(files).toEqual(expect.arrayContaining([
        'doc:a/same a/same.txt', 'doc:b/same b/same.txt', 'doc:a/twin.md a/twin.md',
        'doc:b/000_27008efcf6a828d5 b/000_27008efcf6a828d5.txt', 'doc:000_27008efcf6a828d5 000_27008efcf6a828d5.txt',
      ]));
      // The seed still holds its own text.
      const [task] = await store.tasksByIds(['task:000_27008efcf6a828d5:1']);
      expect(seed).toContain(task!.text);
      expect(other).not.toContain(task!.text);
    } finally {
      await store.close();
    }
  });

  it('loads two folders of the same file names through the bulk path without a duplicate key', async () => {
    const docs = corpus({ tasks: 300, seed: 5 }).docs;
    for (const folder of ['x', 'y']) {
      fs.mkdirSync(path.join(inputs.dir, folder));
      for (const doc of docs) fs.writeFileSync(path.join(inputs.dir, folder, doc.file), doc.text);
    }
    expect(docs.length).toBeGreaterThanOrEqual(10); // 2 × ≥ 10 new documents: the bulk path
    const result = await runScript('ingest', [path.join(inputs.dir, 'x'), path.join(inputs.dir, 'y')], { DATA_DIR: data.dir });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await countsIn(data.dir)).documents).toBe(2 * docs.length);
  });

  it('names a missing path', async () => {
    const result = await runScript('ingest', [path.join(inputs.dir, 'nope.txt')], { DATA_DIR: data.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nope\.txt: no such file/);
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
