// Generated from cloud.spec.json by xtask. Do not edit.
// Every model, request body, response body and query-parameter set of the API.

export interface ActionResponse {
  action: Action;
}

export interface Action {
  /** ID of the Action. */
  id: number;
  /** Command executed in the Action. */
  command: string;
  /** Status of the Action. */
  status: ActionStatus;
  /** Point in time when the Action was started (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  started: string;
  /** Point in time when the Action was finished (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). Only set if the Action is finished otherwise null. */
  finished: string | null;
  /** Progress of the Action in percent. */
  progress: number;
  /** Resources the Action relates to. */
  resources: ActionResource[];
  /** Error message for the Action if an error occurred, otherwise null. */
  error: ActionError | null;
}

export type ActionStatus = "running" | "success" | "error";

export interface ActionResource {
  /** ID of the Resource. */
  id: number;
  /** Type of the Resource. */
  type: string;
}

/** Error message for the Action if an error occurred, otherwise null. */
export interface ActionError {
  /** Fixed error code for machines. */
  code: string;
  /** Error message for humans. */
  message: string;
}

export interface CertificateResponse {
  certificate: Certificate;
}

export interface Certificate {
  /** ID of the Certificate. */
  id: number;
  /** Name of the Resource. Must be unique per Project. */
  name: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** Type of the Certificate. */
  type?: CertificateType;
  /** Certificate and chain in PEM format, in order so that each record directly certifies the one preceding. */
  certificate: string | null;
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
  /** Point in time when the Certificate becomes valid (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  not_valid_before: string | null;
  /** Point in time when the Certificate stops being valid (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  not_valid_after: string | null;
  /** Domains and subdomains covered by the Certificate. */
  domain_names: string[];
  /** SHA256 fingerprint of the Certificate. */
  fingerprint: string | null;
  /** Current status of a type `managed` Certificate, always *null* for type `uploaded` Certificates. */
  status?: CertificateStatus | null;
  /** Resources currently using the Certificate. */
  used_by: ActionResource[];
}

export type CertificateType = "uploaded" | "managed";

/** Current status of a type `managed` Certificate, always *null* for type `uploaded` Certificates. */
export interface CertificateStatus {
  /** Status of the issuance process of the Certificate. */
  issuance?: CertificateStatusIssuance;
  /** Status of the renewal process of the Certificate. */
  renewal?: CertificateStatusRenewal;
  /** If issuance or renewal reports `failed`, this property contains information about what happened. */
  error?: CertificateStatusError | null;
}

export type CertificateStatusIssuance = "pending" | "completed" | "failed";

export type CertificateStatusRenewal = "scheduled" | "pending" | "failed" | "unavailable";

/** If issuance or renewal reports `failed`, this property contains information about what happened. */
export interface CertificateStatusError {
  code?: string;
  message?: string;
}

export interface GetDatacenterResponse {
  datacenter: Datacenter;
}

export interface Datacenter {
  /** ID of the Data Center. */
  id: number;
  /** Unique name for the Data Center. */
  name: string;
  /** Descriptive name for the Data Center. */
  description: string;
  /** Location the Data Center is located at. */
  location: Location;
  /** @deprecated This field is deprecated, as all of it's properties are deprecated. */
  server_types: DatacenterServerTypes;
}

/** Location the Data Center is located at. */
export interface Location {
  /** ID of the Location. */
  id: number;
  /** Unique identifier of the Location. */
  name: string;
  /** Human readable description of the Location. */
  description: string;
  /** Country the Location resides in. */
  country: string;
  /** Name of the closest city to the Location. */
  city: string;
  /** Latitude of the city closest to the Location. */
  latitude: number;
  /** Longitude of the city closest to the Location. */
  longitude: number;
  /** Name of the Network Zone this Location resides in. */
  network_zone: string;
}

/** This field is deprecated, as all of it's properties are deprecated. */
export interface DatacenterServerTypes {
  /** @deprecated This field is deprecated. Use the Server Type `locations` field instead. */
  supported: number[];
  /** @deprecated This field is deprecated. Use the `available` flag in the Server Type `locations` field instead (`server_type.locations[].available`). */
  available: number[];
  /** @deprecated This field is deprecated. Use the `available` flag in the Server Type `locations` field instead (`server_type.locations[].available`). */
  available_for_migration: number[];
}

export interface FirewallResponse {
  firewall: Firewall;
}

export interface Firewall {
  /** ID of the Firewall. */
  id: number;
  /** Name of the Firewall. */
  name: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
  rules: RuleResponse[];
  applied_to: FirewallAppliedTo[];
}

export interface RuleResponse {
  /** Description of the rule. */
  description?: string | null;
  /** Traffic direction in which the rule should be applied to. */
  direction: RuleResponseDirection;
  /** List of permitted IPv4/IPv6 addresses for incoming traffic. */
  source_ips: string[];
  /** List of permitted IPv4/IPv6 addresses for outgoing traffic. */
  destination_ips: string[];
  /** Network protocol to apply the rule for. */
  protocol: RuleResponseProtocol;
  /** Port or port range to apply the rule for. */
  port: string | null;
}

export type RuleResponseDirection = "in" | "out";

export type RuleResponseProtocol = "tcp" | "udp" | "icmp" | "esp" | "gre";

export interface FirewallAppliedTo {
  /** The type of resource to apply. */
  type: FirewallAppliedToType;
  /** Server the Firewall is applied to. */
  server?: FirewallAppliedToServer;
  /** Label Selector the Firewall is applied to. */
  label_selector?: LabelSelector;
  /** Resources applied to via this Label Selector. */
  applied_to_resources?: FirewallAppliedToResource[];
}

export type FirewallAppliedToType = "server" | "label_selector";

/** Server the Firewall is applied to. */
export interface FirewallAppliedToServer {
  /** ID of the Server. */
  id: number;
}

/** Label Selector the Firewall is applied to. */
export interface LabelSelector {
  /** The selector. */
  selector: string;
}

export interface FirewallAppliedToResource {
  /** Type of resource. */
  type?: FirewallAppliedToResourceType;
  /** Server the Firewall is applied to. */
  server?: FirewallAppliedToServer;
}

export type FirewallAppliedToResourceType = "server";

export interface GetFloatingIpResponse {
  floating_ip: FloatingIp;
}

export interface FloatingIp {
  /** ID of the Floating IP. */
  id: number;
  /** Name of the Resource. Must be unique per Project. */
  name: string;
  /** Description of the Resource. */
  description: string | null;
  /** IP address. */
  ip: string;
  /** The Floating IP type. */
  type: FloatingIpType;
  /** Server the Floating IP is assigned to. */
  server: number | null;
  /** List of reverse DNS entries for the Floating IP. */
  dns_ptr: DnsPtr[];
  home_location: Location;
  /** Indicates whether the Floating IP is blocked. */
  blocked: boolean;
  /** Protection configuration for the Resource. */
  protection: Protection;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
}

export type FloatingIpType = "ipv4" | "ipv6";

export interface DnsPtr {
  /** Single IPv4 or IPv6 address of the record. */
  ip: string;
  /** Domain Name to point to. */
  dns_ptr: string;
}

/** Protection configuration for the Resource. */
export interface Protection {
  /** Prevent the Resource from being deleted. */
  delete: boolean;
}

export interface GetImageResponse {
  image?: Image;
}

export interface Image {
  /** ID of the Image. */
  id: number;
  /** Type of the Image. */
  type: ImageType;
  /** Status of the Image. */
  status: ImageStatus;
  /** Unique identifier of the Image. This value is only set for system Images. */
  name: string | null;
  /** Description of the Image. */
  description: string;
  /** Size of the Image file in our storage in GB. For snapshot Images this is the value relevant for calculating costs for the Image. */
  image_size: number | null;
  /** Size of the disk contained in the Image in GB. */
  disk_size: number;
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
  /** Information about the Server the Image was created from. */
  created_from: ImageCreatedFrom | null;
  /** ID of Server the Image is bound to. Only set for Images of type `backup`. */
  bound_to: number | null;
  /** Flavor of operating system contained in the Image. */
  os_flavor: ImageOsFlavor;
  /** Operating system version. */
  os_version: string | null;
  /** Indicates that rapid deploy of the Image is available. */
  rapid_deploy?: boolean;
  /** Protection configuration for the Resource. */
  protection: Protection;
  /** Point in time when the Image is considered to be deprecated (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  deprecated: string | null;
  /** Point in time where the Image was deleted (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  deleted: string | null;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** CPU architecture compatible with the Image. */
  architecture: ImageArchitecture;
}

export type ImageType = "system" | "app" | "snapshot" | "backup";

export type ImageStatus = "available" | "creating" | "unavailable";

/** Information about the Server the Image was created from. */
export interface ImageCreatedFrom {
  /** ID of the Server the Image was created from. */
  id: number;
  /** Server name at the time the Image was created. */
  name: string;
}

export type ImageOsFlavor = "ubuntu" | "centos" | "debian" | "fedora" | "rocky" | "alma" | "opensuse" | "unknown";

export type ImageArchitecture = "x86" | "arm";

export interface GetIsoResponse {
  iso: Iso;
}

export interface Iso {
  /** ID of the ISO. */
  id: number;
  /** Unique identifier of the ISO. Only set for public ISOs. */
  name: string | null;
  /** Description of the ISO. */
  description: string;
  /** Type of the ISO. */
  type: IsoType | null;
  /**
   * Describes if, when and how the resource is deprecated. If this field is
   * set to `null` the resource is not deprecated. If a value is set, it is
   * considered deprecated.
   */
  deprecation: DeprecationInfo | null;
  /** CPU architecture compatible with the ISO. */
  architecture: ImageArchitecture | null;
}

export type IsoType = "public" | "private";

/**
 * Describes if, when and how the resource is deprecated. If this field is
 * set to `null` the resource is not deprecated. If a value is set, it is
 * considered deprecated.
 */
export interface DeprecationInfo {
  /** Date of the deprecated resource removal. */
  unavailable_after: string;
  /** Date of the deprecation announcement. */
  announced: string;
}

export interface GetLoadBalancerTypeResponse {
  load_balancer_type: LoadBalancerType;
}

export interface LoadBalancerType {
  /** ID of the Load Balancer type. */
  id: number;
  /** Unique identifier of the Load Balancer type. */
  name: string;
  /** Description of the Load Balancer type. */
  description: string;
  /** Number of maximum simultaneous open connections. */
  max_connections: number;
  /** Number of services a Load Balancer of this type can have. */
  max_services: number;
  /** Number of targets a single Load Balancer can have. */
  max_targets: number;
  /** Number of SSL Certificates that can be assigned to a single Load Balancer. */
  max_assigned_certificates: number;
  /** @deprecated **Deprecated:** This field is deprecated. Use the `deprecation` object instead. */
  deprecated: string | null;
  /**
   * Describes if, when and how the resource is deprecated. If this field is
   * set to `null` the resource is not deprecated. If a value is set, it is
   * considered deprecated.
   */
  deprecation: DeprecationInfo | null;
  /** Price per Location. */
  prices: Price[];
}

export interface Price {
  /** Name of the Location the price is for. */
  location: string;
  /** Hourly price in this Location. */
  price_hourly: PriceHourly;
  /** Monthly price in this Location. */
  price_monthly: PriceHourly;
  /** Free traffic per month in bytes in this Location. */
  included_traffic: number;
  /** Additional traffic price per TB in this Location. */
  price_per_tb_traffic: PriceHourly;
}

/** Hourly price in this Location. */
export interface PriceHourly {
  /** Price without VAT. */
  net: string;
  /** Price with VAT added. */
  gross: string;
}

export interface GetLoadBalancerResponse {
  load_balancer: LoadBalancer;
}

export interface LoadBalancer {
  /** ID of the Load Balancer. */
  id: number;
  /** Name of the Resource. Must be unique per Project. */
  name: string;
  /** Public network information. */
  public_net: LoadBalancerPublicNet;
  /** Private networks information. */
  private_net: LoadBalancerPrivateNet[];
  location: Location;
  load_balancer_type: LoadBalancerType;
  /** Protection configuration for the Resource. */
  protection: Protection;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
  /** List of services that belong to this Load Balancer. */
  services: LoadBalancerService[];
  /** List of targets that belong to this Load Balancer. */
  targets: LoadBalancerTarget[];
  /** Algorithm of the Load Balancer. */
  algorithm: Algorithm;
  /** Outbound Traffic for the current billing period in bytes. */
  outgoing_traffic: number | null;
  /** Inbound Traffic for the current billing period in bytes. */
  ingoing_traffic: number | null;
  /** Free Traffic for the current billing period in bytes. */
  included_traffic: number;
}

/** Public network information. */
export interface LoadBalancerPublicNet {
  /** Public Interface enabled or not. */
  enabled: boolean;
  /** IP address (v4). */
  ipv4: LoadBalancerPublicNetIpv4;
  /** IP address (v6). */
  ipv6: LoadBalancerPublicNetIpv4;
}

/** IP address (v4). */
export interface LoadBalancerPublicNetIpv4 {
  /** IP address (v4) of this Load Balancer. */
  ip: string | null;
  /** Reverse DNS PTR entry for the IPv4 address of this Load Balancer. */
  dns_ptr: string | null;
}

export interface LoadBalancerPrivateNet {
  /** ID of the Network. */
  network: number;
  /** IP address (v4) of this Load Balancer in this Network. */
  ip: string;
}

export interface LoadBalancerService {
  /** Protocol of the Load Balancer. */
  protocol: LoadBalancerServiceProtocol;
  /** Port the Load Balancer listens on. */
  listen_port: number;
  /** Port the Load Balancer will balance to. */
  destination_port: number;
  /** Is Proxyprotocol enabled or not. */
  proxyprotocol: boolean;
  /** Service health check. */
  health_check: LoadBalancerServiceHealthCheck;
  /** Configuration option for protocol http. */
  http?: LoadBalancerServiceHttpConfig;
}

export type LoadBalancerServiceProtocol = "tcp" | "http" | "https";

/** Service health check. */
export interface LoadBalancerServiceHealthCheck {
  /** Type of the health check. */
  protocol: LoadBalancerServiceHealthCheckProtocol;
  /** Port the health check will be performed on. */
  port: number;
  /** Time interval in seconds health checks are performed. */
  interval: number;
  /** Time in seconds after an attempt is considered a timeout. */
  timeout: number;
  /** Unsuccessful retries needed until a target is considered unhealthy; an unhealthy target needs the same number of successful retries to become healthy again. */
  retries: number;
  /** Additional configuration for protocol http. */
  http?: LoadBalancerServiceHealthCheckHttp;
}

export type LoadBalancerServiceHealthCheckProtocol = "tcp" | "http";

/** Additional configuration for protocol http. */
export interface LoadBalancerServiceHealthCheckHttp {
  /** Host header to send in the HTTP request. May not contain spaces, percent or backslash symbols. Can be null, in that case no host header is sent. */
  domain: string | null;
  /** HTTP path to use for health checks. May not contain literal spaces, use percent-encoding instead. */
  path: string;
  /** String that must be contained in HTTP response in order to pass the health check. */
  response?: string;
  /** List of returned HTTP status codes in order to pass the health check. Supports the wildcards `?` for exactly one character and `*` for multiple ones. */
  status_codes?: string[];
  /** Use HTTPS for health check. */
  tls?: boolean;
}

/** Configuration option for protocol http. */
export interface LoadBalancerServiceHttpConfig {
  /** Name of the cookie used for sticky sessions. */
  cookie_name: string;
  /** Lifetime of the cookie used for sticky sessions (in seconds). */
  cookie_lifetime: number;
  /** Idle timeout in seconds for the client and server side. */
  timeout_idle: number;
  /** Use sticky sessions. */
  sticky_sessions: boolean;
  /** IDs of the Certificates to use for TLS/SSL termination by the Load Balancer; empty for TLS/SSL passthrough. */
  certificates?: number[];
  /** Redirect HTTP requests to HTTPS. */
  redirect_http?: boolean;
}

export interface LoadBalancerTarget {
  /** Type of the resource. */
  type: LoadBalancerTargetType;
  /** Server where the traffic should be routed to. Only present for target type "server". */
  server?: LoadBalancerTargetServer;
  /** List of health statuses of the services on this target. Only present for target types "server" and "ip". */
  health_status?: HealthStatus[];
  /** Use the private network IP instead of the public IP. Only present for target types "server" and "label_selector". */
  use_private_ip?: boolean;
  /** Label selector used to determine targets. Only present for target type "label_selector". */
  label_selector?: LabelSelector;
  /** List of resolved label selector target Servers. */
  targets?: LoadBalancerTargetTarget[];
  /** IP target where the traffic should be routed to. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only present for target type `ip`. */
  ip?: LoadBalancerTargetIp;
}

export type LoadBalancerTargetType = "server" | "label_selector" | "ip";

/** Server where the traffic should be routed to. Only present for target type "server". */
export interface LoadBalancerTargetServer {
  /** ID of the Server. */
  id: number;
  /** IP of the Server that the traffic is routed to. Either the Server's primary IPv4 or, if an IPv6 was specified when adding the target, an IPv6 within the Server's /64 subnet. */
  ip: string;
}

export interface HealthStatus {
  listen_port: number;
  status: HealthStatusStatus;
}

export type HealthStatusStatus = "healthy" | "unhealthy" | "unknown";

export interface LoadBalancerTargetTarget {
  /** Type of the resource. Here always "server". */
  type: string;
  /** Server where the traffic should be routed to. Only present for target type "server". */
  server: LoadBalancerTargetServer;
  /** List of health statuses of the services on this target. Only present for target types "server" and "ip". */
  health_status: HealthStatus[];
  /** Use the private network IP instead of the public IP. Only present for target types "server" and "label_selector". */
  use_private_ip: boolean;
}

/** IP target where the traffic should be routed to. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only present for target type `ip`. */
export interface LoadBalancerTargetIp {
  /** IP of a server that belongs to the same customer (public IPv4/IPv6) or private IP in a subnet type vswitch. */
  ip: string;
}

/** Algorithm of the Load Balancer. */
export interface Algorithm {
  /** Type of the algorithm. */
  type: AlgorithmType;
}

export type AlgorithmType = "round_robin" | "least_connections";

export interface GetLocationResponse {
  location: Location;
}

export interface GetNetworkResponse {
  network?: Network;
}

export interface Network {
  /** ID of the Network. */
  id: number;
  /** Name of the Network. */
  name: string;
  /** IP range of the Network. */
  ip_range: string;
  /** List of subnets allocated in this Network. */
  subnets: NetworkSubnet[];
  /** Array of routes set in this Network. */
  routes: Route[];
  /** Array of IDs of Servers attached to this Network. */
  servers: number[];
  /** Array of IDs of Load Balancers attached to this Network. */
  load_balancers?: number[];
  /** Protection configuration for the Resource. */
  protection: Protection;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
  /** Indicates if the routes from this Network should be exposed to the vSwitch connection. */
  expose_routes_to_vswitch: boolean;
}

export interface NetworkSubnet {
  /** Type of subnet. */
  type: NetworkSubnetType;
  /** IP range of the subnet. */
  ip_range?: string;
  /** Name of the Network Zone. */
  network_zone: string;
  /** Gateway for Servers attached to this subnet. */
  gateway: string;
  /** ID of the robot vSwitch if the subnet is of type `vswitch`. */
  vswitch_id?: number | null;
}

export type NetworkSubnetType = "cloud" | "server" | "vswitch";

export interface Route {
  /** Destination network or host of the route. */
  destination: string;
  /** Gateway of the route. */
  gateway: string;
}

export interface PlacementGroupResponse {
  placement_group: PlacementGroup;
}

export interface PlacementGroup {
  /** ID of the Placement Group. */
  id: number;
  /** Name of the Resource. Must be unique per Project. */
  name: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** Type of Placement Group. */
  type: PlacementGroupType;
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
  /** Array of IDs of Servers that are part of this Placement Group. */
  servers: number[];
}

export type PlacementGroupType = "spread";

export interface PrimaryIpResponse {
  primary_ip: PrimaryIp;
}

export interface PrimaryIp {
  /** ID of the Primary IP. */
  id: number;
  /** Name of the Resource. Must be unique per Project. */
  name: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
  /** Blocked state of the Primary IP. */
  blocked: boolean;
  /** Location of the Primary IP. */
  location: Location;
  /** IP address. */
  ip: string;
  /** List of reverse DNS records. */
  dns_ptr: DnsPtr[];
  /** Protection configuration for the Resource. */
  protection: Protection;
  /** Primary IP type. */
  type: FloatingIpType;
  /** Auto deletion state. */
  auto_delete: boolean;
  /** Type of resource the Primary IP is assigned to. */
  assignee_type: FirewallAppliedToResourceType;
  /** ID of resource the Primary IP is assigned to. */
  assignee_id: number | null;
}

export interface GetServerTypeResponse {
  server_type: ServerType;
}

export interface ServerType {
  /** ID of the Server type. */
  id: number;
  /** Unique identifier of the Server type. */
  name: string;
  /** Description of the Server type. */
  description: string;
  /** Number of cpu cores a Server of this type will have. */
  cores: number;
  /** Memory a Server of this type will have in GB. */
  memory: number;
  /** Disk size a Server of this type will have in GB. */
  disk: number;
  /** This field is deprecated. Use the deprecation object instead. */
  deprecated: boolean;
  /** Price per Location. */
  prices: Price[];
  /** Type of Server boot drive. Local has higher speed. Network has better availability. */
  storage_type: ServerTypeStorageType;
  /** Type of cpu. */
  cpu_type: ServerTypeCpuType;
  /** Category of Server Type. */
  category?: string;
  /** CPU architecture of the Server Type. */
  architecture: ImageArchitecture;
  /** @deprecated This field is deprecated. */
  deprecation?: DeprecationInfo | null;
  /** Supported Location and per Location details for the Server Type. */
  locations: ServerTypeLocation[];
}

export type ServerTypeStorageType = "local" | "network";

export type ServerTypeCpuType = "shared" | "dedicated";

/** A Location (containing only id and name) and Server Type specific metadata. */
export interface ServerTypeLocation {
  /** ID of the Location. */
  id: number;
  /** Name of the Location. */
  name: string;
  /**
   * Describes if, when and how the resource is deprecated. If this field is
   * set to `null` the resource is not deprecated. If a value is set, it is
   * considered deprecated.
   */
  deprecation: DeprecationInfo | null;
  /** Whether the Server Type is recommended in this Location. */
  recommended: boolean;
  /** Whether the Server Type is temporarily unavailable in this Location. */
  available: boolean;
}

export interface GetServerResponse {
  server?: Server;
}

export interface Server {
  /** ID of the Server. */
  id: number;
  /** Name of the Server (must be unique per Project and a valid hostname as per RFC 1123). */
  name: string;
  /** Status of the Server. */
  status: ServerStatus;
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
  /** Public network information. The Server's IPv4 address can be found in `public_net->ipv4->ip`. */
  public_net: ServerPublicNet;
  /** Private networks information. */
  private_net: ServerPrivateNet[];
  server_type: ServerType;
  /** Location this Resource is located at. */
  location: Location;
  /** Image the server is based on. */
  image: Image | null;
  /** ISO Image that is attached to this Server. Null if no ISO is attached. */
  iso: Iso | null;
  /** True if rescue mode is enabled. Server will then boot into rescue system on next reboot. */
  rescue_enabled: boolean;
  /** True if Server has been locked and is not available to user. */
  locked: boolean;
  /** Time window (UTC) in which the backup will run, or null if the backups are not enabled. */
  backup_window: string | null;
  /** Outbound Traffic for the current billing period in bytes. */
  outgoing_traffic: number | null;
  /** Inbound Traffic for the current billing period in bytes. */
  ingoing_traffic: number | null;
  /** Free Traffic for the current billing period in bytes. */
  included_traffic: number | null;
  /** Protection configuration for the Server. */
  protection: ServerProtection;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** IDs of Volumes assigned to this Server. */
  volumes?: number[];
  /** Load Balancer IDs assigned to the server. */
  load_balancers?: number[];
  /** Size of the primary Disk. */
  primary_disk_size: number;
  /** The placement group the server is assigned to. */
  placement_group?: PlacementGroup | null;
}

export type ServerStatus = "running" | "initializing" | "starting" | "stopping" | "off" | "deleting" | "migrating" | "rebuilding" | "unknown";

/** Public network information. The Server's IPv4 address can be found in `public_net->ipv4->ip`. */
export interface ServerPublicNet {
  /** IP address (v4) and its reverse DNS entry of this Server. */
  ipv4: ServerPublicNetIpv4 | null;
  /** IPv6 network assigned to this Server and its reverse DNS entry. */
  ipv6: ServerPublicNetIpv6 | null;
  /** IDs of Floating IPs assigned to this Server. */
  floating_ips: number[];
  /** Firewalls applied to the public network interface of this Server. */
  firewalls?: ServerPublicNetFirewall[];
}

/** IP address (v4) and its reverse DNS entry of this Server. */
export interface ServerPublicNetIpv4 {
  /** ID of the Primary IP. */
  id?: number;
  /** IP address (v4) of this Server. */
  ip: string;
  /** If the IP is blocked by our anti abuse dept. */
  blocked: boolean;
  /** Reverse DNS PTR entry for the IPv4 addresses of this Server. */
  dns_ptr: string;
}

/** IPv6 network assigned to this Server and its reverse DNS entry. */
export interface ServerPublicNetIpv6 {
  /** ID of the Primary IP. */
  id?: number;
  /** IP address (v6) of this Server. */
  ip: string;
  /** If the IP is blocked by our anti abuse dept. */
  blocked: boolean;
  /** Reverse DNS PTR entries for the IPv6 addresses of this Server. */
  dns_ptr: DnsPtr[] | null;
}

export interface ServerPublicNetFirewall {
  /** ID of the Firewall. */
  id?: number;
  /** Status of the Firewall on the Server. */
  status?: ServerPublicNetFirewallStatus;
}

export type ServerPublicNetFirewallStatus = "applied" | "pending";

export interface ServerPrivateNet {
  /** The Network ID the server is attached to. */
  network?: number;
  /** The server IP address on the network. */
  ip?: string;
  /** Additional IP addresses of the server on the network. */
  alias_ips?: string[];
  /** The server MAC address on the network. */
  mac_address?: string;
}

/** Protection configuration for the Server. */
export interface ServerProtection {
  /** If true, prevents the Server from being deleted. */
  delete: boolean;
  /** If true, prevents the Server from being rebuilt. */
  rebuild: boolean;
}

export interface GetSshKeyResponse {
  ssh_key: SshKey;
}

export interface SshKey {
  /** ID of the SSH Key. */
  id: number;
  /** Name of the Resource. Must be unique per Project. */
  name: string;
  /** MD5 fingerprint of the SSH public key. */
  fingerprint: string;
  /** Public key. */
  public_key: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
}

export interface GetVolumeResponse {
  volume: Volume;
}

export interface Volume {
  /** ID of the Volume. */
  id: number;
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
  /** Name of the Resource. Must be unique per Project. */
  name: string;
  /** ID of the Server the Volume is attached to, null if it is not attached at all. */
  server: number | null;
  /** Location of the Volume. Volume can only be attached to Servers in the same Location. */
  location: Location;
  /** Size in GB of the Volume. */
  size: number;
  /** Device path on the file system for the Volume. */
  linux_device: string;
  /** Protection configuration for the Resource. */
  protection: Protection;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** Status of the Volume. */
  status: VolumeStatus;
  /** Filesystem of the Volume if formatted on creation, null if not formatted on creation. */
  format: string | null;
}

export type VolumeStatus = "available" | "creating";

export interface GetZoneResponse {
  zone: Zone;
}

export interface Zone {
  /** ID of the Zone. */
  id: number;
  /** Name of the Zone. */
  name: string;
  /** Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  created: string;
  /** Primary nameservers of the Zone. */
  primary_nameservers?: PrimaryNameserver[];
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** Protection configuration for the Resource. */
  protection: Protection;
  /** Default Time To Live (TTL) of the Zone. */
  ttl: number;
  /** Status of the Zone. */
  status: ZoneStatus;
  /** Number of resource records (RR) within the Zone. */
  record_count: number;
  authoritative_nameservers: ZoneAuthoritativeNameservers;
  /** Registrar of the domain. */
  registrar: ZoneRegistrar;
  /** Mode of the Zone. */
  mode: ZoneMode;
}

/** Primary nameserver that returns Zones via `AXFR`. */
export interface PrimaryNameserver {
  /** Public IPv4 or IPv6 address of the primary nameserver. */
  address: string;
  /** Port of the primary nameserver. */
  port?: number;
  /**
   * [Transaction signature (TSIG)](https://en.wikipedia.org/wiki/TSIG) key to use
   * for the zone transfer. Must be base64 encoded.
   */
  tsig_key?: string;
  /**
   * [Transaction signature (TSIG)](https://en.wikipedia.org/wiki/TSIG) algorithm
   * used to generate the TSIG key.
   */
  tsig_algorithm?: PrimaryNameserverTsigAlgorithm;
}

export type PrimaryNameserverTsigAlgorithm = "hmac-md5" | "hmac-sha1" | "hmac-sha256";

export type ZoneStatus = "ok" | "updating" | "error";

export interface ZoneAuthoritativeNameservers {
  /** Authoritative Hetzner nameservers assigned to this Zone. */
  assigned: string[];
  /** Authoritative nameservers currently delegated to by the parent DNS zone. */
  delegated: string[];
  /** Point in time (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format) when the DNS zone delegation was last checked. */
  delegation_last_check: string | null;
  /** Status of the delegation. */
  delegation_status?: ZoneAuthoritativeNameserversDelegationStatus;
}

export type ZoneAuthoritativeNameserversDelegationStatus = "valid" | "partially-valid" | "invalid" | "lame" | "unregistered" | "unknown";

export type ZoneRegistrar = "hetzner" | "other" | "unknown";

export type ZoneMode = "primary" | "secondary";

export interface GetZoneRrsetResponse {
  rrset: RrSet;
}

export interface RrSet {
  /** ID of the RRSet. */
  id: string;
  /** Name of the RRSet. */
  name: string;
  /** Type of the RRSet. */
  type: RrSetType;
  /** Time To Live (TTL) of the RRSet. */
  ttl: number | null;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels: { [key: string]: string };
  /** Protection of the RRSet. */
  protection: RrSetProtection;
  /** Records of the RRSet. */
  records: Record[];
  /** ID of the Zone. */
  zone: number;
}

export type RrSetType = "A" | "AAAA" | "CAA" | "CNAME" | "DS" | "HINFO" | "HTTPS" | "MX" | "NS" | "PTR" | "RP" | "SOA" | "SRV" | "SVCB" | "TLSA" | "TXT";

/** Protection of the RRSet. */
export interface RrSetProtection {
  /** Prevent the Resource from being changed. */
  change: boolean;
}

/** Record of a RRSet. */
export interface Record {
  /** Value of the record. */
  value: string;
  /** Comment of the record. */
  comment?: string;
}

export interface ActionListResponse {
  actions: Action[];
}

export interface CertificatesResponse {
  certificates: Certificate[];
  meta: ListMeta;
}

export interface ListMeta {
  /** See "Pagination" for more information. */
  pagination: Pagination;
}

/** See "Pagination" for more information. */
export interface Pagination {
  /** Current page number. */
  page: number;
  /** Maximum number of entries returned per page. */
  per_page: number;
  /** Page number of the previous page. Can be null if the current page is the first one. */
  previous_page: number | null;
  /** Page number of the next page. Can be null if the current page is the last one. */
  next_page: number | null;
  /** Page number of the last page available. Can be null if the current page is the last one. */
  last_page: number | null;
  /** Total number of entries that exist for this query. Can be null if unknown. */
  total_entries: number | null;
}

export interface ActionListResponseWithMeta {
  actions: Action[];
  meta: ListMeta;
}

export interface ListDatacentersResponse {
  /** List of Data Centers. */
  datacenters: Datacenter[];
  /** @deprecated This field is deprecated. Use the `recommended` flag in the Server Type `locations` field instead (`server_type.locations[].recommended`). */
  recommendation: number;
  meta: ListMeta;
}

export interface FirewallsResponse {
  firewalls: Firewall[];
  meta: ListMeta;
}

export interface ListFloatingIpsResponse {
  floating_ips: FloatingIp[];
  meta: ListMeta;
}

export interface ListImagesResponse {
  images: Image[];
  meta: ListMeta;
}

export interface ListIsosResponse {
  isos: Iso[];
  meta: ListMeta;
}

export interface ListLoadBalancerTypesResponse {
  load_balancer_types: LoadBalancerType[];
  meta: ListMeta;
}

export interface ListLoadBalancersResponse {
  load_balancers: LoadBalancer[];
  meta: ListMeta;
}

export interface GetLoadBalancerMetricsResponse {
  metrics: Metrics;
}

export interface Metrics {
  /** Start of period of metrics reported (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  start: string;
  /** End of period of metrics reported (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  end: string;
  /** Resolution of results in seconds. */
  step: number;
  /** Hash with timeseries information, containing the name of timeseries as key. */
  time_series: { [key: string]: MetricsTimeSeries };
}

export interface MetricsTimeSeries {
  /** Metrics timestamps with values. */
  values: Array<[number, string]>;
}

export interface ListLocationsResponse {
  /** List of Locations. */
  locations: Location[];
  meta: ListMeta;
}

export interface ListNetworksResponse {
  networks: Network[];
  meta: ListMeta;
}

export interface PlacementGroupsResponse {
  placement_groups: PlacementGroup[];
  meta: ListMeta;
}

export interface GetPricingResponse {
  pricing: Pricing;
}

export interface Pricing {
  /** Currency the returned prices are expressed in, coded according to [ISO 4217](https://wikipedia.org/wiki/ISO_4217). */
  currency: string;
  /** VAT rate used for calculating prices with VAT. */
  vat_rate: string;
  /** Price of Primary IPs per type and per Location. */
  primary_ips: PricingPrimaryIp[];
  /** Price of Floating IPs per type and per Location. */
  floating_ips: PricingFloatingIp[];
  /** Price of Images. */
  image: PricingImage;
  /** Price of Volumes. */
  volume: PricingImage;
  /** Price of Server backups. */
  server_backup: PricingServerBackup;
  /** Price of Server per type and per Location. */
  server_types: PricingServerType[];
  /** Price of Load Balancer per type and per Location. */
  load_balancer_types: PricingServerType[];
  /** @deprecated Price of Floating IPs. */
  floating_ip: PricingFloatingIp2;
}

export interface PricingPrimaryIp {
  /** Type of Primary IP the price is for. */
  type: FloatingIpType;
  /** Price of the Primary IP type per Location. */
  prices: PricingPrimaryIpPrice[];
}

export interface PricingPrimaryIpPrice {
  /** Name of the Location the price is for. */
  location: string;
  /** Hourly price in this Location. */
  price_hourly: PriceHourly;
  /** Monthly price in this Location. */
  price_monthly: PriceHourly;
}

export interface PricingFloatingIp {
  /** Type of Floating IP the price is for. */
  type: FloatingIpType;
  /** Price of the Floating IP type per Location. */
  prices: PricingFloatingIpPrice[];
}

export interface PricingFloatingIpPrice {
  /** Name of the Location the price is for. */
  location: string;
  /** Monthly price in this Location. */
  price_monthly: PriceHourly;
}

/** Price of Images. */
export interface PricingImage {
  /** Price of Images per GB/month. */
  price_per_gb_month: PriceHourly;
}

/** Price of Server backups. */
export interface PricingServerBackup {
  /** Price increase of the Server base price in percentage. */
  percentage: string;
}

export interface PricingServerType {
  /** ID of the Server Types the price is for. */
  id: number;
  /** Name of the Server Types the price is for. */
  name: string;
  /** Price of the Server Types per Location. */
  prices: Price[];
}

/** Price of Floating IPs. */
export interface PricingFloatingIp2 {
  /** Price of one Floating IP per month. */
  price_monthly: PriceHourly;
}

export interface PrimaryIPsResponse {
  primary_ips: PrimaryIp[];
  meta: ListMeta;
}

export interface ListServerTypesResponse {
  server_types: ServerType[];
  meta: ListMeta;
}

export interface ListServersResponse {
  servers: Server[];
  meta: ListMeta;
}

export interface ListSshKeysResponse {
  ssh_keys: SshKey[];
  meta: ListMeta;
}

export interface ListVolumesResponse {
  volumes: Volume[];
  meta: ListMeta;
}

export interface ListZonesResponse {
  zones: Zone[];
  meta: ListMeta;
}

export interface GetZoneZonefileResponse {
  /** Generated zone file. */
  zonefile: string;
}

export interface ListZoneRrsetsResponse {
  rrsets: RrSet[];
  meta: ListMeta;
}

export interface CreateCertificateResponse {
  certificate: Certificate;
  action?: Action | null;
}

export interface CreateFirewallResponse {
  firewall?: Firewall;
  actions?: Action[];
}

export interface CreateFloatingIpResponse {
  floating_ip: FloatingIp;
  /** Action will only be returned if the Floating IP is getting assigned. */
  action?: Action | null;
}

export interface CreateLoadBalancerResponse {
  load_balancer: LoadBalancer;
  action: Action;
}

export interface CreatePlacementGroupResponse {
  placement_group: PlacementGroup;
  action?: Action | null;
}

export interface CreatePrimaryIpResponse {
  primary_ip: PrimaryIp;
  /** Action will only be returned if the Primary IP is getting assigned. */
  action?: Action | null;
}

export interface CreateServerResponse {
  server: Server;
  action: Action;
  next_actions: Action[];
  /** Root password when no SSH keys have been specified. */
  root_password: string | null;
}

export interface DeleteServerResponse {
  action?: Action;
}

export interface CreateServerImageResponse {
  image?: Image;
  action?: Action;
}

/** The `root_password` key in the reply contains the root password that can be used to access the booted rescue system. */
export interface EnableServerRescueResponse {
  /** Password that will be set for this Server once the Action succeeds. */
  root_password?: string;
  action?: Action;
}

export interface RebuildServerResponse {
  /** New root password when not using SSH keys. */
  root_password?: string | null;
  action?: Action;
}

export interface RequestServerConsoleResponse {
  /** URL of websocket proxy to use; this includes a token which is valid for a limited time only. */
  wss_url: string;
  /** VNC password to use for this connection (this password only works in combination with a wss_url with valid token). */
  password: string;
  action: Action;
}

export interface CreateVolumeResponse {
  volume: Volume;
  action: Action;
  next_actions: Action[];
}

export interface CreateZoneResponse {
  zone: Zone;
  action: Action;
}

export interface CreateZoneRrsetResponse {
  rrset: RrSet;
  action: Action;
}

export interface CreateCertificateRequest {
  /** Name of the Certificate. */
  name: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
  /** Choose between uploading a Certificate in PEM format or requesting a managed *Let's Encrypt* Certificate. */
  type?: CertificateType;
  /** Certificate and chain in PEM format, in order so that each record directly certifies the one preceding. Required for type `uploaded` Certificates. */
  certificate?: string;
  /** Certificate key in PEM format. Required for type `uploaded` Certificates. */
  private_key?: string;
  /** Domains and subdomains that should be contained in the Certificate issued by *Let's Encrypt*. Required for type `managed` Certificates. */
  domain_names?: string[];
}

export interface UpdateCertificateRequest {
  /** New Certificate name. */
  name?: string;
  /** User-defined labels (`key/value` pairs) for the Resource. */
  labels?: { [key: string]: string };
}

export interface CreateFirewallRequest {
  /** Name of the Firewall. */
  name: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
  /** Array of rules. */
  rules?: Rule[];
  /** Resources to apply the Firewall to. */
  apply_to?: FirewallResource[];
}

export interface Rule {
  /** Description of the rule. */
  description?: string | null;
  /** Traffic direction in which the rule should be applied to. */
  direction: RuleResponseDirection;
  /** List of permitted IPv4/IPv6 addresses for incoming traffic. */
  source_ips?: string[];
  /** List of permitted IPv4/IPv6 addresses for outgoing traffic. */
  destination_ips?: string[];
  /** Network protocol to apply the rule for. */
  protocol: RuleResponseProtocol;
  /** Port or port range to apply the rule for. */
  port?: string;
}

export interface FirewallResource {
  /** Type of the resource. */
  type: FirewallAppliedToType;
  /** Server the Firewall is applied to. */
  server?: FirewallAppliedToServer;
  /** Label Selector the Firewall is applied to. */
  label_selector?: LabelSelector;
}

export interface ApplyToResourcesRequest {
  /** Resources to apply the Firewall to. */
  apply_to: FirewallResource[];
}

export interface RemoveFromResourcesRequest {
  /** Resources to remove the Firewall from. */
  remove_from: FirewallResource[];
}

export interface SetRulesRequest {
  /** Array of rules. */
  rules: Rule[];
}

export interface FloatingIpCreateRequest {
  /** The Floating IP type. */
  type: FloatingIpType;
  /** Server the Floating IP is assigned to. */
  server?: number | null;
  /** Home Location for the Floating IP. */
  home_location?: number | string;
  /** Description of the Resource. */
  description?: string | null;
  /** Name of the Resource. Must be unique per Project. */
  name?: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
}

export interface FloatingIpUpdateRequest {
  /** Description of the Resource. */
  description?: string | null;
  /** Name of the Resource. Must be unique per Project. */
  name?: string;
  /** User-defined labels (`key/value` pairs) for the Resource. */
  labels?: { [key: string]: string };
}

export interface FloatingIpActionsAssignRequest {
  /** Server the Floating IP is assigned to. */
  server: number | null;
}

export interface ChangeFloatingIpDnsPtrRequest {
  /** Single IPv4 or IPv6 address to create pointer for. */
  ip: string;
  /** Domain Name to point to. */
  dns_ptr?: string | null;
}

export interface UpdateImageRequest {
  /** New description of Image. */
  description?: string;
  /** Destination Image type to convert to. */
  type?: UpdateImageRequestType;
  /** User-defined labels (`key/value` pairs) for the Resource. */
  labels?: { [key: string]: string };
}

export type UpdateImageRequestType = "snapshot";

export interface ChangeImageProtectionRequest {
  /** If true, prevents the snapshot from being deleted. */
  delete?: boolean;
}

export interface CreateLoadBalancerRequest {
  /** Name of the Load Balancer. */
  name: string;
  /** ID or name of the Load Balancer type this Load Balancer should be created with. */
  load_balancer_type: string;
  /** Algorithm of the Load Balancer. */
  algorithm?: Algorithm;
  /** Array of services. */
  services?: LoadBalancerService[];
  /** Array of targets. */
  targets?: CreateLoadBalancerRequestTarget[];
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
  /** Enable or disable the public interface of the Load Balancer. */
  public_interface?: boolean;
  /** ID of the network the Load Balancer should be attached to on creation. */
  network?: number;
  /** Name of network zone. */
  network_zone?: string;
  /** ID or name of Location to create Load Balancer in. */
  location?: string;
}

export interface CreateLoadBalancerRequestTarget {
  /** Type of the resource. */
  type: LoadBalancerTargetType;
  /** Configuration for type Server, only valid and required if type is `server`. */
  server?: CreateLoadBalancerRequestTargetServer;
  /** Configuration for label selector targets, only valid and required if type is `label_selector`. */
  label_selector?: LabelSelector;
  /** Configuration for an IP target. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only valid and required if type is `ip`. */
  ip?: LoadBalancerTargetIp;
  /** Use the private network IP instead of the public IP of the Server, requires the Server and Load Balancer to be in the same network. Only valid for target types `server` and `label_selector`. */
  use_private_ip?: boolean;
}

/** Configuration for type Server, only valid and required if type is `server`. */
export interface CreateLoadBalancerRequestTargetServer {
  /** ID of the Server. */
  id: number;
  /**
   * Optional public IP of the Server to use as target.
   * Must be the Primary IPv4 of the Server, or an IPv6 host address within IPv6 /64 subnet of the Server. If omitted, the Primary IPv4 of the Server is used. Must not be a private IP and is only valid for public targets.
   */
  ip?: string;
}

export interface AddLoadBalancerServiceRequest {
  /** Protocol of the Load Balancer. */
  protocol?: LoadBalancerServiceProtocol;
  /** Port the Load Balancer listens on. */
  listen_port?: number;
  /** Port the Load Balancer will balance to. */
  destination_port?: number;
  /** Is Proxyprotocol enabled or not. */
  proxyprotocol?: boolean;
  health_check?: AddLoadBalancerServiceRequestHealthCheck;
  /** Configuration option for protocols http and https. */
  http?: LoadBalancerServiceHttp;
}

export interface AddLoadBalancerServiceRequestHealthCheck {
  /** Type of the health check. */
  protocol?: LoadBalancerServiceHealthCheckProtocol;
  /** Port the health check will be performed on. */
  port?: number;
  /** Time interval in seconds health checks are performed. */
  interval?: number;
  /** Time in seconds after an attempt is considered a timeout. */
  timeout?: number;
  /** Unsuccessful retries needed until a target is considered unhealthy; an unhealthy target needs the same number of successful retries to become healthy again. */
  retries?: number;
  /** Additional configuration for protocol http. */
  http?: AddLoadBalancerServiceRequestHealthCheckHttp;
}

/** Additional configuration for protocol http. */
export interface AddLoadBalancerServiceRequestHealthCheckHttp {
  /** Host header to send in the HTTP request. May not contain spaces, percent or backslash symbols. Can be null, in that case no host header is sent. */
  domain?: string | null;
  /** HTTP path to use for health checks. May not contain literal spaces, use percent-encoding instead. */
  path?: string;
  /** String that must be contained in HTTP response in order to pass the health check. */
  response?: string;
  /** List of returned HTTP status codes in order to pass the health check. Supports the wildcards `?` for exactly one character and `*` for multiple ones. */
  status_codes?: string[];
  /** Use HTTPS for health check. */
  tls?: boolean;
}

/** Configuration option for protocols http and https. */
export interface LoadBalancerServiceHttp {
  /** Name of the cookie used for sticky sessions. */
  cookie_name?: string;
  /** Lifetime of the cookie used for sticky sessions (in seconds). */
  cookie_lifetime?: number;
  /** Idle timeout in seconds for the client and server side. */
  timeout_idle?: number;
  /** IDs of the Certificates to use for TLS/SSL termination by the Load Balancer; empty for TLS/SSL passthrough or if `protocol` is `http`. */
  certificates?: number[];
  /** Redirect HTTP requests to HTTPS. Only available if `protocol` is `https`. */
  redirect_http?: boolean;
  /** Use sticky sessions. Only available if `protocol` is `http` or `https`. */
  sticky_sessions?: boolean;
}

export interface AttachLoadBalancerToNetworkRequest {
  /** ID of an existing network to attach the Load Balancer to. */
  network: number;
  /** IP to request to be assigned to this Load Balancer; if you do not provide this then you will be auto assigned an IP address. */
  ip?: string;
  /** IP range in CIDR block notation of the subnet to attach to. */
  ip_range?: string;
}

export interface ChangeTypeRequest {
  /** ID or name of Load Balancer type the Load Balancer should migrate to. */
  load_balancer_type: string;
}

export interface DeleteLoadBalancerServiceRequest {
  /** The listen port of the service you want to delete. */
  listen_port: number;
}

export interface DetachLoadBalancerFromNetworkRequest {
  /** ID of an existing network to detach the Load Balancer from. */
  network: number;
}

/** Configuration of a Load Balancer target. */
export interface RemoveLoadBalancerTargetRequest {
  /** Type of the resource. */
  type: LoadBalancerTargetType;
  /** Configuration for type Server, only valid and required if type is `server`. */
  server?: CreateLoadBalancerRequestTargetServer;
  /** Configuration for label selector targets, only valid and required if type is `label_selector`. */
  label_selector?: LabelSelector;
  /** Configuration for an IP target. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only valid and required if type is `ip`. */
  ip?: LoadBalancerTargetIp;
}

export interface NetworkCreateRequest {
  /** Name of the Network. */
  name: string;
  /** IP range of the Network. */
  ip_range: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
  /** Array of subnets to allocate. */
  subnets?: NetworkCreateRequestSubnet[];
  /** Array of routes set in this Network. */
  routes?: Route[];
  /** Toggle to expose routes to the Networks vSwitch. */
  expose_routes_to_vswitch?: boolean;
}

export interface NetworkCreateRequestSubnet {
  /** Type of subnet. */
  type: NetworkSubnetType;
  /** IP range of the subnet. */
  ip_range?: string;
  /** Name of the Network Zone. */
  network_zone: string;
  /** ID of the robot vSwitch. */
  vswitch_id?: number;
}

export interface NetworkUpdateRequest {
  /** New Network name. */
  name?: string;
  /** User-defined labels (`key/value` pairs) for the Resource. */
  labels?: { [key: string]: string };
  /** Toggle to expose routes to the Networks vSwitch. */
  expose_routes_to_vswitch?: boolean;
}

export interface ChangeIpRangeRequest {
  /** IP range of the Network. */
  ip_range: string;
}

export interface CreatePlacementGroupRequest {
  /** Name of the Placement Group. */
  name: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
  /** Define the Placement Group Type. */
  type: PlacementGroupType;
}

export interface PrimaryIpCreateRequest {
  /** Name of the Resource. Must be unique per Project. */
  name: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
  /** Primary IP type. */
  type: FloatingIpType;
  /** Location ID or name the Primary IP will be bound to. */
  location?: number | string;
  /** Type of resource to assign the Primary IP to. */
  assignee_type?: FirewallAppliedToResourceType;
  /** ID of resource to assign the Primary IP to. */
  assignee_id?: number | null;
  /** Auto deletion state. */
  auto_delete?: boolean;
}

export interface PrimaryIpUpdateRequest {
  /** Name of the Resource. Must be unique per Project. */
  name?: string;
  /** User-defined labels (`key/value` pairs) for the Resource. */
  labels?: { [key: string]: string };
  /** Auto deletion state. */
  auto_delete?: boolean;
}

export interface PrimaryIpActionsAssignRequest {
  /** Type of resource assigning the Primary IP to. */
  assignee_type: FirewallAppliedToResourceType;
  /** ID of a resource of type `assignee_type`. */
  assignee_id: number;
}

export interface CreateServerRequest {
  /** Name of the Server to create (must be unique per Project and a valid hostname as per RFC 1123). */
  name: string;
  /** ID or name of the Location to create the Server in. */
  location?: string;
  /** ID or name of the Server type this Server should be created with. */
  server_type: string;
  /** This automatically triggers a Power on a Server-Server Action after the creation is finished and is returned in the `next_actions` response object. */
  start_after_create?: boolean;
  /** ID or name of the Image the Server is created from. */
  image: string;
  /** ID of the Placement Group the Server should be in. */
  placement_group?: number;
  /** SSH key IDs (`integer`) or names (`string`) which should be injected into the Server at creation time. */
  ssh_keys?: string[];
  /** Volume IDs which should be attached to the Server at the creation time. Volumes must be in the same Location. */
  volumes?: number[];
  /** Network IDs which should be attached to the Server private network interface at the creation time. */
  networks?: number[];
  /** Firewalls which should be applied on the Server's public network interface at creation time. */
  firewalls?: CreateServerRequestFirewall[];
  /** Cloud-Init user data to use during Server creation. This field is limited to 32KiB. */
  user_data?: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
  /** Auto-mount Volumes after attach. */
  automount?: boolean;
  /** Public Network options. */
  public_net?: CreateServerRequestPublicNet;
}

export interface CreateServerRequestFirewall {
  /** ID of the Firewall. */
  firewall: number;
}

/** Public Network options. */
export interface CreateServerRequestPublicNet {
  /** Attach an IPv4 on the public NIC. If false, no IPv4 address will be attached. */
  enable_ipv4?: boolean;
  /** Attach an IPv6 on the public NIC. If false, no IPv6 address will be attached. */
  enable_ipv6?: boolean;
  /** ID of the ipv4 Primary IP to use. If omitted and enable_ipv4 is true, a new ipv4 Primary IP will automatically be created. */
  ipv4?: number | null;
  /** ID of the ipv6 Primary IP to use. If omitted and enable_ipv6 is true, a new ipv6 Primary IP will automatically be created. */
  ipv6?: number | null;
}

export interface AddToPlacementGroupRequest {
  /** ID of Placement Group the Server should be added to. */
  placement_group: number;
}

export interface AttachServerIsoRequest {
  /** ID or name of ISO to attach to the Server as listed in GET `/isos`. */
  iso: string;
}

export interface AttachToNetworkRequest {
  /** ID of an existing network to attach the Server to. */
  network: number;
  /** IP to request to be assigned to this Server; if you do not provide this then you will be auto assigned an IP address. */
  ip?: string;
  /** Additional IPs to be assigned to this Server. */
  alias_ips?: string[];
  /** IP range in CIDR block notation of the subnet to attach to. */
  ip_range?: string;
}

export interface ChangeServerAliasIpsRequest {
  /** ID of an existing Network already attached to the Server. */
  network: number;
  /** New alias IPs to set for this Server. */
  alias_ips: string[];
}

export interface ChangeServerProtectionRequest {
  /** If true, prevents the Server from being deleted (currently delete and rebuild attribute needs to have the same value). */
  delete?: boolean;
  /** If true, prevents the Server from being rebuilt (currently delete and rebuild attribute needs to have the same value). */
  rebuild?: boolean;
}

export interface ChangeServerTypeRequest {
  /** If false, do not upgrade the disk (this allows downgrading the Server type later). */
  upgrade_disk: boolean;
  /** ID or name of Server type the Server should migrate to. */
  server_type: string;
}

export interface CreateImageRequest {
  /** Description of the Image, will be auto-generated if not set. */
  description?: string;
  /** Type of Image to create. */
  type?: CreateImageRequestType;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
}

export type CreateImageRequestType = "snapshot" | "backup";

export interface EnableServerRescueRequest {
  /** Type of rescue system to boot. */
  type?: EnableServerRescueRequestType;
  /** Array of SSH key IDs which should be injected into the rescue system. */
  ssh_keys?: number[];
}

export type EnableServerRescueRequestType = "linux64";

export interface RebuildServerRequest {
  /** ID or name of Image to rebuilt from. */
  image: string;
  /** Cloud-Init user data to use during Server rebuild. This field is limited to 32KiB. If not specified, the Server's previous user_data value will be re-used (if any was set). */
  user_data?: string;
}

export interface CreateSshKeyRequest {
  /** Name of the SSH key. */
  name: string;
  /** Public key. */
  public_key: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
}

export interface CreateVolumeRequest {
  /** Size of the Volume in GB. */
  size: number;
  /** Name of the volume. */
  name: string;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
  /** Auto-mount Volume after attach. `server` must be provided. */
  automount?: boolean;
  /** Format Volume after creation. One of: `xfs`, `ext4`. */
  format?: string;
  /** Location to create the Volume in (can be omitted if Server is specified). */
  location?: string;
  /** Server to which to attach the Volume once it's created (Volume will be created in the same Location as the server). */
  server?: number;
}

export interface AttachVolumeRequest {
  /** ID of the Server the Volume will be attached to. */
  server: number;
  /** Auto-mount the Volume after attaching it. */
  automount?: boolean;
}

export interface ResizeVolumeRequest {
  /** New Volume size in GB (must be greater than current size). */
  size: number;
}

export interface CreateZoneRequest {
  /** Name of the Zone. */
  name: string;
  /** Mode of the Zone. */
  mode: ZoneMode;
  /** Default Time To Live (TTL) of the Zone. */
  ttl?: number;
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
  /** Primary nameservers of the Zone. */
  primary_nameservers?: PrimaryNameserver[];
  /** RRSets to be added to the Zone. */
  rrsets?: CreateZoneRequestRrset[];
  /** Zone file to import. */
  zonefile?: string;
}

export interface CreateZoneRequestRrset {
  /** Name of the RRSet. */
  name: string;
  /** Type of the RRSet. */
  type: RrSetType;
  /** Time To Live (TTL) of the RRSet. */
  ttl?: number | null;
  /** Records of the RRSet. */
  records: Record[];
  /**
   * User-defined labels (`key/value` pairs) for the Resource.
   * For more information, see "Labels".
   */
  labels?: { [key: string]: string };
}

export interface ZoneUpdateRequest {
  /** User-defined labels (`key/value` pairs) for the Resource. */
  labels?: { [key: string]: string };
}

export interface ChangeZonePrimaryNameserversRequest {
  /** Primary nameservers of the Zone. */
  primary_nameservers: PrimaryNameserver[];
}

export interface ChangeZoneTtlRequest {
  /** Default Time To Live (TTL) of the Zone. */
  ttl: number;
}

export interface ChangeZoneRrsetTtlRequest {
  /** Time To Live (TTL) of the RRSet. */
  ttl: number | null;
}

export interface SetZoneRrsetRecordsRequest {
  /** Records to set in the RRSet. */
  records: Record[];
}

export interface AddZoneRrsetRecordsRequest {
  /** Time To Live (TTL) of the RRSet. */
  ttl?: number | null;
  /** Records to add to the RRSet. */
  records: Record[];
}

export interface UpdateZoneRrsetRecordsRequest {
  /** Records to update in the RRSet. */
  records: UpdateZoneRrsetRecordsRequestRecord[];
}

/** Record of a RRSet. */
export interface UpdateZoneRrsetRecordsRequestRecord {
  /** Value of the record to update. */
  value: string;
  /** New comment for the record. */
  comment: string;
}

export type CertificateSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc";

export type ActionSort = "id" | "id:asc" | "id:desc" | "command" | "command:asc" | "command:desc" | "status" | "status:asc" | "status:desc" | "started" | "started:asc" | "started:desc" | "finished" | "finished:asc" | "finished:desc";

export type DatacenterSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc";

export type FirewallSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc";

export type FloatingIpSort = "id" | "id:asc" | "id:desc" | "created" | "created:asc" | "created:desc";

export type ImageSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc";

export type LoadBalancerSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc";

export type GetLoadBalancerMetricsType = "open_connections" | "connections_per_second" | "requests_per_second" | "bandwidth";

export type LocationSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc";

export type NetworkSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc";

export type PlacementGroupSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc";

export type PrimaryIpSort = "id" | "id:asc" | "id:desc" | "created" | "created:asc" | "created:desc";

export type ServerSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc";

export type GetServerMetricsType = "cpu" | "disk" | "network";

export type SshKeySort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc";

export type VolumeSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc";

export type ZoneSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc";

export type RrSetSort = "id" | "id:asc" | "id:desc" | "name" | "name:asc" | "name:desc" | "created" | "created:asc" | "created:desc";

/** The body of `update_firewall` (the same shape as UpdateCertificateRequest). */
export type UpdateFirewallRequest = UpdateCertificateRequest;

/** The body of `apply_firewall_to_resources` (the same shape as ApplyToResourcesRequest). */
export type ApplyFirewallToResourcesRequest = ApplyToResourcesRequest;

/** The body of `remove_firewall_from_resources` (the same shape as RemoveFromResourcesRequest). */
export type RemoveFirewallFromResourcesRequest = RemoveFromResourcesRequest;

/** The body of `set_firewall_rules` (the same shape as SetRulesRequest). */
export type SetFirewallRulesRequest = SetRulesRequest;

/** The body of `create_floating_ip` (the same shape as FloatingIpCreateRequest). */
export type CreateFloatingIpRequest = FloatingIpCreateRequest;

/** The body of `update_floating_ip` (the same shape as FloatingIpUpdateRequest). */
export type UpdateFloatingIpRequest = FloatingIpUpdateRequest;

/** The body of `assign_floating_ip` (the same shape as FloatingIpActionsAssignRequest). */
export type AssignFloatingIpRequest = FloatingIpActionsAssignRequest;

/** The body of `change_floating_ip_protection` (the same shape as Protection). */
export type ChangeFloatingIpProtectionRequest = Protection;

/** The body of `update_load_balancer` (the same shape as UpdateCertificateRequest). */
export type UpdateLoadBalancerRequest = UpdateCertificateRequest;

/** The body of `add_load_balancer_target` (the same shape as CreateLoadBalancerRequestTarget). */
export type AddLoadBalancerTargetRequest = CreateLoadBalancerRequestTarget;

/** The body of `change_load_balancer_algorithm` (the same shape as Algorithm). */
export type ChangeLoadBalancerAlgorithmRequest = Algorithm;

/** The body of `change_load_balancer_dns_ptr` (the same shape as ChangeFloatingIpDnsPtrRequest). */
export type ChangeLoadBalancerDnsPtrRequest = ChangeFloatingIpDnsPtrRequest;

/** The body of `change_load_balancer_protection` (the same shape as ChangeImageProtectionRequest). */
export type ChangeLoadBalancerProtectionRequest = ChangeImageProtectionRequest;

/** The body of `change_load_balancer_type` (the same shape as ChangeTypeRequest). */
export type ChangeLoadBalancerTypeRequest = ChangeTypeRequest;

/** The body of `update_load_balancer_service` (the same shape as AddLoadBalancerServiceRequest). */
export type UpdateLoadBalancerServiceRequest = AddLoadBalancerServiceRequest;

/** The body of `create_network` (the same shape as NetworkCreateRequest). */
export type CreateNetworkRequest = NetworkCreateRequest;

/** The body of `update_network` (the same shape as NetworkUpdateRequest). */
export type UpdateNetworkRequest = NetworkUpdateRequest;

/** The body of `add_network_route` (the same shape as Route). */
export type AddNetworkRouteRequest = Route;

/** The body of `add_network_subnet` (the same shape as NetworkCreateRequestSubnet). */
export type AddNetworkSubnetRequest = NetworkCreateRequestSubnet;

/** The body of `change_network_ip_range` (the same shape as ChangeIpRangeRequest). */
export type ChangeNetworkIpRangeRequest = ChangeIpRangeRequest;

/** The body of `change_network_protection` (the same shape as ChangeImageProtectionRequest). */
export type ChangeNetworkProtectionRequest = ChangeImageProtectionRequest;

/** The body of `delete_network_route` (the same shape as Route). */
export type DeleteNetworkRouteRequest = Route;

/** The body of `delete_network_subnet` (the same shape as ChangeIpRangeRequest). */
export type DeleteNetworkSubnetRequest = ChangeIpRangeRequest;

/** The body of `update_placement_group` (the same shape as UpdateCertificateRequest). */
export type UpdatePlacementGroupRequest = UpdateCertificateRequest;

/** The body of `create_primary_ip` (the same shape as PrimaryIpCreateRequest). */
export type CreatePrimaryIpRequest = PrimaryIpCreateRequest;

/** The body of `update_primary_ip` (the same shape as PrimaryIpUpdateRequest). */
export type UpdatePrimaryIpRequest = PrimaryIpUpdateRequest;

/** The body of `assign_primary_ip` (the same shape as PrimaryIpActionsAssignRequest). */
export type AssignPrimaryIpRequest = PrimaryIpActionsAssignRequest;

/** The body of `change_primary_ip_dns_ptr` (the same shape as ChangeFloatingIpDnsPtrRequest). */
export type ChangePrimaryIpDnsPtrRequest = ChangeFloatingIpDnsPtrRequest;

/** The body of `change_primary_ip_protection` (the same shape as Protection). */
export type ChangePrimaryIpProtectionRequest = Protection;

/** The body of `update_server` (the same shape as UpdateCertificateRequest). */
export type UpdateServerRequest = UpdateCertificateRequest;

/** The body of `add_server_to_placement_group` (the same shape as AddToPlacementGroupRequest). */
export type AddServerToPlacementGroupRequest = AddToPlacementGroupRequest;

/** The body of `attach_server_to_network` (the same shape as AttachToNetworkRequest). */
export type AttachServerToNetworkRequest = AttachToNetworkRequest;

/** The body of `change_server_dns_ptr` (the same shape as ChangeFloatingIpDnsPtrRequest). */
export type ChangeServerDnsPtrRequest = ChangeFloatingIpDnsPtrRequest;

/** The body of `create_server_image` (the same shape as CreateImageRequest). */
export type CreateServerImageRequest = CreateImageRequest;

/** The body of `detach_server_from_network` (the same shape as DetachLoadBalancerFromNetworkRequest). */
export type DetachServerFromNetworkRequest = DetachLoadBalancerFromNetworkRequest;

/** The body of `update_ssh_key` (the same shape as UpdateCertificateRequest). */
export type UpdateSshKeyRequest = UpdateCertificateRequest;

/** The body of `update_volume` (the same shape as UpdateCertificateRequest). */
export type UpdateVolumeRequest = UpdateCertificateRequest;

/** The body of `change_volume_protection` (the same shape as ChangeImageProtectionRequest). */
export type ChangeVolumeProtectionRequest = ChangeImageProtectionRequest;

/** The body of `update_zone` (the same shape as ZoneUpdateRequest). */
export type UpdateZoneRequest = ZoneUpdateRequest;

/** The body of `change_zone_protection` (the same shape as ChangeImageProtectionRequest). */
export type ChangeZoneProtectionRequest = ChangeImageProtectionRequest;

/** The body of `import_zone_zonefile` (the same shape as GetZoneZonefileResponse). */
export type ImportZoneZonefileRequest = GetZoneZonefileResponse;

/** The body of `create_zone_rrset` (the same shape as CreateZoneRequestRrset). */
export type CreateZoneRrsetRequest = CreateZoneRequestRrset;

/** The body of `update_zone_rrset` (the same shape as ZoneUpdateRequest). */
export type UpdateZoneRrsetRequest = ZoneUpdateRequest;

/** The body of `change_zone_rrset_protection` (the same shape as RrSetProtection). */
export type ChangeZoneRrsetProtectionRequest = RrSetProtection;

/** The body of `remove_zone_rrset_records` (the same shape as SetZoneRrsetRecordsRequest). */
export type RemoveZoneRrsetRecordsRequest = SetZoneRrsetRecordsRequest;

/** Query parameters of `get_actions`. */
export interface GetActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id: number | number[];
}

/** Query parameters of `list_certificates`. */
export interface ListCertificatesParams {
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: CertificateSort | CertificateSort[];
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Filter resources by type. May be used multiple times. */
  type?: CertificateType | CertificateType[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_certificates_actions`. */
export interface ListCertificatesActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id?: number | number[];
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_certificate_actions`. */
export interface ListCertificateActionsParams {
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_datacenters`. */
export interface ListDatacentersParams {
  /** Filter resources by their name. */
  name?: string;
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: DatacenterSort | DatacenterSort[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_firewalls`. */
export interface ListFirewallsParams {
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: FirewallSort | FirewallSort[];
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_firewalls_actions`. */
export interface ListFirewallsActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id?: number | number[];
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_firewall_actions`. */
export interface ListFirewallActionsParams {
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_floating_ips`. */
export interface ListFloatingIpsParams {
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: FloatingIpSort | FloatingIpSort[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_floating_ips_actions`. */
export interface ListFloatingIpsActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id?: number | number[];
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_floating_ip_actions`. */
export interface ListFloatingIpActionsParams {
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_images`. */
export interface ListImagesParams {
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: ImageSort | ImageSort[];
  /** Filter resources by type. May be used multiple times. */
  type?: ImageType | ImageType[];
  /** Filter resources by status. May be used multiple times. */
  status?: ImageStatus | ImageStatus[];
  /** Filter Images by their linked Server ID. May be used multiple times. */
  bound_to?: string | string[];
  /** Include deprecated Images. */
  include_deprecated?: boolean;
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Filter resources by cpu architecture. */
  architecture?: ImageArchitecture;
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_images_actions`. */
export interface ListImagesActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id?: number | number[];
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_image_actions`. */
export interface ListImageActionsParams {
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_isos`. */
export interface ListIsosParams {
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by cpu architecture. */
  architecture?: ImageArchitecture;
  /** Include Images with wildcard architecture (architecture is null). Architecture filter must be specified. */
  include_architecture_wildcard?: boolean;
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_load_balancer_types`. */
export interface ListLoadBalancerTypesParams {
  /** Filter resources by their name. */
  name?: string;
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_load_balancers`. */
export interface ListLoadBalancersParams {
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: LoadBalancerSort | LoadBalancerSort[];
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_load_balancers_actions`. */
export interface ListLoadBalancersActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id?: number | number[];
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_load_balancer_actions`. */
export interface ListLoadBalancerActionsParams {
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `get_load_balancer_metrics`. */
export interface GetLoadBalancerMetricsParams {
  /** Type of metrics to get. */
  type: GetLoadBalancerMetricsType | GetLoadBalancerMetricsType[];
  /** Start of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  start: string;
  /** End of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  end: string;
  /** Resolution of results in seconds. */
  step?: string;
}

/** Query parameters of `list_locations`. */
export interface ListLocationsParams {
  /** Filter resources by their name. */
  name?: string;
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: LocationSort | LocationSort[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_networks`. */
export interface ListNetworksParams {
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: NetworkSort | NetworkSort[];
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_networks_actions`. */
export interface ListNetworksActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id?: number | number[];
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_network_actions`. */
export interface ListNetworkActionsParams {
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_placement_groups`. */
export interface ListPlacementGroupsParams {
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: PlacementGroupSort | PlacementGroupSort[];
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Filter resources by type. May be used multiple times. */
  type?: PlacementGroupType | PlacementGroupType[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_primary_ips`. */
export interface ListPrimaryIpsParams {
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Filter results by IP address. */
  ip?: string;
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: PrimaryIpSort | PrimaryIpSort[];
}

/** Query parameters of `list_primary_ips_actions`. */
export interface ListPrimaryIpsActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id?: number | number[];
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_primary_ip_actions`. */
export interface ListPrimaryIpActionsParams {
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_server_types`. */
export interface ListServerTypesParams {
  /** Filter resources by their name. */
  name?: string;
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_servers`. */
export interface ListServersParams {
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: ServerSort | ServerSort[];
  /** Filter resources by status. May be used multiple times. */
  status?: ServerStatus | ServerStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_servers_actions`. */
export interface ListServersActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id?: number | number[];
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_server_actions`. */
export interface ListServerActionsParams {
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `get_server_metrics`. */
export interface GetServerMetricsParams {
  /** Type of metrics to get. */
  type: GetServerMetricsType | GetServerMetricsType[];
  /** Start of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  start: string;
  /** End of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). */
  end: string;
  /** Resolution of results in seconds. */
  step?: string;
}

/** Query parameters of `list_ssh_keys`. */
export interface ListSshKeysParams {
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: SshKeySort | SshKeySort[];
  /** Filter resources by their name. */
  name?: string;
  /** May be used to filter SSH keys by their fingerprint. The response will only contain the SSH key matching the specified fingerprint. */
  fingerprint?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_volumes`. */
export interface ListVolumesParams {
  /** Filter resources by status. May be used multiple times. */
  status?: VolumeStatus | VolumeStatus[];
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: VolumeSort | VolumeSort[];
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_volumes_actions`. */
export interface ListVolumesActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id?: number | number[];
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_volume_actions`. */
export interface ListVolumeActionsParams {
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_zones`. */
export interface ListZonesParams {
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by their mode. */
  mode?: ZoneMode;
  /** Filter resources by labels. */
  label_selector?: string;
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: ZoneSort | ZoneSort[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_zones_actions`. */
export interface ListZonesActionsParams {
  /** Filter the actions by ID. May be used multiple times. */
  id?: number | number[];
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_zone_actions`. */
export interface ListZoneActionsParams {
  /** Sort actions by field and direction. May be used multiple times. */
  sort?: ActionSort | ActionSort[];
  /** Filter the actions by status. May be used multiple times. */
  status?: ActionStatus | ActionStatus[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

/** Query parameters of `list_zone_rrsets`. */
export interface ListZoneRrsetsParams {
  /** Filter resources by their name. */
  name?: string;
  /** Filter resources by their type. May be used multiple times. */
  type?: RrSetType | RrSetType[];
  /** Filter resources by labels. */
  label_selector?: string;
  /** Sort resources by field and direction. May be used multiple times. */
  sort?: RrSetSort | RrSetSort[];
  /** Page number to return. For more information, see "Pagination". */
  page?: number;
  /** Maximum number of entries returned per page. For more information, see "Pagination". */
  per_page?: number;
}

