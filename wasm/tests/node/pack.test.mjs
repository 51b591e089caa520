// Packaging: `npm pack` gives a tarball that installs into an empty project (no network: the
// package has no dependencies) and works from `node`, as CommonJS and as an ES module.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, TOKEN } from './emulator.mjs';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
let emu;
let dir;
before(async () => {
  emu = await startEmulator();
  dir = mkdtempSync(join(tmpdir(), 'hetzcloud-pack-'));
});
after(async () => {
  await emu.stop();
  rmSync(dir, { recursive: true, force: true });
});

const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('npm pack → install into an empty project → require and import work', () => {
  const out = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], pkgDir));
  const files = out[0].files.map((f) => f.path).sort();
  for (const f of ['package.json', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/node/index.cjs', 'dist/node/index.mjs',
    'dist/web/index.js', 'dist/web/hetzcloud_wasm_bg.wasm']) {
    assert.ok(files.includes(f), `${f} is in the tarball: ${files}`);
  }
  assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('tests/')), 'no sources or tests');
  const tgz = join(dir, out[0].filename);
  const app = join(dir, 'app');
  run('mkdir', ['-p', app], dir);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tgz], app);
  assert.ok(existsSync(join(app, 'node_modules/hetzcloud/dist/node/index.cjs')));

  writeFileSync(join(app, 'main.cjs'), `
const { Client, isNotFoundError } = require('hetzcloud');
(async () => {
  const c = Client.fromEnv();
  const locs = await c.locations.list().collect();
  const e = await c.servers.get(1).catch((x) => x);
  console.log(JSON.stringify({ n: locs.length, nf: isNotFoundError(e) }));
})();
`);
  writeFileSync(join(app, 'main.mjs'), `
import { Client, isNotFoundError } from 'hetzcloud';
import def from 'hetzcloud';
const c = new Client({ token: process.env.HCLOUD_TOKEN, endpoint: process.env.HCLOUD_ENDPOINT });
const { server_types } = await c.serverTypes.listPage().then((p) => p.response);
const e = await c.servers.get(1).catch((x) => x);
console.log(JSON.stringify({ n: server_types.length, nf: isNotFoundError(e), same: def.Client === Client }));
`);
  const env = { HCLOUD_TOKEN: TOKEN, HCLOUD_ENDPOINT: emu.url };
  const cjs = JSON.parse(run('node', ['main.cjs'], app, env));
  assert.ok(cjs.n > 0 && cjs.nf, JSON.stringify(cjs));
  const esm = JSON.parse(run('node', ['main.mjs'], app, env));
  assert.ok(esm.n > 0 && esm.nf && esm.same, JSON.stringify(esm));
  assert.ok(readdirSync(dir).some((f) => f.endsWith('.tgz')));
});
