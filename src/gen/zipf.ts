import type { Rng } from './rng.js';

/**
 * Draws ranks 0..n-1 with P(k) ∝ 1/(k+1)^s — the Zipf-like law of how work spreads over a
 * region's units: a few units carry thousands of tasks, most carry a handful.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(readonly n: number, readonly s = 1.1) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`Zipf expects n to be a positive integer, got ${n}`);
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += 1 / Math.pow(k + 1, s);
      this.cumulative[k] = total;
    }
    for (let k = 0; k < n; k++) this.cumulative[k]! /= total;
  }

  /** One rank, by binary search over the cumulative weights. */
  sample(rng: Rng): number {
    const x = rng.next();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** `count` distinct ranks (count ≤ n), in the order drawn. */
  sampleDistinct(rng: Rng, count: number): number[] {
    const want = Math.min(count, this.n);
    const out: number[] = [];
    // Rejection is cheap while count is small against n (here ≤ 5 of ≥ 30).
    for (let tries = 0; out.length < want && tries < want * 50; tries++) {
      const k = this.sample(rng);
      if (!out.includes(k)) out.push(k);
    }
    for (let k = 0; out.length < want; k++) if (!out.includes(k)) out.push(k);
    return out;
  }
}
