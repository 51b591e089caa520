#!/usr/bin/env node
// Browser test of the hetzcloud npm package: headless Chromium (Debian's, driven by
// playwright-core) against the emulator, across origins. See README.md beside this file.
//
//   node wasm/tests/browser/run.mjs [--cors-only] [--no-node] [--artifacts DIR]
//
// 1. starts the emulator on 127.0.0.1 (a built binary, else `cargo run`), and a static file
//    server on 127.0.0.1 and another port (another origin: every API call is cross-origin);
// 2. test page: CORS checks with raw fetch, then the shared scenario (scenario.mjs) through the
//    package's browser build: create, list (for await, collect, listPage), wait with progress,
//    errors (not_found, uniqueness_error, invalid_input, unauthorized, rejected before sending),
//    abort, rateLimit, power off + delete;
// 3. the same scenario in Node through the package's Node build, against the emulator reset, and
//    a comparison of the two;
// 4. the example page (wasm/examples/browser): fills endpoint + token, submits, waits for the
//    table, takes a screenshot, checks every row against the emulator's own answer; then a wrong
//    token and the error display (second screenshot).
// Exit status 0 only when every check passed. Every process is stopped by its pid.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  HERE, WASM, browserEntry, launchChromium, importPackage, packageDir, startEmulator, startStaticServer, stopAll, stopProcess, within,
} from './harness.mjs';
import { run as scenario } from './scenario.mjs';

const argv = process.argv.slice(2);
const corsOnly = argv.includes('--cors-only');
const withNode = !argv.includes('--no-node');
const pack = !argv.includes('--no-pack');
const artifactsArg = argv.indexOf('--artifacts');
const ARTIFACTS = resolve(
  artifactsArg >= 0 ? argv[artifactsArg + 1] : process.env.HETZCLOUD_BROWSER_ARTIFACTS || mkdtempSync(join(tmpdir(), 'hetzcloud-browser-')),
);
mkdirSync(ARTIFACTS, { recursive: true });
const TOTAL_MS = Number(process.env.HETZCLOUD_BROWSER_TIMEOUT_MS || 600_000);

const results = []; // { group, name, ok, detail }
const record = (group, checks) => {
  for (const c of checks) {
    results.push({ group, ...c });
    console.log(`${c.ok ? 'ok  ' : 'FAIL'} [${group}] ${c.name}${c.detail ? ` — ${c.detail}` : ''}`);
  }
};
const one = (group, name, ok, detail = '') => record(group, [{ name, ok: !!ok, detail: ok ? '' : String(detail) }]);
const T0 = Date.now();
const phase = (what) => console.log(`--- ${what} (at ${((Date.now() - T0) / 1000).toFixed(1)} s)`);

let emu;
let web;
let browser;
const cleanup = async () => {
  if (browser) await browser.close();
  browser = undefined;
  if (web) await web.close();
  web = undefined;
  if (emu) await stopProcess(emu.child);
  emu = undefined;
  await stopAll();
};
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    console.log(`browser test: ${sig}, stopping`);
    cleanup().finally(() => process.exit(130));
  });
}

async function api(path, init = {}) {
  const r = await fetch(`${emu.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${emu.token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
  const text = await r.text();
  const body = text ? JSON.parse(text) : null;
  if (!r.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${r.status} ${text.slice(0, 200)}`);
  return body;
}
const control = (path, init = {}) => fetch(`${emu.base}/_emulator${path}`, init);

async function waitActions(ids) {
  const deadline = Date.now() + 20_000;
  for (const id of ids) {
    for (;;) {
      const { action } = await api(`/actions/${id}`);
      if (action.status === 'success') break;
      if (action.status === 'error') throw new Error(`action ${id} failed: ${JSON.stringify(action.error)}`);
      if (Date.now() > deadline) throw new Error(`action ${id} still ${action.status} after 20 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Servers for the example page, made with raw HTTP (not the package under test). */
async function seedExample() {
  await control('/reset', { method: 'POST' });
  const specs = [
    { name: 'api-1', server_type: 'cx22', image: 'ubuntu-24.04', location: 'fsn1', labels: { env: 'prod', role: 'api' } },
    { name: 'api-2', server_type: 'cx32', image: 'ubuntu-24.04', location: 'nbg1', labels: { env: 'prod', role: 'api' } },
    { name: 'batch', server_type: 'cpx11', image: 'ubuntu-22.04', location: 'hel1', labels: {} },
    { name: 'db-1', server_type: 'cx42', image: 'ubuntu-24.04', location: 'fsn1', labels: { env: 'prod', role: 'db', backup: '' }, public_net: { enable_ipv4: false, enable_ipv6: true } },
  ];
  const ids = [];
  for (const s of specs) {
    const r = await api('/servers', { method: 'POST', body: JSON.stringify(s) });
    ids.push(r.action.id, ...(r.next_actions ?? []).map((a) => a.id));
  }
  await waitActions(ids);
  const batch = (await api('/servers?name=batch')).servers[0];
  const off = await api(`/servers/${batch.id}/actions/poweroff`, { method: 'POST' });
  await waitActions([off.action.id]);
}

const labelsText = (labels) =>
  Object.entries(labels ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => (v === '' ? k : `${k}=${v}`))
    .join(' ');

async function examplePage(origin) {
  const G = 'example';
  await seedExample();
  const expected = (await api('/servers?sort=name:asc&per_page=50')).servers.map((s) => [
    s.name,
    s.status,
    s.server_type.name,
    s.location.name,
    s.public_net.ipv4?.ip ?? '—',
    labelsText(s.labels),
  ]);
  const page = await browser.context.newPage();
  const problems = [];
  let failLoad;
  const loadFailed = new Promise((_, reject) => {
    failLoad = reject;
  });
  loadFailed.catch(() => {});
  page.on('pageerror', (e) => {
    problems.push(`pageerror: ${e.message}`);
    const err = new Error(`the example page failed: ${e.message}`);
    err.stack = err.message;
    failLoad(err);
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  try {
    await page.goto(`${origin}/example/`, { timeout: 30_000, waitUntil: 'load' });
    // The module (and the package it imports) is loaded and ran, or it failed: do not wait 30 s.
    await Promise.race([loadFailed, page.waitForLoadState('networkidle', { timeout: 30_000 })]);
    await page.fill('#endpoint', emu.url);
    await page.fill('#token', emu.token);
    await page.click('#submit');
    await Promise.race([loadFailed, page.waitForSelector('#servers:not([hidden]), #error:not([hidden])', { timeout: 30_000 })]);
    const shot = join(ARTIFACTS, 'example-table.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot: ${shot}`);
    const err = await page.$eval('#error', (e) => (e.hidden ? null : e.textContent));
    one(G, 'table shown, no error', err === null, err);
    const rows = await page.$$eval('#servers tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td, i) => (i === 5 ? [...td.querySelectorAll('.label')].map((s) => s.textContent).join(' ') : td.textContent.trim()))),
    );
    const headers = await page.$$eval('#servers thead th', (ths) => ths.map((t) => t.textContent.trim()));
    one(G, 'columns: name, status, type, location, IPv4, labels', headers.join('|') === 'Name|Status|Type|Location|IPv4|Labels', headers.join('|'));
    one(G, `${expected.length} rows, as the emulator lists them`, rows.length === expected.length, `${rows.length} rows`);
    for (const exp of expected) {
      const got = rows.find((r) => r[0] === exp[0]);
      one(G, `row ${exp[0]}: ${exp.slice(1).join(' | ')}`, got && JSON.stringify(got) === JSON.stringify(exp), got ? JSON.stringify(got) : 'missing');
    }
    const statusText = await page.textContent('#status');
    one(G, 'status line counts the servers', statusText?.trim() === `${expected.length} servers`, statusText);

    // Label selector narrows the list.
    await page.fill('#label-selector', 'role=api');
    await page.click('#submit');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('server'), null, { timeout: 30_000 });
    const names = await page.$$eval('#servers tbody tr td:first-child', (tds) => tds.map((t) => t.textContent));
    one(G, 'label selector role=api', names.join(',') === 'api-1,api-2', names.join(','));

    // A wrong token: the API's error is shown, the table hidden, the token nowhere on the page.
    await page.fill('#label-selector', '');
    await page.fill('#token', 'not-the-token-4711');
    await page.click('#submit');
    await page.waitForSelector('#error:not([hidden])', { timeout: 30_000 });
    const errShot = join(ARTIFACTS, 'example-error.png');
    await page.screenshot({ path: errShot, fullPage: true });
    console.log(`screenshot: ${errShot}`);
    const errText = await page.textContent('#error');
    one(G, 'wrong token: error shows code unauthorized and HTTP 401', /unauthorized/.test(errText) && /401/.test(errText), errText);
    one(G, 'wrong token: table hidden', await page.$eval('#servers', (t) => t.hidden));
    const html = await page.content();
    one(G, 'wrong token: not in the page text', !(await page.textContent('body')).includes('not-the-token-4711') && !html.includes(emu.token), 'token in page');

    phase('example page: unreachable endpoint');
    // An endpoint where nothing listens: a transport error, shown as such.
    await page.fill('#token', emu.token);
    await page.fill('#endpoint', 'http://127.0.0.1:9/v1');
    await page.click('#submit');
    await page.waitForSelector('#error:not([hidden])', { timeout: 60_000 });
    const tText = await page.textContent('#error');
    console.log(`unreachable endpoint shows: ${JSON.stringify(tText)}`);
    one(G, 'unreachable endpoint: error shown', tText.length > 0 && !tText.includes(emu.token), tText);
    one(G, 'no page errors', problems.filter((p) => !/Failed to load resource|ERR_CONNECTION_REFUSED|401/.test(p)).length === 0, problems.join('\n'));
  } finally {
    await page.close();
  }
}

function run(cmd, args, opts = {}) {
  return new Promise((res, rej) => {
    const c = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (out += d));
    c.once('error', rej);
    c.once('exit', (code) => (code === 0 ? res(out) : rej(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.slice(-2000)}`))));
  });
}

/**
 * What users get: `npm pack` of the package, installed into an empty project; returns that
 * project's node_modules/hetzcloud (tested instead of the source directory).
 */
async function packAndInstall(dir) {
  const work = join(ARTIFACTS, 'pack');
  mkdirSync(join(work, 'project'), { recursive: true });
  const packed = await within(120_000, 'npm pack', run('npm', ['pack', '--json', '--pack-destination', work], { cwd: dir }));
  const tarball = join(work, JSON.parse(packed.slice(packed.indexOf('[')))[0].filename);
  writeFileSync(join(work, 'project', 'package.json'), JSON.stringify({ name: 'empty-project', private: true }));
  await within(120_000, 'npm install <tarball>', run('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: join(work, 'project') }));
  const installed = join(work, 'project', 'node_modules', 'hetzcloud');
  one('setup', `npm pack → ${tarball.split('/').pop()}, installed into an empty project`, existsSync(join(installed, 'package.json')));
  return installed;
}

/**
 * Runs the ```js code blocks of docs/README-js.md (written out by wasm/tests/types/extract-readme.mjs)
 * in Node against the emulator (HCLOUD_ENDPOINT, HCLOUD_TOKEN), each in its own process
 * resolving "hetzcloud" to the package under test; each must exit 0 within 60 s.
 */
async function readmeSnippets(pkg) {
  const types = join(WASM, 'tests', 'types');
  const dir = join(types, '.readme-snippets');
  await new Promise((res, rej) => {
    const c = spawn(process.execPath, [join(types, 'extract-readme.mjs')], { stdio: 'inherit' });
    c.once('exit', (code) => (code === 0 ? res() : rej(new Error(`extract-readme.mjs exited ${code}`))));
  });
  // "hetzcloud" from .readme-snippets: wasm/tests/types/node_modules/hetzcloud -> the package.
  mkdirSync(join(types, 'node_modules'), { recursive: true });
  const link = join(types, 'node_modules', 'hetzcloud');
  rmSync(link, { force: true, recursive: false });
  symlinkSync(pkg, link, 'dir');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.mjs')).sort()) {
    await control('/reset', { method: 'POST' });
    const child = spawn(process.execPath, [join(dir, f)], {
      env: { ...process.env, HCLOUD_ENDPOINT: emu.url, HCLOUD_TOKEN: emu.token },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const code = await within(60_000, `README block ${f}`, new Promise((res) => child.once('exit', (c) => res(c)))).catch((e) => {
      child.kill('SIGKILL');
      return e.message;
    });
    const where = readFileSync(join(dir, f), 'utf8').split('\n').find((l) => l.includes('docs/README-js.md')) ?? f;
    one('readme', `${where.replace(/^\/\/ /, '')}: runs against the emulator`, code === 0, `${code}\n${out.slice(-1500)}`);
  }
}

async function testPage(origin, entry) {
  const page = await browser.context.newPage();
  const logs = [];
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  try {
    const q = new URLSearchParams({ endpoint: emu.url, token: emu.token, control: emu.base });
    if (entry) q.set('entry', entry);
    await page.goto(`${origin}/?${q}`, { timeout: 30_000 });
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 120_000 });
    const r = await page.evaluate(() => window.__result);
    if (r.error) {
      one('browser', 'test page ran', false, `${r.error}\n${logs.slice(-20).join('\n')}`);
      return null;
    }
    console.log(`browser: ${r.userAgent}; page origin ${r.origin}, API ${new URL(emu.url).origin}`);
    record('browser', r.checks);
    return r;
  } finally {
    await page.close();
  }
}

async function main() {
  const t0 = Date.now();
  let pkg = packageDir();
  if (pkg && pack && !corsOnly) {
    phase('npm pack, installed into an empty project');
    pkg = await packAndInstall(pkg);
  }
  if (!pkg && !corsOnly) {
    one('setup', 'package built (wasm/build.sh; or set HETZCLOUD_JS_PKG)', false, 'no wasm/pkg/package.json named hetzcloud');
  }
  emu = await startEmulator();
  console.log(`emulator: ${emu.url} (${emu.bin}, pid ${emu.child.pid})`);
  const mounts = { '/': join(HERE, 'page'), '/shared/': HERE };
  let entry = null;
  if (pkg && !corsOnly) {
    entry = `/node_modules/hetzcloud/${browserEntry(pkg)}`;
    mounts['/node_modules/hetzcloud/'] = pkg;
    mounts['/example/'] = join(WASM, 'examples', 'browser');
    mounts['/example/node_modules/hetzcloud/'] = pkg;
    console.log(`package: ${pkg} (browser entry ${entry})`);
  }
  web = await startStaticServer(mounts);
  console.log(`pages: ${web.origin} (pid ${process.pid}); artifacts: ${ARTIFACTS}`);
  browser = await launchChromium();
  console.log(`chromium: pid ${browser.pid}`);

  await control('/reset', { method: 'POST' });
  phase('test page in Chromium');
  const b = await testPage(web.origin, entry);

  if (b && entry && withNode) {
    await control('/reset', { method: 'POST' });
    phase('the same scenario in Node');
    const hc = await importPackage(pkg);
    const n = await within(120_000, 'Node scenario', scenario(hc, { endpoint: emu.url, token: emu.token, control: emu.base }));
    record('node', n.checks);
    const bChecks = Object.fromEntries(b.checks.filter((c) => !c.name.startsWith('cors:')).map((c) => [c.name, c.ok]));
    const nChecks = Object.fromEntries(n.checks.map((c) => [c.name, c.ok]));
    const differ = [...new Set([...Object.keys(bChecks), ...Object.keys(nChecks)])].filter((k) => bChecks[k] !== nChecks[k]);
    one('node-vs-browser', 'same checks pass in Node and in Chromium', differ.length === 0, differ.join('; '));
    for (const k of new Set([...Object.keys(b.facts), ...Object.keys(n.facts)])) {
      const bj = JSON.stringify(b.facts[k]);
      const nj = JSON.stringify(n.facts[k]);
      one('node-vs-browser', `same ${k}: ${bj}`, bj === nj, `node ${nj}`);
    }
    writeFileSync(join(ARTIFACTS, 'node-vs-browser.json'), JSON.stringify({ browser: b, node: n }, null, 2));
  }
  if (pkg && !corsOnly && withNode) {
    phase('README Node code blocks, run against the emulator');
    await readmeSnippets(pkg);
  }
  if (entry) {
    phase('example page');
    await examplePage(web.origin);
  }
  console.log(`browser test took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

let status = 0;
try {
  await within(TOTAL_MS, 'browser test', main());
} catch (e) {
  one('run', 'completed', false, e?.stack ?? e);
} finally {
  await cleanup();
}
const failed = results.filter((r) => !r.ok).length;
writeFileSync(join(ARTIFACTS, 'results.json'), JSON.stringify(results, null, 2));
console.log(`results: ${join(ARTIFACTS, 'results.json')}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
status = failed || results.length === 0 ? 1 : 0;
process.exit(status);
