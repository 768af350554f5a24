import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WARNING_CODES } from '../../src/model/warningCodes.js';
import type { ExtractedDocument } from '../../src/model/records.js';
import { tempDataDir } from '../helpers/backends.js';
import { runScript } from '../helpers/runScript.js';

/*
 * Extraction warnings through the real CLIs (child processes, a real Kùzu folder): a document
 * that produces every WarningCode once — no year, no region, a unit no rule resolves, a table
 * with no known header, a value with no metric — and a clean one beside it.
 */

const FIXTURE = new URL('../fixtures/warnings/every-warning.txt', import.meta.url);
// A clean document: year and region in its title, a unit of the dictionary, a named target.
const CLEAN = '上海市嘉定区2021年重点工作任务\n\n一、稳增长\n1、全年实现规模以上工业总产值3000亿元以上。（责任单位：区经委）\n';

let data: ReturnType<typeof tempDataDir>;
let inputs: ReturnType<typeof tempDataDir>;
let noisy: string;
let text: string;
beforeAll(() => {
  data = tempDataDir('warnings-data');
  inputs = tempDataDir('warnings-inputs');
  text = fs.readFileSync(FIXTURE, 'utf8');
  noisy = path.join(inputs.dir, 'every-warning.txt');
  fs.writeFileSync(noisy, text);
  fs.writeFileSync(path.join(inputs.dir, 'clean.txt'), CLEAN);
});
afterAll(() => {
  data.cleanup();
  inputs.cleanup();
});

describe('extraction warnings', () => {
  it('npm run extract includes each warning, with its code, document, offsets and quote, in its JSON', async () => {
    const r = await runScript('extract', [noisy], {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as ExtractedDocument;
    expect(doc.warnings.map((w) => w.code).sort()).toEqual([...WARNING_CODES].sort());
    for (const w of doc.warnings) {
      expect(w.documentId).toBe('doc:every-warning');
      expect(w.message.length).toBeGreaterThan(10);
      if (w.start === null) expect(w.quote).toBeNull();
      else expect(text.slice(w.start, w.end!)).toBe(w.quote);
    }
    const byCode = new Map(doc.warnings.map((w) => [w.code, w]));
    expect(byCode.get('UNIT_SURFACE_ONLY')!.quote).toBe('星河协调推进办公室');
    expect(byCode.get('TARGET_DROPPED')!.quote).toBe('30个');
    expect(byCode.get('TARGET_DROPPED')!.message).toContain('no metric');
    expect(byCode.get('TABLE_NO_HEADER')!.message).toContain('甲栏 | 乙栏');
    // The clean document reports nothing.
    const clean = await runScript('extract', [path.join(inputs.dir, 'clean.txt')], {});
    expect((JSON.parse(clean.stdout) as ExtractedDocument).warnings).toEqual([]);
  });

  it('npm run ingest prints a count per document; --warnings lists them one per line (file:offset CODE message)', async () => {
    const first = await runScript('ingest', [inputs.dir], { DATA_DIR: data.dir });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toContain(`${noisy}: 5 warnings (1 NO_YEAR, 1 NO_REGION, 1 UNIT_SURFACE_ONLY, 1 TABLE_NO_HEADER, 1 TARGET_DROPPED)`);
    expect(lines.some((l) => l.includes('clean.txt'))).toBe(false);
    expect(lines).toContain('warnings: 5 in 1 of 2 document(s) extracted (--warnings lists them)');

    const listed = await runScript('ingest', [inputs.dir, '--force', '--warnings'], { DATA_DIR: data.dir });
    expect(listed.code).toBe(0);
    const warningLines = listed.stdout.trim().split('\n').filter((l) => l.startsWith(`${noisy}:`));
    expect(warningLines).toHaveLength(5);
    const parsed = warningLines.map((l) => /^(.+):(\d+|-) ([A-Z_]+) (.+)$/.exec(l)!);
    expect(parsed.every((m) => m !== null)).toBe(true);
    expect(parsed.map((m) => m[3]).sort()).toEqual([...WARNING_CODES].sort());
    const dropped = parsed.find((m) => m[3] === 'TARGET_DROPPED')!;
    expect(text.slice(Number(dropped[2]), Number(dropped[2]) + 3)).toBe('30个');
    expect(parsed.find((m) => m[3] === 'NO_YEAR')![2]).toBe('-');
    expect(listed.stdout).toContain('warnings: 5 in 1 of 2 document(s) extracted\n');

    // An unchanged document is not extracted again, so it reports nothing.
    const again = await runScript('ingest', [inputs.dir], { DATA_DIR: data.dir });
    expect(again.stdout).toMatch(/ingested 0 document\(s\), 2 unchanged/);
    expect(again.stdout).not.toMatch(/^warnings:|: \d+ warnings? \(/m);
  }, 120_000);
});
