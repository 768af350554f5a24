/**
 * Admits heavy requests a few at a time: `concurrency` run, up to `queueLimit` wait in
 * arrival order, and one more is refused at once. Light requests (and `/healthz`) never
 * pass through it, so they stay fast while heavy ones queue.
 */
export class RequestGate {
  private running = 0;
  private readonly waiting: Array<{ admit: () => void }> = [];

  constructor(
    private readonly concurrency: number,
    private readonly queueLimit: number,
  ) {}

  /** Heavy requests running now. */
  get active(): number {
    return this.running;
  }

  /** Heavy requests waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Whether one more heavy request would be refused now. */
  get full(): boolean {
    return this.running >= this.concurrency && this.waiting.length >= this.queueLimit;
  }

  /**
   * Resolves with a release function once a slot is free; 'full' when the queue is
   * full; 'aborted' when `signal` fires while waiting (the request timed out or its client left).
   */
  acquire(signal: AbortSignal): Promise<(() => void) | 'full' | 'aborted'> {
    if (signal.aborted) return Promise.resolve('aborted');
    if (this.running < this.concurrency) return Promise.resolve(this.slot());
    if (this.waiting.length >= this.queueLimit) return Promise.resolve('full');
    return new Promise((resolve) => {
      const entry = {
        admit: () => {
          signal.removeEventListener('abort', onAbort);
          resolve(this.slot());
        },
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        resolve('aborted');
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  // Private: takes a slot; its release (idempotent) hands the slot to the next in line.
  private slot(): () => void {
    this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      const next = this.waiting.shift();
      if (next) next.admit();
    };
  }
}
