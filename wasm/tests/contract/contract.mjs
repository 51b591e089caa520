#!/usr/bin/env node
// Contract test of the npm package: every operation of the API description called through the
// package's public methods (Node build) against Stoplight Prism serving the spec. Prism answers
// 422 to any request that breaks the spec; any 422, any other error, any operation of the spec
// without a case or without its JS method fails the run.
//
//   bash tests/contract/prism.sh node wasm/tests/contract/contract.mjs
//
// prism.sh (the Rust contract run's script) starts Prism and exports HETZCLOUD_PRISM_URL,
// HETZCLOUD_SPEC and HETZCLOUD_MOCK_SPEC. Arguments per operation: the flat named arguments of
// tests/contract/operation-args.json (xtask: from the description's examples; the same sets the
// Rust dispatch tests use). The package's own OPERATIONS table (id → [handle, method, paged,
// path parameters]) says which method to call: `client[handle][method](...pathValues, rest)`.
// The package is the one wasm/build.sh made (wasm/dist; or $HETZCLOUD_JS_PKG).

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPackage, packageDir, within } from '../browser/harness.mjs';

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
const hc = await importPackage(pkg);
const argsPath = process.env.HETZCLOUD_OPERATION_ARGS || resolve(HERE, '..', '..', '..', 'tests', 'contract', 'operation-args.json');
const operationArgs = JSON.parse(readFileSync(argsPath, 'utf8'));
if (!hc.OPERATIONS || typeof hc.OPERATIONS !== 'object') {
  console.error('contract: the package exports no OPERATIONS table');
  process.exit(1);
}
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const specOps = new Map(); // id -> { line, noContent }
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
    const ok = Object.entries(op.responses ?? {}).filter(([code]) => /^2/.test(code));
    const noContent = ok.length > 0 && ok.every(([, r]) => !r.content);
    specOps.set(op.operationId, { line: `${method.toUpperCase()} ${path}`, noContent });
  }
}

// One case per operation of the spec: the package's method and the sample arguments.
const cases = [];
const TOKEN = 'prism-contract-token-5a1f';
const client = new hc.Client({ token: TOKEN, endpoint: base, application: { name: 'hetzcloud-contract', version: '1' }, timeoutMs: 20_000, retries: 0 });

const failures = [];
let passed = 0;
let pagesChecked = 0;
for (const [id, { noContent }] of specOps) {
  const entry = hc.OPERATIONS[id];
  if (!entry) {
    failures.push({ id, why: 'not in the package\'s OPERATIONS' });
    continue;
  }
  if (!(id in operationArgs)) {
    failures.push({ id, why: `no argument set in ${argsPath}` });
    continue;
  }
  const [resource, fn, paged, pathNames] = entry;
  const args = { ...(operationArgs[id] ?? {}) };
  const pathValues = pathNames.map((n) => {
    const v = args[n];
    delete args[n];
    return v;
  });
  cases.push({ id, resource, function: fn, paged, noContent, pathValues, args: Object.keys(args).length ? args : null });
}
for (const id of Object.keys(hc.OPERATIONS)) {
  if (!specOps.has(id)) failures.push({ id, why: 'the package has an operation the spec does not' });
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
  const args = [...c.pathValues];
  if (c.args !== null && c.args !== undefined) args.push(c.args);
  const result = fn.apply(handle, args);
  let value;
  if (c.paged) {
    if (!result || typeof result[Symbol.asyncIterator] !== 'function') throw new Error('a list method that is not an async iterable');
    value = [];
    for await (const item of result) {
      value.push(item);
      if (value.length > 1000) throw new Error('more than 1000 items from a one-page mock: paging does not stop');
    }
    // The one-page variant of the same operation (list → listPage, listActionsFor → listActionsForPage).
    const pageFn = handle[`${c.function}Page`];
    if (typeof pageFn !== 'function') throw new Error(`client.${c.resource}.${c.function}Page is not a function`);
    const page = await pageFn.apply(handle, args);
    if (!Array.isArray(page?.items) || typeof page?.pagination?.page !== 'number') {
      throw new Error(`${c.function}Page resolved to ${JSON.stringify(page).slice(0, 200)}`);
    }
    pagesChecked += 1;
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
      const label = `${c.id} (client.${c.resource}.${c.function}, ${specOps.get(c.id).line})`;
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
console.log(`contract (JS through Prism): ${specOps.size} operations in the spec, ${cases.length} called through the package, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`list operations also called through their one-page method: ${pagesChecked}`);
console.log(`${passed} passed, ${uniq.size} failed`);
process.exit(uniq.size ? 1 : 0);
