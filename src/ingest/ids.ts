/** `doc:` + the file's base name without extension: `seeds/000_27008efcf6a828d5.txt` → `doc:000_27008efcf6a828d5`. */
export function documentId(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return `doc:${base.replace(/\.[^.]+$/, '')}`;
}

/** The `<docbase>` part of a document id. */
export function docBase(docId: string): string {
  return docId.replace(/^doc:/, '');
}
