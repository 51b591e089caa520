// An AbortSignal cancels any call: the request is dropped and the call rejects with AbortError.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import * as hc from 'hetzcloud';
import { startEmulator, TOKEN, sshKey } from './emulator.mjs';

let emu;
let client;
before(async () => {
  emu = await startEmulator();
  client = new hc.Client({ token: TOKEN, endpoint: emu.url, retries: 0 });
});
after(() => emu.stop());
beforeEach(() => emu.reset());

test('aborting a slow call rejects at once with AbortError (cause: the reason)', async () => {
  await emu.fault({ kind: 'latency', ms: 3000, times: 1 });
  const ctl = new AbortController();
  const started = Date.now();
  setTimeout(() => ctl.abort(new Error('user gave up')), 100);
  await assert.rejects(client.servers.listPage({}, { signal: ctl.signal }), (e) => {
    assert.ok(hc.isAbortError(e));
    assert.equal(e.name, 'AbortError');
    assert.equal(e.code, 'aborted');
    assert.equal(e.cause.message, 'user gave up');
    return true;
  });
  assert.ok(Date.now() - started < 1500, `took ${Date.now() - started} ms`);
});

test('an already aborted signal sends nothing', async () => {
  await emu.clearRequests();
  await assert.rejects(client.servers.listPage({}, { signal: AbortSignal.abort() }), hc.AbortError);
  await assert.rejects(client.servers.list({}, { signal: AbortSignal.abort() }).collect(), hc.AbortError);
  await assert.rejects(client.actions.wait(1, { signal: AbortSignal.abort() }), hc.AbortError);
  assert.deepEqual(await emu.requests(), []);
});

test('AbortSignal.timeout works as a deadline', async () => {
  await emu.fault({ kind: 'latency', ms: 3000, times: 1 });
  await assert.rejects(client.locations.listPage({}, { signal: AbortSignal.timeout(100) }), (e) => {
    assert.ok(hc.isAbortError(e));
    assert.equal(e.cause?.name, 'TimeoutError');
    return true;
  });
});

test('aborting a list iteration stops it', async () => {
  for (let i = 0; i < 6; i++) await client.sshKeys.create({ name: `k${i}`, public_key: sshKey() });
  const ctl = new AbortController();
  const seen = [];
  await emu.fault({ kind: 'latency', ms: 3000, path: '/v1/ssh_keys', method: 'GET' });
  setTimeout(() => ctl.abort(), 100);
  await assert.rejects(
    (async () => {
      for await (const k of client.sshKeys.list({ per_page: 2 }, { signal: ctl.signal })) seen.push(k);
    })(),
    hc.AbortError,
  );
  assert.equal(seen.length, 0);
  await emu.clearFaults();
});

test('aborting a wait stops polling', async () => {
  await emu.settings({ action_duration_ms: 20000, fail_next: [], max_per_kind: 100 });
  const created = await client.servers.create({ name: 'a1', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1' });
  const ctl = new AbortController();
  const progress = [];
  setTimeout(() => ctl.abort(), 300);
  await assert.rejects(
    client.actions.wait(created, { signal: ctl.signal, poll: { intervalMs: 50 }, onProgress: (a) => progress.push(a) }),
    hc.AbortError,
  );
  assert.ok(progress.length >= 1);
  await emu.clearRequests();
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(await emu.requests(), [], 'no polling after the abort');
});

test('a call finished before the abort is unaffected', async () => {
  const ctl = new AbortController();
  const page = await client.locations.listPage({}, { signal: ctl.signal });
  ctl.abort();
  assert.ok(page.items.length > 0);
});
