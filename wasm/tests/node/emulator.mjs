// Test harness: starts the emulator binary on a free port (`--port 0`, URL from its first line
// of output), stops it by PID. The binary: $HETZCLOUD_EMULATOR, else
// ${CARGO_TARGET_DIR:-<repo>/target}/debug/hetzcloud-emulator (`cargo build -p hetzcloud-emulator`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const TOKEN = 'js-test-token-7f3a9c';

export function emulatorPath() {
  if (process.env.HETZCLOUD_EMULATOR) return process.env.HETZCLOUD_EMULATOR;
  const target = process.env.CARGO_TARGET_DIR ?? join(repo, 'target');
  return join(target, 'debug', 'hetzcloud-emulator');
}

/** Starts an emulator; resolves to { url, base, pid, stop(), control(method, path, body) }. */
export async function startEmulator(extraArgs = []) {
  const bin = emulatorPath();
  if (!existsSync(bin)) {
    throw new Error(`emulator binary not found at ${bin}: run \`cargo build -p hetzcloud-emulator\` or set HETZCLOUD_EMULATOR`);
  }
  const child = spawn(bin, ['--port', '0', '--action-duration', '0ms', '--token', TOKEN, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('emulator did not print its URL within 20 s')), 20000);
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`emulator exited with ${code} before printing its URL`));
    });
  });
  const base = url.replace(/\/v1\/?$/, '');
  const pid = child.pid;
  const emu = {
    url,
    base,
    pid,
    async control(method, path, body) {
      const r = await fetch(`${base}/_emulator/${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!r.ok) throw new Error(`${method} /_emulator/${path}: HTTP ${r.status}: ${await r.text()}`);
      const text = await r.text();
      return text ? JSON.parse(text) : null;
    },
    reset: () => emu.control('POST', 'reset'),
    requests: () => emu.control('GET', 'requests'),
    clearRequests: () => emu.control('DELETE', 'requests'),
    fault: (rule) => emu.control('POST', 'faults', rule),
    clearFaults: () => emu.control('DELETE', 'faults'),
    settings: (s) => emu.control('PUT', 'settings', s),
    failNextAction: (rule) => emu.control('POST', 'actions/fail', rule ?? {}),
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(pid, 'SIGTERM');
      });
    },
  };
  return emu;
}

export const SSH_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGUtOBQKt9JhD7GJWBkuM2+9P2Q1Xg0UM7Iw1xI1bS7i js@test';

/** A distinct, well-formed ed25519 public key (the emulator checks the fingerprint is unique). */
export function sshKey(comment = 'js@test') {
  const part = (buf) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(buf.length);
    return Buffer.concat([len, buf]);
  };
  const blob = Buffer.concat([part(Buffer.from('ssh-ed25519')), part(randomBytes(32))]);
  return `ssh-ed25519 ${blob.toString('base64')} ${comment}`;
}
