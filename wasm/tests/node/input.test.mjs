// Invalid input is rejected before anything is sent: the emulator's request log stays empty.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import * as hc from 'hetzcloud';
import { startEmulator, TOKEN } from './emulator.mjs';

let emu;
let client;
before(async () => {
  emu = await startEmulator();
  client = new hc.Client({ token: TOKEN, endpoint: emu.url, retries: 0 });
});
after(() => emu.stop());
beforeEach(async () => {
  await emu.reset();
});

const cases = [
  ['missing required body field', (c) => c.servers.create({ name: 'x' }), 'server_type'],
  ['unknown argument', (c) => c.sshKeys.create({ name: 'k', public_key: 'ssh-ed25519 AAAA', colour: 'red' }), 'colour'],
  ['ill-typed argument', (c) => c.volumes.create({ name: 'v', size: 'big', location: 'fsn1' }), 'size'],
  ['invalid label key', (c) => c.sshKeys.update(1, { labels: { 'bad key!': 'x' } }), 'labels'],
  ['invalid label selector', (c) => c.servers.listPage({ label_selector: 'env==' }), 'label_selector'],
  ['per_page above the maximum', (c) => c.servers.listPage({ per_page: 5000 }), 'per_page'],
  ['page below 1', (c) => c.servers.listPage({ page: 0 }), 'page'],
  ['enum value of the wrong type', (c) => c.servers.listPage({ status: 7 }), 'status'],
  ['missing path parameter', (c) => c.servers.powerOff(undefined), 'id'],
  ['non-integer id', (c) => c.servers.get(1.5), 'id'],
  ['args not an object', (c) => c.servers.create('web-1'), 'args'],
  ['unknown call option', (c) => c.servers.listPage({}, { timeout: 5 }), 'options.timeout'],
  ['signal not an AbortSignal', (c) => c.servers.listPage({}, { signal: 'stop' }), 'options.signal'],
  ['not JSON-serialisable', (c) => c.sshKeys.create({ name: 'k', public_key: 1n }), 'args'],
  ['list with an invalid selector (at first next())', (c) => c.servers.list({ label_selector: '!!' }).collect(), 'label_selector'],
  ['wait with something that is no action', (c) => c.actions.wait([{ name: 'x' }]), 'actions'],
  ['wait with a negative id', (c) => c.actions.wait(-3), 'actions'],
];

for (const [what, call, field] of cases) {
  test(`rejected before sending: ${what}`, async () => {
    await emu.clearRequests();
    let error;
    try {
      await call(client);
    } catch (e) {
      error = e;
    }
    assert.ok(error, 'rejected');
    assert.ok(hc.isInvalidInputError(error), `${error.name}: ${error.message}`);
    assert.ok(error instanceof hc.HetzcloudError);
    assert.equal(error.code, 'invalid_input');
    assert.equal(error.status, null);
    assert.ok(error.field.startsWith(field) || error.field.includes(field), `field ${error.field} names ${field}`);
    assert.deepEqual(await emu.requests(), [], 'nothing was sent');
  });
}

test('client options are checked', () => {
  assert.throws(() => new hc.Client({ endpoint: 'api.hetzner.cloud' }), hc.InvalidInputError);
  assert.throws(() => new hc.Client({ token: 'has space' }), (e) => hc.isInvalidInputError(e) && !e.message.includes('has space'));
  assert.throws(() => new hc.Client({ tokn: 'x' }), /options\.tokn/);
  assert.throws(() => new hc.Client({ timeoutMs: -1 }), /options\.timeoutMs/);
  assert.throws(() => new hc.Client('token'), hc.InvalidInputError);
});
