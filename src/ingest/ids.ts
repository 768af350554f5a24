/**
 * `doc:` + the document's name (its file name, or folder/file: src/load/collectFiles.ts), `.txt`
 * dropped: `000_27008efcf6a828d5.txt` → `doc:000_27008efcf6a828d5`, `reports/2021.txt` →
 * `doc:reports/2021`. Any other ending stays, so `twin.txt` and `twin.md` are two documents.
 */
export function documentId(file: string): string {
  return `doc:${file.replaceAll('\\', '/').replace(/\.txt$/, '')}`;
}

/** The `<docbase>` part of a document id. */
export function docBase(docId: string): string {
  return docId.replace(/^doc:/, '');
}
