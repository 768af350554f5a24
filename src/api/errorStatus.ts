import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';

/**
 * The HTTP status a response whose errors carry `code` gets when no data could be
 * produced: the client's mistakes and every limit refusal are 400, a server that cannot
 * take the request now is 503. A switch, not a table, so a new code must be placed here.
 */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.BadConfig:
    case ErrorCode.BadInput:
    case ErrorCode.BadDocument:
    case ErrorCode.BadRequest:
    case ErrorCode.ParseFailed:
    case ErrorCode.ValidationFailed:
    case ErrorCode.OperationResolutionFailure:
    case ErrorCode.PersistedQueryNotFound:
    case ErrorCode.PersistedQueryNotSupported:
    case ErrorCode.OperationNotSupported:
    case ErrorCode.DepthLimitExceeded:
    case ErrorCode.CostLimitExceeded:
    case ErrorCode.AliasLimitExceeded:
    case ErrorCode.TokenLimitExceeded:
    case ErrorCode.DirectiveLimitExceeded:
    case ErrorCode.ResponseTooLarge:
      return 400;
    case ErrorCode.NotFound:
      return 404;
    case ErrorCode.PayloadTooLarge:
      return 413;
    case ErrorCode.StoreUnavailable:
    case ErrorCode.RequestTimeout:
    case ErrorCode.Overloaded:
    case ErrorCode.ShuttingDown:
      return 503;
    case ErrorCode.StoreFailed:
    case ErrorCode.InternalServerError:
      return 500;
    default:
      return unreachable(code);
  }
}

/** A refusal before execution: a GraphQL error with its code and the HTTP status Apollo should send. */
export function refusal(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code, http: { status: httpStatusOf(code) } } });
}

function unreachable(value: never): never {
  throw new Error(`unhandled error code ${String(value)}`);
}
