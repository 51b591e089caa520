// Process and server helpers for the browser test (run.mjs): the emulator, a static file server,
// headless Chromium. Everything listens on loopback only; every process is started by this
// module, remembered by its pid and stopped by that pid; every wait is bounded.

import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const WASM = resolve(HERE, '..', '..');
export const REPO = resolve(WASM, '..');

/** Rejects with `what timed out after N ms` unless `promise` settles first. */
export function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const started = new Set();

/** Stops a child started by `startProcess`: TERM to its process group, KILL after `graceMs`. */
export async function stopProcess(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    started.delete(child);
    return;
  }
  const gone = new Promise((res) => child.once('exit', res));
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig); // its own process group (detached below)
    } catch {
      try {
        process.kill(child.pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  signal('SIGTERM');
  try {
    await within(graceMs, `stopping pid ${child.pid}`, gone);
  } catch {
    signal('SIGKILL');
    await within(graceMs, `killing pid ${child.pid}`, gone).catch(() => {});
  }
  started.delete(child);
}

/** Stops everything still running that this module started (by pid). */
export async function stopAll() {
  await Promise.all([...started].map((c) => stopProcess(c)));
}

function startProcess(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...opts });
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

/** Reads lines of a stream, calling `onLine` for each. */
function lines(stream, onLine) {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buf += chunk;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
}

/**
 * The emulator binary: $HETZCLOUD_EMULATOR, else $CARGO_TARGET_DIR (or <repo>/target)
 * /{debug,release}/hetzcloud-emulator, whichever is newer; null when none is built (then
 * `startEmulator` uses `cargo run`).
 */
export function emulatorBinary() {
  if (process.env.HETZCLOUD_EMULATOR) return process.env.HETZCLOUD_EMULATOR;
  const target = process.env.CARGO_TARGET_DIR || join(REPO, 'target');
  const found = ['debug', 'release']
    .map((p) => join(target, p, 'hetzcloud-emulator'))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return found[0] ?? null;
}

/**
 * Starts `hetzcloud-emulator --port 0` on 127.0.0.1 and resolves to
 * { url (…/v1), base, token, child, log } once it printed its URL (at most `timeoutMs`).
 */
export async function startEmulator({ token = 'browser-test-token', actionDuration = '300ms', timeoutMs = 300_000 } = {}) {
  const emuArgs = ['--host', '127.0.0.1', '--port', '0', '--token', token, '--action-duration', actionDuration];
  const bin = emulatorBinary();
  const child = bin
    ? startProcess(bin, emuArgs)
    : startProcess('cargo', ['run', '--quiet', '-p', 'hetzcloud-emulator', '--', ...emuArgs], { cwd: REPO });
  const log = [];
  lines(child.stderr, (l) => log.push(l));
  const url = await within(
    timeoutMs,
    `emulator start (${bin ?? 'cargo run'})`,
    new Promise((res, rej) => {
      lines(child.stdout, (l) => {
        if (/^http:\/\//.test(l.trim())) res(l.trim());
      });
      child.once('exit', (code) => rej(new Error(`emulator exited with ${code} before printing its URL:\n${log.slice(-20).join('\n')}`)));
      child.once('error', rej);
    }),
  ).catch(async (e) => {
    await stopProcess(child);
    throw e;
  });
  const u = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) {
    await stopProcess(child);
    throw new Error(`emulator is not on loopback: ${url}`);
  }
  return { url: url.replace(/\/$/, ''), base: u.origin, token, child, log, bin: bin ?? 'cargo run' };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * A static file server on 127.0.0.1 and a free port. `mounts` maps URL prefixes ('/', '/pkg/')
 * to directories; the longest prefix wins; nothing outside a mount is served. Resolves to
 * { origin, close() }. Each request is logged into `requests`.
 */
export function startStaticServer(mounts) {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    for (const [prefix, dir] of entries) {
      if (!path.startsWith(prefix)) continue;
      const root = resolve(dir);
      let file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) break;
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        statSync(file);
      } catch {
        break;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end(`not found: ${path}`);
  });
  return new Promise((res, rej) => {
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      res({
        origin: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          within(5000, 'static server close', new Promise((r) => {
            server.closeAllConnections?.();
            server.close(() => r());
          })).catch(() => {}),
      });
    });
  });
}

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath() {
  const p = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(p)) {
    throw new Error(`no Chromium at ${p}: apt-get install -y chromium chromium-driver (or set CHROMIUM)`);
  }
  return p;
}

/**
 * Launches headless Chromium through playwright-core with a fresh user-data-dir. Resolves to
 * { context, close() }; close() closes the browser, then kills its process by pid if needed,
 * then removes the profile.
 */
export async function launchChromium({ timeoutMs = 60_000 } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'hetzcloud-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    timeout: timeoutMs,
    viewport: { width: 1100, height: 700 },
  });
  // A persistent context has no Browser object to ask for the pid: find Chromium's processes by
  // the fresh profile directory on their command line (only this launch uses it).
  const pids = () => profilePids(profile);
  const pid = pids().find((p) => !pids().includes(parentPid(p))) ?? null;
  return {
    context,
    pid,
    async close() {
      await within(15_000, 'closing Chromium', context.close()).catch(() => {});
      const deadline = Date.now() + 5000;
      while (pids().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      for (const p of pids()) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Pids whose command line names `profile` (Chromium's processes of one launch). */
function profilePids(profile) {
  const out = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(`--user-data-dir=${profile}`)) out.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return out;
}

function parentPid(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
  } catch {
    return 0;
  }
}

/**
 * The npm package to test: $HETZCLOUD_JS_PKG, else wasm/ itself once wasm/build.sh has filled
 * wasm/dist (its package.json is the package's). Null when it is not built yet.
 */
export function packageDir() {
  const candidates = process.env.HETZCLOUD_JS_PKG ? [process.env.HETZCLOUD_JS_PKG] : [WASM, join(WASM, 'pkg')];
  for (const dir of candidates) {
    try {
      const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pj.name !== 'hetzcloud') continue;
      // Built: the files the package lists (or its entries) exist.
      const files = (pj.files ?? [pj.main]).filter((f) => f && !/[*]/.test(f));
      if (files.every((f) => existsSync(join(dir, f)))) return resolve(dir);
    } catch {
      /* next */
    }
  }
  return null;
}

/** The file a package.json `exports['.']` maps to under `conditions` (first match, in order). */
function exportsEntry(dir, conditions) {
  const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const pick = (e) => {
    if (typeof e === 'string') return e.endsWith('.d.ts') || e.endsWith('.d.cts') ? null : e;
    if (!e || typeof e !== 'object') return null;
    for (const cond of conditions) {
      if (cond in e) {
        const v = pick(e[cond]);
        if (v) return v;
      }
    }
    return null;
  };
  const root = pj.exports && (typeof pj.exports === 'string' || pj.exports['.'] === undefined ? pj.exports : pj.exports['.']);
  return pick(root);
}

/** The browser entry of the package (exports: browser, then import/default). */
export function browserEntry(dir) {
  const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entry = exportsEntry(dir, ['browser', 'import', 'module', 'default']) ?? pj.browser ?? pj.module ?? pj.main;
  if (!entry) throw new Error(`${dir}/package.json names no browser entry`);
  return entry.replace(/^\.\//, '');
}

/**
 * Imports the package's Node ES module entry (exports: node → import → default) by its file, as
 * Node would resolve `import 'hetzcloud'` from a project that installed it. (Importing the bare
 * name from inside wasm/ would self-reference wasm/package.json whatever package is tested.)
 */
export async function importPackage(dir) {
  const entry = exportsEntry(dir, ['node', 'import', 'default']);
  if (!entry) throw new Error(`${dir}/package.json names no Node ES module entry`);
  return import(pathToFileURL(join(dir, entry)).href);
}
