// Hand-written runtime of the npm package: error classes, argument translation, the base
// class of the generated resource classes, async iteration over lists.
//
// This file, js/generated/resources.js and js/client.js are one module body: build.sh puts
// them, in that order, between an environment prelude (which defines `NativeClient` and
// `ENV`) and the exports, once as an ES module (browsers, bundlers) and once as CommonJS
// (Node). No `import`/`export` lines here.

// ---------------------------------------------------------------------------------------------
// Errors

/** Every error this package raises. `code`, `status`, `details`, `correlationId` as available. */
class HetzcloudError extends Error {
  constructor(d, options) {
    super(d.message, options);
    this.kind = d.kind;
    this.code = d.code;
    this.status = d.status ?? null;
    this.details = d.details ?? null;
    this.correlationId = d.correlationId ?? null;
  }
}

/** The API answered with an error (`{"error": {"code", "message", "details"}}`). */
class ApiError extends HetzcloudError {
  constructor(d, options) {
    super(d, options);
    /** The API's own message, without code, status and fields. */
    this.apiMessage = d.apiMessage ?? d.message;
  }
}
class NotFoundError extends ApiError {}
class UnauthorizedError extends ApiError {}
class ForbiddenError extends ApiError {}
class RateLimitError extends ApiError {}
class ConflictError extends ApiError {}
class UniquenessError extends ApiError {}
class LockedError extends ApiError {}
class ProtectedError extends ApiError {}
class ResourceLimitError extends ApiError {}
/** The API (or a proxy before it) failed: HTTP 5xx. */
class ServerError extends ApiError {}

/** The request did not complete (connection refused or dropped, DNS, TLS, CORS). */
class TransportError extends HetzcloudError {
  constructor(d, options) {
    super(d, options);
    this.connect = Boolean(d.connect);
  }
}
/** No complete answer within the timeout. */
class TimeoutError extends HetzcloudError {
  constructor(d, options) {
    super(d, options);
    this.timeoutMs = d.timeoutMs;
  }
}
/** The answer was not what the API description says. */
class DecodeError extends HetzcloudError {
  constructor(d, options) {
    super(d, options);
    this.path = d.path;
  }
}
/** The input was rejected before anything was sent; `field` names the argument. */
class InvalidInputError extends HetzcloudError {
  constructor(d, options) {
    super(d, options);
    this.field = d.field;
  }
}
/** Awaited actions ended with status `error`. */
class ActionFailedError extends HetzcloudError {
  constructor(d, options) {
    super(d, options);
    this.actions = d.actions ?? [];
  }
}
/** The wait's deadline passed while actions were still running. */
class WaitTimeoutError extends HetzcloudError {
  constructor(d, options) {
    super(d, options);
    this.waitedMs = d.waitedMs;
    this.pending = d.pending ?? [];
  }
}
/** The call was cancelled through its `AbortSignal` (`cause` is the signal's reason). */
class AbortError extends HetzcloudError {}

const ERROR_NAMES = [
  [HetzcloudError, 'HetzcloudError'],
  [ApiError, 'HetzcloudApiError'],
  [NotFoundError, 'HetzcloudNotFoundError'],
  [UnauthorizedError, 'HetzcloudUnauthorizedError'],
  [ForbiddenError, 'HetzcloudForbiddenError'],
  [RateLimitError, 'HetzcloudRateLimitError'],
  [ConflictError, 'HetzcloudConflictError'],
  [UniquenessError, 'HetzcloudUniquenessError'],
  [LockedError, 'HetzcloudLockedError'],
  [ProtectedError, 'HetzcloudProtectedError'],
  [ResourceLimitError, 'HetzcloudResourceLimitError'],
  [ServerError, 'HetzcloudServerError'],
  [TransportError, 'HetzcloudTransportError'],
  [TimeoutError, 'HetzcloudTimeoutError'],
  [DecodeError, 'HetzcloudDecodeError'],
  [InvalidInputError, 'HetzcloudInvalidInputError'],
  [ActionFailedError, 'HetzcloudActionFailedError'],
  [WaitTimeoutError, 'HetzcloudWaitTimeoutError'],
  [AbortError, 'AbortError'],
];
for (const [cls, name] of ERROR_NAMES) {
  Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
}

const API_CLASSES = {
  not_found: NotFoundError,
  unauthorized: UnauthorizedError,
  forbidden: ForbiddenError,
  token_readonly: ForbiddenError,
  rate_limit_exceeded: RateLimitError,
  conflict: ConflictError,
  uniqueness_error: UniquenessError,
  locked: LockedError,
  protected: ProtectedError,
  resource_limit_exceeded: ResourceLimitError,
};

const KIND_CLASSES = {
  transport: TransportError,
  timeout: TimeoutError,
  decode: DecodeError,
  invalid_input: InvalidInputError,
  action_failed: ActionFailedError,
  wait_timeout: WaitTimeoutError,
  aborted: AbortError,
};

/** An error from its description (what the wasm side rejects with). */
function errorFrom(d, options) {
  if (d.kind === 'api') {
    const cls = API_CLASSES[d.code] ?? (d.status >= 500 ? ServerError : ApiError);
    return new cls(d, options);
  }
  const cls = KIND_CLASSES[d.kind] ?? HetzcloudError;
  return new cls(d, options);
}

function invalidInput(field, message) {
  return new InvalidInputError({
    kind: 'invalid_input',
    code: 'invalid_input',
    message: `invalid input in \`${field}\`: ${message}`,
    field,
    details: { fields: [{ name: field, messages: [message] }] },
  });
}

function abortError(signal) {
  return new AbortError(
    { kind: 'aborted', code: 'aborted', message: 'the operation was aborted' },
    { cause: signal?.reason },
  );
}

/** Turns whatever the wasm side threw into a `HetzcloudError` (other errors pass through). */
function toError(raw, signal) {
  if (typeof raw === 'string' && raw.startsWith('{')) {
    let d;
    try {
      d = JSON.parse(raw);
    } catch {
      return new HetzcloudError({ kind: 'other', code: 'error', message: raw });
    }
    if (d.kind === 'aborted') return abortError(signal);
    return errorFrom(d);
  }
  return raw;
}

const isHetzcloudError = (e) => e instanceof HetzcloudError;
const isApiError = (e) => e instanceof ApiError;
const isNotFoundError = (e) => e instanceof NotFoundError;
const isUnauthorizedError = (e) => e instanceof UnauthorizedError;
const isForbiddenError = (e) => e instanceof ForbiddenError;
const isRateLimitError = (e) => e instanceof RateLimitError;
const isConflictError = (e) => e instanceof ConflictError;
const isUniquenessError = (e) => e instanceof UniquenessError;
const isLockedError = (e) => e instanceof LockedError;
const isProtectedError = (e) => e instanceof ProtectedError;
const isResourceLimitError = (e) => e instanceof ResourceLimitError;
const isServerError = (e) => e instanceof ServerError;
const isTransportError = (e) => e instanceof TransportError;
const isTimeoutError = (e) => e instanceof TimeoutError;
const isDecodeError = (e) => e instanceof DecodeError;
const isInvalidInputError = (e) => e instanceof InvalidInputError;
const isActionFailedError = (e) => e instanceof ActionFailedError;
const isWaitTimeoutError = (e) => e instanceof WaitTimeoutError;
const isAbortError = (e) => e instanceof AbortError;

// ---------------------------------------------------------------------------------------------
// Arguments

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A model object (anything with an `id`) stands for its ID. */
function refValue(v) {
  return isObject(v) && 'id' in v ? v.id : v;
}

/** Replaces model objects by their IDs along `path` (`a`, `a[]`, `a[].b`, `a{}`) in `obj`. */
function applyRef(obj, segments) {
  if (!isObject(obj) || segments.length === 0) return;
  let [seg, ...rest] = segments;
  const each = seg.endsWith('[]');
  const cut = seg.endsWith('{}');
  if (each || cut) seg = seg.slice(0, -2);
  if (!(seg in obj)) return;
  const fix = (v) => {
    if (rest.length) {
      applyRef(v, rest);
      return v;
    }
    if (cut) return isObject(v) && 'id' in v ? { id: v.id } : v;
    return refValue(v);
  };
  if (each) {
    if (Array.isArray(obj[seg])) obj[seg] = obj[seg].map(fix);
  } else {
    obj[seg] = fix(obj[seg]);
  }
}

function toJson(value, field) {
  try {
    return JSON.stringify(value);
  } catch (e) {
    throw invalidInput(field, `cannot be sent as JSON: ${e.message}`);
  }
}

/** The flat named arguments of `op` as JSON: `args` (copied), model objects replaced by IDs,
 * path parameters added. */
function argsJson(op, path, args) {
  let a = {};
  if (args !== undefined && args !== null) {
    if (!isObject(args)) throw invalidInput('args', 'must be an object of named arguments');
    a = JSON.parse(toJson(args, 'args'));
  }
  for (const ref of REFS[op] ?? []) applyRef(a, ref.split('.'));
  if (path) {
    for (const [k, v] of Object.entries(path)) {
      if (v === undefined || v === null) throw invalidInput(k, 'is required');
      a[k] = refValue(v);
    }
  }
  return toJson(a, 'args');
}

function callOptionsJson(options) {
  if (options === undefined || options === null) return '{}';
  if (!isObject(options)) throw invalidInput('options', 'must be { signal, timeoutMs, retries }');
  const { signal: _signal, ...rest } = options;
  for (const k of Object.keys(rest)) {
    if (k !== 'timeoutMs' && k !== 'retries') {
      throw invalidInput(`options.${k}`, 'unknown option (signal, timeoutMs, retries)');
    }
  }
  return toJson(rest, 'options');
}

/** Runs `run(cancel)`, where `cancel` settles when `signal` aborts; errors become classes. */
async function withSignal(signal, run) {
  if (signal !== undefined && signal !== null && !(typeof signal?.addEventListener === 'function' && 'aborted' in signal)) {
    throw invalidInput('options.signal', 'must be an AbortSignal');
  }
  if (!signal) {
    try {
      return await run(undefined);
    } catch (e) {
      throw toError(e);
    }
  }
  if (signal.aborted) throw abortError(signal);
  let onAbort;
  const cancel = new Promise((resolve) => {
    onAbort = resolve;
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await run(cancel);
  } catch (e) {
    throw toError(e, signal);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

// ---------------------------------------------------------------------------------------------
// Lists

/** Every item of every page, fetched as iterated: `for await (const x of list)`, `collect()`. */
class ListIterable {
  #open;
  #signal;
  constructor(open, signal) {
    this.#open = open;
    this.#signal = signal;
  }

  [Symbol.asyncIterator]() {
    const signal = this.#signal;
    let native = null;
    let buffer = [];
    let index = 0;
    let done = false;
    const finish = () => {
      done = true;
      buffer = [];
      if (native) {
        native.free();
        native = null;
      }
    };
    // One `next()` at a time, even when a caller does not wait for the previous one.
    let queue = Promise.resolve();
    const next = async () => {
          if (index < buffer.length) return { value: buffer[index++], done: false };
          if (done) return { value: undefined, done: true };
          try {
            if (!native) {
              if (signal?.aborted) throw abortError(signal);
              try {
                native = this.#open();
              } catch (e) {
                throw toError(e);
              }
            }
            const list = native;
            const text = await withSignal(signal, (cancel) => list.next(cancel));
            buffer = JSON.parse(text);
            index = 0;
          } catch (e) {
            finish();
            throw e;
          }
          if (buffer.length === 0) {
            finish();
            return { value: undefined, done: true };
          }
          return { value: buffer[index++], done: false };
    };
    return {
      next: () => {
        const result = queue.then(next);
        queue = result.catch(() => {});
        return result;
      },
      return: async () => {
        finish();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Every item, in order, as an array. */
  async collect() {
    const out = [];
    for await (const item of this) out.push(item);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Resources

const NATIVE = Symbol('hetzcloud.native');

/** Base of the generated resource classes (`client.servers`, ...). */
class Resource {
  constructor(native) {
    Object.defineProperty(this, NATIVE, { value: native });
  }

  _call(op, path, args, options) {
    const native = this[NATIVE];
    const signal = options?.signal;
    return withSignal(signal, async (cancel) => {
      const json = argsJson(op, path, args);
      const opts = callOptionsJson(options);
      const text = await native.call(op, json, opts, cancel);
      const value = JSON.parse(text);
      return value === null ? undefined : value;
    });
  }

  _list(op, items, path, args, options) {
    const native = this[NATIVE];
    // Checked now, so a wrong argument throws at the first `next()` with nothing sent.
    return new ListIterable(
      () => native.list(op, argsJson(op, path, args), callOptionsJson(options)),
      options?.signal,
    );
  }

  async _page(op, items, path, args, options) {
    const response = await this._call(op, path, args, options);
    return {
      items: response?.[items] ?? [],
      pagination: response?.meta?.pagination ?? null,
      response,
    };
  }

  async _get(getOp, listOp, single, items, idOrName, options) {
    const v = refValue(idOrName);
    if (typeof v === 'string' && !/^\d+$/.test(v)) {
      const found = await this._byName(listOp, items, v, options);
      if (found === null) {
        throw new NotFoundError({
          kind: 'api',
          code: 'not_found',
          status: null,
          message: `not_found: no ${single.replace(/_/g, ' ')} named ${JSON.stringify(v)}`,
        });
      }
      return { [single]: found };
    }
    return this._call(getOp, { id: typeof v === 'string' ? Number(v) : v }, null, options);
  }

  async _find(getOp, listOp, single, items, idOrName, options) {
    const v = refValue(idOrName);
    if (typeof v === 'string' && !/^\d+$/.test(v)) return this._byName(listOp, items, v, options);
    try {
      const r = await this._call(getOp, { id: typeof v === 'string' ? Number(v) : v }, null, options);
      return r?.[single] ?? null;
    } catch (e) {
      if (e instanceof NotFoundError) return null;
      throw e;
    }
  }

  async _byName(listOp, items, name, options) {
    const page = await this._call(listOp, null, { name }, options);
    return page?.[items]?.[0] ?? null;
  }
}
