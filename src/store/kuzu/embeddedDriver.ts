import fs from 'node:fs';
import path from 'node:path';
import type kuzu from 'kuzu';
import { DutyGraphError, ErrorCode } from '../../errors.js';

/** The embedded engines this runner drives: the same Node API, different packages and file formats. */
export const EMBEDDED_ENGINES = ['kuzu', 'ladybug'] as const;
export type EmbeddedEngine = (typeof EMBEDDED_ENGINES)[number];

/** The engine used when EMBEDDED_ENGINE is unset (bench/README: why). */
export const DEFAULT_EMBEDDED_ENGINE: EmbeddedEngine = 'kuzu';

/** The driver module's API, as kuzu types it (@ladybugdb/core's typings are a superset). */
export type DriverModule = typeof kuzu;

/** One engine: its npm package, the database file it keeps inside DATA_DIR, and its name in messages. */
export interface EmbeddedDriver {
  engine: EmbeddedEngine;
  name: string;
  file: string;
  module: DriverModule;
}

const ENGINES: Record<EmbeddedEngine, { pkg: string; name: string; file: string }> = {
  kuzu: { pkg: 'kuzu', name: 'Kùzu', file: 'graph.kuzu' },
  ladybug: { pkg: '@ladybugdb/core', name: 'LadybugDB', file: 'graph.lbug' },
};

/** The engine EMBEDDED_ENGINE names (default DEFAULT_EMBEDDED_ENGINE); anything else is refused in one line. */
export function embeddedEngineFrom(env: NodeJS.ProcessEnv = process.env): EmbeddedEngine {
  const value = env.EMBEDDED_ENGINE?.trim();
  if (!value) return DEFAULT_EMBEDDED_ENGINE;
  if ((EMBEDDED_ENGINES as readonly string[]).includes(value)) return value as EmbeddedEngine;
  throw new DutyGraphError(ErrorCode.BadConfig, `EMBEDDED_ENGINE=${value} is not an embedded engine (one of ${EMBEDDED_ENGINES.join(', ')})`);
}

/** Loads the engine's driver package (only the chosen one is ever loaded). */
export async function loadEmbeddedDriver(engine: EmbeddedEngine = embeddedEngineFrom()): Promise<EmbeddedDriver> {
  const { pkg, name, file } = ENGINES[engine];
  const loaded = (await import(pkg)) as { default: DriverModule };
  return { engine, name, file, module: loaded.default };
}

/**
 * The line for a DATA_DIR that holds a graph another engine wrote (its storage format is not
 * this engine's: LadybugDB refuses a Kùzu 0.11.3 file), or null. The graph opened beside it
 * starts empty, so the line says so and how to rebuild it.
 */
export function otherEngineNotice(dataDir: string, engine: EmbeddedEngine): string | null {
  const own = path.join(dataDir, ENGINES[engine].file);
  if (fs.existsSync(own)) return null;
  for (const other of EMBEDDED_ENGINES) {
    if (other === engine) continue;
    const theirs = path.join(dataDir, ENGINES[other].file);
    if (fs.existsSync(theirs)) {
      return `${theirs} was written by ${ENGINES[other].name}, which ${ENGINES[engine].name} cannot read; ` +
        `this graph starts empty: \`npm run ingest -- --reset\` rebuilds it (or set EMBEDDED_ENGINE=${other})`;
    }
  }
  return null;
}
