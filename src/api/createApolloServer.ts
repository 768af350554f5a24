import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiLimits } from '../config.js';
import { DutyGraphError, ErrorCode } from '../errors.js';
import type { ApiContext } from './context.js';
import { loadTypeDefs } from './loadTypeDefs.js';
import { resolvers } from './resolvers/index.js';

/**
 * Apollo Server with our schema and resolvers. Errors are masked: a client sees
 * our own messages with `extensions.code`, never a stack trace or Cypher text.
 */
export function createApolloServer(limits: ApiLimits): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: limits.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: maskError,
  });
}

/** Keeps messages we wrote; replaces anything else (driver errors, bugs) with a generic one. */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DutyGraphError) {
    const safe = original.code === ErrorCode.StoreFailed ? 'The graph store failed to answer' : original.message;
    return { message: safe, locations: formatted.locations, path: formatted.path, extensions: { code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    console.error(`GraphQL error at ${formatted.path?.join('.') ?? '?'}: ${formatted.message}`);
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
