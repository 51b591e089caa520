// The package from a Node ES module (exports map: "import" condition), as README-js.md shows it.
import { Client, isApiError } from 'hetzcloud';
import type { Server } from 'hetzcloud';

const client = Client.fromEnv();
const servers: Server[] = await client.servers.list({ sort: 'name:asc' }).collect();
for (const s of servers) console.log(s.name, s.status, s.public_net.ipv4?.ip ?? '-');
try {
  await client.servers.get(1);
} catch (e) {
  if (isApiError(e) && e.code === 'not_found') console.log('no server 1');
  else throw e;
}
