// The client: construction, fromEnv, rate limit, model objects for references, the token
// never shown, CommonJS and ES module entries.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as hc from 'hetzcloud';
import { startEmulator, TOKEN, sshKey } from './emulator.mjs';

const require = createRequire(import.meta.url);
let emu;
let client;
before(async () => {
  emu = await startEmulator();
  client = new hc.Client({ token: TOKEN, endpoint: emu.url, application: { name: 'js-tests', version: '1.0' } });
});
after(() => emu.stop());

test('require() and import give the same classes (one instance)', () => {
  const cjs = require('hetzcloud');
  assert.equal(cjs.Client, hc.Client);
  assert.equal(cjs.NotFoundError, hc.NotFoundError);
  assert.equal(typeof cjs.isRateLimitError, 'function');
});

test('every handle of the API is on the client', () => {
  const handles = new Set(Object.values(hc.OPERATIONS).map(([h]) => h));
  for (const h of handles) assert.equal(typeof client[h], 'object', h);
  assert.ok(handles.has('servers') && handles.has('loadBalancers') && handles.has('zones'));
  assert.equal(Object.keys(hc.OPERATIONS).length, 189);
  const seen = new Map();
  for (const [id, [h, m, paged]] of Object.entries(hc.OPERATIONS)) {
    assert.equal(typeof client[h][m], 'function', `${id}: ${h}.${m}`);
    if (paged) assert.equal(typeof client[h][`${m}Page`], 'function', `${id}: ${h}.${m}Page`);
    for (const name of paged ? [m, `${m}Page`] : [m]) {
      assert.ok(!seen.has(`${h}.${name}`), `${id} and ${seen.get(`${h}.${name}`)} share ${h}.${name}`);
      seen.set(`${h}.${name}`, id);
    }
  }
});

test('the token never shows: inspect, toString, JSON, errors', async () => {
  for (const text of [inspect(client, { depth: 5, showHidden: true }), String(client), JSON.stringify(client)]) {
    assert.ok(!text.includes(TOKEN), text);
  }
  assert.match(String(client), /127\.0\.0\.1/);
  const e = await client.servers.get(1).catch((x) => x);
  assert.ok(!inspect(e, { showHidden: true }).includes(TOKEN));
});

test('rateLimit is null before the first answer, then what the API said', async () => {
  const c = new hc.Client({ token: TOKEN, endpoint: emu.url });
  assert.equal(c.rateLimit, null);
  await c.locations.listPage();
  const rl = c.rateLimit;
  assert.equal(rl.limit, 3600);
  assert.ok(rl.remaining > 0 && rl.remaining < 3600);
  assert.ok(rl.reset > Date.now() / 1000 - 5);
});

test('the User-Agent names the application', async () => {
  await emu.clearRequests();
  await client.locations.listPage();
  // The emulator records method and path; the header itself is checked by the core's tests.
  assert.equal((await emu.requests()).length, 1);
});

test('fromEnv reads HCLOUD_TOKEN / HCLOUD_ENDPOINT (process.env or given)', async () => {
  const c = hc.Client.fromEnv(undefined, { HCLOUD_TOKEN: TOKEN, HCLOUD_ENDPOINT: emu.url });
  assert.equal(c.endpoint, emu.url);
  assert.ok((await c.locations.listPage()).items.length > 0);
  const saved = { ...process.env };
  try {
    process.env.HCLOUD_TOKEN = TOKEN;
    process.env.HCLOUD_ENDPOINT = emu.url;
    const d = hc.Client.fromEnv();
    assert.ok((await d.serverTypes.listPage()).items.length > 0);
    const e = hc.Client.fromEnv({ endpoint: 'http://127.0.0.1:9/v1' });
    assert.equal(e.endpoint, 'http://127.0.0.1:9/v1', 'options override the environment');
  } finally {
    process.env = saved;
  }
});

test('fromEnv reads HCLOUD_TOKEN_FILE', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hetzcloud-js-'));
  try {
    const file = join(dir, 'token');
    writeFileSync(file, `${TOKEN}\n`);
    const c = hc.Client.fromEnv(undefined, { HCLOUD_TOKEN_FILE: file, HCLOUD_ENDPOINT: emu.url });
    assert.ok((await c.locations.listPage()).items.length > 0);
    assert.throws(
      () => hc.Client.fromEnv(undefined, { HCLOUD_TOKEN_FILE: join(dir, 'missing') }),
      (e) => hc.isInvalidInputError(e) && e.field === 'HCLOUD_TOKEN_FILE',
    );
    assert.throws(() => hc.Client.fromEnv(undefined, { HCLOUD_POLL_INTERVAL: 'soon' }), /HCLOUD_POLL_INTERVAL/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('model objects stand for their ids wherever a resource is referenced', async () => {
  await emu.reset();
  const { ssh_key } = await client.sshKeys.create({ name: 'm1', public_key: sshKey() });
  const { placement_group } = await client.placementGroups.create({ name: 'pg', type: 'spread' });
  const { network } = await client.networks.create({ name: 'net', ip_range: '10.0.0.0/16',
    subnets: [{ type: 'cloud', network_zone: 'eu-central', ip_range: '10.0.1.0/24' }] });
  const { firewall } = await client.firewalls.create({ name: 'fw' });
  const types = await client.serverTypes.list().collect();
  const created = await client.servers.create({
    name: 'm-srv', server_type: types[0], image: 'ubuntu-24.04', location: 'fsn1',
    ssh_keys: [ssh_key], placement_group, networks: [network], firewalls: [{ firewall }],
  });
  await client.actions.wait(created);
  const { server } = await client.servers.get(created.server);
  assert.equal(server.placement_group.id, placement_group.id);
  assert.deepEqual(server.private_net.map((n) => n.network), [network.id]);
  const { volume, action } = await client.volumes.create({ name: 'vol', size: 10, server, automount: false });
  await client.actions.wait(action);
  assert.equal((await client.volumes.get(volume)).volume.server, server.id);
  assert.deepEqual(server.public_net.firewalls.map((f) => f.id), [firewall.id]);
  const r = await client.firewalls.removeFromResources(firewall, { remove_from: [{ type: 'server', server }] });
  await client.actions.wait(r);
});

test('answers are plain objects with snake_case fields; 204 answers are undefined', async () => {
  const { ssh_key } = await client.sshKeys.create({ name: 'plain', public_key: sshKey() });
  assert.equal(Object.getPrototypeOf(ssh_key), Object.prototype);
  assert.equal(typeof ssh_key.id, 'number');
  assert.equal(typeof ssh_key.created, 'string');
  assert.ok('public_key' in ssh_key);
  assert.equal(await client.sshKeys.delete(ssh_key), undefined);
});
