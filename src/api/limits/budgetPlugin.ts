import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiLimits } from '../../config.js';
import { ErrorCode, isErrorCode } from '../../errors.js';
import type { ApiContext } from '../context.js';
import { httpStatusOf, refusal } from '../errorStatus.js';
import { estimateCost } from './estimateCost.js';
import { KnownCosts } from './KnownCosts.js';
import type { RequestGate } from './RequestGate.js';

/**
 * Bounds the work of each request once Apollo has parsed and validated it: only queries
 * run (a mutation or subscription is OPERATION_NOT_SUPPORTED); `first` past the page cap is
 * refused before any cost is weighed; a query whose estimated answer (estimateCost.ts, weighed
 * once per distinct request: KnownCosts) is past `maxCost` is COST_LIMIT_EXCEEDED; a heavy
 * one waits for a slot in `gate` (503 OVERLOADED when the queue is full). Every refusal without data gets the HTTP status of
 * its code (400 for the client's mistakes and the limits; graphql-armor's parse-time token
 * refusal would otherwise be a 500).
 */
export function budgetPlugin(limits: ApiLimits, gate: RequestGate, known: KnownCosts): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ document, operation, request, contextValue, schema }) {
          if (!operation) return; // Apollo has already refused a document without the operation asked for.
          if (operation.operation !== 'query') {
            throw refusal(ErrorCode.OperationNotSupported, `This API only reads: ${operation.operation} operations are not supported`);
          }
          // A request seen before (same text, operation and variables) costs what it was weighed at then.
          const key = KnownCosts.keyOf(request);
          let cost = key === null ? undefined : known.get(key);
          if (cost === undefined) {
            cost = estimateCost(schema, document, operation, request.variables ?? {}, limits.maxPageSize);
            if (key !== null) known.set(key, cost);
          }
          if (cost > limits.maxCost) {
            throw refusal(ErrorCode.CostLimitExceeded, `Query Cost limit of ${limits.maxCost} exceeded, found ${Math.ceil(cost)} (the estimated number of values in the answer).`);
          }
          if (cost < limits.heavyCost) return;
          const slot = await gate.acquire(contextValue.signal ?? new AbortController().signal);
          if (slot === 'full') {
            throw refusal(ErrorCode.Overloaded, `The server is busy with ${gate.active + gate.queued} heavy requests; try again shortly`);
          }
          if (slot === 'aborted') throw refusal(ErrorCode.RequestTimeout, 'The request timed out waiting for its turn');
          release = slot;
        },
        async willSendResponse({ response }) {
          release?.();
          release = undefined;
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const code = errors?.[0]?.extensions?.code;
          if ((data === undefined || data === null) && isErrorCode(code)) {
            response.http.status = httpStatusOf(code);
          }
        },
      };
    },
  };
}
