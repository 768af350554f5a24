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
}

/** An error we expect and can explain: its message is safe to show to a user. */
export class DutyGraphError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DutyGraphError';
    this.code = code;
  }
}

/** The message of anything thrown, without a stack. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
