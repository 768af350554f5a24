import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DutyGraphError, ErrorCode, messageOf } from '../errors.js';
import { NO_OVERRIDES, OverridesError, parseUserOverrides } from '../ingest/resolve/userOverrides.js';
import type { UserOverrides } from '../ingest/resolve/userOverrides.js';

/** Where the user's overrides file is: `--overrides`, else `OVERRIDES`, else `DATA_DIR/overrides.json`. */
export function overridesPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): { file: string; chosen: boolean } {
  const given = flag ?? (env.OVERRIDES?.trim() ? env.OVERRIDES.trim() : undefined);
  if (given !== undefined) return { file: path.resolve(given), chosen: true };
  return { file: path.join(path.resolve(env.DATA_DIR?.trim() || 'data'), 'overrides.json'), chosen: false };
}

/**
 * Reads and validates the overrides file. The default file may be absent (no overrides); a
 * file the user chose must exist. Any fault is one DutyGraphError naming the file and field.
 */
export function readOverrides(where: { file: string; chosen: boolean }): UserOverrides {
  let raw: string;
  try {
    raw = readFileSync(where.file, 'utf8');
  } catch (error) {
    if (!where.chosen && (error as NodeJS.ErrnoException).code === 'ENOENT') return NO_OVERRIDES;
    throw new DutyGraphError(ErrorCode.BadInput, `overrides file ${where.file}: cannot be read (${messageOf(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new DutyGraphError(ErrorCode.BadInput, `overrides file ${where.file}: not JSON (${messageOf(error)})`);
  }
  try {
    return parseUserOverrides(data);
  } catch (error) {
    if (error instanceof OverridesError) throw new DutyGraphError(ErrorCode.BadInput, `overrides file ${where.file}: ${error.message}`);
    throw error;
  }
}
