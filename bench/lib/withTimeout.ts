/**
 * Rejects when `work` has not settled within `ms`, naming the phase. The work itself is
 * not cancelled (callers bound their own loops, and the store has a Kùzu query timeout);
 * this keeps one stuck phase from holding the whole run.
 */
export async function withTimeout<T>(phase: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`bench phase "${phase}" exceeded its ${Math.round(ms / 1000)} s budget`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
