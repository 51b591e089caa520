// @ts-check
// Lists the servers of a project in a table. The token stays in this page: it goes only into
// the Authorization header of the API calls and is never stored or printed.
// The browser build instantiates its WebAssembly module on import (top-level await).
import { Client, isApiError } from 'hetzcloud';

/** @typedef {import('hetzcloud').Server} Server */

/** @param {string} id */
function el(id) {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} missing`);
  return e;
}

const form = /** @type {HTMLFormElement} */ (el('form'));
const table = /** @type {HTMLTableElement} */ (el('servers'));
const tbody = /** @type {HTMLTableSectionElement} */ (table.tBodies[0]);
const status = el('status');
const errorBox = el('error');
const submit = /** @type {HTMLButtonElement} */ (el('submit'));

/** @param {Server} s */
function row(s) {
  const tr = document.createElement('tr');
  tr.dataset.id = String(s.id);
  /** @param {string} text @param {string} [cls] */
  const cell = (text, cls) => {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    tr.append(td);
    return td;
  };
  cell(s.name);
  cell(s.status, `status-${s.status}`);
  cell(s.server_type.name);
  cell(s.location.name);
  cell(s.public_net.ipv4?.ip ?? '—');
  const labels = cell('');
  for (const [k, v] of Object.entries(s.labels).sort(([a], [b]) => a.localeCompare(b))) {
    const span = document.createElement('span');
    span.className = 'label';
    span.textContent = v === '' ? k : `${k}=${v}`;
    labels.append(span);
  }
  return tr;
}

/** @param {unknown} e */
function showError(e) {
  errorBox.hidden = false;
  if (isApiError(e)) {
    errorBox.textContent = `${e.message}\ncode: ${e.code} · HTTP ${e.status}` + (e.correlationId ? ` · correlation id ${e.correlationId}` : '');
  } else if (e instanceof Error) {
    // A network failure in a browser: wrong endpoint, the server is down, or it refused CORS.
    errorBox.textContent = `${e.name}: ${e.message.split('\n')[0]}`;
  } else {
    errorBox.textContent = String(e);
  }
}

form.addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const data = new FormData(form);
  const endpoint = String(data.get('endpoint') ?? '').trim();
  const token = String(data.get('token') ?? '');
  const selector = String(data.get('label_selector') ?? '').trim();
  errorBox.hidden = true;
  table.hidden = true;
  tbody.replaceChildren();
  status.textContent = 'Loading…';
  submit.disabled = true;
  try {
    // A person is waiting: retry a failed request twice at most (the default is 5, with backoff).
    const client = new Client({ token, endpoint, retries: 2, application: { name: 'hetzcloud-example-browser', version: '1.0' } });
    let n = 0;
    for await (const server of client.servers.list(selector ? { label_selector: selector, sort: 'name:asc' } : { sort: 'name:asc' })) {
      tbody.append(row(server));
      n += 1;
    }
    table.hidden = false;
    status.textContent = `${n} server${n === 1 ? '' : 's'}`;
  } catch (e) {
    status.textContent = '';
    showError(e);
  } finally {
    submit.disabled = false;
  }
});
