/**
 * Whole answers kept until the next write, by key: for corpus-wide aggregates that many
 * requests ask for and only a load changes (the global ranking of unit pairs, which a
 * dashboard opens with). Like ReadCache, only sound where this process is the store's only
 * writer (embedded Kùzu holds a file lock): the store calls `invalidate()` when a write
 * starts and again when it ends, and an answer read across either is returned but not kept.
 * Callers must treat a kept answer as read-only: the next request gets the same object.
 */
export class AnswerCache<V> {
  private generation = 0;
  /** Map order is recency order: a hit moves to the end, the first entry is evicted. */
  private readonly answers = new Map<string, V>();
  private readonly maxAnswers: number;

  /** Keeps at most `maxAnswers` answers (0: keeps none). */
  constructor(maxAnswers: number) {
    this.maxAnswers = maxAnswers;
  }

  /** Forgets every answer; reads in flight will not be kept. */
  invalidate(): void {
    this.generation++;
    this.answers.clear();
  }

  /** The kept answer for `key`, or `read()`'s (kept unless a write started or ended meanwhile). */
  async get(key: string, read: () => Promise<V>): Promise<V> {
    const kept = this.answers.get(key);
    if (kept !== undefined) {
      this.answers.delete(key);
      this.answers.set(key, kept);
      return kept;
    }
    const generation = this.generation;
    const answer = await read();
    if (generation === this.generation && this.maxAnswers > 0) {
      if (this.answers.size >= this.maxAnswers) this.answers.delete(this.answers.keys().next().value!);
      this.answers.set(key, answer);
    }
    return answer;
  }
}
