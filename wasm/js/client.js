// Hand-written: the Client, `client.actions.wait`, `Client.fromEnv`. Part of the module body
// described in runtime.js (after js/generated/resources.js).

const CLIENT_NATIVE = Symbol('hetzcloud.client');

function newNative(options, vars) {
  if (options !== undefined && options !== null && !isObject(options)) {
    throw invalidInput('options', 'must be an object');
  }
  try {
    return new NativeClient(toJson(options ?? {}, 'options'), vars === undefined ? undefined : toJson(vars, 'env'));
  } catch (e) {
    throw toError(e);
  }
}

function initClient(client, native) {
  Object.defineProperty(client, CLIENT_NATIVE, { value: native });
  for (const [name, cls] of Object.entries(RESOURCE_CLASSES)) {
    Object.defineProperty(client, name, { value: new cls(native), enumerable: true });
  }
}

/**
 * A Hetzner Cloud API client: `new Client({ token, endpoint, application, timeoutMs, retries,
 * poll })`. Every operation is a method on a resource handle (`client.servers.create(...)`).
 */
class Client {
  constructor(options) {
    initClient(this, newNative(options));
  }

  /**
   * A client configured like the official `hcloud` CLI: `HCLOUD_TOKEN` (or the file named by
   * `HCLOUD_TOKEN_FILE`), `HCLOUD_ENDPOINT`, `HCLOUD_POLL_INTERVAL`; `options` override them.
   * Node only (reads `process.env`), or pass the variables yourself as `env`.
   */
  static fromEnv(options, env) {
    const source = env ?? ENV.processEnv();
    if (!source) {
      throw invalidInput('env', 'no process environment here: pass the variables as the second argument');
    }
    const vars = {};
    for (const k of ['HCLOUD_TOKEN', 'HCLOUD_TOKEN_FILE', 'HCLOUD_ENDPOINT', 'HCLOUD_DEBUG', 'HCLOUD_POLL_INTERVAL']) {
      if (typeof source[k] === 'string' && source[k].trim() !== '') vars[k] = source[k];
    }
    if (!vars.HCLOUD_TOKEN && vars.HCLOUD_TOKEN_FILE) {
      // WebAssembly has no file system: the file is read here and passed on as the token.
      if (!ENV.readFile) throw invalidInput('HCLOUD_TOKEN_FILE', 'cannot read files here');
      try {
        vars.HCLOUD_TOKEN = ENV.readFile(vars.HCLOUD_TOKEN_FILE).trim();
      } catch (e) {
        throw invalidInput('HCLOUD_TOKEN_FILE', `cannot read \`${vars.HCLOUD_TOKEN_FILE}\`: ${e.code ?? e.message}`);
      }
      delete vars.HCLOUD_TOKEN_FILE;
    }
    const client = Object.create(Client.prototype);
    initClient(client, newNative(options, vars));
    return client;
  }

  /** The rate limit as the most recent answer reported it (`null` before the first call). */
  get rateLimit() {
    return JSON.parse(this[CLIENT_NATIVE].rateLimit());
  }

  /** The endpoint this client talks to. */
  get endpoint() {
    return this[CLIENT_NATIVE].endpoint;
  }

  toString() {
    return `Client(${this.endpoint})`;
  }

  toJSON() {
    return { endpoint: this.endpoint };
  }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    return `Client { endpoint: ${JSON.stringify(this.endpoint)} }`;
  }
}

/** Action IDs from numbers, actions, and answers holding `action`/`actions`/`next_actions`. */
function actionIds(input, out = []) {
  if (input === undefined || input === null) return out;
  if (Array.isArray(input)) {
    for (const x of input) actionIds(x, out);
    return out;
  }
  if (typeof input === 'number' || typeof input === 'string') {
    const n = Number(input);
    if (!Number.isSafeInteger(n) || n < 1) throw invalidInput('actions', `\`${input}\` is not an action ID`);
    out.push(n);
    return out;
  }
  if (isObject(input)) {
    if ('command' in input && 'id' in input) {
      out.push(input.id);
      return out;
    }
    let found = false;
    for (const k of ['action', 'actions', 'next_actions']) {
      if (k in input) {
        found = true;
        actionIds(input[k], out);
      }
    }
    if (found) return out;
  }
  throw invalidInput('actions', 'expected action IDs, actions, or answers holding `action`/`actions`');
}

/**
 * Waits until all `actions` finish (one request per 50 actions per poll round). Resolves to the
 * finished actions in the order given; rejects with `ActionFailedError` (listing every failed
 * action), `WaitTimeoutError`, or `AbortError`.
 */
Actions.prototype.wait = function wait(actions, options) {
  const native = this[NATIVE];
  const { timeoutMs, onProgress, signal, poll, ...rest } = options ?? {};
  return withSignal(signal, async (cancel) => {
    for (const k of Object.keys(rest)) {
      throw invalidInput(`options.${k}`, 'unknown option (timeoutMs, onProgress, signal, poll)');
    }
    const ids = [...new Set(actionIds(actions))];
    if (onProgress !== undefined && typeof onProgress !== 'function') {
      throw invalidInput('options.onProgress', 'must be a function');
    }
    if (ids.length === 0) return [];
    let callbackError;
    const progress = onProgress
      ? (text) => {
          if (callbackError) return;
          try {
            onProgress(JSON.parse(text));
          } catch (e) {
            callbackError = e;
          }
        }
      : undefined;
    const text = await native.wait(
      Float64Array.from(ids),
      toJson({ timeoutMs, poll }, 'options'),
      progress,
      cancel,
    );
    if (callbackError) throw callbackError;
    return JSON.parse(text);
  });
};

const __exports = {
  Client,
  ListIterable,
  HetzcloudError,
  ApiError,
  NotFoundError,
  UnauthorizedError,
  ForbiddenError,
  RateLimitError,
  ConflictError,
  UniquenessError,
  LockedError,
  ProtectedError,
  ResourceLimitError,
  ServerError,
  TransportError,
  TimeoutError,
  DecodeError,
  InvalidInputError,
  ActionFailedError,
  WaitTimeoutError,
  AbortError,
  isHetzcloudError,
  isApiError,
  isNotFoundError,
  isUnauthorizedError,
  isForbiddenError,
  isRateLimitError,
  isConflictError,
  isUniquenessError,
  isLockedError,
  isProtectedError,
  isResourceLimitError,
  isServerError,
  isTransportError,
  isTimeoutError,
  isDecodeError,
  isInvalidInputError,
  isActionFailedError,
  isWaitTimeoutError,
  isAbortError,
  OPERATIONS,
};
