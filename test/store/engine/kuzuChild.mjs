// A child process for the engine reproducers (kuzuWalReplay.test.ts): opens a database of the
// engine package ENGINE_PACKAGE names (kuzu by default, or @ladybugdb/core),
// runs the statements given as JSON (argv[3]) one after another, prints `done`, then either
// dies with SIGKILL (argv[4] = 'kill') or closes the database cleanly ('close').
const kuzu = (await import(process.env.ENGINE_PACKAGE ?? 'kuzu')).default;

const [file, statementsJson, end] = process.argv.slice(2);
const db = new kuzu.Database(file);
const connection = new kuzu.Connection(db);
for (const text of JSON.parse(statementsJson)) {
  const result = await connection.query(text);
  for (const r of Array.isArray(result) ? result : [result]) r.close();
}
process.stdout.write('done\n');
if (end === 'kill') {
  process.kill(process.pid, 'SIGKILL');
} else {
  await connection.close();
  await db.close();
}
