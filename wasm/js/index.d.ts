// Hand-written declarations: the client, options, lists, errors. build.sh appends the
// generated models and resource classes (wasm/js/generated/*.d.ts) to make dist/index.d.ts.
// Models shadow some global names (`Record` is a DNS record here): don't use `Record<..>`.

/** Anything with an `id`: a model object stands for its ID wherever a resource is referenced. */
export interface HasId {
  readonly id: number;
}
/** A resource by ID, or the model object itself. */
export type Ref = number | HasId;
/** A resource by ID, by name, or the model object itself. */
export type IdOrNameRef = number | string | HasId;

type RefOf1<E> = E extends number ? number | HasId : E extends string ? string | number | HasId : E;
type RefOf<X> = X extends Array<infer E> ? Array<RefOf1<E>> : RefOf1<X>;
/** `T` with the keys `K` (references) also accepting model objects (and IDs for names). */
export type WithRefs<T, K extends keyof T> = Omit<T, K> & { [P in keyof Pick<T, K>]: RefOf<Pick<T, K>[P]> };

/** Retries of failed calls (defaults as the official libraries: 5 retries, 1 s doubling to 60 s). */
export interface RetryOptions {
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  jitter?: boolean;
  maxRateLimitWaitMs?: number;
}

/** How action waiting polls (default: 500 ms for 10 rounds, then ×1.5 up to 2.5 s; 1 h limit). */
export interface PollOptions {
  intervalMs?: number;
  maxIntervalMs?: number;
  factor?: number;
  fastPolls?: number;
  /** Give up after this long; `null`: no limit. */
  timeoutMs?: number | null;
}

export interface ClientOptions {
  /** The API token (Security → API Tokens). Never shown in errors, logs or `toString()`. */
  token?: string;
  /** Default `https://api.hetzner.cloud/v1`; e.g. a local emulator `http://127.0.0.1:8080/v1`. */
  endpoint?: string;
  /** Your application, added to the `User-Agent` (Node; browsers keep their own). */
  application?: string | { name: string; version?: string };
  /** Deadline of one HTTP exchange (default 60 000). Retries get a fresh deadline each. */
  timeoutMs?: number;
  /** A number of retries (0: never), or the whole policy. */
  retries?: number | RetryOptions;
  poll?: PollOptions;
  /** Pages fetched at once by list iteration after the first (default 4). */
  pageConcurrency?: number;
  /** Accepted for parity with the core; the JS package does not log requests yet. */
  debug?: boolean;
}

/** Options of one call. */
export interface CallOptions {
  /** Cancels the call (the request is aborted); it then rejects with `AbortError`. */
  signal?: AbortSignal;
  timeoutMs?: number;
  retries?: number | RetryOptions;
}

/** The rate limit as the last answer reported it. */
export interface RateLimit {
  limit: number;
  remaining: number;
  /** Unix time (seconds) at which the full limit is available again. */
  reset: number;
}

/** Every item of every page, fetched as iterated. */
export declare class ListIterable<T> implements AsyncIterable<T> {
  private constructor();
  [Symbol.asyncIterator](): AsyncIterator<T>;
  /** Every item, in order, as an array. */
  collect(): Promise<T[]>;
}

/** One page of a list: its items, its pagination, and the whole answer. */
export interface Page<T, R> {
  items: T[];
  pagination: Pagination | null;
  response: R;
}

/** Something `actions.wait` accepts: action IDs, actions, or answers holding them. */
export type ActionsInput =
  | number
  | HasId
  | { action?: HasId | null; actions?: HasId[]; next_actions?: HasId[] }
  | ReadonlyArray<ActionsInput>;

export interface WaitOptions {
  /** Give up after this long with `WaitTimeoutError` (default: the client's poll timeout). */
  timeoutMs?: number;
  /** Called with an action each time its status or progress changes (and once at first). */
  onProgress?: (action: Action) => void;
  signal?: AbortSignal;
  poll?: PollOptions;
}

export interface Actions {
  /**
   * Waits until all `actions` finish, polling with one request per 50 actions per round.
   * Resolves to the finished actions in the order given; rejects with `ActionFailedError`
   * (listing every action that failed), `WaitTimeoutError` or `AbortError`.
   */
  wait(actions: ActionsInput, options?: WaitOptions): Promise<Action[]>;
}

export interface Client extends ClientResources {}

/** A Hetzner Cloud API client. */
export declare class Client {
  constructor(options?: ClientOptions);
  /**
   * Configured like the official `hcloud` CLI from `HCLOUD_TOKEN` (or `HCLOUD_TOKEN_FILE`),
   * `HCLOUD_ENDPOINT`, `HCLOUD_POLL_INTERVAL`; `options` override them. Reads `process.env`
   * (Node) unless `env` is given.
   */
  static fromEnv(options?: ClientOptions, env?: { [name: string]: string | undefined }): Client;
  /** The rate limit as the most recent answer reported it (`null` before the first call). */
  readonly rateLimit: RateLimit | null;
  readonly endpoint: string;
}

/** What every error of this package carries. */
export declare class HetzcloudError extends Error {
  /** `api`, `transport`, `timeout`, `decode`, `invalid_input`, `action_failed`, `wait_timeout`, `aborted`. */
  readonly kind: string;
  /** The API's error code (`not_found`, `rate_limit_exceeded`, ...) or this package's. */
  readonly code: string;
  /** HTTP status, when an answer arrived. */
  readonly status: number | null;
  readonly details: ErrorDetails | null;
  /** `X-Correlation-Id` of the answer, to quote to Hetzner support. */
  readonly correlationId: string | null;
}

export interface ErrorDetails {
  fields?: Array<{ name: string; messages: string[] }>;
  limits?: Array<{ name: string }>;
  announcement?: string;
  [key: string]: unknown;
}

/** The API answered with an error. */
export declare class ApiError extends HetzcloudError {
  readonly status: number;
  /** The API's own message. */
  readonly apiMessage: string;
}
export declare class NotFoundError extends ApiError {}
export declare class UnauthorizedError extends ApiError {}
export declare class ForbiddenError extends ApiError {}
export declare class RateLimitError extends ApiError {}
export declare class ConflictError extends ApiError {}
export declare class UniquenessError extends ApiError {}
export declare class LockedError extends ApiError {}
export declare class ProtectedError extends ApiError {}
export declare class ResourceLimitError extends ApiError {}
/** HTTP 5xx. */
export declare class ServerError extends ApiError {}
/** The request did not complete (connection refused or dropped, DNS, TLS, CORS). */
export declare class TransportError extends HetzcloudError {
  /** No connection could be made: the request certainly was not sent. */
  readonly connect: boolean;
}
export declare class TimeoutError extends HetzcloudError {
  readonly timeoutMs: number;
}
export declare class DecodeError extends HetzcloudError {
  /** JSON path of the value that did not fit. */
  readonly path: string;
}
/** Rejected before anything was sent. */
export declare class InvalidInputError extends HetzcloudError {
  readonly field: string;
}
export declare class ActionFailedError extends HetzcloudError {
  readonly actions: Array<{ id: number; command: string; code: string; message: string }>;
}
export declare class WaitTimeoutError extends HetzcloudError {
  readonly waitedMs: number;
  readonly pending: Array<{ id: number; command: string; progress: number }>;
}
/** Cancelled through an `AbortSignal`; `cause` is the signal's reason. */
export declare class AbortError extends HetzcloudError {}

export declare function isHetzcloudError(e: unknown): e is HetzcloudError;
export declare function isApiError(e: unknown): e is ApiError;
export declare function isNotFoundError(e: unknown): e is NotFoundError;
export declare function isUnauthorizedError(e: unknown): e is UnauthorizedError;
export declare function isForbiddenError(e: unknown): e is ForbiddenError;
export declare function isRateLimitError(e: unknown): e is RateLimitError;
export declare function isConflictError(e: unknown): e is ConflictError;
export declare function isUniquenessError(e: unknown): e is UniquenessError;
export declare function isLockedError(e: unknown): e is LockedError;
export declare function isProtectedError(e: unknown): e is ProtectedError;
export declare function isResourceLimitError(e: unknown): e is ResourceLimitError;
export declare function isServerError(e: unknown): e is ServerError;
export declare function isTransportError(e: unknown): e is TransportError;
export declare function isTimeoutError(e: unknown): e is TimeoutError;
export declare function isDecodeError(e: unknown): e is DecodeError;
export declare function isInvalidInputError(e: unknown): e is InvalidInputError;
export declare function isActionFailedError(e: unknown): e is ActionFailedError;
export declare function isWaitTimeoutError(e: unknown): e is WaitTimeoutError;
export declare function isAbortError(e: unknown): e is AbortError;

/** Every operation: id → [handle, method, paged, path parameters in argument order]. */
export declare const OPERATIONS: { readonly [K in OperationId]: readonly [string, string, boolean, readonly string[]] };
