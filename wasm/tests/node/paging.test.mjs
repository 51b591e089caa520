// Lists: async iteration over every page, collect(), listPage(), filters, early exit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as hc from 'hetzcloud';
import { startEmulator, TOKEN, sshKey } from './emulator.mjs';

const N = 57;
let emu;
let client;
before(async () => {
  emu = await startEmulator();
  client = new hc.Client({ token: TOKEN, endpoint: emu.url, retries: 0 });
  for (let i = 0; i < N; i++) {
    await client.sshKeys.create({ name: `key-${String(i).padStart(3, '0')}`, public_key: sshKey(), labels: { parity: i % 2 ? 'odd' : 'even' } });
  }
});
after(() => emu.stop());

const pageRequests = async () =>
  (await emu.requests()).filter((r) => r.method === 'GET' && r.path === '/v1/ssh_keys');

test('for await goes over every page in order', async () => {
  await emu.clearRequests();
  const names = [];
  for await (const k of client.sshKeys.list({ per_page: 10, sort: 'name:asc' })) names.push(k.name);
  assert.equal(names.length, N);
  assert.deepEqual(names, [...names].sort());
  assert.equal((await pageRequests()).length, 6, 'ceil(57 / 10) pages');
});

test('collect() with the default page size (the maximum: one request)', async () => {
  await emu.clearRequests();
  const all = await client.sshKeys.list().collect();
  assert.equal(all.length, N);
  assert.ok(all.every((k) => typeof k.id === 'number'));
  const reqs = await pageRequests();
  assert.equal(reqs.length, 2, JSON.stringify(reqs.map((r) => r.query)));
});

test('filters: label_selector and sort as one value or a list', async () => {
  const odd = await client.sshKeys.list({ label_selector: 'parity=odd', sort: ['name:desc'] }).collect();
  assert.equal(odd.length, Math.floor(N / 2));
  assert.ok(odd.every((k) => k.labels.parity === 'odd'));
  assert.equal(odd[0].name > odd[odd.length - 1].name, true);
});

test('breaking out early stops fetching', async () => {
  await emu.clearRequests();
  let n = 0;
  for await (const _ of client.sshKeys.list({ per_page: 5 })) {
    if (++n === 3) break;
  }
  assert.equal(n, 3);
  // Page 1, plus at most the pages fetched ahead concurrently (4 by default).
  assert.ok((await pageRequests()).length <= 5);
});

test('listPage() returns one page with its pagination', async () => {
  const page = await client.sshKeys.listPage({ page: 2, per_page: 25 });
  assert.equal(page.items.length, 25);
  assert.equal(page.pagination.page, 2);
  assert.equal(page.pagination.per_page, 25);
  assert.equal(page.pagination.total_entries, N);
  assert.equal(page.pagination.next_page, 3);
  assert.equal(page.response.ssh_keys.length, 25);
  const last = await client.sshKeys.listPage({ page: 3, per_page: 25 });
  assert.equal(last.items.length, N - 50);
  assert.equal(last.pagination.next_page, null);
});

test('an empty list', async () => {
  assert.deepEqual(await client.volumes.list().collect(), []);
  const page = await client.volumes.listPage();
  assert.deepEqual(page.items, []);
});

test('two iterations of one list are independent', async () => {
  const list = client.sshKeys.list({ per_page: 20 });
  const [a, b] = await Promise.all([list.collect(), list.collect()]);
  assert.equal(a.length, N);
  assert.deepEqual(a, b);
});

test('next() calls that overlap still give every item once', async () => {
  const it = client.sshKeys.list({ per_page: 7 })[Symbol.asyncIterator]();
  const results = await Promise.all(Array.from({ length: N + 2 }, () => it.next()));
  const ids = results.filter((r) => !r.done).map((r) => r.value.id);
  assert.equal(ids.length, N);
  assert.equal(new Set(ids).size, N);
  assert.ok(results.slice(N).every((r) => r.done));
});

test('get(idOrName) and find(idOrName)', async () => {
  const one = (await client.sshKeys.listPage({ name: 'key-007' })).items[0];
  assert.equal((await client.sshKeys.get(one.id)).ssh_key.name, 'key-007');
  assert.equal((await client.sshKeys.get(String(one.id))).ssh_key.id, one.id);
  assert.equal((await client.sshKeys.get('key-007')).ssh_key.id, one.id);
  assert.equal((await client.sshKeys.get(one)).ssh_key.id, one.id, 'a model object stands for its id');
  assert.equal((await client.sshKeys.find('key-007')).id, one.id);
  assert.equal(await client.sshKeys.find('no-such-key'), null);
  assert.equal(await client.sshKeys.find(999999), null);
  await assert.rejects(client.sshKeys.get('no-such-key'), hc.NotFoundError);
});
