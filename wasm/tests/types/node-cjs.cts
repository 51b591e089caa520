// The package from a CommonJS module (exports map: "require" condition).
import hetzcloud = require('hetzcloud');

async function main(): Promise<void> {
  const client = new hetzcloud.Client({ token: process.env.HCLOUD_TOKEN ?? '' });
  const first: hetzcloud.Server | null = await client.servers.find('web-1');
  console.log(first?.id);
}
void main();
