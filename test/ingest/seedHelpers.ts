import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { readManifest } from '../../src/ingest/readManifest.js';
import type { ExtractedDocument } from '../../src/model/records.js';

/** The five seed files. */
export const SEEDS = ['000_27008efcf6a828d5.txt', '001_a1aadcdf8e0376e5.txt', '002_83c6b4c4bef2d01a.txt', '003_face59470fb1d086.txt', '004_d033852e6abde348.txt'];

const root = new URL('../../seeds/', import.meta.url);

/** Seed text. */
export function seedText(file: string): string {
  return readFileSync(new URL(file, root), 'utf8');
}

/** Parsed JSON under seeds/. */
export function seedJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
}

const cache = new Map<string, ExtractedDocument>();
/** Extract a seed with (`withMeta`) or without its manifest entry. */
export function extractSeed(file: string, withMeta = true): ExtractedDocument {
  const key = `${file}|${withMeta}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const text = seedText(file);
  const meta = withMeta ? readManifest(seedJson('manifest.json')).get(file) ?? {} : {};
  const r = extractDocument({ file, text, sha256: createHash('sha256').update(text).digest('hex'), meta });
  cache.set(key, r);
  return r;
}
