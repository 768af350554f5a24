/**
 * Where staged rows go: one document's files (preparedDocument.ts) or a chunk's staging
 * (CsvStaging.ts). Its own file so both can implement it without importing each other.
 */
export interface RowSink {
  /** Adds one row to the staged file `name`, its values in the table's column order. */
  add(name: string, values: readonly unknown[]): void;
}
