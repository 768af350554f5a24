import { DutyGraphError, ErrorCode } from '../errors.js';
import type { ExtractedDocument } from '../model/records.js';

/**
 * A document prepared for a store's bulk path off the loading thread (prepareForBulk): what
 * the bulk path would otherwise compute from the extracted document itself. `format` names the
 * BulkFormat it was prepared in; the rest belongs to the engine that declared that format.
 */
export interface PreparedDocument {
  readonly format: string;
}

/**
 * A format a bulk path takes prepared documents in, as the engine's runner declares it
 * (CypherRunner.bulkFormat, GraphStore.bulkFormat). Plain data, so it can be sent to the
 * extraction worker threads, which load the preparer themselves: shared code never imports an
 * engine.
 */
export interface BulkFormat {
  /** The `format` its prepared documents carry. */
  readonly name: string;
  /** The module (a file URL) whose `prepareForBulk(doc, pipeline)` prepares a document in this format (pure). */
  readonly preparer: string;
}

/** What a BulkFormat's preparer module exports. */
export type BulkPreparer = (doc: ExtractedDocument, pipeline: string) => PreparedDocument;

/** A bulk load's input: documents as extracted, or prepared in the store's bulkFormat. */
export type BulkDocument = ExtractedDocument | PreparedDocument;

// Private: each preparer module's function, loaded once per thread. An `import()` per document
// is a round trip through the module loader (under tsx, to its hooks thread): 1.5 s of a
// worker's 20 s on the 100k bench.
const preparers = new Map<string, Promise<BulkPreparer>>();

// Private: the preparer a bulk format names, or a StoreFailed error saying why it has none.
async function loadPreparer(format: BulkFormat): Promise<BulkPreparer> {
  const module = (await import(format.preparer)) as { prepareForBulk?: BulkPreparer };
  if (typeof module.prepareForBulk !== 'function') {
    throw new DutyGraphError(ErrorCode.StoreFailed, `Bulk format ${format.name}: ${format.preparer} exports no prepareForBulk`);
  }
  return module.prepareForBulk;
}

/** Prepares an extracted document in a bulk format (worker threads call it; the preparer is loaded once per thread). */
export async function prepareForBulk(format: BulkFormat, doc: ExtractedDocument, pipeline: string): Promise<PreparedDocument> {
  let preparer = preparers.get(format.preparer);
  if (!preparer) {
    preparer = loadPreparer(format);
    preparers.set(format.preparer, preparer);
    // A module that failed to load is tried again by the next document, not remembered as failed.
    preparer.catch(() => preparers.delete(format.preparer));
  }
  return (await preparer)(doc, pipeline);
}

/** Whether a bulk input was prepared rather than extracted. */
export function isPrepared(doc: BulkDocument): doc is PreparedDocument {
  return 'format' in doc;
}
