import path from 'node:path';
import { DutyGraphError, ErrorCode } from './errors.js';
import { DEFAULT_MAX_UNITS_PER_TASK } from './ingest/extractLimits.js';

/** Which graph backend to use and how to reach it. */
export type StoreConfig =
  | { backend: 'kuzu'; dataDir: string; queryTimeoutMs?: number; bufferPoolMB?: number }
  | { backend: 'neo4j'; uri: string; username: string; password: string; database: string | undefined };

/** Limits applied to every GraphQL request. */
export interface ApiLimits {
  /** Largest `first` a connection accepts. */
  maxPageSize: number;
  /** Largest accepted HTTP request body, in bytes. */
  maxBodyBytes: number;
  /** Deepest selection set accepted. */
  maxDepth: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Most tokens in one document. */
  maxTokens: number;
  /** Highest estimated cost accepted. */
  maxCost: number;
  /** A request running longer than this is cancelled. */
  requestTimeoutMs: number;
  /** Requests at or above this estimated cost are heavy: they go through the concurrency gate. */
  heavyCost: number;
  /** Heavy requests running at once; more wait in the queue. */
  maxConcurrentHeavy: number;
  /** Heavy requests waiting for a slot; one more is refused with OVERLOADED (503). */
  maxQueuedHeavy: number;
  /** Largest response body sent, in bytes (a bigger answer is refused with RESPONSE_TOO_LARGE). */
  maxResponseBytes: number;
  introspection: boolean;
}

export interface Config {
  port: number;
  host: string;
  store: StoreConfig;
  /** Where the sample documents and manifest live (loaded by `npm start`, and by `ingest` without paths). */
  seedsDir: string;
  /** False when `SEEDS_DIR` is set to the empty string: `npm start` then loads nothing. */
  seedOnStart: boolean;
  /** How long a stop waits for requests in flight before closing their connections. */
  shutdownGraceMs: number;
  /** Most distinct units one task may name; a document with a larger one is refused (MAX_UNITS_PER_TASK). */
  maxUnitsPerTask: number;
  limits: ApiLimits;
}

type Env = Record<string, string | undefined>;

/**
 * Reads and validates the environment: the only reader of `process.env`.
 * Throws a `DutyGraphError(BAD_CONFIG)` naming the variable and the reason.
 */
export function loadConfig(env: Env = process.env): Config {
  const neo4jUri = text(env, 'NEO4J_URI');
  const requestTimeoutMs = int(env, 'REQUEST_TIMEOUT_MS', 10_000, 100, 600_000);
  const store: StoreConfig = neo4jUri
    ? {
        backend: 'neo4j',
        uri: neo4jUri,
        username: text(env, 'NEO4J_USERNAME') ?? 'neo4j',
        password: required(env, 'NEO4J_PASSWORD', 'it is needed with NEO4J_URI'),
        database: text(env, 'NEO4J_DATABASE'),
      }
    : {
        backend: 'kuzu',
        dataDir: path.resolve(text(env, 'DATA_DIR') ?? 'data'),
        queryTimeoutMs: requestTimeoutMs,
        // Kùzu's own default is 80% of the machine's memory; a server beside other processes wants a bound.
        bufferPoolMB: int(env, 'KUZU_BUFFER_POOL_MB', 2048, 64, 1_048_576),
      };
  if (neo4jUri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(neo4jUri)) {
    fail('NEO4J_URI', `must start with bolt:// or neo4j:// (got "${neo4jUri}")`);
  }
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    // Loopback unless asked: a laptop's API is not for the whole network (the Docker image sets 0.0.0.0).
    host: text(env, 'HOST') ?? '127.0.0.1',
    store,
    seedsDir: path.resolve(text(env, 'SEEDS_DIR') ?? 'seeds'),
    seedOnStart: env.SEEDS_DIR === undefined || env.SEEDS_DIR.trim() !== '',
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    maxUnitsPerTask: int(env, 'MAX_UNITS_PER_TASK', DEFAULT_MAX_UNITS_PER_TASK, 2, 100_000),
    limits: {
      maxPageSize: int(env, 'MAX_PAGE_SIZE', 500, 1, 100_000),
      maxBodyBytes: int(env, 'MAX_BODY_BYTES', 1_000_000, 1_000, 100_000_000),
      maxDepth: int(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
      maxAliases: int(env, 'MAX_ALIASES', 30, 1, 1_000),
      maxTokens: int(env, 'MAX_TOKENS', 5_000, 100, 1_000_000),
      maxCost: int(env, 'MAX_COST', 50_000, 100, 100_000_000),
      requestTimeoutMs,
      heavyCost: int(env, 'HEAVY_COST', 2_000, 1, 100_000_000),
      maxConcurrentHeavy: int(env, 'MAX_CONCURRENT_HEAVY', 2, 1, 1_000),
      maxQueuedHeavy: int(env, 'MAX_QUEUED_HEAVY', 100, 0, 100_000),
      maxResponseBytes: int(env, 'MAX_RESPONSE_BYTES', 20_000_000, 1_000, 2_000_000_000),
      introspection: bool(env, 'INTROSPECTION', true),
    },
  };
}

// Private: a variable's trimmed value, or undefined when unset or blank.
function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

// Private: a variable that must be set.
function required(env: Env, name: string, why: string): string {
  return text(env, name) ?? fail(name, `is not set; ${why}`);
}

// Private: an integer within [min, max], or the default when unset.
function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

// Private: true/false/1/0/yes/no.
function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  return fail(name, `must be true or false (got "${raw}")`);
}

function fail(name: string, reason: string): never {
  throw new DutyGraphError(ErrorCode.BadConfig, `${name} ${reason}`);
}
