// Compile-time test of the package's public TypeScript surface, as a user imports it.
// Checked by `tsc --strict --noEmit` (run.sh); never executed. Each `@ts-expect-error` line is
// a negative check: tsc fails if the line does NOT error (a type that got too loose).

import {
  AbortError,
  ActionFailedError,
  ApiError,
  Client,
  HetzcloudError,
  InvalidInputError,
  NotFoundError,
  OPERATIONS,
  TransportError,
  WaitTimeoutError,
  isAbortError,
  isActionFailedError,
  isApiError,
  isInvalidInputError,
  isNotFoundError,
  isRateLimitError,
  isTransportError,
  isWaitTimeoutError,
} from 'hetzcloud';
import type {
  Action,
  ActionStatus,
  Image,
  Location,
  CallOptions,
  CreateServerRequest,
  CreateServerResponse,
  GetServerResponse,
  ListIterable,
  Page,
  Server,
  ServerStatus,
  ServerType,
  SshKey,
  Volume,
} from 'hetzcloud';

// ---- helpers -------------------------------------------------------------------------------
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T>(_value: T): void {}
function assert<_T extends true>(): void {}
declare const unknownError: unknown;

// ---- client construction ----------------------------------------------------------------
const client = new Client({ token: 'token' });
new Client({
  token: 'token',
  endpoint: 'http://127.0.0.1:8080/v1',
  application: { name: 'my-tool', version: '1.2.3' },
  timeoutMs: 10_000,
  retries: 3,
});
// @ts-expect-error a misspelt option is rejected
new Client({ token: 'token', timeout_ms: 10_000 });
// @ts-expect-error timeoutMs is a number of milliseconds
new Client({ token: 'token', timeoutMs: '10s' });
// @ts-expect-error the token is a string
new Client({ token: 42 });
expectType<Client>(Client.fromEnv());
expectType<Client>(Client.fromEnv({ timeoutMs: 5000 }, { HCLOUD_TOKEN: 't', HCLOUD_ENDPOINT: 'http://127.0.0.1:1/v1' }));
expectType<string>(client.endpoint);

// ---- resources: one camelCase method per operation, snake_case fields -------------------------
async function resources(): Promise<void> {
  const created = await client.servers.create({ name: 'web-1', server_type: 'cx22', image: 'ubuntu-24.04', location: 'fsn1', labels: { env: 'prod' } });
  assert<Equal<typeof created, CreateServerResponse>>();
  const id: number = created.server.id;
  expectType<Action>(created.action);
  expectType<Action[]>(created.next_actions);
  expectType<string | null>(created.root_password);

  // @ts-expect-error name is required
  await client.servers.create({ server_type: 'cx22', image: 'ubuntu-24.04' });
  // @ts-expect-error labels are string → string
  await client.servers.create({ name: 'x', server_type: 'cx22', image: 'ubuntu-24.04', labels: { n: 1 } });
  // @ts-expect-error request fields keep the API's snake_case
  await client.servers.create({ name: 'x', serverType: 'cx22', image: 'ubuntu-24.04' });

  const got = await client.servers.get(id);
  assert<Equal<typeof got, GetServerResponse>>();
  await client.servers.get('web-1'); // by name
  await client.servers.get(created.server); // a model object stands for its id
  const maybe = await client.servers.find('web-1');
  assert<Equal<typeof maybe, Server | null>>();

  const off = await client.servers.powerOff(id);
  expectType<Action>(off.action);
  await client.servers.powerOff(created.server);
  // @ts-expect-error methods are camelCase
  await client.servers.power_off(id);
  // @ts-expect-error no such operation
  await client.servers.explode(id);

  // References: an ID, a name where the API takes one, or the model object itself.
  const image = null as unknown as Image;
  const location = null as unknown as Location;
  const serverType = null as unknown as ServerType;
  const key = null as unknown as SshKey;
  await client.servers.create({ name: 'r', server_type: serverType, image, location, ssh_keys: [key, 'deploy', 7] });
  await client.servers.create({ name: 'r', server_type: 22, image: 161547269, location: 1 });
  // @ts-expect-error a reference is an ID, a name or a model, not a boolean
  await client.servers.create({ name: 'r', server_type: true, image });
  // @ts-expect-error a model object needs its id
  await client.servers.create({ name: 'r', server_type: { name: 'cx22' }, image });

  await client.servers.update(id, { labels: { env: 'staging' } });
  // @ts-expect-error update takes the server first
  await client.servers.update({ labels: {} });

  await client.servers.attachToNetwork(id, { network: 4711 });
  await client.volumes.attach(1, { server: created.server, automount: true });

  const types = await client.serverTypes.list().collect();
  expectType<ServerType[]>(types);
  const keys = await client.sshKeys.list({ label_selector: 'team=ops' }).collect();
  expectType<SshKey[]>(keys);
  const vols: Volume[] = await client.volumes.list().collect();
  void vols;

  // @ts-expect-error handles are read-only
  client.servers = client.servers;

  const withOptions: CallOptions = { signal: new AbortController().signal };
  await client.servers.get(id, withOptions);
  await client.locations.list({}, { signal: AbortSignal.timeout(1000) }).collect();
}

// ---- lists: async iterable over all pages, collect(), listPage ----------------------------
async function lists(): Promise<void> {
  const all = client.servers.list({ label_selector: 'env=prod', sort: ['name:asc', 'id:desc'], status: 'running' });
  expectType<ListIterable<Server>>(all);
  for await (const s of all) {
    expectType<Server>(s);
    expectType<number>(s.id);
  }
  const items = await client.servers.list().collect();
  assert<Equal<typeof items, Server[]>>();

  // @ts-expect-error an unknown sort key
  client.servers.list({ sort: 'size:asc' });
  // @ts-expect-error an unknown status
  client.servers.list({ status: 'stopped' });
  // @ts-expect-error label_selector is a string
  client.servers.list({ label_selector: { env: 'prod' } });

  const page = await client.servers.listPage({ page: 2, per_page: 50 });
  expectType<Page<Server, unknown>>(page as Page<Server, never>);
  expectType<Server[]>(page.items);
  expectType<number | undefined>(page.pagination?.page);
  expectType<number | null | undefined>(page.pagination?.next_page);
  // @ts-expect-error pagination may be null (an answer without meta)
  void page.pagination.page;

  for await (const a of client.servers.listActionsFor(1, { status: 'running' })) expectType<Action>(a);
}

// ---- waiting ------------------------------------------------------------------------------
async function waiting(): Promise<void> {
  const { action, next_actions } = await client.servers.create({ name: 'w', server_type: 'cx22', image: 'ubuntu-24.04' });
  const controller = new AbortController();
  const done = await client.actions.wait([action, ...next_actions], {
    timeoutMs: 60_000,
    onProgress: (a) => {
      expectType<Action>(a);
      expectType<number>(a.progress);
    },
    signal: controller.signal,
  });
  expectType<Action[]>(done);
  await client.actions.wait([action.id]); // ids work too
  // @ts-expect-error onProgress gets an Action, not a number
  await client.actions.wait([action], { onProgress: (p: string) => p });
}

// ---- errors: classes and type guards --------------------------------------------------------
function errors(): void {
  if (isApiError(unknownError)) {
    expectType<string>(unknownError.code);
    expectType<number>(unknownError.status);
    expectType<string>(unknownError.message);
    expectType<string | null | undefined>(unknownError.correlationId);
    expectType<unknown>(unknownError.details);
    expectType<Error>(unknownError);
  }
  if (isRateLimitError(unknownError)) {
    expectType<number>(unknownError.status);
  }
  if (unknownError instanceof HetzcloudError) {
    expectType<string>(unknownError.name);
    expectType<Error>(unknownError);
  }
  if (isNotFoundError(unknownError)) {
    expectType<NotFoundError>(unknownError);
    expectType<ApiError>(unknownError);
    expectType<number>(unknownError.status); // an API error always has a status
  }
  if (unknownError instanceof HetzcloudError) {
    // @ts-expect-error without an answer there may be no status
    const s: number = unknownError.status;
    void s;
  }
  if (isTransportError(unknownError)) expectType<boolean>(unknownError.connect);
  if (isInvalidInputError(unknownError)) {
    expectType<InvalidInputError>(unknownError);
    expectType<string>(unknownError.field);
  }
  if (isActionFailedError(unknownError)) {
    for (const a of unknownError.actions) expectType<string>(a.code);
  }
  if (isWaitTimeoutError(unknownError)) expectType<number>(unknownError.pending.length);
  if (isAbortError(unknownError)) expectType<AbortError>(unknownError);
  if (unknownError instanceof TransportError || unknownError instanceof WaitTimeoutError || unknownError instanceof ActionFailedError) {
    expectType<HetzcloudError>(unknownError);
  }
  const fields = isApiError(unknownError) ? unknownError.details?.fields ?? [] : [];
  for (const f of fields) expectType<string[]>(f.messages);
  // @ts-expect-error without a guard, an unknown has no code
  void unknownError.code;
  // @ts-expect-error guards take one argument
  isApiError();
}

// ---- model field types -------------------------------------------------------------------------
function models(s: Server, a: Action): void {
  expectType<number>(s.id);
  expectType<string>(s.name);
  expectType<ServerStatus>(s.status);
  expectType<Record<string, string>>(s.labels);
  expectType<string>(s.server_type.name);
  expectType<string>(s.location.name);
  const ip: string | undefined = s.public_net.ipv4?.ip;
  void ip;
  // @ts-expect-error ipv4 may be null (a server without public IPv4)
  void s.public_net.ipv4.ip;
  // @ts-expect-error ids are numbers
  const idText: string = s.id;
  void idText;
  // @ts-expect-error not a server status
  const st: ServerStatus = 'stopped';
  void st;
  const status: ActionStatus = a.status;
  switch (status) {
    case 'running':
    case 'success':
    case 'error':
      break;
    default: {
      const never: never = status; // every status is handled: the union is closed
      void never;
    }
  }
  expectType<string | null>(a.finished);
  const req: CreateServerRequest = { name: 'n', server_type: 'cx22', image: 'ubuntu-24.04' };
  void req;
  // @ts-expect-error models are plain data: no methods
  s.powerOff();
}

// ---- the operation table -----------------------------------------------------------------------
function operations(): void {
  const [handle, method, paged, pathParams] = OPERATIONS.poweroff_server;
  expectType<string>(handle);
  expectType<string>(method);
  expectType<boolean>(paged);
  expectType<readonly string[]>(pathParams);
  // @ts-expect-error not an operation id
  void OPERATIONS.power_off_server;
}

// ---- rate limit; the client never shows its token ------------------------------------------------
function rateLimit(): void {
  const rl = client.rateLimit;
  if (rl) {
    expectType<number>(rl.limit);
    expectType<number>(rl.remaining);
  }
  // @ts-expect-error the token cannot be read back
  void client.token;
}

export { resources, lists, waiting, errors, models, operations, rateLimit };
