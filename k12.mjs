import kuzu from 'kuzu';
const db = new kuzu.Database('/tmp/d100k/graph.kuzu');
const c = new kuzu.Connection(db);
const q = async (s, p) => { const ps = await c.prepare(s); if(!ps.isSuccess()) throw new Error(ps.getErrorMessage()); const r = await c.execute(ps, p ?? {}); const rows = await r.getAll(); r.close(); return rows; };
const v = process.argv[2];
const tries = {
  nulls: ["MATCH (n:Unit) WHERE n.names IS NULL RETURN count(*) AS c", {}],
  sizes: ["MATCH (n:Unit) RETURN max(size(n.names)) AS m, count(*) AS c", {}],
  anyLit: ["MATCH (n:Unit) WHERE any(x IN n.names WHERE x CONTAINS '智能') RETURN count(*) AS c", {}],
  anyWith: ["WITH $text AS text MATCH (n:Unit) WHERE any(x IN n.names WHERE x CONTAINS text) RETURN count(*) AS c", {text: '智能'}],
  anyWithLimit: ["WITH $text AS text MATCH (n:Unit) WHERE any(x IN n.names WHERE x CONTAINS text) RETURN n.id LIMIT $limit", {text: '智能', limit: 60}],
  joined: ["MATCH (n:Unit) WHERE list_any_value(n.names) IS NOT NULL RETURN count(*)", {}],
  listStr: ["MATCH (n:Unit) WHERE string_split IS NULL RETURN 1", {}],
};
try { console.log(v, JSON.stringify(await q(...tries[v]))); } catch (e) { console.log(v, 'ERR', e.message.slice(0, 200)); }
await c.close(); await db.close();
