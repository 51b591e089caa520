#!/usr/bin/env node
// Sends one request per operation of a (derived) spec to a running Prism, without the Rust
// client, and checks that Prism accepts it (no 422) and that the answer fits the response
// schema of its status. It checks the mock itself (the derived spec and Prism's behaviour),
// so a failure of the Rust contract test can be told apart from a problem of the mock.
//
// Usage: node tests/contract/probe.mjs [SPEC [URL]]
//   SPEC defaults to $HETZCLOUD_MOCK_SPEC and URL to $HETZCLOUD_PRISM_URL, both set by prism.sh:
//   bash tests/contract/prism.sh node tests/contract/probe.mjs
//
// Requests are built from the spec alone: path and query parameters from their schema's example
// (or first enum value), the body from the request's example or a sample of its schema. It uses
// ajv, ajv-formats and @stoplight/json-schema-sampler from Prism's own install in .tools/prism.

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(resolve(REPO, '.tools', 'prism', 'node_modules', 'x.js'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');
const sampler = require('@stoplight/json-schema-sampler');

const specPath = process.argv[2] || process.env.HETZCLOUD_MOCK_SPEC;
const base = process.argv[3] || process.env.HETZCLOUD_PRISM_URL;
if (!specPath || !base) {
  process.stderr.write('usage: node tests/contract/probe.mjs [SPEC [URL]] (defaults: $HETZCLOUD_MOCK_SPEC, $HETZCLOUD_PRISM_URL)\n');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
// The spec's own format for prices such as "1.1900"; ajv would otherwise warn and ignore it.
ajv.addFormat('decimal', /^-?\d+(\.\d+)?$/);
ajv.addKeyword('example');

function sample(schema, opts = {}) {
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  return sampler.sample(schema, { skipReadOnly: true, quiet: true, ...opts }, spec);
}

const ops = [];
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (['get', 'put', 'post', 'delete'].includes(method)) ops.push({ path, method, op });
  }
}

let bad = 0;
const results = await Promise.all(
  ops.map(async ({ path, method, op }) => {
    const params = [...(spec.paths[path].parameters ?? []), ...(op.parameters ?? [])];
    let url = path;
    const query = new URLSearchParams();
    for (const p of params) {
      const v = sample(p.schema ?? {});
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(v)));
      else if (p.in === 'query') {
        for (const one of Array.isArray(v) ? v : [v]) query.append(p.name, String(one));
      }
    }
    const headers = { Authorization: 'Bearer prism-token' };
    let body;
    const media = op.requestBody?.content?.['application/json'];
    if (media) {
      const ex = media.example ?? Object.values(media.examples ?? {})[0]?.value;
      body = JSON.stringify(ex !== undefined ? ex : sample(media.schema));
      headers['Content-Type'] = 'application/json';
    }
    const qs = query.toString();
    const res = await fetch(`${base}${url}${qs ? `?${qs}` : ''}`, {
      method: method.toUpperCase(),
      headers,
      body,
    });
    const text = await res.text();
    const problems = [];
    if (res.status === 422 || res.status >= 400) problems.push(`HTTP ${res.status}: ${text.slice(0, 600)}`);
    const declared = op.responses[String(res.status)];
    const schema = declared?.content?.['application/json']?.schema;
    if (!declared) problems.push(`status ${res.status} not declared`);
    else if (schema) {
      let value;
      try {
        value = JSON.parse(text);
      } catch (e) {
        problems.push(`body is not JSON: ${text.slice(0, 200)}`);
      }
      if (value !== undefined && !ajv.validate(schema, value)) {
        problems.push(`answer does not fit its schema: ${ajv.errorsText(ajv.errors, { separator: '; ' }).slice(0, 800)}`);
      }
    } else if (text.trim()) problems.push(`unexpected body for ${res.status}: ${text.slice(0, 200)}`);
    return { id: op.operationId, line: `${method.toUpperCase()} ${url}${qs ? `?${qs}` : ''} -> ${res.status}`, problems };
  }),
);
for (const r of results) {
  if (r.problems.length) {
    bad += 1;
    console.log(`FAIL ${r.id}: ${r.line}\n  ${r.problems.join('\n  ')}`);
  }
}
console.log(`probe: ${results.length} operations sent, ${bad} with problems`);
process.exit(bad ? 1 : 0);
