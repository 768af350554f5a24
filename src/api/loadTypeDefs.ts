import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The schema folder beside `src/` (the API contract; codegen reads the same files). */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** Every `schema/*.graphql` file's SDL, in name order. */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
}
