// Waiting for actions with progress, batched like the core (one request per 50 per round).
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import * as hc from 'hetzcloud';
import { startEmulator, TOKEN } from './emulator.mjs';

let emu;
let client;
before(async () => {
  emu = await startEmulator();
  client = new hc.Client({ token: TOKEN, endpoint: emu.url, retries: 0, poll: { intervalMs: 50, maxIntervalMs: 100 } });
});
after(() => emu.stop());
beforeEach(() => emu.reset());
const settings = (s) => emu.settings({ action_duration_ms: 0, fail_next: [], max_per_kind: 100, ...s });

test('wait reports progress until success', async () => {
  await settings({ action_duration_ms: 600 });
  const created = await client.servers.create({ name: 'w1', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1' });
  const seen = [];
  const done = await client.actions.wait(created, { onProgress: (a) => seen.push([a.id, a.status, a.progress]) });
  const ids = [created.action.id, ...created.next_actions.map((a) => a.id)];
  assert.deepEqual(done.map((a) => a.id), ids, 'finished actions in the order given');
  assert.ok(done.every((a) => a.status === 'success' && a.progress === 100));
  const first = seen.filter(([id]) => id === created.action.id);
  assert.ok(first.length >= 2, `progress reported more than once: ${JSON.stringify(first)}`);
  assert.equal(first.at(-1)[1], 'success');
  const progress = first.map(([, , p]) => p);
  assert.deepEqual(progress, [...progress].sort((a, b) => a - b), 'progress only grows');
});

test('wait accepts ids, actions, answers and lists of them', async () => {
  const a = await client.placementGroups.create({ name: 'x', type: 'spread' });
  const { server, action } = await client.servers.create({ name: 'w2', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1' });
  const r = await client.servers.powerOff(server);
  const done = await client.actions.wait([action.id, r, String(r.action.id), r.action]);
  assert.deepEqual(done.map((x) => x.id), [action.id, r.action.id]);
  assert.deepEqual(await client.actions.wait([]), []);
  assert.ok(a.placement_group.id > 0);
});

test('many actions are polled in batches of 50', async () => {
  const { server } = await client.servers.create({ name: 'w3', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1' });
  const answers = [];
  for (let i = 0; i < 60; i++) {
    answers.push(await client.servers.changeDnsPtr(server, { ip: server.public_net.ipv4.ip, dns_ptr: `h${i}.example.com` }).catch(() => null));
  }
  const ok = answers.filter(Boolean);
  assert.ok(ok.length > 50, `${ok.length} actions`);
  await emu.clearRequests();
  const done = await client.actions.wait(ok);
  assert.equal(done.length, ok.length);
  const polls = (await emu.requests()).filter((r) => r.path === '/v1/actions');
  const ids = polls.map((r) => (r.query.match(/id=/g) ?? []).length);
  assert.deepEqual(ids, [50, ok.length - 50], 'one round: 50 ids, then the rest');
});

test('a wait with no deadline of its own uses the client poll timeout', async () => {
  await settings({ action_duration_ms: 5000 });
  const c = new hc.Client({ token: TOKEN, endpoint: emu.url, poll: { intervalMs: 50, timeoutMs: 200 } });
  const { action } = await c.servers.create({ name: 'w4', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1' });
  await assert.rejects(c.actions.wait(action), hc.WaitTimeoutError);
});

test('an exception in onProgress rejects the wait with it', async () => {
  const { action } = await client.servers.create({ name: 'w5', server_type: 'cpx11', image: 'ubuntu-24.04', location: 'fsn1' });
  await assert.rejects(client.actions.wait(action, { onProgress: () => { throw new RangeError('mine'); } }), RangeError);
});

test('waiting for an unknown action is an error', async () => {
  await assert.rejects(client.actions.wait(987654), (e) => hc.isHetzcloudError(e));
});
