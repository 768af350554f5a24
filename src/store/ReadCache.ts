/**
 * Rows read by id, kept until the next write: for small, hot tables (units) that
 * nearly every request names. Only sound where this process is the store's only
 * writer (embedded Kùzu holds a file lock); the store calls `invalidate()` when a
 * write starts and again when it ends, and a read that began before either is
 * answered but not kept, so a row from before a write is never served after it.
 */
export class ReadCache<V extends { id: string }> {
  private generation = 0;
  private readonly rows = new Map<string, V>();
  private readonly maxRows: number;

  /** Keeps at most `maxRows` rows (0: keeps none, only orders); past that, reads are answered without being kept. */
  constructor(maxRows: number) {
    this.maxRows = maxRows;
  }

  /** Forgets every row; reads in flight will not be kept. */
  invalidate(): void {
    this.generation++;
    this.rows.clear();
  }

  /**
   * The rows for these ids in the order asked (each once, unknown ids left out): kept ones,
   * the rest from `fetch`.
   */
  async get(ids: readonly string[], fetch: (missing: string[]) => Promise<V[]>): Promise<V[]> {
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => !this.rows.has(id));
    const fetched = new Map<string, V>();
    if (missing.length > 0) {
      const generation = this.generation;
      for (const row of await fetch(missing)) fetched.set(row.id, row);
      if (generation === this.generation && this.rows.size + fetched.size <= this.maxRows) {
        for (const [id, row] of fetched) this.rows.set(id, row);
      }
    }
    const out: V[] = [];
    for (const id of unique) {
      const row = this.rows.get(id) ?? fetched.get(id);
      if (row !== undefined) out.push(row);
    }
    return out;
  }
}
