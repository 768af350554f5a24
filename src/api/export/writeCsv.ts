import { zipSync, strToU8 } from 'fflate';
import { stringify } from 'csv-stringify/sync';
import type { GraphValue } from '../analysis/types.js';
import { flatAttributes } from './flatAttributes.js';

/** nodes.csv: id, kind, label, then every data field any node has (Gephi's data laboratory imports it as is). */
export function writeNodesCsv(graph: GraphValue): string {
  return table(['id', 'kind', 'label'], graph.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.label, ...flatAttributes({ ...n.data }) })));
}

/** edges.csv: id, source, target, kind, then every data field any edge has. */
export function writeEdgesCsv(graph: GraphValue): string {
  return table(['id', 'source', 'target', 'kind'], graph.edges.map((e) => ({
    id: e.id, source: e.source, target: e.target, kind: e.kind, ...flatAttributes(e.data),
  })));
}

/** nodes.csv and edges.csv in one zip. */
export function writeCsvZip(graph: GraphValue): Uint8Array {
  return zipSync({ 'nodes.csv': strToU8(writeNodesCsv(graph)), 'edges.csv': strToU8(writeEdgesCsv(graph)) });
}

// Private: a CSV with `first` columns, then the others in the order first seen.
function table(first: readonly string[], rows: ReadonlyArray<Record<string, string | number | boolean>>): string {
  const columns = [...first];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return stringify([...rows], { header: true, columns, bom: false });
}
