/**
 * Values a GEXF/GraphML/CSV attribute can hold: a scalar. Arrays (an edge's
 * `years`) become `2019;2021`, objects JSON; null and undefined are left out.
 */
export function flatAttributes(data: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    else if (Array.isArray(value)) out[key] = value.join(';');
    else out[key] = JSON.stringify(value);
  }
  return out;
}

/** The years a node or edge is about: its `year`, or each of its `years`. */
export function yearsOf(data: Record<string, unknown>): number[] {
  const years = new Set<number>();
  if (typeof data.year === 'number') years.add(data.year);
  if (Array.isArray(data.years)) for (const y of data.years) if (typeof y === 'number') years.add(y);
  return [...years].sort((a, b) => a - b);
}
