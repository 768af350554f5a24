/**
 * A file that could not be loaded, and why, in one line. Its own file so that collecting
 * files (collectFiles.ts) and reading one (readDocumentFile.ts) both name it without
 * importing each other.
 */
export interface LoadFailure {
  file: string;
  reason: string;
}
