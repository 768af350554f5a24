import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentFingerprint } from '../../src/store/rows.js';

/** What one command-line argument names among the loaded documents. */
export interface NamedDocuments {
  arg: string;
  /** The loaded documents it names (none: it names nothing loaded). */
  documents: DocumentFingerprint[];
}

/**
 * Resolves each argument — a document id, or a file — to the loaded documents it names.
 * A file is matched by its content (the stored sha256) rather than by re-deriving an id from
 * its name, so it keeps working whatever scheme ids follow; when several loaded documents
 * share that content, or the file changed since it was loaded, or it no longer exists, the
 * stored file name decides (the stored name is the argument's path or ends it).
 */
export function documentsNamed(args: readonly string[], loaded: readonly DocumentFingerprint[]): NamedDocuments[] {
  return args.map((arg) => {
    const byId = loaded.filter((d) => d.id === arg);
    if (byId.length > 0) return { arg, documents: byId };
    const byName = loaded.filter((d) => sameFile(arg, d.file));
    const sha = sha256Of(arg);
    if (sha === null) return { arg, documents: byName };
    const byContent = loaded.filter((d) => d.sha256 === sha);
    const both = byContent.filter((d) => byName.includes(d));
    return { arg, documents: both.length > 0 ? both : byContent.length > 0 ? byContent : byName };
  });
}

// Private: a stored file name (a base name, or a path relative to where it was loaded from) is this argument's file.
function sameFile(arg: string, stored: string): boolean {
  const a = path.resolve(arg).split(path.sep).join('/');
  const s = stored.split(/[\\/]/).join('/');
  return a === s || a.endsWith(`/${s}`);
}

// Private: the sha256 of a file's bytes (as ingest computes it), or null when it is not a readable file.
function sha256Of(p: string): string | null {
  try {
    if (!fs.statSync(p).isFile()) return null;
    return createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  } catch {
    return null;
  }
}
