/**
 * `npm run remove -- <file or document id>…`
 * Removes documents from the configured graph: each document's facts in one transaction, with
 * the pair totals and project years recomputed and every unit, project and place no other
 * document cites pruned (GraphStore.removeDocument). An argument that names no loaded document
 * is reported in one line; the others are still removed, and the exit code is then 1.
 */
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/store/openStore.js';
import { documentsNamed } from './lib/documentsNamed.js';
import { parseCliArgs } from './lib/parseArgs.js';
import { runCli } from './lib/runCli.js';

const USAGE =
  'npm run remove -- <file or document id>…\n' +
  '  a file is matched by its content (the sha256 stored when it was loaded), else by its stored file name;\n' +
  '  an id is the document\'s id as the API shows it (doc:…). Exit 1 if any argument names no loaded document.';

runCli(async () => {
  const { positionals } = parseCliArgs(process.argv.slice(2), {}, USAGE);
  if (positionals.length === 0) {
    console.error(`remove: name at least one file or document id (see npm run remove -- --help)`);
    return 2;
  }
  const store = await openStore(loadConfig().store);
  try {
    const named = documentsNamed(positionals, await store.documentFingerprints());
    const removed = new Set<string>();
    for (const { arg, documents } of named) {
      if (documents.length === 0) console.error(`remove: ${arg}: not loaded (no document has that id, file name or content)`);
      for (const d of documents) {
        if (removed.has(d.id)) continue;
        await store.removeDocument(d.id);
        removed.add(d.id);
        console.log(`removed ${d.id} (${d.file})`);
      }
    }
    const c = await store.counts();
    console.log(
      `removed ${removed.size} document(s) → ${store.backend} at ${store.location}\n` +
        `graph: ${c.documents} documents, ${c.tasks} tasks, ${c.units} units, ${c.projects} projects, ${c.places} places`,
    );
    return named.some((n) => n.documents.length === 0) ? 1 : 0;
  } finally {
    await store.close();
  }
});
