import type { ExtractedDocument } from '../model/records.js';
import { prepareKuzuDocument, type KuzuPreparedDocument } from './kuzu/preparedDocument.js';

/**
 * A document prepared for a store's bulk path off the loading thread (prepareForBulk): what
 * the bulk path would otherwise compute from the extracted document itself.
 */
export type PreparedDocument = KuzuPreparedDocument;

/** The formats a bulk path takes prepared documents in (GraphStore.bulkFormat). */
export type BulkFormat = PreparedDocument['format'];

/** A bulk load's input: documents as extracted, or prepared in the store's bulkFormat. */
export type BulkDocument = ExtractedDocument | PreparedDocument;

/** Prepares an extracted document in a bulk format (pure: worker threads call it). */
export function prepareForBulk(format: BulkFormat, doc: ExtractedDocument, pipeline: string): PreparedDocument {
  switch (format) {
    case 'kuzu-csv':
      return prepareKuzuDocument(doc, pipeline);
  }
}

/** Whether a bulk input was prepared rather than extracted. */
export function isPrepared(doc: BulkDocument): doc is PreparedDocument {
  return 'format' in doc;
}
