import { startSeededServer, type SeededServer } from './seededServer.js';

/** A seeded server for the export suites: the server, its base URL (no /graphql) and the unit with the most tasks. */
export interface ExportServer {
  s: SeededServer;
  base: string;
  unitId: string;
}

/** Starts the samples' server and finds the busiest unit, whose neighbourhood the export suites draw. */
export async function startExportServer(): Promise<ExportServer> {
  const s = await startSeededServer();
  const base = s.server.url.replace(/\/graphql$/, '');
  const found = await s.query<{ units: { nodes: Array<{ id: string }> } }>('{ units(first: 1, orderBy: TASKS_DESC) { nodes { id } } }');
  return { s, base, unitId: found.data!.units.nodes[0]!.id };
}
