import path from 'node:path';

/** Whether `npm start` loads the samples, and the line that says why not. */
export type SeedingPlan = { seed: true } | { seed: false; reason: string };

/**
 * The samples are loaded only into a graph that is empty or holds nothing but samples
 * (so a changed sample is reloaded); a graph holding any document of the user's own is
 * left alone. A stored document is a sample when its file is one of `seedFiles` (by base
 * name or by path inside `seedsDir`, whichever the store records).
 */
export function seedingPlan(storedFiles: readonly string[], seedFiles: readonly string[], seedsDir: string): SeedingPlan {
  const samples = new Set(seedFiles.flatMap((f) => [path.basename(f), path.relative(seedsDir, f)]));
  const own = storedFiles.filter((f) => !samples.has(f));
  if (own.length === 0) return { seed: true };
  const example = own.slice(0, 2).join(', ');
  return {
    seed: false,
    reason: `the graph holds ${own.length} document${own.length === 1 ? '' : 's'} of your own (${example}${own.length > 2 ? ', …' : ''}); ` +
      'samples are only loaded into an empty graph (SEEDS_DIR= turns seeding off)',
  };
}
