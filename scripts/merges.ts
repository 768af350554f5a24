/**
 * `npm run merges -- [--region R] [--kind unit|project] [--json]`
 * Every canonical unit and project in the configured graph with the printed forms it absorbed,
 * the rule that joined each, and the documents they came from (what GraphQL's `resolution` shows).
 */
import { loadConfig } from '../src/config.js';
import { DutyGraphError, ErrorCode } from '../src/errors.js';
import { openStore } from '../src/store/openStore.js';
import { listMerges } from './lib/listMerges.js';
import type { MergeEntry } from './lib/listMerges.js';
import { parseCliArgs } from './lib/parseArgs.js';
import { runCli } from './lib/runCli.js';
import { textGrid } from './lib/textGrid.js';

const USAGE =
  'npm run merges -- [--region R] [--kind unit|project] [--json]\n' +
  '  --region  one region only, e.g. 上海市嘉定区\n' +
  '  --kind    units or projects only (default: both)\n' +
  '  --json    one JSON array: {kind, id, name, region, rule, surfaces: [{surface, rule, uses, documents}]}';

const KINDS = ['unit', 'project'] as const;

runCli(async () => {
  const { values, positionals } = parseCliArgs(process.argv.slice(2), {
    region: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' },
  }, USAGE);
  if (positionals.length > 0) throw new DutyGraphError(ErrorCode.BadInput, `merges takes no arguments, got "${positionals[0]}" (see npm run merges -- --help)`);
  const kind = values.kind;
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) {
    throw new DutyGraphError(ErrorCode.BadInput, `--kind must be unit or project (got "${kind}")`);
  }
  const store = await openStore(loadConfig().store);
  try {
    const entries = await listMerges(store, { region: values.region, kinds: kind === undefined ? KINDS : [kind as (typeof KINDS)[number]] });
    if (values.json) {
      process.stdout.write(JSON.stringify(entries) + '\n');
      return 0;
    }
    if (entries.length === 0) {
      console.log(`no ${kind ?? 'unit or project'} nodes${values.region ? ` in ${values.region}` : ''} (${store.backend} at ${store.location})`);
      return 0;
    }
    for (const e of entries) process.stdout.write(formatEntry(e) + '\n');
    const merged = entries.filter((e) => e.surfaces.some((s) => s.surface !== e.name)).length;
    console.log(`${entries.length} node(s), ${merged} formed from a printed name other than their own`);
    return 0;
  } finally {
    await store.close();
  }
});

// Private: a node's heading line, then one line per printed form: surface, rule, uses, documents.
function formatEntry(e: MergeEntry): string {
  const head = `${e.kind} ${e.name}  (${e.id}; rule ${e.rule})`;
  if (e.surfaces.length === 0) return `${head}\n  (no printed form: added by a reform or supervision edge)`;
  return `${head}\n${textGrid(e.surfaces.map((s) => [s.surface, s.rule, `${s.uses}×`, s.documents.join(', ')]))}`;
}
