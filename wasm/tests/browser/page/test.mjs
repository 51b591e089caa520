// Runs in the test page: a raw cross-origin check of the emulator (CORS), then the shared
// scenario through the package's browser build. Query: endpoint, token, control, entry
// (path of the package's browser entry on this origin; absent = CORS check only).
import { run } from '/shared/scenario.mjs';

const q = new URLSearchParams(location.search);
const endpoint = q.get('endpoint');
const token = q.get('token');
const control = q.get('control');
const entry = q.get('entry');
const out = document.getElementById('out');

async function corsChecks() {
  const checks = [];
  const check = (name, ok, detail = '') => checks.push({ name, ok: !!ok, detail: ok ? '' : String(detail) });
  // A request with Authorization is not "simple": the browser sends a preflight first.
  const r = await fetch(`${endpoint}/servers?per_page=1`, { headers: { Authorization: `Bearer ${token}` } });
  check('cors: GET /servers with Authorization from another origin', r.ok, r.status);
  check('cors: x-correlation-id exposed', !!r.headers.get('x-correlation-id'), 'header not readable');
  check('cors: ratelimit-limit exposed', r.headers.get('ratelimit-limit') === '3600', r.headers.get('ratelimit-limit'));
  const body = await r.json();
  check('cors: JSON body readable', Array.isArray(body.servers), JSON.stringify(body).slice(0, 100));
  check('cors: page origin differs from the API', new URL(endpoint).origin !== location.origin, location.origin);
  return checks;
}

async function main() {
  const result = { origin: location.origin, userAgent: navigator.userAgent, checks: [], facts: {} };
  result.checks.push(...(await corsChecks()));
  if (entry) {
    const hc = await import(entry);
    // wasm-bindgen's --target web build exports an init function as default; a wrapper that
    // initialises itself may not. Either way call what is there once.
    if (typeof hc.default === 'function') await hc.default();
    else if (typeof hc.init === 'function') await hc.init();
    const r = await run(hc, { endpoint, token, control });
    result.checks.push(...r.checks);
    result.facts = r.facts;
  }
  return result;
}

main().then(
  (r) => {
    window.__result = r;
    out.textContent = r.checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` — ${c.detail}` : ''}`).join('\n');
  },
  (e) => {
    window.__result = { error: `${e?.name}: ${e?.message}\n${e?.stack ?? ''}` };
    out.textContent = window.__result.error;
  },
);
