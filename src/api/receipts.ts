import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphStore } from '../store/GraphStore.js';
import type { ApiContext, Receipt } from './context.js';
import { isIdOf } from '../model/nodeKinds.js';

/*
 * Auditor receipts: every response carries, in `extensions.receipt`, the corpus
 * version (a hash of every loaded document's content hash) and the ids of the
 * documents its data came from, so a result can be reproduced and cited.
 */

/**
 * Wraps a store so every row it returns files its document id in `receipt`:
 * rows with a `documentId`, evidence with one, and documents themselves.
 */
export function recordingStore(store: GraphStore, receipt: Receipt): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result instanceof Promise ? result.then((r) => (record(r, receipt), r)) : result;
      };
    },
  });
}

/** Adds `extensions.receipt` to every single-result response. */
export function receiptPlugin(store: GraphStore): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const corpusVersion = await store.corpusVersion().catch(() => null);
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            receipt: { corpusVersion, documents: [...(contextValue.receipt ?? [])].sort() },
          };
        },
      };
    },
  };
}

// Private: walks what a store method returned (rows, pages, maps of rows) one level into each row.
function record(value: unknown, receipt: Receipt): void {
  if (Array.isArray(value)) for (const v of value) recordRow(v, receipt);
  else if (value instanceof Map) for (const v of value.values()) record(v, receipt);
  else if (value !== null && typeof value === 'object' && Array.isArray((value as { rows?: unknown }).rows)) {
    record((value as { rows: unknown[] }).rows, receipt);
  }
}

function recordRow(row: unknown, receipt: Receipt): void {
  if (row === null || typeof row !== 'object') return;
  const r = row as { id?: unknown; documentId?: unknown; evidence?: { documentId?: unknown } };
  if (typeof r.documentId === 'string') receipt.add(r.documentId);
  if (typeof r.evidence?.documentId === 'string') receipt.add(r.evidence.documentId);
  if (typeof r.id === 'string' && isIdOf('DOCUMENT', r.id)) receipt.add(r.id);
}
