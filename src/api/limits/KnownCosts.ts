/**
 * The estimated cost of requests already seen, by query text, operation name and variables:
 * a repeat is not weighed again (budgetPlugin.ts), and when the heavy-request gate is full a
 * repeat of a heavy request is refused at the HTTP layer (503 OVERLOADED) without going
 * through Apollo at all: under a storm of retries, refusing through the whole pipeline cost
 * as much as answering a small query. Bounded: the oldest entry goes first.
 */
export class KnownCosts {
  private readonly costs = new Map<string, number>();

  constructor(private readonly max = 1_000) {}

  /**
   * The key of a request body (query text, operation name and variables: together they fix
   * the operation and its cost), or null when it is not one request.
   */
  static keyOf(body: unknown): string | null {
    if (body === null || typeof body !== 'object') return null;
    const { query, operationName, variables } = body as { query?: unknown; operationName?: unknown; variables?: unknown };
    if (typeof query !== 'string') return null;
    return `${query}\u0000${typeof operationName === 'string' ? operationName : ''}\u0000${JSON.stringify(variables ?? null)}`;
  }

  get(key: string): number | undefined {
    return this.costs.get(key);
  }

  set(key: string, cost: number): void {
    if (this.costs.has(key)) return;
    if (this.costs.size >= this.max) this.costs.delete(this.costs.keys().next().value!);
    this.costs.set(key, cost);
  }
}
