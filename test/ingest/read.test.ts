import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/read/decodeText.js';
import { readManifest } from '../../src/ingest/readManifest.js';
import { MARKER_RULES } from '../../src/ingest/structure/markerRules.js';
import { GENRE_RULES } from '../../src/ingest/infer/inferMeta.js';
import { seedJson } from './seedHelpers.js';

describe('read', () => {
  it.each([
    [new Uint8Array([]), 'empty file'],
    [new Uint8Array([0x41, 0, 0x42]), 'binary'],
    [new Uint8Array([0xff, 0xfe, 0x41]), 'not valid UTF-16LE'],
    [new TextEncoder().encode('  \n '), 'empty'],
  ])('rejects bad input %#', (bytes, reason) => {
    const d = decodeText(bytes);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toContain(reason);
  });
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeText(new TextEncoder().encode('\ufeff一、总体要求'))).toEqual({ ok: true, text: '一、总体要求', encoding: 'UTF-8' });
  });
  it('reads the manifest into metadata by file name', () => {
    const m = readManifest(seedJson('manifest.json'));
    expect(m.get('000_27008efcf6a828d5.txt')).toMatchObject({ year: 2021, region: '上海市嘉定区', genre: 'task_list' });
    expect(m.get('004_d033852e6abde348.txt')).toMatchObject({ year: 2020, region: '上海市静安区' });
    expect(readManifest({ nope: 1 }).size).toBe(0);
  });
  it('marker and genre rule ids are unique', () => {
    const ids = [...MARKER_RULES.map((r) => r.id), ...GENRE_RULES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
