import type { ExtractionWarning } from '../model/records.js';
import type { WarningCode } from '../model/warningCodes.js';

/** A span of the document's original text a warning is about. */
export interface WarningSpan {
  start: number;
  end: number;
}

/**
 * What the extractors of one document share: the document, and the warnings they report into
 * it (graphql-js's ValidationContext habit) instead of dropping a problem silently. The
 * warnings become `ExtractedDocument.warnings`; `ingest` counts them per document and lists them
 * with `--warnings`.
 */
export class ExtractionContext {
  readonly warnings: ExtractionWarning[] = [];

  constructor(
    readonly documentId: string,
    readonly file: string,
    readonly text: string,
  ) {}

  /** Reports one problem; `span` (offsets into the original text) when it is about one place of it. */
  warn(code: WarningCode, message: string, span?: WarningSpan): void {
    this.warnings.push({
      code, documentId: this.documentId, message,
      start: span ? span.start : null, end: span ? span.end : null, quote: span ? this.text.slice(span.start, span.end) : null,
    });
  }
}
