import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A short hash of the .ts and .json files under `targets` (folders, recursively, or single
 * files), by their paths relative to `base` and their bytes: it changes exactly when one of
 * those files does. Used to tell what older code produced (a loaded document, a corpus).
 */
export function sourceHash(base: string, targets: readonly string[]): string {
  const hash = createHash('sha256');
  for (const target of targets) {
    for (const file of listFiles(path.resolve(base, target))) {
      hash.update(path.relative(base, file)).update('\u0000').update(fs.readFileSync(file)).update('\u0000');
    }
  }
  return hash.digest('hex').slice(0, 12);
}

// Private: .ts and .json files under a path, sorted, or the path itself when it is a file.
function listFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  return fs
    .readdirSync(target, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|json)$/.test(name))
    .sort()
    .map((name) => path.join(target, name));
}
