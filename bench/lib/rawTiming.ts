import type { GraphStore } from '../../src/store/GraphStore.js';
import type { StoreCall } from './storeRecorder.js';

/**
 * The captured calls as the resolver ran them: a call that started before every earlier call
 * had finished ran concurrently with them (DataLoader batches of one level, Promise.all), so it
 * joins their wave; the next wave starts after the last call of the previous one settled.
 */
export function waves(calls: readonly StoreCall[]): StoreCall[][] {
  const out: StoreCall[][] = [];
  let waveEnd = -Infinity;
  for (const call of [...calls].sort((a, b) => a.start - b.start)) {
    const current = out[out.length - 1];
    if (current && call.start < waveEnd) {
      current.push(call);
      waveEnd = Math.max(waveEnd, call.end);
    } else {
      out.push([call]);
      waveEnd = call.end;
    }
  }
  return out;
}

/**
 * Replays one request's store calls directly on the store (no HTTP, no GraphQL parsing,
 * validation, resolvers or serialization): waves one after another, the calls of a wave
 * together. Returns the wall time in ms, and each call's own time (plan order).
 */
export async function replayOnce(store: GraphStore, plan: readonly StoreCall[][]): Promise<{ ms: number; perCall: number[] }> {
  const started = performance.now();
  const perCall: number[] = [];
  for (const wave of plan) {
    perCall.push(...(await Promise.all(wave.map(async (c) => {
      const t0 = performance.now();
      await (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[c.method]!(...c.args);
      return performance.now() - t0;
    }))));
  }
  return { ms: performance.now() - started, perCall };
}
