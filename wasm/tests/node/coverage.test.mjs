// Coverage: every operationId of the API description is called through the JS package (its
// resource method: `client.<handle>.<method>(...pathParams, args)`, list operations through
// both the async iterable and `...Page`) against the emulator, in a scenario that builds real
// resources first so that calls succeed. The spec is read from $HETZCLOUD_SPEC or
// <repo>/../shared/spec/cloud.spec.json; without it the test says so and is skipped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as hc from 'hetzcloud';
import { startEmulator, TOKEN, sshKey } from './emulator.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const specPath = process.env.HETZCLOUD_SPEC ?? join(repo, '../shared/spec/cloud.spec.json');
const spec = existsSync(specPath) ? JSON.parse(readFileSync(specPath, 'utf8')) : null;
const specOps = spec
  ? Object.values(spec.paths).flatMap((item) => Object.values(item).map((op) => op?.operationId).filter(Boolean))
  : [];

const CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBtzCCAVygAwIBAgIUEppF1jGUzZZVrLF/gUXTAsxr5pUwCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUZmlkZWxpdHkuZXhhbXBsZS5jb20wIBcNMjYxMTIyMTczMjM0
WhgPMjEyNjEwMjkxNzMyMzRaMB8xHTAbBgNVBAMMFGZpZGVsaXR5LmV4YW1wbGUu
Y29tMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEOs8YrSQn70Wrph05ZV4pFNFh
NhPv9DTH95MQuvx10huJuHJVl1s7g0DcYSZHZutj3crbLlw3CDVjvjwMljLUm6N0
MHIwHQYDVR0OBBYEFENB+gI+/hoTl0QUuZYHev7B2e+OMB8GA1UdIwQYMBaAFENB
+gI+/hoTl0QUuZYHev7B2e+OMA8GA1UdEwEB/wQFMAMBAf8wHwYDVR0RBBgwFoIU
ZmlkZWxpdHkuZXhhbXBsZS5jb20wCgYIKoZIzj0EAwIDSQAwRgIhAJPNIZDLe2Bq
pEteDf+H+MS0Jq/z2lQBjw8JT4mNqvYMAiEAqMckC5ihAyvSL+JpL7xcsxo/wScV
a7eMFtz3E7Z3p94=
-----END CERTIFICATE-----
`;
// A throwaway key for the self-signed certificate above (the emulator's fidelity test's).
const PRIVATE_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgs3Wkmp5UGfICswfp
mrFybZE3yd+nyZaPgI7HGBxCBJihRANCAAQ6zxitJCfvRaumHTllXikU0WE2E+/0
NMf3kxC6/HXSG4m4clWXWzuDQNxhJkdm62PdytsuXDcINWO+PAyWMtSb
-----END PRIVATE KEY-----
`;
const ZONE = 'example.com';
const SECONDARY_ZONE = 'example.net';

let emu;
let client;
before(async () => {
  if (!spec) return;
  emu = await startEmulator();
  client = new hc.Client({ token: TOKEN, endpoint: emu.url, retries: 0, poll: { intervalMs: 20 } });
});
after(() => emu?.stop());

/** Runs the scenario: every call by operation id, through the package's resource methods. */
class Scenario {
  constructor(c) {
    this.c = c;
    this.called = new Map(); // op → number of calls
    this.ok = new Set();
    this.errors = [];
    this.actions = new Map(); // resource type → latest action id
    this.allActions = [];
  }

  /** Calls `op` with flat named args the way a user would: path parameters positional. */
  async call(op, args = {}) {
    const [handle, method, paged, pathParams] = hc.OPERATIONS[op];
    const rest = { ...args };
    const positional = pathParams.map((p) => {
      const v = rest[p];
      delete rest[p];
      return v;
    });
    const h = this.c[handle];
    const hasArgs = Object.keys(rest).length > 0;
    const callArgs = hasArgs ? [...positional, rest] : positional;
    this.called.set(op, (this.called.get(op) ?? 0) + 1);
    try {
      let answer;
      if (paged) {
        // Both ways: all pages through the iterable, one page through ...Page.
        const items = await h[method](...callArgs).collect();
        answer = (await h[`${method}Page`](...callArgs)).response;
        assert.ok(Array.isArray(items));
      } else {
        answer = await h[method](...callArgs);
      }
      this.ok.add(op);
      this.note(answer);
      return answer ?? null;
    } catch (e) {
      this.errors.push(`${op}: ${e.name}: ${e.message}`);
      return null;
    }
  }

  note(v) {
    if (!v || typeof v !== 'object') return;
    const found = [];
    if (v.action && typeof v.action === 'object') found.push(v.action);
    for (const k of ['actions', 'next_actions']) if (Array.isArray(v[k])) found.push(...v[k]);
    for (const a of found) {
      if (!this.allActions.includes(a.id)) this.allActions.push(a.id);
      for (const r of a.resources ?? []) this.actions.set(r.type, a.id);
    }
  }

  async wait(answer) {
    if (!answer) return;
    try {
      await this.c.actions.wait(answer);
    } catch (e) {
      if (!hc.isInvalidInputError(e)) this.errors.push(`waiting: ${e.name}: ${e.message}`);
    }
  }

  /** Calls and waits for the actions of the answer. */
  async step(op, args) {
    const a = await this.call(op, args);
    await this.wait(a);
    return a;
  }

  action(kind) {
    return this.actions.get(kind) ?? 999999999;
  }
}

const metricsWindow = () => {
  const end = new Date();
  const start = new Date(end.getTime() - 3600_000);
  return { start: start.toISOString().replace(/\.\d+Z$/, 'Z'), end: end.toISOString().replace(/\.\d+Z$/, 'Z') };
};

async function scenario(s) {
  const { start, end } = metricsWindow();
  // Reference data.
  const locations = await s.call('list_locations');
  const location = locations?.locations?.[0]?.name ?? 'fsn1';
  const networkZone = locations?.locations?.[0]?.network_zone ?? 'eu-central';
  await s.call('get_location', { id: locations?.locations?.[0]?.id });
  const dcs = await s.call('list_datacenters');
  await s.call('get_datacenter', { id: dcs?.datacenters?.[0]?.id });
  const sts = await s.call('list_server_types');
  const serverType = sts?.server_types?.[0]?.name ?? 'cx22';
  const biggerType = sts?.server_types?.[1]?.name ?? serverType;
  await s.call('get_server_type', { id: sts?.server_types?.[0] });
  const lbts = await s.call('list_load_balancer_types');
  const lbType = lbts?.load_balancer_types?.[0]?.name ?? 'lb11';
  const otherLbType = lbts?.load_balancer_types?.[1]?.name ?? lbType;
  await s.call('get_load_balancer_type', { id: lbts?.load_balancer_types?.[0]?.id });
  const isos = await s.call('list_isos');
  const iso = isos?.isos?.[0]?.name;
  await s.call('get_iso', { id: isos?.isos?.[0]?.id });
  await s.call('get_pricing');
  const images = await s.call('list_images', { type: 'system' });
  const image = images?.images?.[0]?.name ?? 'ubuntu-24.04';
  await s.call('get_image', { id: images?.images?.[0]?.id });

  // SSH key, placement group, network, firewall.
  const key = (await s.call('create_ssh_key', { name: 'cov-key', public_key: sshKey(), labels: { role: 'cov' } }))?.ssh_key;
  await s.call('list_ssh_keys');
  await s.call('get_ssh_key', { id: key });
  await s.call('update_ssh_key', { id: key, labels: { role: 'cov', x: 'y' } });
  const pg = (await s.call('create_placement_group', { name: 'cov-pg', type: 'spread', labels: { role: 'cov' } }))?.placement_group;
  await s.call('list_placement_groups');
  await s.call('get_placement_group', { id: pg });
  await s.call('update_placement_group', { id: pg, name: 'cov-pg-2' });
  const net = (await s.step('create_network', {
    name: 'cov-net', ip_range: '10.0.0.0/16', labels: { role: 'cov' },
    subnets: [{ type: 'cloud', network_zone: networkZone, ip_range: '10.0.1.0/24' }],
  }))?.network;
  await s.call('list_networks');
  await s.call('get_network', { id: net });
  await s.call('update_network', { id: net, name: 'cov-net-2' });
  await s.step('add_network_subnet', { id: net, type: 'cloud', network_zone: networkZone, ip_range: '10.0.2.0/24' });
  await s.step('add_network_route', { id: net, destination: '10.100.1.0/24', gateway: '10.0.1.1' });
  await s.step('change_network_ip_range', { id: net, ip_range: '10.0.0.0/15' });
  await s.step('change_network_protection', { id: net, delete: false });
  const fwAnswer = await s.step('create_firewall', {
    name: 'cov-fw', labels: { role: 'cov' },
    rules: [{ direction: 'in', protocol: 'tcp', port: '22', source_ips: ['0.0.0.0/0', '::/0'], description: 'ssh' }],
  });
  const fw = fwAnswer?.firewall;
  await s.call('list_firewalls');
  await s.call('get_firewall', { id: fw });
  await s.call('update_firewall', { id: fw, name: 'cov-fw-2' });

  // The server (model objects stand for references).
  const created = await s.step('create_server', {
    name: 'cov-1', server_type: serverType, image, location, ssh_keys: [key], networks: [net],
    firewalls: [{ firewall: fw }], placement_group: pg, labels: { role: 'cov' }, start_after_create: true,
  });
  const srv = created?.server?.id;
  await s.call('list_servers');
  const server = (await s.call('get_server', { id: srv }))?.server;
  const serverIp = server?.public_net?.ipv4?.ip ?? '203.0.113.1';
  const serverPrimaryV4 = server?.public_net?.ipv4?.id;
  await s.call('update_server', { id: srv, name: 'cov-2', labels: { role: 'cov' } });
  await s.step('change_server_dns_ptr', { id: srv, ip: serverIp, dns_ptr: 'srv.cov.example.com' });
  await s.step('change_server_protection', { id: srv, delete: true, rebuild: true });
  await s.step('change_server_protection', { id: srv, delete: false, rebuild: false });
  await s.step('attach_server_iso', { id: srv, iso });
  await s.step('detach_server_iso', { id: srv });
  await s.step('enable_server_backup', { id: srv });
  await s.step('disable_server_backup', { id: srv });
  await s.step('enable_server_rescue', { id: srv, type: 'linux64', ssh_keys: [key] });
  await s.step('disable_server_rescue', { id: srv });
  await s.step('detach_server_from_network', { id: srv, network: net });
  await s.step('attach_server_to_network', { id: srv, network: net, ip: '10.0.1.5' });
  await s.step('change_server_alias_ips', { id: srv, network: net, alias_ips: ['10.0.1.10'] });
  await s.call('get_server_metrics', { id: srv, type: ['cpu'], start, end });
  await s.call('request_server_console', { id: srv });
  await s.step('reset_server_password', { id: srv });
  for (const op of ['reboot_server', 'reset_server', 'shutdown_server', 'poweron_server', 'poweroff_server']) {
    await s.step(op, { id: srv });
  }
  // With the server off.
  await s.step('change_server_type', { id: srv, server_type: biggerType, upgrade_disk: false });
  const snap = await s.step('create_server_image', { id: srv, type: 'snapshot', description: 'cov-snapshot', labels: { role: 'cov' } });
  const snapshot = snap?.image?.id;
  await s.step('remove_server_from_placement_group', { id: srv });
  await s.step('add_server_to_placement_group', { id: srv, placement_group: pg });

  // Primary IPs: swap the server's own IPv4 for a new one.
  await s.step('unassign_primary_ip', { id: serverPrimaryV4 });
  const pipAnswer = await s.step('create_primary_ip', {
    name: 'cov-pip', type: 'ipv4', location, assignee_type: 'server', auto_delete: false, labels: { role: 'cov' },
  });
  const pip = pipAnswer?.primary_ip;
  await s.call('list_primary_ips');
  await s.call('get_primary_ip', { id: pip });
  await s.call('update_primary_ip', { id: pip, name: 'cov-pip-2', auto_delete: false });
  await s.step('change_primary_ip_dns_ptr', { id: pip, ip: pip?.ip ?? '203.0.113.2', dns_ptr: 'pip.cov.example.com' });
  await s.step('change_primary_ip_protection', { id: pip, delete: false });
  await s.step('assign_primary_ip', { id: pip, assignee_type: 'server', assignee_id: srv });
  await s.step('rebuild_server', { id: srv, image });
  await s.step('poweron_server', { id: srv });

  // Volume.
  const vol = (await s.step('create_volume', {
    name: 'cov-vol', size: 10, location, format: 'ext4', automount: false, labels: { role: 'cov' },
  }))?.volume;
  await s.call('list_volumes');
  await s.call('get_volume', { id: vol });
  await s.call('update_volume', { id: vol, name: 'cov-vol-2' });
  await s.step('attach_volume', { id: vol, server: srv, automount: false });
  await s.step('detach_volume', { id: vol });
  await s.step('resize_volume', { id: vol, size: 20 });
  await s.step('change_volume_protection', { id: vol, delete: false });

  // Floating IP.
  const fip = (await s.step('create_floating_ip', {
    type: 'ipv4', home_location: location, name: 'cov-fip', description: 'cov', labels: { role: 'cov' },
  }))?.floating_ip;
  await s.call('list_floating_ips');
  await s.call('get_floating_ip', { id: fip });
  await s.call('update_floating_ip', { id: fip, description: 'cov-2' });
  await s.step('assign_floating_ip', { id: fip, server: srv });
  await s.step('change_floating_ip_dns_ptr', { id: fip, ip: fip?.ip ?? '203.0.113.3', dns_ptr: 'fip.cov.example.com' });
  await s.step('change_floating_ip_protection', { id: fip, delete: false });
  await s.step('unassign_floating_ip', { id: fip });

  // Load balancer.
  const lbAnswer = await s.step('create_load_balancer', {
    name: 'cov-lb', load_balancer_type: lbType, location, algorithm: { type: 'round_robin' }, labels: { role: 'cov' },
  });
  const lb = lbAnswer?.load_balancer;
  const lbIp = lb?.public_net?.ipv4?.ip ?? '203.0.113.4';
  await s.call('list_load_balancers');
  await s.call('get_load_balancer', { id: lb });
  await s.call('update_load_balancer', { id: lb, name: 'cov-lb-2' });
  const lbSteps = [
    ['add_load_balancer_service', {
      protocol: 'http', listen_port: 80, destination_port: 80, proxyprotocol: false,
      health_check: { protocol: 'http', port: 80, interval: 15, timeout: 10, retries: 3,
        http: { domain: 'cov.example.com', path: '/', status_codes: ['2??'], tls: false } },
    }],
    ['update_load_balancer_service', { listen_port: 80, destination_port: 8080 }],
    ['attach_load_balancer_to_network', { network: net }],
    ['add_load_balancer_target', { type: 'server', server: { id: srv }, use_private_ip: true }],
    ['change_load_balancer_algorithm', { type: 'least_connections' }],
    ['change_load_balancer_dns_ptr', { ip: lbIp, dns_ptr: 'lb.cov.example.com' }],
    ['change_load_balancer_protection', { delete: false }],
    ['change_load_balancer_type', { load_balancer_type: otherLbType }],
    ['disable_load_balancer_public_interface', {}],
    ['enable_load_balancer_public_interface', {}],
    ['remove_load_balancer_target', { type: 'server', server: { id: srv } }],
    ['delete_load_balancer_service', { listen_port: 80 }],
    ['detach_load_balancer_from_network', { network: net }],
  ];
  for (const [op, body] of lbSteps) await s.step(op, { id: lb, ...body });
  await s.call('get_load_balancer_metrics', { id: lb, type: ['open_connections'], start, end });

  // Certificates: one uploaded; one managed whose issuance fails, for retry_certificate.
  const cert = (await s.step('create_certificate', {
    name: 'cov-cert', type: 'uploaded', certificate: CERTIFICATE, private_key: PRIVATE_KEY, labels: { role: 'cov' },
  }))?.certificate;
  await emu.failNextAction({ command: 'create_certificate', code: 'dns_zone_not_found', message: 'the DNS zone of the domain was not found' });
  const managedAnswer = await s.call('create_certificate', { name: 'cov-managed', type: 'managed', domain_names: ['managed.cov.example.com'] });
  const managed = managedAnswer?.certificate;
  await s.c.actions.wait(managedAnswer).catch(() => {});
  await s.call('list_certificates');
  await s.call('get_certificate', { id: cert });
  await s.call('update_certificate', { id: cert, name: 'cov-cert-2' });
  await s.step('retry_certificate', { id: managed });

  // The snapshot image.
  await s.call('update_image', { id: snapshot, description: 'cov-snapshot-2', labels: { role: 'cov' } });
  await s.step('change_image_protection', { id: snapshot, delete: false });

  // Firewall: apply and remove.
  const serverRes = [{ type: 'server', server }];
  const selectorRes = [{ type: 'label_selector', label_selector: { selector: 'role=cov' } }];
  await s.step('remove_firewall_from_resources', { id: fw, remove_from: serverRes });
  await s.step('apply_firewall_to_resources', { id: fw, apply_to: selectorRes });
  await s.step('set_firewall_rules', { id: fw, rules: [
    { direction: 'in', protocol: 'tcp', port: '80-443', source_ips: ['0.0.0.0/0'] },
    { direction: 'out', protocol: 'icmp', destination_ips: ['0.0.0.0/0', '::/0'] },
  ] });
  await s.step('remove_firewall_from_resources', { id: fw, remove_from: selectorRes });

  // Zones and RRSets.
  const zone = (await s.step('create_zone', { name: ZONE, mode: 'primary', ttl: 3600, labels: { role: 'cov' } }))?.zone;
  const zoneRef = zone?.id ?? ZONE;
  await s.step('create_zone', { name: SECONDARY_ZONE, mode: 'secondary', primary_nameservers: [{ address: '198.51.100.10', port: 53 }] });
  await s.call('list_zones');
  await s.call('get_zone', { id_or_name: zoneRef });
  await s.call('update_zone', { id_or_name: zone ?? ZONE, labels: { role: 'cov', x: 'y' } });
  await s.call('get_zone_zonefile', { id_or_name: ZONE });
  const zonefile = `$ORIGIN ${ZONE}.\n$TTL 3600\n@ IN SOA hydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600\n` +
    '@ IN NS hydrogen.ns.hetzner.com.\n@ IN NS oxygen.ns.hetzner.com.\n@ IN NS helium.ns.hetzner.de.\n' +
    `@ 300 IN A 198.51.100.20\nmail IN MX 10 mx.${ZONE}.\n`;
  await s.step('import_zone_zonefile', { id_or_name: zoneRef, zonefile });
  await s.step('change_zone_ttl', { id_or_name: zoneRef, ttl: 7200 });
  await s.step('change_zone_protection', { id_or_name: zoneRef, delete: false });
  await s.step('change_zone_primary_nameservers', { id_or_name: SECONDARY_ZONE, primary_nameservers: [{ address: '198.51.100.11', port: 53 }] });
  await s.step('create_zone_rrset', { id_or_name: zoneRef, name: 'www', type: 'A', ttl: 300, records: [{ value: '198.51.100.1', comment: 'web' }], labels: { role: 'cov' } });
  await s.call('list_zone_rrsets', { id_or_name: zoneRef });
  const rr = { id_or_name: zoneRef, rr_name: 'www', rr_type: 'A' };
  await s.call('get_zone_rrset', rr);
  await s.call('update_zone_rrset', { ...rr, labels: { role: 'cov', x: 'y' } });
  await s.step('change_zone_rrset_protection', { ...rr, change: false });
  await s.step('change_zone_rrset_ttl', { ...rr, ttl: 600 });
  await s.step('set_zone_rrset_records', { ...rr, records: [{ value: '198.51.100.2', comment: 'set' }] });
  await s.step('add_zone_rrset_records', { ...rr, ttl: 600, records: [{ value: '198.51.100.3' }] });
  await s.step('update_zone_rrset_records', { ...rr, records: [{ value: '198.51.100.2', comment: 'updated' }] });
  await s.step('remove_zone_rrset_records', { ...rr, records: [{ value: '198.51.100.3' }] });
  await s.step('delete_zone_rrset', rr);

  // Actions, generic and per kind.
  const some = s.allActions.slice(-3);
  await s.call('get_actions', { id: some });
  await s.call('get_action', { id: some[0] });
  const kinds = [
    ['server', 'servers', srv], ['volume', 'volumes', vol], ['floating_ip', 'floating_ips', fip],
    ['primary_ip', 'primary_ips', pip], ['load_balancer', 'load_balancers', lb],
    ['certificate', 'certificates', managed], ['network', 'networks', net], ['firewall', 'firewalls', fw],
    ['image', 'images', snapshot],
  ];
  for (const [kind, plural, res] of kinds) {
    const aid = s.action(kind);
    await s.call(`list_${plural}_actions`);
    await s.call(`get_${plural}_action`, { id: aid });
    await s.call(`list_${kind}_actions`, { id: res });
    await s.call(`get_${kind}_action`, { id: res, action_id: aid });
  }
  const zoneAction = s.action('zone');
  await s.call('list_zones_actions');
  await s.call('get_zones_action', { id: zoneAction });
  await s.call('list_zone_actions', { id_or_name: zoneRef });
  await s.call('get_zone_action', { id_or_name: zoneRef, action_id: zoneAction });

  // Teardown, dependents first.
  for (const z of [zoneRef, SECONDARY_ZONE]) await s.step('delete_zone', { id_or_name: z });
  await s.call('delete_certificate', { id: cert });
  await s.call('delete_certificate', { id: managed });
  await s.call('delete_load_balancer', { id: lb });
  await s.call('delete_floating_ip', { id: fip });
  await s.call('delete_volume', { id: vol });
  await s.step('poweroff_server', { id: srv });
  await s.step('unassign_primary_ip', { id: pip });
  await s.call('delete_primary_ip', { id: pip });
  await s.step('delete_server', { id: srv });
  if (serverPrimaryV4) await s.call('delete_primary_ip', { id: serverPrimaryV4 });
  await s.call('delete_image', { id: snapshot });
  await s.call('delete_firewall', { id: fw });
  await s.step('delete_network_route', { id: net, destination: '10.100.1.0/24', gateway: '10.0.1.1' });
  await s.step('delete_network_subnet', { id: net, ip_range: '10.0.2.0/24' });
  await s.call('delete_network', { id: net });
  await s.call('delete_placement_group', { id: pg });
  await s.call('delete_ssh_key', { id: key });
}

test('every operation of the API description is called through JS and succeeds', async (t) => {
  if (!spec) {
    t.skip(`no API description at ${specPath}: download https://docs.hetzner.cloud/cloud.spec.json and set HETZCLOUD_SPEC`);
    return;
  }
  assert.equal(specOps.length, 189);
  assert.deepEqual([...specOps].sort(), Object.keys(hc.OPERATIONS).sort(), 'the package has exactly the spec operations');
  const s = new Scenario(client);
  await scenario(s);
  const notCalled = specOps.filter((op) => !s.called.has(op));
  const failed = specOps.filter((op) => s.called.has(op) && !s.ok.has(op));
  console.log(`coverage through JS: ${specOps.length - notCalled.length}/${specOps.length} operations called, ${s.ok.size} succeeded`);
  assert.deepEqual(notCalled, [], 'operations never called');
  assert.deepEqual(failed, [], `operations without a successful call:\n${s.errors.join('\n')}`);
});
