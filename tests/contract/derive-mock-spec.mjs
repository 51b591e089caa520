#!/usr/bin/env node
// Derives, from the official cloud.spec.json, the copy that Stoplight Prism 5.16 serves in
// the contract test. The official file is never changed and never copied into the repository:
// the derived copy goes wherever the caller says (tests/contract/prism.sh puts it under
// target/contract/).
//
// Usage: node tests/contract/derive-mock-spec.mjs OUT [SPEC]
//   OUT   where to write the derived spec (its folder is created)
//   SPEC  the official spec; default $HETZCLOUD_SPEC, else <repo>/../shared/spec/cloud.spec.json
//
// Node 20, no dependencies. Every change it makes is listed here and commented where made:
//
// 1. Pagination examples. `ListMeta.pagination` says `page: 3, previous_page: 2, next_page: 4,
//    last_page: 4, total_entries: 100` on every list. Prism in static mode answers every page
//    with that same example, so a client that follows `next_page` would ask for page 4, be told
//    again that page 4 comes next, and never stop. The derived copy describes a first page that
//    is also the last one (`page: 1, previous_page: null, next_page: null, last_page: 1`), with
//    `total_entries` equal to the entries on it (1 for a schema-generated list, which holds one
//    item; the length of the list for the few hand-written response examples).
//    The `x-next` header of GET /servers is dropped: it has no example, so Prism sent the
//    literal text `string` as the link to a next page that does not exist.
//
// 2. Error responses. Every operation declares its errors under lower-case `4xx` and `5xx`.
//    Prism 5.16 recognises ranges only as upper-case `4XX`/`5XX` (see findResponseByStatusCode
//    in @stoplight/prism-http: it compares the code with `${first digit}XX`), so to Prism these
//    are two literal, unusable status codes: a missing token got Prism's own problem+json 401,
//    and `Prefer: code=404` answered "Requested status code 404 is not defined".
//    Upper-case `4XX` would not do either: Prism answers an invalid request with the response
//    for 422 (else 400, else default), and `4XX` matches 422, so every request that breaks the
//    spec would get the static example body `unauthorized` with status 422, and the contract
//    test could no longer say which rule was broken.
//    So the derived copy replaces `4xx`/`5xx` with the explicit statuses of the error table in
//    the API's description (401 403 404 405 409 423 429 500 502 503 504), each with the
//    Hetzner error schema and an example whose `code` fits the status
//    (`{"error":{"code":"not_found","message":...,"details":null}}`), and deliberately leaves
//    out 400 and 422. Effect, checked against Prism 5.16:
//      - a request without `Authorization: Bearer ...` gets the Hetzner-shaped 401;
//      - `Prefer: code=404` (or any listed status) gets a Hetzner-shaped answer;
//      - a request that violates the spec still gets Prism's own 422
//        (`application/problem+json`, `{"type":...,"title":"Invalid request","status":422,
//        "detail":...,"validation":[{"location":[...],"code":...,"message":...}]}`), which
//        names every broken rule: exactly what the contract test must report.
//
// 3. Nothing else was needed for Prism to start (it accepts the unmodified file and serves
//    all 189 operations) or to accept valid requests; see tests/contract/README.md for what was
//    checked.

import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOWNLOAD = 'https://docs.hetzner.cloud/cloud.spec.json';

// Status → [code, message] for the derived error responses; the first code the API's error
// table gives for each status. 400 and 422 are left out on purpose (see 2. above).
const ERRORS_4XX = {
  401: ['unauthorized', 'unable to authenticate'],
  403: ['forbidden', 'insufficient permissions for this request'],
  404: ['not_found', 'resource not found'],
  405: ['method_not_allowed', 'the request method is not allowed'],
  409: ['conflict', 'the resource has changed during the request, please retry'],
  423: ['locked', 'there is already an action running'],
  429: ['rate_limit_exceeded', 'limit of 3600 requests per hour reached'],
};
const ERRORS_5XX = {
  500: ['server_error', 'error within the API backend'],
  502: ['bad_gateway', 'the request could not be answered by the API backend, please retry'],
  503: ['unavailable', 'a service or product is currently not available'],
  504: ['timeout', 'request timeout'],
};

function main(argv) {
  const [out, specArg] = argv;
  if (!out || out === '-h' || out === '--help') {
    process.stderr.write('usage: node tests/contract/derive-mock-spec.mjs OUT [SPEC]\n');
    return 2;
  }
  const specPath = resolve(
    specArg || process.env.HETZCLOUD_SPEC || resolve(REPO, '..', 'shared', 'spec', 'cloud.spec.json'),
  );
  if (!existsSync(specPath)) {
    process.stderr.write(
      `derive-mock-spec: no spec at ${specPath}; download ${DOWNLOAD} and set HETZCLOUD_SPEC\n`,
    );
    return 1;
  }
  const spec = JSON.parse(readFileSync(specPath, 'utf8'));
  const stats = { operations: 0, errorResponses: 0, paginationSchemas: 0, paginationExamples: 0, headers: 0 };

  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch'].includes(method)) continue;
      stats.operations += 1;
      deriveErrors(op, `${method.toUpperCase()} ${path}`, stats);
      for (const response of Object.values(op.responses ?? {})) {
        // 1. The only response header in the spec is GET /servers' `x-next`, without example.
        if (response.headers && 'x-next' in response.headers) {
          delete response.headers['x-next'];
          if (Object.keys(response.headers).length === 0) delete response.headers;
          stats.headers += 1;
        }
      }
    }
  }
  walk(spec, null, stats);

  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, JSON.stringify(spec, null, 1) + '\n');
  process.stderr.write(
    `derive-mock-spec: ${stats.operations} operations; ${stats.errorResponses} error ranges made explicit; ` +
      `${stats.paginationSchemas} pagination schemas and ${stats.paginationExamples} pagination examples ` +
      `made a single last page; ${stats.headers} x-next header(s) dropped -> ${out}\n`,
  );
  return 0;
}

// 2. `4xx`/`5xx` → explicit statuses with Hetzner-shaped examples (no 400, no 422).
function deriveErrors(op, name, stats) {
  const responses = op.responses ?? {};
  for (const [range, table] of [['4xx', ERRORS_4XX], ['5xx', ERRORS_5XX]]) {
    const key = Object.keys(responses).find((k) => k.toLowerCase() === range);
    if (!key) continue;
    const original = responses[key];
    const media = original.content?.['application/json'];
    if (!media?.schema) throw new Error(`${name}: ${key} response has no application/json schema`);
    delete responses[key];
    for (const [status, [code, message]] of Object.entries(table)) {
      if (status in responses) continue; // an explicit declaration in the spec wins
      const schema = structuredClone(media.schema);
      delete schema.example; // the media-type example below is the one Prism shall use
      responses[status] = {
        description: `${original.description ?? 'Request failed.'} (derived for Prism from \`${key}\`)`,
        content: {
          'application/json': {
            schema,
            example: { error: { code, message, details: null } },
          },
        },
      };
    }
    stats.errorResponses += 1;
  }
}

// 1. Pagination, in schemas and in example values.
function walk(node, parent, stats) {
  if (Array.isArray(node)) {
    for (const v of node) walk(v, node, stats);
    return;
  }
  if (!node || typeof node !== 'object') return;

  const props = node.properties;
  if (props && props.page && props.next_page && props.last_page && props.previous_page) {
    // A pagination schema: its property examples are what Prism's static mode sends.
    const examples = { page: 1, per_page: 25, previous_page: null, next_page: null, last_page: 1, total_entries: 1 };
    for (const [k, v] of Object.entries(examples)) {
      if (props[k]) {
        props[k].example = v;
        delete props[k].examples;
        delete props[k].default;
      }
    }
    stats.paginationSchemas += 1;
  }

  // An example value of a list answer: `{ "<items>": [...], "meta": { "pagination": {...} } }`.
  const pg = node.meta?.pagination;
  if (pg && typeof pg === 'object' && !pg.properties && 'next_page' in pg) {
    const list = Object.entries(node).find(([k, v]) => k !== 'meta' && Array.isArray(v));
    Object.assign(pg, { page: 1, previous_page: null, next_page: null, last_page: 1 });
    if ('total_entries' in pg) pg.total_entries = list ? list[1].length : pg.total_entries;
    stats.paginationExamples += 1;
  }

  for (const v of Object.values(node)) walk(v, node, stats);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`derive-mock-spec: ${e.stack || e}\n`);
  process.exitCode = 1;
}
