#!/usr/bin/env node
// Contract test of the npm package: every operation of the API description called through the
// package's public methods (Node build) against Stoplight Prism serving the spec. Prism answers
// 422 to any request that breaks the spec; any 422, any other error, any operation of the spec
// without a case or without its JS method fails the run.
//
//   bash tests/contract/prism.sh node wasm/tests/contract/contract.mjs
//
// prism.sh (the Rust contract run's script) starts Prism and exports HETZCLOUD_PRISM_URL,
// HETZCLOUD_SPEC and HETZCLOUD_MOCK_SPEC. Arguments per operation are the generated sample
// calls in wasm/tests/generated/cases.mjs (xtask: from the description's examples), called as
// `client[resource][function](...pathParams, args)`. The package is the one wasm/build.sh
// made ($HETZCLOUD_JS_PKG, else wasm/pkg).

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { linkPackage, packageDir, within } from '../browser/harness.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const base = process.env.HETZCLOUD_PRISM_URL;
const specPath = process.env.HETZCLOUD_SPEC;
if (!base || !specPath) {
  console.error('contract: run me through tests/contract/prism.sh (HETZCLOUD_PRISM_URL and HETZCLOUD_SPEC unset)');
  process.exit(2);
}
const pkg = packageDir();
if (!pkg) {
  console.error('contract: the npm package is not built (bash wasm/build.sh, or set HETZCLOUD_JS_PKG)');
  process.exit(1);
}
linkPackage(pkg, HERE);
const hc = await import('hetzcloud');
const casesPath = process.env.HETZCLOUD_JS_CASES || resolve(HERE, '..', 'generated', 'cases.mjs');
const cases = (await import(pathToFileURL(casesPath).href)).default;

const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const specOps = new Map();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (['get', 'put', 'post', 'delete', 'patch'].includes(method)) specOps.set(op.operationId, `${method.toUpperCase()} ${path}`);
  }
}

const TOKEN = 'prism-contract-token-5a1f';
const client = new hc.Client({ token: TOKEN, endpoint: base, application: { name: 'hetzcloud-contract', version: '1' }, timeoutMs: 20_000, retries: 0 });

const failures = [];
let passed = 0;
const byId = new Map(cases.map((c) => [c.id, c]));
for (const id of specOps.keys()) {
  if (!byId.has(id)) failures.push({ id, why: `no case in ${casesPath}` });
}
for (const c of cases) {
  if (!specOps.has(c.id)) failures.push({ id: c.id, why: 'case for an operation the spec does not have' });
}

function describe(e) {
  if (!(e instanceof Error)) return JSON.stringify(e);
  const bits = [e.name];
  if (e.status !== undefined) bits.push(`HTTP ${e.status}`);
  if (e.code !== undefined) bits.push(`code ${e.code}`);
  bits.push(e.message);
  if (e.details !== undefined) bits.push(`details ${JSON.stringify(e.details).slice(0, 400)}`);
  return bits.join(' · ');
}

async function runCase(c) {
  const handle = client[c.resource];
  const fn = handle?.[c.function];
  if (typeof fn !== 'function') throw new Error(`client.${c.resource}.${c.function} is not a function`);
  const args = [...Object.values(c.pathParams ?? {})];
  if (c.args !== null && c.args !== undefined) args.push(c.args);
  const result = fn.apply(handle, args);
  let value;
  if (c.paged && result && typeof result[Symbol.asyncIterator] === 'function') {
    value = [];
    for await (const item of result) {
      value.push(item);
      if (value.length > 1000) throw new Error('more than 1000 items from a one-page mock: paging does not stop');
    }
  } else {
    value = await result;
  }
  if (c.noContent) {
    if (value !== null && value !== undefined) throw new Error(`204 operation resolved to ${JSON.stringify(value).slice(0, 100)}`);
  } else if (value === null || value === undefined || typeof value !== 'object') {
    throw new Error(`resolved to ${String(value)}`);
  } else if (value instanceof Map) {
    throw new Error('answer is a Map, not a plain object (serde-wasm-bindgen without json_compatible?)');
  }
  return value;
}

// A few at a time: Prism is one Node process on a 2-core machine.
const queue = [...cases];
const CONCURRENCY = Number(process.env.HETZCLOUD_CONTRACT_CONCURRENCY || 6);
const t0 = Date.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const label = `${c.id} (client.${c.resource}.${c.function}, ${specOps.get(c.id) ?? `${c.method} ${c.path}`})`;
      try {
        await within(30_000, label, runCase(c));
        passed += 1;
      } catch (e) {
        if (String(e?.message ?? '').includes(TOKEN) || String(e).includes(TOKEN)) failures.push({ id: c.id, why: 'the token appears in an error' });
        failures.push({ id: c.id, why: `${label}: ${describe(e)}` });
      }
    }
  }),
);

const uniq = new Set(failures.map((f) => f.id));
for (const f of failures) console.log(`FAIL ${f.id}: ${f.why}`);
console.log(`contract (JS through Prism): ${specOps.size} operations in the spec, ${cases.length} cases, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${uniq.size} failed`);
process.exit(uniq.size ? 1 : 0);
