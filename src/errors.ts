/**
 * One set of error codes for the whole program. GraphQL errors carry them on
 * `extensions.code`; CLIs print `code: message` without a stack trace.
 */
export enum ErrorCode {
  BadConfig = 'BAD_CONFIG',
  BadInput = 'BAD_USER_INPUT',
  BadDocument = 'BAD_DOCUMENT',
  NotFound = 'NOT_FOUND',
  StoreUnavailable = 'STORE_UNAVAILABLE',
  StoreFailed = 'STORE_FAILED',
  // What the GraphQL server sends besides the above (src/api/errorStatus.ts gives each its HTTP status).
  /** The body is not JSON, or not a GraphQL request (Apollo's own code). */
  BadRequest = 'BAD_REQUEST',
  /** The query text does not parse (Apollo's own code). */
  ParseFailed = 'GRAPHQL_PARSE_FAILED',
  /** The query does not fit the schema (Apollo's own code). */
  ValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  /** The operation name matches no operation in the document (Apollo's own code). */
  OperationResolutionFailure = 'OPERATION_RESOLUTION_FAILURE',
  PersistedQueryNotFound = 'PERSISTED_QUERY_NOT_FOUND',
  PersistedQueryNotSupported = 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** A mutation or subscription: the API only reads. */
  OperationNotSupported = 'OPERATION_NOT_SUPPORTED',
  DepthLimitExceeded = 'DEPTH_LIMIT_EXCEEDED',
  CostLimitExceeded = 'COST_LIMIT_EXCEEDED',
  AliasLimitExceeded = 'ALIAS_LIMIT_EXCEEDED',
  TokenLimitExceeded = 'TOKEN_LIMIT_EXCEEDED',
  DirectiveLimitExceeded = 'DIRECTIVE_LIMIT_EXCEEDED',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  ResponseTooLarge = 'RESPONSE_TOO_LARGE',
  RequestTimeout = 'REQUEST_TIMEOUT',
  /** Too many heavy requests are running or waiting. */
  Overloaded = 'OVERLOADED',
  /** The server is stopping. */
  ShuttingDown = 'SHUTTING_DOWN',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

/** Whether a string is one of our codes (codes from libraries we did not list are masked). */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (Object.values(ErrorCode) as string[]).includes(value);
}

/** An error we expect and can explain: its message is safe to show to a user. */
export class DutyGraphError extends Error {
  readonly code: ErrorCode;
  /**
   * The code where GraphQL looks for it: a GraphQLError wrapping this one takes its
   * `extensions` (graphql-jit leaves them undefined otherwise, and Apollo then fails to
   * format the error at all).
   */
  readonly extensions: { code: ErrorCode };

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DutyGraphError';
    this.code = code;
    this.extensions = { code };
  }
}

/** The message of anything thrown, without a stack. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
