/**
 * `npm run neo4j`: starts a genuine Neo4j Community 5.26 server (the engine from Maven Central,
 * no Docker) with Bolt on 127.0.0.1, authentication on, data under --data; prints the
 * NEO4J_URI to export and runs until Ctrl-C / SIGTERM, which stops Neo4j cleanly.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { DutyGraphError, ErrorCode } from '../src/errors.js';
import { prepareLauncher } from './lib/neo4jLauncher.js';
import { intFlag, parseCliArgs } from './lib/parseArgs.js';
import { runCli } from './lib/runCli.js';

const USAGE =
  'npm run neo4j -- [--data neo4j-data] [--port 7687] [--instances N] [--pagecache-mb 256]\n' +
  '  NEO4J_PASSWORD (8 or more characters) sets the password of the user neo4j';

runCli(async () => {
  const { values } = parseCliArgs(
    process.argv.slice(2),
    {
      data: { type: 'string' },
      port: { type: 'string' },
      instances: { type: 'string' },
      'pagecache-mb': { type: 'string' },
    },
    USAGE,
  );
  const password = process.env.NEO4J_PASSWORD;
  if (!password || password.length < 8) {
    throw new DutyGraphError(ErrorCode.BadConfig, `NEO4J_PASSWORD must be set to 8 or more characters\nusage: ${USAGE}`);
  }
  const data = path.resolve(values.data ?? 'neo4j-data');
  const port = intFlag('port', values.port, 1, 65535) ?? 7687;
  const instances = intFlag('instances', values.instances, 1, 16) ?? 1;
  const pagecacheMb = intFlag('pagecache-mb', values['pagecache-mb'], 8, 65536) ?? 256;

  const javaArgs = prepareLauncher((line) => console.log(line));
  const child = spawn(
    'java',
    [...javaArgs, '--data', data, '--port', String(port), '--instances', String(instances), '--pagecache-mb', String(pagecacheMb)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // Ctrl-C or SIGTERM stops Neo4j through its own shutdown hook; we exit when it has.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGTERM'));

  createInterface({ input: child.stdout }).on('line', (line) => {
    console.log(line);
    if (line.startsWith('neo4j ready:')) {
      console.log(`neo4j: data in ${data}; in another shell:`);
      console.log(`  export NEO4J_URI=bolt://127.0.0.1:${port} NEO4J_USERNAME=neo4j NEO4J_PASSWORD=…`);
      if (instances > 1) console.log(`  (instances on ports ${port}–${port + instances - 1}; the tests use NEO4J_TEST_INSTANCES=${instances})`);
    }
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', (error) => reject(new DutyGraphError(ErrorCode.BadConfig, `cannot run java: ${error.message}`)));
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  return code;
});
