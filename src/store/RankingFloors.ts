/** Most limits remembered; past this the oldest is forgotten. */
const MAX_LIMITS = 64;

/**
 * Speeds up a "top `limit` by a count" ranking that the store sorts in full (Kùzu has no
 * ordered index: the global pair ranking sorts ~37k pair totals at 100k tasks, ~20 ms).
 *
 * It remembers, per limit, the count of the last row of the previous ranking and asks the
 * next one only for rows counting at least that much, which leaves a few dozen rows to sort.
 * The floor is a hint, never trusted: when fewer than `limit` rows reach it (the counts went
 * down since), the ranking is asked again with the caller's own minimum. When at least
 * `limit` rows reach it, the true top `limit` are all among them (each counts at least the
 * `limit`-th count, which is at least the floor), in the same order. So results never depend
 * on what was asked before, and writes need not reset anything.
 */
export class RankingFloors {
  private readonly floors = new Map<number, number>();

  /**
   * The ranking's rows: `read(minCount)` must return the top `limit` rows whose count is at
   * least `minCount`, best first; `countOf` reads a row's count.
   */
  async top<R>(limit: number, minCount: number, read: (minCount: number) => Promise<R[]>, countOf: (row: R) => number): Promise<R[]> {
    const floor = this.floors.get(limit);
    let rows: R[] | null = null;
    if (floor !== undefined && floor > minCount) {
      rows = await read(floor);
      if (rows.length < limit) rows = null;
    }
    rows ??= await read(minCount);
    this.remember(limit, rows.length === limit ? countOf(rows[rows.length - 1]!) : undefined);
    return rows;
  }

  // Private: keeps the floor for a full ranking, forgets it for a short one (no floor helps there).
  private remember(limit: number, floor: number | undefined): void {
    this.floors.delete(limit);
    if (floor === undefined) return;
    if (this.floors.size >= MAX_LIMITS) this.floors.delete(this.floors.keys().next().value!);
    this.floors.set(limit, floor);
  }
}
