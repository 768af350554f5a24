/**
 * `npm run eval:realistic [-- --json] [-- --docs]` scores the held-out realistic set
 * (test/fixtures/realistic/: documents of many provinces written the way published ones look,
 * with hand-written gold files): responsibility P/R/F1 and role accuracy by layout and by
 * format, and whether each document's region and year were inferred right.
 */
import { fileURLToPath } from 'node:url';
import { scoreRealistic } from './lib/scoreRealistic.js';
import { textGrid } from './lib/textGrid.js';
import { parseCliArgs } from './lib/parseArgs.js';
import { DutyGraphError } from '../src/errors.js';
import type { GoldScore } from '../src/ingest/eval/scoreGold.js';

const FIXTURES = fileURLToPath(new URL('../test/fixtures/realistic/', import.meta.url));
const USAGE = 'usage: eval:realistic [--json] [--docs]';
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

async function main(argv: string[]): Promise<void> {
  const { values: opt } = parseCliArgs(argv, { json: { type: 'boolean' }, docs: { type: 'boolean' } }, USAGE);
  const s = await scoreRealistic(FIXTURES);
  if (opt.json === true) {
    process.stdout.write(JSON.stringify(s) + '\n');
    return;
  }
  const row = (name: string, docs: number, g: GoldScore): string[] => [
    name, String(docs), `${g.tasks.matched}/${g.tasks.gold}`, String(g.responsibilities.gold), pct(g.responsibilities.precision), pct(g.responsibilities.recall),
    pct(g.responsibilities.f1), `${pct(g.roles.accuracy)} (${g.roles.correct}/${g.roles.compared})`,
  ];
  const head = ['group', 'docs', 'tasks', 'units', 'unit P', 'unit R', 'unit F1', 'roles'];
  const out: string[] = [`realistic set: ${s.documents.length} documents, ${new Set(s.documents.map((d) => d.province)).size} provinces`];
  out.push('by layout:', textGrid([head, ...s.byLayout.map((g) => row(g.group, g.documents, g.score)), row('all', s.documents.length, s.total)]));
  out.push('by format:', textGrid([head, ...s.byFormat.map((g) => row(g.group, g.documents, g.score))]));
  out.push('by batch (1: scored before the fixes it led to; 2-4: each written after the fixes before it, scored before its own):', textGrid([head, ...s.byBatch.map((g) => row(g.group, g.documents, g.score))]));
  out.push(`region right: ${s.regionsRight}/${s.documents.length}; year right: ${s.yearsRight}/${s.documents.length}`);
  for (const d of s.documents) {
    const wrong = [!d.region.right ? `region ${d.region.found ?? 'none'} (gold ${d.region.gold})` : '', !d.year.right ? `year ${d.year.found ?? 'none'} (gold ${d.year.gold})` : ''].filter(Boolean);
    if (opt.docs === true || wrong.length || d.score.responsibilities.f1 < 1 || d.score.roles.accuracy < 1) {
      out.push(`  ${d.document} [${d.layout}]: F1 ${pct(d.score.responsibilities.f1)}, roles ${pct(d.score.roles.accuracy)}, tasks ${d.score.tasks.matched}/${d.score.tasks.gold} (${d.score.tasks.extracted} extracted)${wrong.length ? '; ' + wrong.join('; ') : ''}`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`eval:realistic: ${e instanceof DutyGraphError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`}\n`);
  process.exit(1);
});
