/**
 * `npm run export -- <network|neighborhood|chain> [--<argument> value …] [--format gexf] > file`
 * Writes a graph the API answers as GEXF, GraphML, Cytoscape JSON or CSV to stdout,
 * straight from the configured store (the same GraphQL field, limits and errors as
 * `GET /export/…` on a running server).
 */
import { createApolloServer } from '../src/api/createApolloServer.js';
import { EXPORT_FORMATS, exportFormat } from '../src/api/export/exportFormats.js';
import { EXPORT_ANALYSES, exportArgumentNames, isExportAnalysis } from '../src/api/export/graphExport.js';
import { runExport } from '../src/api/export/runExport.js';
import { createLoaders } from '../src/api/loaders.js';
import { loadConfig } from '../src/config.js';
import { DutyGraphError, ErrorCode } from '../src/errors.js';
import { openStore } from '../src/store/openStore.js';
import { parseCliArgs } from './lib/parseArgs.js';
import { runCli } from './lib/runCli.js';

const FORMATS = EXPORT_FORMATS.map((f) => f.suffix).join('|');
const USAGE = `npm run export -- <${Object.keys(EXPORT_ANALYSES).join('|')}> [--<argument> value …] [--format ${FORMATS}] > file`;

runCli(async () => {
  const [analysis, ...rest] = process.argv.slice(2);
  if (analysis === undefined || analysis === '--help' || analysis === '-h') {
    console.log(`usage: ${USAGE}\n` + Object.keys(EXPORT_ANALYSES).map((a) => `  ${a}: --${exportArgumentNames(a as keyof typeof EXPORT_ANALYSES).join(', --')}`).join('\n'));
    return analysis === undefined ? 1 : 0;
  }
  // An option before the graph's name is checked like any other (an unknown one: one line, exit 2).
  if (analysis.startsWith('-')) {
    parseCliArgs([analysis, ...rest], { format: { type: 'string' } }, USAGE);
    throw new DutyGraphError(ErrorCode.BadInput, `name the graph first\nusage: ${USAGE}`);
  }
  if (!isExportAnalysis(analysis)) throw new DutyGraphError(ErrorCode.BadInput, `unknown graph "${analysis}"\nusage: ${USAGE}`);
  const names = exportArgumentNames(analysis);
  const options = Object.fromEntries([...names.map((n) => [n, { type: 'string', multiple: true }] as const), ['format', { type: 'string' }] as const]);
  const values = parseCliArgs(rest, options, USAGE).values as Record<string, string | boolean | Array<string | boolean> | undefined>;
  const formatName = typeof values.format === 'string' ? values.format : 'gexf';
  const format = exportFormat(formatName);
  if (!format) throw new DutyGraphError(ErrorCode.BadInput, `--format must be one of ${FORMATS} (got "${formatName}")`);
  const args: Array<[string, string]> = [];
  for (const name of names) {
    const given = values[name];
    if (Array.isArray(given)) for (const v of given) if (typeof v === 'string') args.push([name, v]);
  }

  const config = loadConfig();
  const store = await openStore(config.store);
  const apollo = createApolloServer(config.limits, store);
  try {
    await apollo.start();
    const result = await runExport(apollo, { store, loaders: createLoaders(store), limits: config.limits, receipt: new Set() }, analysis, args);
    if ('error' in result) {
      console.error(`dutygraph: ${result.error.code}: ${result.error.message}`);
      return 1;
    }
    const body = format.write(result.graph);
    await new Promise<void>((resolve, reject) => process.stdout.write(body, (error) => (error ? reject(error) : resolve())));
    console.error(
      `dutygraph: ${analysis} as ${format.suffix}: ${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges` +
        (result.graph.truncated ? ' (truncated by the limit)' : ''),
    );
    return 0;
  } finally {
    await apollo.stop();
    await store.close();
  }
});
