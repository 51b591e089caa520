// One scenario, run in a real Chromium page (page/index.html, the package's browser build) and
// in Node (run.mjs, the package's Node build), against the same emulator reset in between, so
// the two answers can be compared.
//
// run(hc, { endpoint, token, control }) -> { checks: [{ name, ok, detail }], facts: {...} }
//   hc       the package's module namespace (Client, HetzcloudError, isApiError, ...)
//   endpoint the emulator's API URL (…/v1), on another origin than the page
//   control  the emulator's origin (…/_emulator/ steering endpoints)
// `facts` are values that must be equal in Node and in the browser (no ids of time, no
// correlation ids).
//
// It only uses what issue 5 promises: new Client({...}), resource handles with camelCase
// methods, list() as an async iterable with collect(), listPage(), actions.wait with
// onProgress, AbortSignal, errors with code/status/details/correlationId and type guards,
// client.rateLimit; the token never in an error.

export async function run(hc, { endpoint, token, control }) {
  const checks = [];
  const facts = {};
  const check = (name, ok, detail = '') => {
    checks.push({ name, ok: !!ok, detail: ok ? '' : String(detail) });
    return !!ok;
  };
  // Runs one step; a throw becomes a failed check (with the error's name/code), not an abort
  // of the whole scenario.
  const step = async (name, fn) => {
    try {
      await fn();
    } catch (e) {
      check(name, false, `threw ${describe(e)}`);
    }
  };
  const requestsSeen = async () => {
    const r = await fetch(`${control}/_emulator/requests`);
    return (await r.json()).length;
  };

  let client;
  await step('construct Client', async () => {
    client = new hc.Client({ token, endpoint, application: { name: 'browser-test', version: '1.0' }, timeoutMs: 15000, retries: 0 });
    check('construct Client', client && typeof client === 'object');
    check('Client hides the token', !String(client).includes(token) && !safeJson(client).includes(token), String(client));
  });
  if (!client) return { checks, facts };

  // --- create ---------------------------------------------------------------------------
  const created = [];
  await step('servers.create', async () => {
    for (const [name, labels] of [
      ['web-1', { suite: 'browser', role: 'web' }],
      ['web-2', { suite: 'browser', role: 'web' }],
      ['db-1', { suite: 'browser', role: 'db' }],
    ]) {
      const r = await client.servers.create({ name, server_type: 'cx22', image: 'ubuntu-24.04', location: 'fsn1', labels });
      created.push(r);
    }
    const r = created[0];
    check('servers.create returns a plain object', r && Object.getPrototypeOf(r) === Object.prototype && !(r instanceof Map), describeType(r));
    check('servers.create: server.id is a number', typeof r.server?.id === 'number', typeof r.server?.id);
    check('servers.create: fields keep snake_case', r.server?.server_type?.name === 'cx22' && 'next_actions' in r, safeJson(r).slice(0, 200));
    check('servers.create: labels round-trip', r.server?.labels?.role === 'web' && r.server?.labels?.suite === 'browser', safeJson(r.server?.labels));
    check('servers.create: action is running', r.action?.command === 'create_server' && ['running', 'success'].includes(r.action?.status), safeJson(r.action));
    facts.created = created.map((c) => ({ name: c.server.name, type: c.server.server_type.name, location: c.server.location?.name, command: c.action.command }));
  });

  // --- wait -------------------------------------------------------------------------------
  await step('actions.wait', async () => {
    const actions = created.flatMap((c) => [c.action, ...(c.next_actions ?? [])]);
    const progress = [];
    const done = await client.actions.wait(actions, {
      timeoutMs: 20000,
      onProgress: (a) => progress.push({ id: a.id, status: a.status, progress: a.progress }),
    });
    const list = Array.isArray(done) ? done : [...(done ?? [])];
    check('actions.wait resolves every action', list.length === actions.length, `${list.length} of ${actions.length}`);
    check('actions.wait: all success', list.every((a) => a.status === 'success'), safeJson(list.map((a) => a.status)));
    check('actions.wait: onProgress called', progress.length > 0, 'never called');
    const s = await client.servers.get(created[0].server.id);
    const server = s.server ?? s;
    check('servers.get after wait: running', server.status === 'running', server.status);
    facts.afterWait = created.length ? server.status : null;
  });

  // --- list ---------------------------------------------------------------------------------
  await step('servers.list', async () => {
    const names = [];
    for await (const s of client.servers.list({ label_selector: 'suite=browser', sort: 'name:asc' })) names.push(s.name);
    check('servers.list: for await over all pages', names.join(',') === 'db-1,web-1,web-2', names.join(','));
    const webs = await client.servers.list({ label_selector: 'role=web' }).collect();
    check('servers.list().collect()', Array.isArray(webs) && webs.length === 2 && typeof webs[0].id === 'number', safeJson(webs).slice(0, 200));
    const page = await client.servers.listPage({ page: 2, per_page: 1, sort: 'name:asc' });
    const items = page.servers ?? page.items;
    const pg = page.meta?.pagination ?? page.pagination;
    check('servers.listPage: one item of page 2', Array.isArray(items) && items.length === 1 && items[0].name === 'web-1', safeJson(page).slice(0, 300));
    check('servers.listPage: pagination', pg?.page === 2 && pg?.per_page === 1 && pg?.total_entries === 3, safeJson(pg));
    facts.list = { names, webs: webs.map((s) => s.name).sort(), pagination: pg ?? null };
  });

  // --- errors ---------------------------------------------------------------------------------
  await step('error: not_found', async () => {
    let err;
    try {
      await client.servers.get(987654);
    } catch (e) {
      err = e;
    }
    check('not_found: rejects', err !== undefined, 'resolved');
    if (!err) return;
    check('not_found: is an Error', err instanceof Error, describeType(err));
    if (hc.HetzcloudError) check('not_found: instanceof HetzcloudError', err instanceof hc.HetzcloudError, describeType(err));
    check('not_found: code', err.code === 'not_found', err.code);
    check('not_found: status', err.status === 404, err.status);
    check('not_found: correlationId', typeof err.correlationId === 'string' && err.correlationId.length > 0, err.correlationId);
    check('not_found: message', typeof err.message === 'string' && err.message.length > 0, err.message);
    check('not_found: isApiError', typeof hc.isApiError === 'function' && hc.isApiError(err) === true, 'isApiError false or missing');
    if (typeof hc.isRateLimitError === 'function') check('not_found: !isRateLimitError', hc.isRateLimitError(err) === false);
    check('not_found: token not in error', !leaks(err, token), 'token leaked');
    facts.notFound = { name: err.name, code: err.code, status: err.status };
  });
  await step('error: uniqueness_error', async () => {
    let err;
    try {
      await client.servers.create({ name: 'web-1', server_type: 'cx22', image: 'ubuntu-24.04', location: 'fsn1' });
    } catch (e) {
      err = e;
    }
    check('uniqueness_error: code/status', err?.code === 'uniqueness_error' && err?.status === 409, `${err?.code} ${err?.status}`);
    check('uniqueness_error: isApiError', hc.isApiError?.(err) === true);
    check('uniqueness_error: token not in error', !leaks(err, token));
    facts.uniqueness = { name: err?.name, code: err?.code, status: err?.status };
  });
  await step('error: invalid_input from the server', async () => {
    let err;
    try {
      // An unknown server type: only the server knows (the client cannot check names of types).
      await client.servers.create({ name: 'typo', server_type: 'cx2222', image: 'ubuntu-24.04' });
    } catch (e) {
      err = e;
    }
    check('invalid_input: code/status', err?.code === 'invalid_input' && err?.status === 422, `${err?.code} ${err?.status}`);
    const fields = err?.details?.fields;
    check('invalid_input: details.fields names the field', Array.isArray(fields) && fields.some((f) => f.name === 'server_type'), safeJson(err?.details));
    check('invalid_input: isApiError', hc.isApiError?.(err) === true);
    facts.invalidInput = { name: err?.name, code: err?.code, fields: (fields ?? []).map((f) => f.name) };
  });
  await step('error: rejected before sending', async () => {
    const before = await requestsSeen();
    const rejected = [];
    for (const [what, field, call] of [
      ['a missing argument', 'server_type', () => client.servers.create({ name: 'no-type', image: 'ubuntu-24.04' })],
      ['an invalid server name', 'name', () => client.servers.create({ name: 'bad name!', server_type: 'cx22', image: 'ubuntu-24.04' })],
      ['an invalid label', 'labels', () => client.servers.update(created[0]?.server.id ?? 1, { labels: { 'bad key!': 'x' } })],
      ['an invalid label selector', 'label_selector', () => client.servers.list({ label_selector: 'env==' }).collect()],
    ]) {
      let err;
      try {
        await call();
      } catch (e) {
        err = e;
      }
      check(`invalid input (${what}): rejects`, err instanceof Error, describeType(err));
      check(`invalid input (${what}): not an API error`, hc.isApiError?.(err) === false && err?.status == null, `${err?.name} ${err?.status}`);
      check(`invalid input (${what}): names ${field}`, new RegExp(field).test(`${err?.field ?? ''} ${err?.message ?? ''}`), `${err?.field}: ${err?.message}`);
      if (typeof hc.isInvalidInputError === 'function') check(`invalid input (${what}): isInvalidInputError`, hc.isInvalidInputError(err) === true);
      rejected.push({ name: err?.name, code: err?.code ?? null, field: err?.field ?? null });
    }
    const after = await requestsSeen();
    check('invalid input: nothing sent', after === before, `${after - before} requests reached the emulator`);
    facts.beforeSend = rejected;
  });
  await step('error: unauthorized', async () => {
    const bad = new hc.Client({ token: 'wrong-token-123', endpoint, retries: 0 });
    let err;
    try {
      await bad.servers.get(created[0]?.server.id ?? 1);
    } catch (e) {
      err = e;
    }
    check('unauthorized: code/status', err?.code === 'unauthorized' && err?.status === 401, `${err?.code} ${err?.status}`);
    check('unauthorized: token not in error', !leaks(err, 'wrong-token-123'));
    facts.unauthorized = { name: err?.name, code: err?.code, status: err?.status };
  });
  await step('error: transport', async () => {
    // Nothing listens on port 9 of loopback: the request fails before any answer.
    const nowhere = new hc.Client({ token, endpoint: 'http://127.0.0.1:9/v1', retries: 0 });
    let err;
    try {
      await nowhere.servers.listPage({ page: 1 });
    } catch (e) {
      err = e;
    }
    check('transport: rejects with an Error', err instanceof Error, describeType(err));
    if (typeof hc.isTransportError === 'function') check('transport: isTransportError', hc.isTransportError(err) === true, err?.name);
    check('transport: not an API error, no status', hc.isApiError?.(err) === false && err?.status == null, `${err?.name} ${err?.status}`);
    check('transport: message is one line, without a stack trace', typeof err?.message === 'string' && !err.message.includes('\n') && !/wasm-function|JsValue\(/.test(err.message), JSON.stringify(err?.message ?? '').slice(0, 300));
    check('transport: token not in error', !leaks(err, token));
    facts.transport = { name: err?.name, code: err?.code ?? null };
  });
  // Faults injected into the emulator's answers (its /_emulator/faults), one kind at a time.
  const fault = (rule) =>
    fetch(`${control}/_emulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rule) });
  const clearFaults = () => fetch(`${control}/_emulator/faults`, { method: 'DELETE' });
  const failing = async (c, rule) => {
    await fault({ ...rule, path: '/v1/servers', method: 'GET' });
    try {
      await c.servers.listPage({ page: 1 });
      return undefined;
    } catch (e) {
      return e;
    } finally {
      await clearFaults();
    }
  };
  await step('error: rate limit, server error, timeout, retry', async () => {
    const noRetry = new hc.Client({ token, endpoint, retries: 0 });
    let err = await failing(noRetry, { kind: 'rate_limited', times: 1 });
    check('429: RateLimitError', hc.isRateLimitError?.(err) === true && err?.code === 'rate_limit_exceeded' && err?.status === 429, `${err?.name} ${err?.code} ${err?.status}`);
    facts.rateLimited = { name: err?.name, code: err?.code, status: err?.status };
    err = await failing(noRetry, { kind: 'status', status: 503, times: 1 });
    check('503: ServerError', (hc.isServerError ? hc.isServerError(err) : hc.isApiError?.(err)) === true && err?.status === 503, `${err?.name} ${err?.code} ${err?.status}`);
    facts.serverError = { name: err?.name, code: err?.code, status: err?.status };
    err = await failing(noRetry, { kind: 'html', status: 502, times: 1 });
    check('502 HTML page from a proxy: an error with status 502', err instanceof Error && err?.status === 502, `${err?.name} ${err?.code} ${err?.status}`);
    facts.htmlError = { name: err?.name, code: err?.code, status: err?.status };
    const quick = new hc.Client({ token, endpoint, retries: 0, timeoutMs: 300 });
    const t0 = Date.now();
    err = await failing(quick, { kind: 'latency', ms: 3000, times: 1 });
    const ms = Date.now() - t0;
    check('timeoutMs: TimeoutError', (hc.isTimeoutError ? hc.isTimeoutError(err) : err instanceof Error) === true, `${err?.name} ${err?.message}`);
    check('timeoutMs: within the deadline', ms < 2500, `${ms} ms`);
    facts.timeout = { name: err?.name, code: err?.code ?? null };
    // One 503, then the normal answer: the default policy retries (after ~1 s of backoff).
    await fault({ kind: 'status', status: 503, times: 1, path: '/v1/servers', method: 'GET' });
    try {
      const page = await new hc.Client({ token, endpoint }).servers.listPage({ page: 1 });
      check('503 once: retried, then answered', Array.isArray(page.items), JSON.stringify(page).slice(0, 100));
    } finally {
      await clearFaults();
    }
  });
  await step('get by name, find', async () => {
    const byName = await client.servers.get('web-2');
    check('servers.get(name)', (byName.server ?? byName).name === 'web-2', safeJson(byName).slice(0, 100));
    const none = await client.servers.find('no-such-server');
    check('servers.find(unknown) is null', none === null, safeJson(none));
  });
  await step('abort', async () => {
    // Latency on the next GET /v1/servers so the call is still in flight when aborted.
    await fetch(`${control}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'latency', ms: 3000, times: 1, path: '/v1/servers', method: 'GET' }),
    });
    const ac = new AbortController();
    const t0 = Date.now();
    const p = client.servers.listPage({ page: 1 }, { signal: ac.signal });
    setTimeout(() => ac.abort(), 100);
    let err;
    try {
      await p;
    } catch (e) {
      err = e;
    }
    const ms = Date.now() - t0;
    await fetch(`${control}/_emulator/faults`, { method: 'DELETE' });
    check('abort: rejects', err !== undefined, 'resolved');
    check('abort: promptly', ms < 2500, `${ms} ms`);
    facts.abort = { name: err?.name ?? null };
  });
  await step('rateLimit', async () => {
    const rl = client.rateLimit;
    check('client.rateLimit after calls', rl && rl.limit === 3600 && typeof rl.remaining === 'number', safeJson(rl));
    facts.rateLimit = { limit: rl?.limit ?? null };
  });

  // --- power off + delete one ------------------------------------------------------------
  await step('servers.powerOff / delete', async () => {
    const id = created[2].server.id;
    const off = await client.servers.powerOff(id);
    const action = off.action ?? off;
    await client.actions.wait([action], { timeoutMs: 20000 });
    const s = await client.servers.get(id);
    check('servers.powerOff: off', (s.server ?? s).status === 'off', (s.server ?? s).status);
    const del = await client.servers.delete(id);
    await client.actions.wait([del.action ?? del], { timeoutMs: 20000 });
    const left = await client.servers.list({ label_selector: 'suite=browser' }).collect();
    check('servers.delete', left.length === 2, left.map((x) => x.name).join(','));
    facts.left = left.map((x) => x.name).sort();
  });

  return { checks, facts };
}

function safeJson(v) {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function describeType(v) {
  if (v === null || v === undefined) return String(v);
  return `${v?.constructor?.name ?? typeof v}`;
}

function describe(e) {
  if (e instanceof Error) return `${e.name}${e.code ? ` (${e.code})` : ''}: ${e.message}`;
  return safeJson(e);
}

function leaks(err, token) {
  if (!err) return false;
  const texts = [String(err), err.message, err.stack, safeJson(err), safeJson(err.details)];
  return texts.some((t) => typeof t === 'string' && t.includes(token));
}
