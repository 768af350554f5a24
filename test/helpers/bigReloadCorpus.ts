import fs from 'node:fs';
import path from 'node:path';
import { BULK_MIN_CHARS } from '../../src/load/loadCorpus.js';
import { corpus } from '../gen/helpers.js';

/** The large document's file name (its id is the same in every version's folder). */
export const BIG_FILE = 'big_tasklist.txt';

/** Three folders of the same small documents: with the large one's first version, its second, and without it. */
export interface BigReloadCorpus {
  /** Version A: the region's generated texts repeated past BULK_MIN_CHARS, then a seed's text (units only A cites). */
  a: string;
  /** Version B: A's first line edited and the seed's text gone (A's own units become orphans to remove). */
  b: string;
  /** The small documents alone. */
  none: string;
  /** Characters of each version. */
  chars: { a: number; b: number };
}

/**
 * Writes a corpus for reloading one large changed document (issue 17): a few small generated
 * documents and, in the same region (so it cites their units too), one task list of at least
 * BULK_MIN_CHARS characters in two versions. Under `root`, which the caller removes.
 */
export function writeBigReloadCorpus(root: string, options: { seed?: number; minChars?: number } = {}): BigReloadCorpus {
  const generated = corpus({ tasks: 150, seed: options.seed ?? 23, regions: 2 }).docs;
  const region = generated[0]!.meta.region;
  const same = generated.filter((d) => d.meta.region === region).map((d) => d.text).join('\n');
  const minChars = options.minChars ?? Math.round(BULK_MIN_CHARS * 1.2);
  const copies = Math.ceil(minChars / same.length);
  const base = Array.from({ length: copies }, () => same).join('\n');
  const seed = fs.readFileSync(path.resolve('seeds/000_27008efcf6a828d5.txt'), 'utf8');
  const versionA = `${base}\n${seed}`;
  const eol = base.indexOf('\n');
  const versionB = `${base.slice(0, eol)}（修订）${base.slice(eol)}`;
  const manifest = (withBig: boolean) => ({
    documents: [
      ...generated.map((d) => ({ file: d.file, title: d.meta.title, year: d.meta.year, region: d.meta.region, genre: d.meta.genre })),
      ...(withBig ? [{ file: BIG_FILE, title: '重点任务清单', year: 2021, region, genre: 'task_list' }] : []),
    ],
  });
  const write = (name: string, big: string | null): string => {
    // The same folder name in each: `ingest` names documents by their path from the folder's parent.
    const dir = path.join(root, name, 'corpus');
    fs.mkdirSync(dir, { recursive: true });
    for (const d of generated) fs.writeFileSync(path.join(dir, d.file), d.text);
    if (big !== null) fs.writeFileSync(path.join(dir, BIG_FILE), big);
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest(big !== null)));
    return dir;
  };
  return { a: write('a', versionA), b: write('b', versionB), none: write('none', null), chars: { a: versionA.length, b: versionB.length } };
}
