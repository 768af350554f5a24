import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureCorpus } from '../../bench/lib/corpus.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the bench corpus', () => {
  it('is generated once, then reused, and generated again when the generator changed', async () => {
    const first = await ensureCorpus(work, 300, 7, 60_000);
    expect(first.reused).toBe(false);
    expect(fs.existsSync(path.join(first.docsDir, 'manifest.json'))).toBe(true);
    expect((await ensureCorpus(work, 300, 7, 60_000)).reused).toBe(true);

    // A corpus written by another version of the generator is not the one this code writes.
    const marker = path.join(first.dir, '.bench-complete.json');
    const m = JSON.parse(fs.readFileSync(marker, 'utf8')) as Record<string, unknown>;
    expect(typeof m.generator).toBe('string');
    fs.writeFileSync(marker, JSON.stringify({ ...m, generator: 'an older generator' }));
    expect((await ensureCorpus(work, 300, 7, 60_000)).reused).toBe(false);
    expect((await ensureCorpus(work, 300, 7, 60_000)).reused).toBe(true);
  }, 60_000);
});
