import type { GraphValue } from '../analysis/types.js';
import { toCytoscapeElements } from './toCytoscapeElements.js';
import { writeCsvZip, writeEdgesCsv, writeNodesCsv } from './writeCsv.js';
import { writeGexf } from './writeGexf.js';
import { writeGraphml } from './writeGraphml.js';

/** One export format: the file suffix it is asked for by, its content type, its writer. */
export interface ExportFormat {
  suffix: string;
  contentType: string;
  write: (graph: GraphValue) => string | Uint8Array;
}

/** Every format, by the suffix of `/export/<analysis>.<suffix>` and `--format`. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { suffix: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', write: writeGexf },
  { suffix: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', write: writeGraphml },
  {
    suffix: 'cyjs', contentType: 'application/json; charset=utf-8',
    write: (graph) => JSON.stringify({ elements: toCytoscapeElements(graph), data: { truncated: graph.truncated } }),
  },
  { suffix: 'nodes.csv', contentType: 'text/csv; charset=utf-8', write: writeNodesCsv },
  { suffix: 'edges.csv', contentType: 'text/csv; charset=utf-8', write: writeEdgesCsv },
  { suffix: 'csv.zip', contentType: 'application/zip', write: writeCsvZip },
];

/** The format for a suffix, or null. */
export function exportFormat(suffix: string): ExportFormat | null {
  return EXPORT_FORMATS.find((f) => f.suffix === suffix) ?? null;
}
