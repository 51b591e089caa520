// Every error class from a real answer of the emulator (or a real failure to get one).
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import * as hc from 'hetzcloud';
import { startEmulator, TOKEN, SSH_KEY } from './emulator.mjs';

const { Client } = hc;
let emu;
let client;
before(async () => {
  emu = await startEmulator(['--read-only-token', 'read-only-token-1']);
  client = new Client({ token: TOKEN, endpoint: emu.url, retries: 0 });
});
after(() => emu.stop());
beforeEach(() => emu.reset());

const settings = (s) => emu.settings({ action_duration_ms: 0, fail_next: [], max_per_kind: 100, ...s });

/** Asserts the common shape and that the token shows nowhere. */
function checkError(e, cls, guard, code) {
  assert.ok(e instanceof cls, `${e?.name}: ${e?.message}`);
  assert.ok(e instanceof hc.HetzcloudError);
  assert.ok(e instanceof Error);
  assert.ok(guard(e), `${guard.name} is true`);
  assert.ok(hc.isHetzcloudError(e));
  if (code) assert.equal(e.code, code);
  for (const text of [e.message, String(e), e.stack ?? '', JSON.stringify(e)]) {
    assert.ok(!text.includes(TOKEN), `token in ${text}`);
  }
  return e;
}

async function rejects(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  assert.fail('expected a rejection');
}

test('not_found → NotFoundError with status, code, correlation id', async () => {
  const e = checkError(await rejects(client.servers.get(424242)), hc.NotFoundError, hc.isNotFoundError, 'not_found');
  assert.equal(e.status, 404);
  assert.ok(hc.isApiError(e));
  assert.match(e.correlationId, /\w+/);
  assert.equal(e.name, 'HetzcloudNotFoundError');
  assert.match(e.apiMessage, /not found/i);
});

test('uniqueness_error → UniquenessError with details.fields', async () => {
  await client.sshKeys.create({ name: 'dup', public_key: SSH_KEY });
  const e = checkError(
    await rejects(client.sshKeys.create({ name: 'dup', public_key: SSH_KEY })),
    hc.UniquenessError,
    hc.isUniquenessError,
    'uniqueness_error',
  );
  assert.equal(e.status, 409);
  assert.ok(Array.isArray(e.details.fields) && e.details.fields.length > 0, JSON.stringify(e.details));
});

test('invalid_input from the server → ApiError with field details', async () => {
  // Well-formed for the client (a string), rejected by the API (not an IP range).
  const e = checkError(
    await rejects(client.networks.create({ name: 'n', ip_range: 'not-a-range' })),
    hc.ApiError,
    hc.isApiError,
    'invalid_input',
  );
  assert.ok(!hc.isInvalidInputError(e), 'client-side InvalidInputError is only for what was never sent');
  assert.ok(e.status === 400 || e.status === 422);
  assert.ok(e.details?.fields?.length > 0, JSON.stringify(e.details));
});

test('protected → ProtectedError', async () => {
  const { server } = await client.servers.create({ name: 'p1', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1' });
  await client.actions.wait(await client.servers.changeProtection(server, { delete: true, rebuild: true }));
  const e = checkError(await rejects(client.servers.delete(server)), hc.ProtectedError, hc.isProtectedError, 'protected');
  assert.equal(e.status, 423);
});

test('locked → LockedError (an action is running)', async () => {
  await settings({ action_duration_ms: 5000 });
  const { server } = await client.servers.create({ name: 'l1', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1' });
  const e = checkError(await rejects(client.servers.reboot(server)), hc.LockedError, hc.isLockedError, 'locked');
  assert.equal(e.status, 423);
});

test('conflict → ConflictError (resetting the password of a server that is off)', async () => {
  const { server } = await client.servers.create({
    name: 'c1', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1', start_after_create: false,
  });
  const e = checkError(await rejects(client.servers.resetPassword(server)), hc.ConflictError, hc.isConflictError, 'conflict');
  assert.equal(e.status, 409);
});

test('resource_limit_exceeded → ResourceLimitError with details.limits', async () => {
  await settings({ max_per_kind: 1 });
  await client.placementGroups.create({ name: 'pg1', type: 'spread' });
  const e = checkError(
    await rejects(client.placementGroups.create({ name: 'pg2', type: 'spread' })),
    hc.ResourceLimitError,
    hc.isResourceLimitError,
    'resource_limit_exceeded',
  );
  assert.equal(e.status, 403);
});

test('rate_limit_exceeded → RateLimitError; client.rateLimit reflects it', async () => {
  await emu.fault({ kind: 'rate_limited', times: 1 });
  const e = checkError(await rejects(client.locations.listPage()), hc.RateLimitError, hc.isRateLimitError, 'rate_limit_exceeded');
  assert.equal(e.status, 429);
  assert.equal(client.rateLimit.remaining, 0);
});

test('5xx → ServerError; an HTML page from a proxy too', async () => {
  await emu.fault({ kind: 'status', status: 503, times: 1 });
  let e = checkError(await rejects(client.locations.listPage()), hc.ServerError, hc.isServerError);
  assert.equal(e.status, 503);
  await emu.fault({ kind: 'html', status: 502, times: 1 });
  e = checkError(await rejects(client.locations.listPage()), hc.ServerError, hc.isServerError);
  assert.equal(e.status, 502);
  assert.match(e.message, /502/);
});

test('retries recover from a transient 503 (default policy, short backoff)', async () => {
  const c = new Client({ token: TOKEN, endpoint: emu.url, retries: { maxRetries: 2, baseDelayMs: 10 } });
  await emu.fault({ kind: 'status', status: 503, times: 1 });
  const page = await c.locations.listPage();
  assert.ok(page.items.length > 0);
});

test('unauthorized → UnauthorizedError; the wrong token is never shown', async () => {
  const bad = 'wrong-token-secret-value';
  const c = new Client({ token: bad, endpoint: emu.url, retries: 0 });
  const e = checkError(await rejects(c.servers.listPage()), hc.UnauthorizedError, hc.isUnauthorizedError, 'unauthorized');
  assert.equal(e.status, 401);
  assert.ok(!JSON.stringify({ ...e, m: e.message, s: e.stack }).includes(bad));
});

test('read-only token writing → ForbiddenError', async () => {
  const c = new Client({ token: 'read-only-token-1', endpoint: emu.url, retries: 0 });
  const e = checkError(
    await rejects(c.sshKeys.create({ name: 'ro', public_key: SSH_KEY })),
    hc.ForbiddenError,
    hc.isForbiddenError,
  );
  assert.ok(['token_readonly', 'forbidden'].includes(e.code), e.code);
});

test('dropped connection → TransportError', async () => {
  await emu.fault({ kind: 'drop', times: 1 });
  const e = checkError(await rejects(client.locations.listPage()), hc.TransportError, hc.isTransportError, 'transport_error');
  assert.equal(e.status, null);
});

test('nothing listening → TransportError', async () => {
  const c = new Client({ token: TOKEN, endpoint: 'http://127.0.0.1:9/v1', retries: 0 });
  checkError(await rejects(c.locations.listPage()), hc.TransportError, hc.isTransportError);
});

test('slow answer → TimeoutError', async () => {
  await emu.fault({ kind: 'latency', ms: 2000, times: 1 });
  const e = checkError(
    await rejects(client.locations.listPage({}, { timeoutMs: 200 })),
    hc.TimeoutError,
    hc.isTimeoutError,
    'request_timeout',
  );
  assert.equal(e.timeoutMs, 200);
});

test('truncated body → DecodeError or TransportError', async () => {
  await emu.fault({ kind: 'truncate', times: 1 });
  const e = await rejects(client.locations.listPage());
  assert.ok(hc.isDecodeError(e) || hc.isTransportError(e), `${e.name}: ${e.message}`);
  checkError(e, hc.HetzcloudError, hc.isHetzcloudError);
});

test('failed action → ActionFailedError listing the action', async () => {
  await emu.failNextAction({ command: 'start_server', code: 'action_failed', message: 'no luck' });
  const { server } = await client.servers.create({
    name: 'f1', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1', start_after_create: false,
  });
  const started = await client.servers.powerOn(server);
  const e = checkError(await rejects(client.actions.wait(started)), hc.ActionFailedError, hc.isActionFailedError, 'action_failed');
  assert.equal(e.actions.length, 1);
  assert.equal(e.actions[0].id, started.action.id);
  assert.equal(e.actions[0].message, 'no luck');
});

test('wait deadline → WaitTimeoutError listing what is pending', async () => {
  await settings({ action_duration_ms: 10000 });
  const { action } = await client.servers.create({ name: 'w1', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1' });
  const e = checkError(
    await rejects(client.actions.wait(action, { timeoutMs: 300, poll: { intervalMs: 50 } })),
    hc.WaitTimeoutError,
    hc.isWaitTimeoutError,
    'wait_timeout',
  );
  assert.equal(e.pending[0].id, action.id);
  assert.ok(e.waitedMs >= 250);
});

test('guards reject what is not theirs', () => {
  assert.equal(hc.isApiError(new Error('x')), false);
  assert.equal(hc.isHetzcloudError(null), false);
  assert.equal(hc.isRateLimitError(undefined), false);
  assert.equal(hc.isNotFoundError({ code: 'not_found' }), false);
});
