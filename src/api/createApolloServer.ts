import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { ApiLimits } from '../config.js';
import { DutyGraphError, ErrorCode, isErrorCode } from '../errors.js';
import type { ApiContext } from './context.js';
import type { GraphStore } from '../store/GraphStore.js';
import { loadTypeDefs } from './loadTypeDefs.js';
import { CompiledOperations, compiledExecution } from './compiledExecutor.js';
import { receiptPlugin } from './receipts.js';
import { budgetPlugin } from './limits/budgetPlugin.js';
import { KnownCosts } from './limits/KnownCosts.js';
import { RequestGate } from './limits/RequestGate.js';
import { resolvers } from './resolvers/index.js';

/**
 * Apollo Server with our schema and resolvers, safe to expose: depth, cost,
 * alias and token limits (graphql-armor), CSRF prevention, no batched requests,
 * and masked errors — a client sees our own messages with `extensions.code`,
 * never a stack trace or Cypher text. Introspection stays on unless configured off
 * (analysts write queries by hand in GraphiQL). Operations run compiled
 * (compiledExecutor.ts) once Apollo has parsed and validated them.
 */
export function createApolloServer(
  limits: ApiLimits, store: GraphStore,
  gate = new RequestGate(limits.maxConcurrentHeavy, limits.maxQueuedHeavy), known = new KnownCosts(),
): ApolloServer<ApiContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    // Cost is weighed by budgetPlugin with the variables' values and what lists really hold.
    costLimit: { enabled: false },
    // Aliases of introspection fields count too: 30 aliases of `__schema.types` was 2.7 MB of answer.
    maxAliases: { n: limits.maxAliases },
    // graphql-armor counts tokens in a hook whose refusal escapes Apollo's pipeline (HTTP 500):
    // graphql-js's own parser limit (parseOptions below) refuses the same document as a syntax error (400).
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    // Analysts write queries by hand: "Did you mean …?" helps them, and introspection is on anyway.
    blockFieldSuggestion: { enabled: !limits.introspection },
  }).protect();
  return new ApolloServer<ApiContext>({
    gateway: compiledExecution(new CompiledOperations(createSchema())),
    introspection: limits.introspection,
    // Our own SIGTERM/SIGINT handler (scripts/serve.ts) owns the order: stop taking requests, finish
    // those in flight, close the store, exit 0. Apollo's would stop itself and re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: maskError,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    // graphql-armor's typings name @apollo/server's CommonJS build; the plugin objects are the same at run time.
    // No cache hints are set: without the cache-control plugin Apollo does not wrap every field resolver.
    plugins: [
      ...(armor.plugins as unknown as Array<ApolloServerPlugin<ApiContext>>), budgetPlugin(limits, gate, known), receiptPlugin(store),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}

/** The executable schema: schema/*.graphql with our resolvers, as Apollo itself would build it. */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
}

/** graphql-armor's refusals, told apart by their messages, each with its own code. */
const LIMIT_CODES: ReadonlyArray<[RegExp, ErrorCode]> = [
  [/Query Cost limit/i, ErrorCode.CostLimitExceeded],
  [/Query depth limit/i, ErrorCode.DepthLimitExceeded],
  [/Aliases limit/i, ErrorCode.AliasLimitExceeded],
  [/Token limit|Document contains more tha[nt] \d+ tokens/i, ErrorCode.TokenLimitExceeded],
  [/Directives limit/i, ErrorCode.DirectiveLimitExceeded],
];

/**
 * Keeps messages we wrote; replaces anything else (driver errors, bugs) with a generic one.
 * Every code a client sees is one of `ErrorCode`: a code we did not list is masked as internal.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit = LIMIT_CODES.find(([pattern]) => pattern.test(formatted.message));
  if (limit) {
    return { message: formatted.message.replace(/^Syntax Error: /, ''), locations: formatted.locations, extensions: { code: limit[1] } };
  }
  const original = unwrapResolverError(error);
  if (original instanceof DutyGraphError) {
    // The store's own message may quote Cypher: the log gets it, the client does not.
    if (original.code === ErrorCode.StoreFailed) console.error(`GraphQL ${formatted.path?.join('.') ?? '?'}: ${original.message}`);
    const safe = original.code === ErrorCode.StoreFailed ? 'The graph store failed to answer' : original.message;
    return { message: safe, locations: formatted.locations, path: formatted.path, extensions: { code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (code === ErrorCode.InternalServerError || !isErrorCode(code)) {
    console.error(`GraphQL error at ${formatted.path?.join('.') ?? '?'}: ${formatted.message}`);
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.InternalServerError } };
  }
  const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
