// Generated from cloud.spec.json by xtask. Do not edit.
//! Resource handles: `client.servers()`, `client.images()`, ...

mod actions;
mod certificates;
mod datacenters;
mod firewalls;
mod floating_ips;
mod images;
mod isos;
mod load_balancer_types;
mod load_balancers;
mod locations;
mod networks;
mod placement_groups;
mod pricing;
mod primary_ips;
mod server_types;
mod servers;
mod ssh_keys;
mod volumes;
mod zones;

pub use actions::Actions;
pub use certificates::Certificates;
pub use datacenters::Datacenters;
pub use firewalls::Firewalls;
pub use floating_ips::FloatingIps;
pub use images::Images;
pub use isos::Isos;
pub use load_balancer_types::LoadBalancerTypes;
pub use load_balancers::LoadBalancers;
pub use locations::Locations;
pub use networks::Networks;
pub use placement_groups::PlacementGroups;
pub use pricing::Pricing;
pub use primary_ips::PrimaryIps;
pub use server_types::ServerTypes;
pub use servers::Servers;
pub use ssh_keys::SshKeys;
pub use volumes::Volumes;
pub use zones::Zones;
