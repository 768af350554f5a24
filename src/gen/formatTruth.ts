import type { GenTruth } from './types.js';

/**
 * A gold file as text: the `seeds/gold/*.json` shape, one task per line so large files stay
 * small and diffable (`JSON.parse` reads it like any other JSON).
 */
export function formatTruth(t: GenTruth): string {
  const tasks = t.tasks.map((x) => `  ${JSON.stringify(x)}`).join(',\n');
  return `{\n "document": ${JSON.stringify(t.document)},\n "year": ${t.year},\n "tasks": [\n${tasks}\n ],\n "units_distinct": ${JSON.stringify(t.units_distinct)}\n}\n`;
}
