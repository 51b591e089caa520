// Generated from cloud.spec.json by xtask. Do not edit.
//! Models of the Hetzner Cloud API.

#![allow(clippy::too_many_arguments, clippy::large_enum_variant)]

use serde::{Deserialize, Serialize};

/// ActionResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionResponse {
    pub action: Action,
}

/// Action
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Action {
    /// ID of the Action.
    pub id: i64,
    /// Command executed in the Action.
    pub command: String,
    /// Status of the Action.
    pub status: ActionStatus,
    /// Point in time when the Action was started (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub started: crate::Timestamp,
    /// Point in time when the Action was finished (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). Only set if the Action is finished otherwise null.
    #[serde(default)]
    pub finished: Option<crate::Timestamp>,
    /// Progress of the Action in percent.
    pub progress: i32,
    /// Resources the Action relates to.
    pub resources: Vec<ActionResource>,
    /// Error message for the Action if an error occurred, otherwise null.
    #[serde(default)]
    pub error: Option<ActionError>,
}

crate::string_enum! {
    /// Values of `ActionStatus`.
    ActionStatus {
        /// `running`
        Running = "running",
        /// `success`
        Success = "success",
        /// `error`
        Error = "error",
    }
}

/// ActionResource
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionResource {
    /// ID of the Resource.
    pub id: i64,
    /// Type of the Resource.
    pub r#type: String,
}

/// Error message for the Action if an error occurred, otherwise null.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionError {
    /// Fixed error code for machines.
    pub code: String,
    /// Error message for humans.
    pub message: String,
}

/// CertificateResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificateResponse {
    pub certificate: Certificate,
}

/// Certificate
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Certificate {
    /// ID of the Certificate.
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// Type of the Certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CertificateType>,
    /// Certificate and chain in PEM format, in order so that each record directly certifies the one preceding.
    #[serde(default)]
    pub certificate: Option<String>,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
    /// Point in time when the Certificate becomes valid (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[serde(default)]
    pub not_valid_before: Option<crate::Timestamp>,
    /// Point in time when the Certificate stops being valid (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[serde(default)]
    pub not_valid_after: Option<crate::Timestamp>,
    /// Domains and subdomains covered by the Certificate.
    pub domain_names: Vec<String>,
    /// SHA256 fingerprint of the Certificate.
    #[serde(default)]
    pub fingerprint: Option<String>,
    /// Current status of a type `managed` Certificate, always *null* for type `uploaded` Certificates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CertificateStatus>,
    /// Resources currently using the Certificate.
    pub used_by: Vec<ActionResource>,
}

crate::string_enum! {
    /// Values of `CertificateType`.
    CertificateType {
        /// `uploaded`
        Uploaded = "uploaded",
        /// `managed`
        Managed = "managed",
    }
}

/// Current status of a type `managed` Certificate, always *null* for type `uploaded` Certificates.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct CertificateStatus {
    /// Status of the issuance process of the Certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuance: Option<CertificateStatusIssuance>,
    /// Status of the renewal process of the Certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewal: Option<CertificateStatusRenewal>,
    /// If issuance or renewal reports `failed`, this property contains information about what happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<CertificateStatusError>,
}

crate::string_enum! {
    /// Values of `CertificateStatusIssuance`.
    CertificateStatusIssuance {
        /// `pending`
        Pending = "pending",
        /// `completed`
        Completed = "completed",
        /// `failed`
        Failed = "failed",
    }
}

crate::string_enum! {
    /// Values of `CertificateStatusRenewal`.
    CertificateStatusRenewal {
        /// `scheduled`
        Scheduled = "scheduled",
        /// `pending`
        Pending = "pending",
        /// `failed`
        Failed = "failed",
        /// `unavailable`
        Unavailable = "unavailable",
    }
}

/// If issuance or renewal reports `failed`, this property contains information about what happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct CertificateStatusError {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// GetDatacenterResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetDatacenterResponse {
    pub datacenter: Datacenter,
}

/// Datacenter
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Datacenter {
    /// ID of the Data Center.
    pub id: i64,
    /// Unique name for the Data Center.
    ///
    /// May be used as a more descriptive identifier.
    pub name: String,
    /// Descriptive name for the Data Center.
    ///
    /// Desired to be easy to understand for humans. May change for cosmetic reasons. Must not be used as an identifier.
    pub description: String,
    /// Location the Data Center is located at.
    pub location: Location,
    /// **Deprecated.** This field is deprecated, as all of it's properties are deprecated.
    ///
    /// Server Types supported and available in this Data Center.
    pub server_types: DatacenterServerTypes,
}

/// Location the Data Center is located at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// ID of the Location.
    pub id: i64,
    /// Unique identifier of the Location.
    pub name: String,
    /// Human readable description of the Location.
    pub description: String,
    /// Country the Location resides in.
    ///
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: String,
    /// Name of the closest city to the Location.
    ///
    /// City name or city name and state in short form. E.g. `Falkenstein` or `Ashburn, VA`.
    pub city: String,
    /// Latitude of the city closest to the Location.
    pub latitude: f64,
    /// Longitude of the city closest to the Location.
    pub longitude: f64,
    /// Name of the Network Zone this Location resides in.
    pub network_zone: String,
}

/// This field is deprecated, as all of it's properties are deprecated.
///
/// Server Types supported and available in this Data Center.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DatacenterServerTypes {
    /// **Deprecated.** This field is deprecated. Use the Server Type `locations` field instead.
    ///
    /// List of Server Types supported in this Data Center.
    ///
    /// These Server Types are generally available in this Data Center, but may be
    /// temporarily out of stock.
    pub supported: Vec<i64>,
    /// **Deprecated.** This field is deprecated. Use the `available` flag in the Server Type `locations` field instead (`server_type.locations[].available`).
    ///
    /// Server Types currently available in this Data Center.
    ///
    /// These Server Types can currently be purchased. Types that are temporarily unavailable
    /// but are supported in this Data Center are listed as `supported`.
    pub available: Vec<i64>,
    /// **Deprecated.** This field is deprecated. Use the `available` flag in the Server Type `locations` field instead (`server_type.locations[].available`).
    ///
    /// Server Types available to migrate to in this Data Center.
    ///
    /// Existing Servers can be migrated to these Server Types.
    pub available_for_migration: Vec<i64>,
}

/// FirewallResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FirewallResponse {
    pub firewall: Firewall,
}

/// Firewall
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Firewall {
    /// ID of the Firewall.
    pub id: i64,
    /// Name of the Firewall.
    ///
    /// Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
    pub rules: Vec<RuleResponse>,
    pub applied_to: Vec<FirewallAppliedTo>,
}

/// RuleResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RuleResponse {
    /// Description of the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Traffic direction in which the rule should be applied to.
    ///
    /// Use `source_ips` for direction `in` and `destination_ips` for direction `out` to specify IPs.
    pub direction: RuleResponseDirection,
    /// List of permitted IPv4/IPv6 addresses for incoming traffic.
    ///
    /// The `direction` must be set to `in`.
    ///
    /// IPs must be provided in [CIDR block notation](https://wikipedia.org/wiki/CIDR). You can specify 100 CIDR
    /// blocks at most.
    ///
    /// The CIDR blocks may refer to networks (with empty host bits) or single hosts.
    /// For example, a network could be defined with `10.0.1.0/24` or `2001:db8:ff00:42::/64`,
    /// and a single host with `10.0.1.1/32` or `2001:db8:ff00:42::8329/128`.
    ///
    /// Use `0.0.0.0/0` to allow any IPv4 addresses and `::/0` to allow any IPv6 addresses.
    ///
    /// IPv6 CIDRs will be transformed to their canonical form according to [RFC5952](https://datatracker.ietf.org/doc/html/rfc5952#section-4).
    pub source_ips: Vec<String>,
    /// List of permitted IPv4/IPv6 addresses for outgoing traffic.
    ///
    /// The `direction` must be set to `out`.
    ///
    /// IPs must be in [CIDR block notation](https://wikipedia.org/wiki/CIDR). You can specify 100 CIDR
    /// blocks at most.
    ///
    /// The CIDR blocks may refer to networks (with empty host bits) or single hosts.
    /// For example, a network could be defined with `10.0.1.0/24` or `2001:db8:ff00:42::/64`,
    /// and a single host with `10.0.1.1/32` or `2001:db8:ff00:42::8329/128`.
    ///
    /// Use `0.0.0.0/0` to allow any IPv4 addresses and `::/0` to allow any IPv6 addresses.
    ///
    /// IPv6 CIDRs will be transformed to their canonical form according to [RFC5952](https://datatracker.ietf.org/doc/html/rfc5952#section-4).
    pub destination_ips: Vec<String>,
    /// Network protocol to apply the rule for.
    pub protocol: RuleResponseProtocol,
    /// Port or port range to apply the rule for.
    ///
    /// Only applicable for protocols `tcp` and `udp`.
    ///
    /// A port range can be specified by separating lower and upper bounds with a dash. `1024-5000` will include
    /// all ports starting from 1024 up to port 5000.
    #[serde(default)]
    pub port: Option<String>,
}

crate::string_enum! {
    /// Values of `RuleResponseDirection`.
    RuleResponseDirection {
        /// `in`
        In = "in",
        /// `out`
        Out = "out",
    }
}

crate::string_enum! {
    /// Values of `RuleResponseProtocol`.
    RuleResponseProtocol {
        /// `tcp`
        Tcp = "tcp",
        /// `udp`
        Udp = "udp",
        /// `icmp`
        Icmp = "icmp",
        /// `esp`
        Esp = "esp",
        /// `gre`
        Gre = "gre",
    }
}

/// FirewallAppliedTo
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FirewallAppliedTo {
    /// The type of resource to apply.
    pub r#type: FirewallAppliedToType,
    /// Server the Firewall is applied to.
    ///
    /// Only set for `type` `server`, otherwise `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<FirewallAppliedToServer>,
    /// Label Selector the Firewall is applied to.
    ///
    /// Only set for `type` `label_selector`, otherwise `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<LabelSelector>,
    /// Resources applied to via this Label Selector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_to_resources: Option<Vec<FirewallAppliedToResource>>,
}

crate::string_enum! {
    /// Values of `FirewallAppliedToType`.
    FirewallAppliedToType {
        /// `server`
        Server = "server",
        /// `label_selector`
        LabelSelector = "label_selector",
    }
}

/// Server the Firewall is applied to.
///
/// Only set for `type` `server`, otherwise `null`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FirewallAppliedToServer {
    /// ID of the Server.
    pub id: i64,
}

impl FirewallAppliedToServer {
    /// A value with the required fields set and every optional field unset.
    pub fn new(id: i64) -> Self {
        FirewallAppliedToServer { id }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// Label Selector the Firewall is applied to.
///
/// Only set for `type` `label_selector`, otherwise `null`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabelSelector {
    /// The selector.
    pub selector: String,
}

impl LabelSelector {
    /// A value with the required fields set and every optional field unset.
    pub fn new(selector: impl Into<String>) -> Self {
        LabelSelector {
            selector: selector.into(),
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// FirewallAppliedToResource
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct FirewallAppliedToResource {
    /// Type of resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<FirewallAppliedToResourceType>,
    /// Server the Firewall is applied to.
    ///
    /// Only set for `type` `server`, otherwise `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<FirewallAppliedToServer>,
}

crate::string_enum! {
    /// Values of `FirewallAppliedToResourceType`.
    FirewallAppliedToResourceType {
        /// `server`
        Server = "server",
    }
}

/// GetFloatingIpResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetFloatingIpResponse {
    pub floating_ip: FloatingIp,
}

/// FloatingIp
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FloatingIp {
    /// ID of the Floating IP.
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// Description of the Resource.
    #[serde(default)]
    pub description: Option<String>,
    /// IP address.
    pub ip: String,
    /// The Floating IP type.
    pub r#type: FloatingIpType,
    /// Server the Floating IP is assigned to.
    ///
    /// `null` if not assigned.
    #[serde(default)]
    pub server: Option<i64>,
    /// List of reverse DNS entries for the Floating IP.
    pub dns_ptr: Vec<DnsPtr>,
    pub home_location: Location,
    /// Indicates whether the Floating IP is blocked.
    pub blocked: bool,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
}

crate::string_enum! {
    /// Values of `FloatingIpType`.
    FloatingIpType {
        /// `ipv4`
        Ipv4 = "ipv4",
        /// `ipv6`
        Ipv6 = "ipv6",
    }
}

/// DnsPtr
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DnsPtr {
    /// Single IPv4 or IPv6 address of the record.
    pub ip: String,
    /// Domain Name to point to.
    ///
    /// PTR record content used for reverse DNS.
    pub dns_ptr: String,
}

/// Protection configuration for the Resource.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Protection {
    /// Prevent the Resource from being deleted.
    pub delete: bool,
}

impl Protection {
    /// A value with the required fields set and every optional field unset.
    pub fn new(delete: bool) -> Self {
        Protection { delete }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// GetImageResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct GetImageResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
}

/// Image
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Image {
    /// ID of the Image.
    pub id: i64,
    /// Type of the Image.
    pub r#type: ImageType,
    /// Status of the Image.
    pub status: ImageStatus,
    /// Unique identifier of the Image. This value is only set for system Images.
    #[serde(default)]
    pub name: Option<String>,
    /// Description of the Image.
    pub description: String,
    /// Size of the Image file in our storage in GB. For snapshot Images this is the value relevant for calculating costs for the Image.
    #[serde(default)]
    pub image_size: Option<f64>,
    /// Size of the disk contained in the Image in GB.
    pub disk_size: f64,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
    /// Information about the Server the Image was created from.
    #[serde(default)]
    pub created_from: Option<ImageCreatedFrom>,
    /// ID of Server the Image is bound to. Only set for Images of type `backup`.
    #[serde(default)]
    pub bound_to: Option<i64>,
    /// Flavor of operating system contained in the Image.
    pub os_flavor: ImageOsFlavor,
    /// Operating system version.
    #[serde(default)]
    pub os_version: Option<String>,
    /// Indicates that rapid deploy of the Image is available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rapid_deploy: Option<bool>,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// Point in time when the Image is considered to be deprecated (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[serde(default)]
    pub deprecated: Option<crate::Timestamp>,
    /// Point in time where the Image was deleted (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[serde(default)]
    pub deleted: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// CPU architecture compatible with the Image.
    pub architecture: ImageArchitecture,
}

crate::string_enum! {
    /// Values of `ImageType`.
    ImageType {
        /// `system`
        System = "system",
        /// `app`
        App = "app",
        /// `snapshot`
        Snapshot = "snapshot",
        /// `backup`
        Backup = "backup",
    }
}

crate::string_enum! {
    /// Values of `ImageStatus`.
    ImageStatus {
        /// `available`
        Available = "available",
        /// `creating`
        Creating = "creating",
        /// `unavailable`
        Unavailable = "unavailable",
    }
}

/// Information about the Server the Image was created from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImageCreatedFrom {
    /// ID of the Server the Image was created from.
    pub id: i64,
    /// Server name at the time the Image was created.
    pub name: String,
}

crate::string_enum! {
    /// Values of `ImageOsFlavor`.
    ImageOsFlavor {
        /// `ubuntu`
        Ubuntu = "ubuntu",
        /// `centos`
        Centos = "centos",
        /// `debian`
        Debian = "debian",
        /// `fedora`
        Fedora = "fedora",
        /// `rocky`
        Rocky = "rocky",
        /// `alma`
        Alma = "alma",
        /// `opensuse`
        Opensuse = "opensuse",
        /// `unknown`
        Unknown = "unknown",
    }
}

crate::string_enum! {
    /// Values of `ImageArchitecture`.
    ImageArchitecture {
        /// `x86`
        X86 = "x86",
        /// `arm`
        Arm = "arm",
    }
}

/// GetIsoResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetIsoResponse {
    pub iso: Iso,
}

/// Iso
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Iso {
    /// ID of the ISO.
    pub id: i64,
    /// Unique identifier of the ISO. Only set for public ISOs.
    #[serde(default)]
    pub name: Option<String>,
    /// Description of the ISO.
    pub description: String,
    /// Type of the ISO.
    #[serde(default)]
    pub r#type: Option<IsoType>,
    /// Describes if, when and how the resource is deprecated. If this field is
    /// set to `null` the resource is not deprecated. If a value is set, it is
    /// considered deprecated.
    #[serde(default)]
    pub deprecation: Option<DeprecationInfo>,
    /// CPU architecture compatible with the ISO.
    ///
    /// Null indicates no restriction on the architecture (wildcard).
    #[serde(default)]
    pub architecture: Option<ImageArchitecture>,
}

crate::string_enum! {
    /// Values of `IsoType`.
    IsoType {
        /// `public`
        Public = "public",
        /// `private`
        Private = "private",
    }
}

/// Describes if, when and how the resource is deprecated. If this field is
/// set to `null` the resource is not deprecated. If a value is set, it is
/// considered deprecated.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeprecationInfo {
    /// Date of the deprecated resource removal.
    ///
    /// Once this date is reached, the resource will not be returned
    /// by resource type "list" endpoint, and the resource can not be
    /// used to create new resources. For example, if this is an
    /// image, you can not create new servers with this image after
    /// the mentioned date.
    pub unavailable_after: crate::Timestamp,
    /// Date of the deprecation announcement.
    pub announced: crate::Timestamp,
}

/// GetLoadBalancerTypeResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetLoadBalancerTypeResponse {
    pub load_balancer_type: LoadBalancerType,
}

/// LoadBalancerType
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerType {
    /// ID of the Load Balancer type.
    pub id: i64,
    /// Unique identifier of the Load Balancer type.
    pub name: String,
    /// Description of the Load Balancer type.
    pub description: String,
    /// Number of maximum simultaneous open connections.
    pub max_connections: i64,
    /// Number of services a Load Balancer of this type can have.
    pub max_services: i64,
    /// Number of targets a single Load Balancer can have.
    pub max_targets: i64,
    /// Number of SSL Certificates that can be assigned to a single Load Balancer.
    pub max_assigned_certificates: i64,
    /// **Deprecated.** **Deprecated:** This field is deprecated. Use the `deprecation` object instead.
    ///
    /// Point in time when the Load Balancer type is deprecated (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[serde(default)]
    pub deprecated: Option<crate::Timestamp>,
    /// Describes if, when and how the resource is deprecated. If this field is
    /// set to `null` the resource is not deprecated. If a value is set, it is
    /// considered deprecated.
    #[serde(default)]
    pub deprecation: Option<DeprecationInfo>,
    /// Price per Location.
    pub prices: Vec<Price>,
}

/// Price
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Price {
    /// Name of the Location the price is for.
    pub location: String,
    /// Hourly price in this Location.
    pub price_hourly: PriceHourly,
    /// Monthly price in this Location.
    pub price_monthly: PriceHourly,
    /// Free traffic per month in bytes in this Location.
    pub included_traffic: i64,
    /// Additional traffic price per TB in this Location.
    pub price_per_tb_traffic: PriceHourly,
}

/// Hourly price in this Location.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PriceHourly {
    /// Price without VAT.
    pub net: crate::Decimal,
    /// Price with VAT added.
    pub gross: crate::Decimal,
}

/// GetLoadBalancerResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetLoadBalancerResponse {
    pub load_balancer: LoadBalancer,
}

/// LoadBalancer
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancer {
    /// ID of the Load Balancer.
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// Public network information.
    pub public_net: LoadBalancerPublicNet,
    /// Private networks information.
    pub private_net: Vec<LoadBalancerPrivateNet>,
    pub location: Location,
    pub load_balancer_type: LoadBalancerType,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
    /// List of services that belong to this Load Balancer.
    pub services: Vec<LoadBalancerService>,
    /// List of targets that belong to this Load Balancer.
    pub targets: Vec<LoadBalancerTarget>,
    /// Algorithm of the Load Balancer.
    pub algorithm: Algorithm,
    /// Outbound Traffic for the current billing period in bytes.
    #[serde(default)]
    pub outgoing_traffic: Option<i64>,
    /// Inbound Traffic for the current billing period in bytes.
    #[serde(default)]
    pub ingoing_traffic: Option<i64>,
    /// Free Traffic for the current billing period in bytes.
    pub included_traffic: i64,
}

/// Public network information.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerPublicNet {
    /// Public Interface enabled or not.
    pub enabled: bool,
    /// IP address (v4).
    pub ipv4: LoadBalancerPublicNetIpv4,
    /// IP address (v6).
    pub ipv6: LoadBalancerPublicNetIpv4,
}

/// IP address (v4).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct LoadBalancerPublicNetIpv4 {
    /// IP address (v4) of this Load Balancer.
    #[serde(default)]
    pub ip: Option<String>,
    /// Reverse DNS PTR entry for the IPv4 address of this Load Balancer.
    #[serde(default)]
    pub dns_ptr: Option<String>,
}

/// LoadBalancerPrivateNet
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerPrivateNet {
    /// ID of the Network.
    pub network: i64,
    /// IP address (v4) of this Load Balancer in this Network.
    pub ip: String,
}

/// LoadBalancerService
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerService {
    /// Protocol of the Load Balancer.
    pub protocol: LoadBalancerServiceProtocol,
    /// Port the Load Balancer listens on.
    pub listen_port: i64,
    /// Port the Load Balancer will balance to.
    pub destination_port: i64,
    /// Is Proxyprotocol enabled or not.
    pub proxyprotocol: bool,
    /// Service health check.
    pub health_check: LoadBalancerServiceHealthCheck,
    /// Configuration option for protocol http.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http: Option<LoadBalancerServiceHttpConfig>,
}

impl LoadBalancerService {
    /// A value with the required fields set and every optional field unset.
    pub fn new(
        protocol: LoadBalancerServiceProtocol,
        listen_port: i64,
        destination_port: i64,
        proxyprotocol: bool,
        health_check: LoadBalancerServiceHealthCheck,
    ) -> Self {
        LoadBalancerService {
            protocol,
            listen_port,
            destination_port,
            proxyprotocol,
            health_check,
            http: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        self.health_check.check()?;
        if let Some(v) = &self.http {
            v.check()?;
        }
        Ok(())
    }
}

crate::string_enum! {
    /// Values of `LoadBalancerServiceProtocol`.
    LoadBalancerServiceProtocol {
        /// `tcp`
        Tcp = "tcp",
        /// `http`
        Http = "http",
        /// `https`
        Https = "https",
    }
}

/// Service health check.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerServiceHealthCheck {
    /// Type of the health check.
    pub protocol: LoadBalancerServiceHealthCheckProtocol,
    /// Port the health check will be performed on.
    pub port: i64,
    /// Time interval in seconds health checks are performed.
    pub interval: i64,
    /// Time in seconds after an attempt is considered a timeout.
    pub timeout: i64,
    /// Unsuccessful retries needed until a target is considered unhealthy; an unhealthy target needs the same number of successful retries to become healthy again.
    pub retries: i64,
    /// Additional configuration for protocol http.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http: Option<LoadBalancerServiceHealthCheckHttp>,
}

impl LoadBalancerServiceHealthCheck {
    /// A value with the required fields set and every optional field unset.
    pub fn new(
        protocol: LoadBalancerServiceHealthCheckProtocol,
        port: i64,
        interval: i64,
        timeout: i64,
        retries: i64,
    ) -> Self {
        LoadBalancerServiceHealthCheck {
            protocol,
            port,
            interval,
            timeout,
            retries,
            http: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.http {
            v.check()?;
        }
        Ok(())
    }
}

crate::string_enum! {
    /// Values of `LoadBalancerServiceHealthCheckProtocol`.
    LoadBalancerServiceHealthCheckProtocol {
        /// `tcp`
        Tcp = "tcp",
        /// `http`
        Http = "http",
    }
}

/// Additional configuration for protocol http.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerServiceHealthCheckHttp {
    /// Host header to send in the HTTP request. May not contain spaces, percent or backslash symbols. Can be null, in that case no host header is sent.
    #[serde(default)]
    pub domain: Option<String>,
    /// HTTP path to use for health checks. May not contain literal spaces, use percent-encoding instead.
    pub path: String,
    /// String that must be contained in HTTP response in order to pass the health check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// List of returned HTTP status codes in order to pass the health check. Supports the wildcards `?` for exactly one character and `*` for multiple ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_codes: Option<Vec<String>>,
    /// Use HTTPS for health check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<bool>,
}

impl LoadBalancerServiceHealthCheckHttp {
    /// A value with the required fields set and every optional field unset.
    pub fn new(path: impl Into<String>) -> Self {
        LoadBalancerServiceHealthCheckHttp {
            domain: None,
            path: path.into(),
            response: None,
            status_codes: None,
            tls: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// Configuration option for protocol http.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerServiceHttpConfig {
    /// Name of the cookie used for sticky sessions.
    pub cookie_name: String,
    /// Lifetime of the cookie used for sticky sessions (in seconds).
    pub cookie_lifetime: i64,
    /// Idle timeout in seconds for the client and server side.
    pub timeout_idle: i64,
    /// Use sticky sessions.
    pub sticky_sessions: bool,
    /// IDs of the Certificates to use for TLS/SSL termination by the Load Balancer; empty for TLS/SSL passthrough.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificates: Option<Vec<i64>>,
    /// Redirect HTTP requests to HTTPS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_http: Option<bool>,
}

impl LoadBalancerServiceHttpConfig {
    /// A value with the required fields set and every optional field unset.
    pub fn new(
        cookie_name: impl Into<String>,
        cookie_lifetime: i64,
        timeout_idle: i64,
        sticky_sessions: bool,
    ) -> Self {
        LoadBalancerServiceHttpConfig {
            cookie_name: cookie_name.into(),
            cookie_lifetime,
            timeout_idle,
            sticky_sessions,
            certificates: None,
            redirect_http: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// LoadBalancerTarget
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerTarget {
    /// Type of the resource.
    pub r#type: LoadBalancerTargetType,
    /// Server where the traffic should be routed to. Only present for target type "server".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<LoadBalancerTargetServer>,
    /// List of health statuses of the services on this target. Only present for target types "server" and "ip".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_status: Option<Vec<HealthStatus>>,
    /// Use the private network IP instead of the public IP. Only present for target types "server" and "label_selector".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_private_ip: Option<bool>,
    /// Label selector used to determine targets. Only present for target type "label_selector".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<LabelSelector>,
    /// List of resolved label selector target Servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<Vec<LoadBalancerTargetTarget>>,
    /// IP target where the traffic should be routed to. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only present for target type `ip`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<LoadBalancerTargetIp>,
}

crate::string_enum! {
    /// Values of `LoadBalancerTargetType`.
    LoadBalancerTargetType {
        /// `server`
        Server = "server",
        /// `label_selector`
        LabelSelector = "label_selector",
        /// `ip`
        Ip = "ip",
    }
}

/// Server where the traffic should be routed to. Only present for target type "server".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerTargetServer {
    /// ID of the Server.
    pub id: i64,
    /// IP of the Server that the traffic is routed to. Either the Server's primary IPv4 or, if an IPv6 was specified when adding the target, an IPv6 within the Server's /64 subnet.
    pub ip: String,
}

/// HealthStatus
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HealthStatus {
    pub listen_port: i64,
    pub status: HealthStatusStatus,
}

crate::string_enum! {
    /// Values of `HealthStatusStatus`.
    HealthStatusStatus {
        /// `healthy`
        Healthy = "healthy",
        /// `unhealthy`
        Unhealthy = "unhealthy",
        /// `unknown`
        Unknown = "unknown",
    }
}

/// LoadBalancerTargetTarget
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerTargetTarget {
    /// Type of the resource. Here always "server".
    pub r#type: String,
    /// Server where the traffic should be routed to. Only present for target type "server".
    pub server: LoadBalancerTargetServer,
    /// List of health statuses of the services on this target. Only present for target types "server" and "ip".
    pub health_status: Vec<HealthStatus>,
    /// Use the private network IP instead of the public IP. Only present for target types "server" and "label_selector".
    pub use_private_ip: bool,
}

/// IP target where the traffic should be routed to. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only present for target type `ip`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancerTargetIp {
    /// IP of a server that belongs to the same customer (public IPv4/IPv6) or private IP in a subnet type vswitch.
    pub ip: String,
}

impl LoadBalancerTargetIp {
    /// A value with the required fields set and every optional field unset.
    pub fn new(ip: impl Into<String>) -> Self {
        LoadBalancerTargetIp { ip: ip.into() }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// Algorithm of the Load Balancer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Algorithm {
    /// Type of the algorithm.
    pub r#type: AlgorithmType,
}

impl Algorithm {
    /// A value with the required fields set and every optional field unset.
    pub fn new(r#type: AlgorithmType) -> Self {
        Algorithm { r#type }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

crate::string_enum! {
    /// Values of `AlgorithmType`.
    AlgorithmType {
        /// `round_robin`
        RoundRobin = "round_robin",
        /// `least_connections`
        LeastConnections = "least_connections",
    }
}

/// GetLocationResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetLocationResponse {
    pub location: Location,
}

/// GetNetworkResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct GetNetworkResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<Network>,
}

/// Network
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Network {
    /// ID of the Network.
    pub id: i64,
    /// Name of the Network.
    pub name: String,
    /// IP range of the Network.
    ///
    /// Uses CIDR notation.
    pub ip_range: String,
    /// List of subnets allocated in this Network.
    pub subnets: Vec<NetworkSubnet>,
    /// Array of routes set in this Network.
    pub routes: Vec<Route>,
    /// Array of IDs of Servers attached to this Network.
    pub servers: Vec<i64>,
    /// Array of IDs of Load Balancers attached to this Network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<i64>>,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
    /// Indicates if the routes from this Network should be exposed to the vSwitch connection.
    pub expose_routes_to_vswitch: bool,
}

/// NetworkSubnet
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkSubnet {
    /// Type of subnet.
    pub r#type: NetworkSubnetType,
    /// IP range of the subnet.
    ///
    /// Uses CIDR notation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_range: Option<String>,
    /// Name of the Network Zone.
    ///
    /// The Location contains the `network_zone` property it belongs to.
    pub network_zone: String,
    /// Gateway for Servers attached to this subnet.
    ///
    /// For subnets of type `server` this is always the first IP of the subnets IP range.
    pub gateway: String,
    /// ID of the robot vSwitch if the subnet is of type `vswitch`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vswitch_id: Option<i64>,
}

crate::string_enum! {
    /// Values of `NetworkSubnetType`.
    NetworkSubnetType {
        /// `cloud`
        Cloud = "cloud",
        /// `server`
        Server = "server",
        /// `vswitch`
        Vswitch = "vswitch",
    }
}

/// Route
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Route {
    /// Destination network or host of the route.
    ///
    /// Packages addressed for IPs matching the destination IP prefix will be send to the specified gateway.
    ///
    /// Must be one of
    /// * private IPv4 ranges of RFC1918
    /// * or `0.0.0.0/0`.
    ///
    /// Must not overlap with
    /// * an existing ip_range in any subnets
    /// * or with any destinations in other routes
    /// * or with `172.31.1.1`.
    ///
    /// `172.31.1.1` is being used as a gateway for the public network interface of Servers.
    pub destination: String,
    /// Gateway of the route.
    ///
    /// Packages addressed for the specified destination will be send to this IP address.
    ///
    /// Cannot be
    /// * the first IP of the networks ip_range,
    /// * an IP behind a vSwitch or
    /// * `172.31.1.1`.
    ///
    /// `172.31.1.1` is being used as a gateway for the public network interface of Servers.
    pub gateway: String,
}

impl Route {
    /// A value with the required fields set and every optional field unset.
    pub fn new(destination: impl Into<String>, gateway: impl Into<String>) -> Self {
        Route {
            destination: destination.into(),
            gateway: gateway.into(),
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// PlacementGroupResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlacementGroupResponse {
    pub placement_group: PlacementGroup,
}

/// PlacementGroup
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlacementGroup {
    /// ID of the Placement Group.
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// Type of Placement Group.
    pub r#type: PlacementGroupType,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
    /// Array of IDs of Servers that are part of this Placement Group.
    pub servers: Vec<i64>,
}

crate::string_enum! {
    /// Values of `PlacementGroupType`.
    PlacementGroupType {
        /// `spread`
        Spread = "spread",
    }
}

/// PrimaryIpResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrimaryIpResponse {
    pub primary_ip: PrimaryIp,
}

/// PrimaryIp
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrimaryIp {
    /// ID of the Primary IP.
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
    /// Blocked state of the Primary IP.
    pub blocked: bool,
    /// Location of the Primary IP.
    pub location: Location,
    /// IP address.
    pub ip: String,
    /// List of reverse DNS records.
    pub dns_ptr: Vec<DnsPtr>,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// Primary IP type.
    pub r#type: FloatingIpType,
    /// Auto deletion state.
    ///
    /// If enabled the Primary IP will be deleted once the assigned resource gets deleted.
    pub auto_delete: bool,
    /// Type of resource the Primary IP is assigned to.
    ///
    /// As of 01 August 2026 `unassigned` will be returned if the Primary IP is not assigned.
    pub assignee_type: FirewallAppliedToResourceType,
    /// ID of resource the Primary IP is assigned to.
    ///
    /// `null` if the Primary IP is not assigned.
    #[serde(default)]
    pub assignee_id: Option<i64>,
}

/// GetServerTypeResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetServerTypeResponse {
    pub server_type: ServerType,
}

/// ServerType
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServerType {
    /// ID of the Server type.
    pub id: i64,
    /// Unique identifier of the Server type.
    pub name: String,
    /// Description of the Server type.
    pub description: String,
    /// Number of cpu cores a Server of this type will have.
    pub cores: f64,
    /// Memory a Server of this type will have in GB.
    pub memory: f64,
    /// Disk size a Server of this type will have in GB.
    pub disk: f64,
    /// This field is deprecated. Use the deprecation object instead.
    pub deprecated: bool,
    /// Price per Location.
    pub prices: Vec<Price>,
    /// Type of Server boot drive. Local has higher speed. Network has better availability.
    pub storage_type: ServerTypeStorageType,
    /// Type of cpu.
    pub cpu_type: ServerTypeCpuType,
    /// Category of Server Type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// CPU architecture of the Server Type.
    pub architecture: ImageArchitecture,
    /// **Deprecated.** This field is deprecated.
    ///
    /// Use the `deprecation` object in the `locations` field instead (`.locations[].deprecation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecation: Option<DeprecationInfo>,
    /// Supported Location and per Location details for the Server Type.
    ///
    /// A Server Type is:
    /// - only supported in the Location that are listed.
    /// - deprecated in the Location when the `deprecation` property is set.
    /// - permanently unavailable in the Location when the `deprecation.unavailable_after` date is in the past.
    /// - temporarily unavailable in the Location when the `deprecation.available` is false.
    pub locations: Vec<ServerTypeLocation>,
}

crate::string_enum! {
    /// Values of `ServerTypeStorageType`.
    ServerTypeStorageType {
        /// `local`
        Local = "local",
        /// `network`
        Network = "network",
    }
}

crate::string_enum! {
    /// Values of `ServerTypeCpuType`.
    ServerTypeCpuType {
        /// `shared`
        Shared = "shared",
        /// `dedicated`
        Dedicated = "dedicated",
    }
}

/// A Location (containing only id and name) and Server Type specific metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServerTypeLocation {
    /// ID of the Location.
    pub id: i64,
    /// Name of the Location.
    pub name: String,
    /// Describes if, when and how the resource is deprecated. If this field is
    /// set to `null` the resource is not deprecated. If a value is set, it is
    /// considered deprecated.
    #[serde(default)]
    pub deprecation: Option<DeprecationInfo>,
    /// Whether the Server Type is recommended in this Location.
    pub recommended: bool,
    /// Whether the Server Type is temporarily unavailable in this Location.
    pub available: bool,
}

/// GetServerResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct GetServerResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<Server>,
}

/// Server
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Server {
    /// ID of the Server.
    pub id: i64,
    /// Name of the Server (must be unique per Project and a valid hostname as per RFC 1123).
    pub name: String,
    /// Status of the Server.
    pub status: ServerStatus,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
    /// Public network information. The Server's IPv4 address can be found in `public_net->ipv4->ip`.
    pub public_net: ServerPublicNet,
    /// Private networks information.
    pub private_net: Vec<ServerPrivateNet>,
    pub server_type: ServerType,
    /// Location this Resource is located at.
    pub location: Location,
    /// Image the server is based on.
    #[serde(default)]
    pub image: Option<Image>,
    /// ISO Image that is attached to this Server. Null if no ISO is attached.
    #[serde(default)]
    pub iso: Option<Iso>,
    /// True if rescue mode is enabled. Server will then boot into rescue system on next reboot.
    pub rescue_enabled: bool,
    /// True if Server has been locked and is not available to user.
    pub locked: bool,
    /// Time window (UTC) in which the backup will run, or null if the backups are not enabled.
    #[serde(default)]
    pub backup_window: Option<String>,
    /// Outbound Traffic for the current billing period in bytes.
    #[serde(default)]
    pub outgoing_traffic: Option<i64>,
    /// Inbound Traffic for the current billing period in bytes.
    #[serde(default)]
    pub ingoing_traffic: Option<i64>,
    /// Free Traffic for the current billing period in bytes.
    #[serde(default)]
    pub included_traffic: Option<i64>,
    /// Protection configuration for the Server.
    pub protection: ServerProtection,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// IDs of Volumes assigned to this Server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<i64>>,
    /// Load Balancer IDs assigned to the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub load_balancers: Option<Vec<i64>>,
    /// Size of the primary Disk.
    pub primary_disk_size: f64,
    /// The placement group the server is assigned to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_group: Option<PlacementGroup>,
}

crate::string_enum! {
    /// Values of `ServerStatus`.
    ServerStatus {
        /// `running`
        Running = "running",
        /// `initializing`
        Initializing = "initializing",
        /// `starting`
        Starting = "starting",
        /// `stopping`
        Stopping = "stopping",
        /// `off`
        Off = "off",
        /// `deleting`
        Deleting = "deleting",
        /// `migrating`
        Migrating = "migrating",
        /// `rebuilding`
        Rebuilding = "rebuilding",
        /// `unknown`
        Unknown = "unknown",
    }
}

/// Public network information. The Server's IPv4 address can be found in `public_net->ipv4->ip`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServerPublicNet {
    /// IP address (v4) and its reverse DNS entry of this Server.
    #[serde(default)]
    pub ipv4: Option<ServerPublicNetIpv4>,
    /// IPv6 network assigned to this Server and its reverse DNS entry.
    #[serde(default)]
    pub ipv6: Option<ServerPublicNetIpv6>,
    /// IDs of Floating IPs assigned to this Server.
    pub floating_ips: Vec<i64>,
    /// Firewalls applied to the public network interface of this Server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewalls: Option<Vec<ServerPublicNetFirewall>>,
}

/// IP address (v4) and its reverse DNS entry of this Server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServerPublicNetIpv4 {
    /// ID of the Primary IP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// IP address (v4) of this Server.
    pub ip: String,
    /// If the IP is blocked by our anti abuse dept.
    pub blocked: bool,
    /// Reverse DNS PTR entry for the IPv4 addresses of this Server.
    pub dns_ptr: String,
}

/// IPv6 network assigned to this Server and its reverse DNS entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServerPublicNetIpv6 {
    /// ID of the Primary IP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// IP address (v6) of this Server.
    pub ip: String,
    /// If the IP is blocked by our anti abuse dept.
    pub blocked: bool,
    /// Reverse DNS PTR entries for the IPv6 addresses of this Server.
    #[serde(default)]
    pub dns_ptr: Option<Vec<DnsPtr>>,
}

/// ServerPublicNetFirewall
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct ServerPublicNetFirewall {
    /// ID of the Firewall.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Status of the Firewall on the Server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServerPublicNetFirewallStatus>,
}

crate::string_enum! {
    /// Values of `ServerPublicNetFirewallStatus`.
    ServerPublicNetFirewallStatus {
        /// `applied`
        Applied = "applied",
        /// `pending`
        Pending = "pending",
    }
}

/// ServerPrivateNet
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct ServerPrivateNet {
    /// The Network ID the server is attached to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<i64>,
    /// The server IP address on the network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Additional IP addresses of the server on the network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias_ips: Option<Vec<String>>,
    /// The server MAC address on the network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
}

/// Protection configuration for the Server.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServerProtection {
    /// If true, prevents the Server from being deleted.
    pub delete: bool,
    /// If true, prevents the Server from being rebuilt.
    pub rebuild: bool,
}

/// GetSshKeyResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetSshKeyResponse {
    pub ssh_key: SshKey,
}

/// SshKey
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SshKey {
    /// ID of the SSH Key.
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// MD5 fingerprint of the SSH public key.
    pub fingerprint: String,
    /// Public key.
    pub public_key: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
}

/// GetVolumeResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetVolumeResponse {
    pub volume: Volume,
}

/// Volume
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Volume {
    /// ID of the Volume.
    pub id: i64,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// ID of the Server the Volume is attached to, null if it is not attached at all.
    #[serde(default)]
    pub server: Option<i64>,
    /// Location of the Volume. Volume can only be attached to Servers in the same Location.
    pub location: Location,
    /// Size in GB of the Volume.
    pub size: f64,
    /// Device path on the file system for the Volume.
    pub linux_device: String,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// Status of the Volume.
    pub status: VolumeStatus,
    /// Filesystem of the Volume if formatted on creation, null if not formatted on creation.
    #[serde(default)]
    pub format: Option<String>,
}

crate::string_enum! {
    /// Values of `VolumeStatus`.
    VolumeStatus {
        /// `available`
        Available = "available",
        /// `creating`
        Creating = "creating",
    }
}

/// GetZoneResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetZoneResponse {
    pub zone: Zone,
}

/// Zone
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Zone {
    /// ID of the Zone.
    pub id: i64,
    /// Name of the Zone.
    ///
    /// All names with [well-known public suffixes](https://publicsuffix.org/) (e.g. `.de`,
    /// `.com`, `.co.uk`) are supported. Subdomains are not supported.
    ///
    /// The name must be in lower case and must not end with a dot.
    /// \[Internationalized domain
    /// names](https://en.wikipedia.org/wiki/Internationalized_domain_name) must be
    /// transcribed to [Punycode](https://wikipedia.org/wiki/Punycode) representation with
    /// ACE prefix, e.g. `xn--mnchen-3ya.de` (`münchen.de`).
    pub name: String,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub created: crate::Timestamp,
    /// Primary nameservers of the Zone.
    ///
    /// Only set if Zone is in secondary mode, otherwise empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_nameservers: Option<Vec<PrimaryNameserver>>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// Default Time To Live (TTL) of the Zone.
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// This TTL is used for RRSets that do not explicitly define a TTL.
    pub ttl: i64,
    /// Status of the Zone.
    pub status: ZoneStatus,
    /// Number of resource records (RR) within the Zone.
    pub record_count: i64,
    pub authoritative_nameservers: ZoneAuthoritativeNameservers,
    /// Registrar of the domain.
    pub registrar: ZoneRegistrar,
    /// Mode of the Zone.
    ///
    /// For more information, see Zone Modes.
    pub mode: ZoneMode,
}

/// Primary nameserver that returns Zones via `AXFR`.
///
/// Must allow queries from and may send `NOTIFY` queries to \[Hetzner's secondary
/// nameservers](https://docs.hetzner.com/dns-console/dns/general/authoritative-name-servers#secondary-dns-servers-old-name-servers-for-robot-customers).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrimaryNameserver {
    /// Public IPv4 or IPv6 address of the primary nameserver.
    ///
    /// Must be unique across all primary nameservers of this zone.
    pub address: String,
    /// Port of the primary nameserver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    /// [Transaction signature (TSIG)](https://en.wikipedia.org/wiki/TSIG) key to use
    /// for the zone transfer. Must be base64 encoded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tsig_key: Option<String>,
    /// [Transaction signature (TSIG)](https://en.wikipedia.org/wiki/TSIG) algorithm
    /// used to generate the TSIG key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tsig_algorithm: Option<PrimaryNameserverTsigAlgorithm>,
}

impl PrimaryNameserver {
    /// A value with the required fields set and every optional field unset.
    pub fn new(address: impl Into<String>) -> Self {
        PrimaryNameserver {
            address: address.into(),
            port: None,
            tsig_key: None,
            tsig_algorithm: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

crate::string_enum! {
    /// Values of `PrimaryNameserverTsigAlgorithm`.
    PrimaryNameserverTsigAlgorithm {
        /// `hmac-md5`
        HmacMd5 = "hmac-md5",
        /// `hmac-sha1`
        HmacSha1 = "hmac-sha1",
        /// `hmac-sha256`
        HmacSha256 = "hmac-sha256",
    }
}

crate::string_enum! {
    /// Values of `ZoneStatus`.
    ZoneStatus {
        /// `ok`
        Ok = "ok",
        /// `updating`
        Updating = "updating",
        /// `error`
        Error = "error",
    }
}

/// ZoneAuthoritativeNameservers
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ZoneAuthoritativeNameservers {
    /// Authoritative Hetzner nameservers assigned to this Zone.
    pub assigned: Vec<String>,
    /// Authoritative nameservers currently delegated to by the parent DNS zone.
    ///
    /// If these don't match the assigned authoritative nameservers, the DNS zone is currently not being served by Hetzner.
    pub delegated: Vec<String>,
    /// Point in time (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format) when the DNS zone delegation was last checked.
    #[serde(default)]
    pub delegation_last_check: Option<crate::Timestamp>,
    /// Status of the delegation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegation_status: Option<ZoneAuthoritativeNameserversDelegationStatus>,
}

crate::string_enum! {
    /// Values of `ZoneAuthoritativeNameserversDelegationStatus`.
    ZoneAuthoritativeNameserversDelegationStatus {
        /// `valid`
        Valid = "valid",
        /// `partially-valid`
        PartiallyValid = "partially-valid",
        /// `invalid`
        Invalid = "invalid",
        /// `lame`
        Lame = "lame",
        /// `unregistered`
        Unregistered = "unregistered",
        /// `unknown`
        Unknown = "unknown",
    }
}

crate::string_enum! {
    /// Values of `ZoneRegistrar`.
    ZoneRegistrar {
        /// `hetzner`
        Hetzner = "hetzner",
        /// `other`
        Other = "other",
        /// `unknown`
        Unknown = "unknown",
    }
}

crate::string_enum! {
    /// Values of `ZoneMode`.
    ZoneMode {
        /// `primary`
        Primary = "primary",
        /// `secondary`
        Secondary = "secondary",
    }
}

/// GetZoneRrsetResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetZoneRrsetResponse {
    pub rrset: RrSet,
}

/// RrSet
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RrSet {
    /// ID of the RRSet.
    ///
    /// The ID is composed of the name and type, joined with a slash (e.g. `www/AAAA`).
    pub id: String,
    /// Name of the RRSet.
    ///
    /// The name must be in lower case, and must not end with a dot or the Zone
    /// name. Names containing non-ASCII characters must be transcribed to
    /// [Punycode](https://wikipedia.org/wiki/Punycode) representation with ACE prefix, e.g.
    /// `xn--4bi` (✉️).
    ///
    /// For the Zone apex, use `@`.
    pub name: String,
    /// Type of the RRSet.
    pub r#type: RrSetType,
    /// Time To Live (TTL) of the RRSet.
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// If not set, the Zone's Default TTL is used.
    #[serde(default)]
    pub ttl: Option<i64>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    pub labels: std::collections::BTreeMap<String, String>,
    /// Protection of the RRSet.
    pub protection: RrSetProtection,
    /// Records of the RRSet.
    ///
    /// Must not be empty and must only contain distinct record values.
    /// The order of records returned in responses is not guaranteed to be consistent.
    pub records: Vec<Record>,
    /// ID of the Zone.
    pub zone: i64,
}

crate::string_enum! {
    /// Values of `RrSetType`.
    RrSetType {
        /// `A`
        A = "A",
        /// `AAAA`
        Aaaa = "AAAA",
        /// `CAA`
        Caa = "CAA",
        /// `CNAME`
        Cname = "CNAME",
        /// `DS`
        Ds = "DS",
        /// `HINFO`
        Hinfo = "HINFO",
        /// `HTTPS`
        Https = "HTTPS",
        /// `MX`
        Mx = "MX",
        /// `NS`
        Ns = "NS",
        /// `PTR`
        Ptr = "PTR",
        /// `RP`
        Rp = "RP",
        /// `SOA`
        Soa = "SOA",
        /// `SRV`
        Srv = "SRV",
        /// `SVCB`
        Svcb = "SVCB",
        /// `TLSA`
        Tlsa = "TLSA",
        /// `TXT`
        Txt = "TXT",
    }
}

/// Protection of the RRSet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RrSetProtection {
    /// Prevent the Resource from being changed.
    pub change: bool,
}

impl RrSetProtection {
    /// A value with the required fields set and every optional field unset.
    pub fn new(change: bool) -> Self {
        RrSetProtection { change }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// Record of a RRSet.
///
/// The `value` is used to identify the record in an RRSet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Value of the record.
    ///
    /// For details about accepted values, see the [DNS record types documentation](https://docs.hetzner.com/networking/dns/record-types/overview/).
    pub value: String,
    /// Comment of the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

impl Record {
    /// A value with the required fields set and every optional field unset.
    pub fn new(value: impl Into<String>) -> Self {
        Record {
            value: value.into(),
            comment: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// ActionListResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionListResponse {
    pub actions: Vec<Action>,
}

/// CertificatesResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificatesResponse {
    pub certificates: Vec<Certificate>,
    pub meta: ListMeta,
}

/// ListMeta
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListMeta {
    /// See "Pagination" for more information.
    pub pagination: Pagination,
}

/// See "Pagination" for more information.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pagination {
    /// Current page number.
    pub page: i64,
    /// Maximum number of entries returned per page.
    pub per_page: i64,
    /// Page number of the previous page. Can be null if the current page is the first one.
    #[serde(default)]
    pub previous_page: Option<i64>,
    /// Page number of the next page. Can be null if the current page is the last one.
    #[serde(default)]
    pub next_page: Option<i64>,
    /// Page number of the last page available. Can be null if the current page is the last one.
    #[serde(default)]
    pub last_page: Option<i64>,
    /// Total number of entries that exist for this query. Can be null if unknown.
    #[serde(default)]
    pub total_entries: Option<i64>,
}

/// ActionListResponseWithMeta
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionListResponseWithMeta {
    pub actions: Vec<Action>,
    pub meta: ListMeta,
}

/// ListDatacentersResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListDatacentersResponse {
    /// List of Data Centers.
    pub datacenters: Vec<Datacenter>,
    /// **Deprecated.** This field is deprecated. Use the `recommended` flag in the Server Type `locations` field instead (`server_type.locations[].recommended`).
    ///
    /// Recommended Data Center for creating new resources.
    pub recommendation: i64,
    pub meta: ListMeta,
}

/// FirewallsResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FirewallsResponse {
    pub firewalls: Vec<Firewall>,
    pub meta: ListMeta,
}

/// ListFloatingIpsResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListFloatingIpsResponse {
    pub floating_ips: Vec<FloatingIp>,
    pub meta: ListMeta,
}

/// ListImagesResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListImagesResponse {
    pub images: Vec<Image>,
    pub meta: ListMeta,
}

/// ListIsosResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListIsosResponse {
    pub isos: Vec<Iso>,
    pub meta: ListMeta,
}

/// ListLoadBalancerTypesResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListLoadBalancerTypesResponse {
    pub load_balancer_types: Vec<LoadBalancerType>,
    pub meta: ListMeta,
}

/// ListLoadBalancersResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListLoadBalancersResponse {
    pub load_balancers: Vec<LoadBalancer>,
    pub meta: ListMeta,
}

/// GetLoadBalancerMetricsResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetLoadBalancerMetricsResponse {
    pub metrics: Metrics,
}

/// Metrics
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Start of period of metrics reported (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub start: crate::Timestamp,
    /// End of period of metrics reported (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub end: crate::Timestamp,
    /// Resolution of results in seconds.
    pub step: f64,
    /// Hash with timeseries information, containing the name of timeseries as key.
    pub time_series: std::collections::BTreeMap<String, MetricsTimeSeries>,
}

/// MetricsTimeSeries
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MetricsTimeSeries {
    /// Metrics timestamps with values.
    pub values: Vec<(f64, String)>,
}

/// ListLocationsResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListLocationsResponse {
    /// List of Locations.
    pub locations: Vec<Location>,
    pub meta: ListMeta,
}

/// ListNetworksResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListNetworksResponse {
    pub networks: Vec<Network>,
    pub meta: ListMeta,
}

/// PlacementGroupsResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlacementGroupsResponse {
    pub placement_groups: Vec<PlacementGroup>,
    pub meta: ListMeta,
}

/// GetPricingResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetPricingResponse {
    pub pricing: Pricing,
}

/// Pricing
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pricing {
    /// Currency the returned prices are expressed in, coded according to [ISO 4217](https://wikipedia.org/wiki/ISO_4217).
    pub currency: String,
    /// VAT rate used for calculating prices with VAT.
    pub vat_rate: crate::Decimal,
    /// Price of Primary IPs per type and per Location.
    pub primary_ips: Vec<PricingPrimaryIp>,
    /// Price of Floating IPs per type and per Location.
    pub floating_ips: Vec<PricingFloatingIp>,
    /// Price of Images.
    pub image: PricingImage,
    /// Price of Volumes.
    pub volume: PricingImage,
    /// Price of Server backups.
    pub server_backup: PricingServerBackup,
    /// Price of Server per type and per Location.
    pub server_types: Vec<PricingServerType>,
    /// Price of Load Balancer per type and per Location.
    pub load_balancer_types: Vec<PricingServerType>,
    /// **Deprecated.** Price of Floating IPs.
    ///
    /// **Deprecated**: This field is deprecated, please refer to the `floating_ips` field instead.
    ///
    /// See the [Changelog](https://docs.hetzner.cloud/changelog#2024-08-29-field-floating_ip-in-pricing-response-is-now-deprecated) for more details.
    pub floating_ip: PricingFloatingIp2,
}

/// PricingPrimaryIp
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PricingPrimaryIp {
    /// Type of Primary IP the price is for.
    pub r#type: FloatingIpType,
    /// Price of the Primary IP type per Location.
    pub prices: Vec<PricingPrimaryIpPrice>,
}

/// PricingPrimaryIpPrice
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PricingPrimaryIpPrice {
    /// Name of the Location the price is for.
    pub location: String,
    /// Hourly price in this Location.
    pub price_hourly: PriceHourly,
    /// Monthly price in this Location.
    pub price_monthly: PriceHourly,
}

/// PricingFloatingIp
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PricingFloatingIp {
    /// Type of Floating IP the price is for.
    pub r#type: FloatingIpType,
    /// Price of the Floating IP type per Location.
    pub prices: Vec<PricingFloatingIpPrice>,
}

/// PricingFloatingIpPrice
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PricingFloatingIpPrice {
    /// Name of the Location the price is for.
    pub location: String,
    /// Monthly price in this Location.
    pub price_monthly: PriceHourly,
}

/// Price of Images.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PricingImage {
    /// Price of Images per GB/month.
    pub price_per_gb_month: PriceHourly,
}

/// Price of Server backups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PricingServerBackup {
    /// Price increase of the Server base price in percentage.
    pub percentage: crate::Decimal,
}

/// PricingServerType
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PricingServerType {
    /// ID of the Server Types the price is for.
    pub id: i64,
    /// Name of the Server Types the price is for.
    pub name: String,
    /// Price of the Server Types per Location.
    pub prices: Vec<Price>,
}

/// Price of Floating IPs.
///
/// **Deprecated**: This field is deprecated, please refer to the `floating_ips` field instead.
///
/// See the [Changelog](https://docs.hetzner.cloud/changelog#2024-08-29-field-floating_ip-in-pricing-response-is-now-deprecated) for more details.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PricingFloatingIp2 {
    /// Price of one Floating IP per month.
    pub price_monthly: PriceHourly,
}

/// PrimaryIPsResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrimaryIPsResponse {
    pub primary_ips: Vec<PrimaryIp>,
    pub meta: ListMeta,
}

/// ListServerTypesResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListServerTypesResponse {
    pub server_types: Vec<ServerType>,
    pub meta: ListMeta,
}

/// ListServersResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListServersResponse {
    pub servers: Vec<Server>,
    pub meta: ListMeta,
}

/// ListSshKeysResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListSshKeysResponse {
    pub ssh_keys: Vec<SshKey>,
    pub meta: ListMeta,
}

/// ListVolumesResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListVolumesResponse {
    pub volumes: Vec<Volume>,
    pub meta: ListMeta,
}

/// ListZonesResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListZonesResponse {
    pub zones: Vec<Zone>,
    pub meta: ListMeta,
}

/// GetZoneZonefileResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GetZoneZonefileResponse {
    /// Generated zone file.
    ///
    /// Example:
    ///
    /// ```text
    /// $ORIGIN    example.com.
    /// $TTL    3600
    ///
    /// @    IN    SOA    hydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600
    ///
    /// @    IN    10800    NS    hydrogen.ns.hetzner.com. ; Some comment.
    /// @    IN    10800    NS    oxygen.ns.hetzner.com.
    /// @    IN    10800    NS    helium.ns.hetzner.de.
    /// ```
    pub zonefile: String,
}

impl GetZoneZonefileResponse {
    /// A value with the required fields set and every optional field unset.
    pub fn new(zonefile: impl Into<String>) -> Self {
        GetZoneZonefileResponse {
            zonefile: zonefile.into(),
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// ListZoneRrsetsResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListZoneRrsetsResponse {
    pub rrsets: Vec<RrSet>,
    pub meta: ListMeta,
}

/// CreateCertificateResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateCertificateResponse {
    pub certificate: Certificate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// CreateFirewallResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateFirewallResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewall: Option<Firewall>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actions: Option<Vec<Action>>,
}

/// CreateFloatingIpResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateFloatingIpResponse {
    pub floating_ip: FloatingIp,
    /// Action will only be returned if the Floating IP is getting assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// CreateLoadBalancerResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateLoadBalancerResponse {
    pub load_balancer: LoadBalancer,
    pub action: Action,
}

/// CreatePlacementGroupResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreatePlacementGroupResponse {
    pub placement_group: PlacementGroup,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// CreatePrimaryIpResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreatePrimaryIpResponse {
    pub primary_ip: PrimaryIp,
    /// Action will only be returned if the Primary IP is getting assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// CreateServerResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateServerResponse {
    pub server: Server,
    pub action: Action,
    pub next_actions: Vec<Action>,
    /// Root password when no SSH keys have been specified.
    #[serde(default)]
    pub root_password: Option<String>,
}

/// DeleteServerResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct DeleteServerResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// CreateServerImageResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateServerImageResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// The `root_password` key in the reply contains the root password that can be used to access the booted rescue system.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct EnableServerRescueResponse {
    /// Password that will be set for this Server once the Action succeeds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// RebuildServerResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct RebuildServerResponse {
    /// New root password when not using SSH keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root_password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
}

/// RequestServerConsoleResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestServerConsoleResponse {
    /// URL of websocket proxy to use; this includes a token which is valid for a limited time only.
    pub wss_url: String,
    /// VNC password to use for this connection (this password only works in combination with a wss_url with valid token).
    pub password: String,
    pub action: Action,
}

/// CreateVolumeResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateVolumeResponse {
    pub volume: Volume,
    pub action: Action,
    pub next_actions: Vec<Action>,
}

/// CreateZoneResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateZoneResponse {
    pub zone: Zone,
    pub action: Action,
}

/// CreateZoneRrsetResponse
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateZoneRrsetResponse {
    pub rrset: RrSet,
    pub action: Action,
}

/// CreateCertificateRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateCertificateRequest {
    /// Name of the Certificate.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Choose between uploading a Certificate in PEM format or requesting a managed *Let's Encrypt* Certificate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CertificateType>,
    /// Certificate and chain in PEM format, in order so that each record directly certifies the one preceding. Required for type `uploaded` Certificates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<String>,
    /// Certificate key in PEM format. Required for type `uploaded` Certificates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_key: Option<String>,
    /// Domains and subdomains that should be contained in the Certificate issued by *Let's Encrypt*. Required for type `managed` Certificates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_names: Option<Vec<String>>,
}

impl CreateCertificateRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(name: impl Into<String>) -> Self {
        CreateCertificateRequest {
            name: name.into(),
            labels: None,
            r#type: None,
            certificate: None,
            private_key: None,
            domain_names: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// UpdateCertificateRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct UpdateCertificateRequest {
    /// New Certificate name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of Labels provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}

impl UpdateCertificateRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// CreateFirewallRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateFirewallRequest {
    /// Name of the Firewall.
    ///
    /// Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Array of rules.
    ///
    /// Rules are limited to 50 entries per Firewall and [500 effective rules](https://docs.hetzner.com/cloud/firewalls/overview#limits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<Rule>>,
    /// Resources to apply the Firewall to.
    ///
    /// Resources added directly are taking precedence over those added via a Label Selector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apply_to: Option<Vec<FirewallResource>>,
}

impl CreateFirewallRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(name: impl Into<String>) -> Self {
        CreateFirewallRequest {
            name: name.into(),
            labels: None,
            rules: None,
            apply_to: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        if let Some(v) = &self.rules {
            for item in v {
                item.check()?;
            }
        }
        if let Some(v) = &self.apply_to {
            for item in v {
                item.check()?;
            }
        }
        Ok(())
    }
}

/// Rule
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// Description of the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Traffic direction in which the rule should be applied to.
    ///
    /// Use `source_ips` for direction `in` and `destination_ips` for direction `out` to specify IPs.
    pub direction: RuleResponseDirection,
    /// List of permitted IPv4/IPv6 addresses for incoming traffic.
    ///
    /// The `direction` must be set to `in`.
    ///
    /// IPs must be provided in [CIDR block notation](https://wikipedia.org/wiki/CIDR). You can specify 100 CIDR
    /// blocks at most.
    ///
    /// The CIDR blocks may refer to networks (with empty host bits) or single hosts.
    /// For example, a network could be defined with `10.0.1.0/24` or `2001:db8:ff00:42::/64`,
    /// and a single host with `10.0.1.1/32` or `2001:db8:ff00:42::8329/128`.
    ///
    /// Use `0.0.0.0/0` to allow any IPv4 addresses and `::/0` to allow any IPv6 addresses.
    ///
    /// IPv6 CIDRs will be transformed to their canonical form according to [RFC5952](https://datatracker.ietf.org/doc/html/rfc5952#section-4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_ips: Option<Vec<String>>,
    /// List of permitted IPv4/IPv6 addresses for outgoing traffic.
    ///
    /// The `direction` must be set to `out`.
    ///
    /// IPs must be in [CIDR block notation](https://wikipedia.org/wiki/CIDR). You can specify 100 CIDR
    /// blocks at most.
    ///
    /// The CIDR blocks may refer to networks (with empty host bits) or single hosts.
    /// For example, a network could be defined with `10.0.1.0/24` or `2001:db8:ff00:42::/64`,
    /// and a single host with `10.0.1.1/32` or `2001:db8:ff00:42::8329/128`.
    ///
    /// Use `0.0.0.0/0` to allow any IPv4 addresses and `::/0` to allow any IPv6 addresses.
    ///
    /// IPv6 CIDRs will be transformed to their canonical form according to [RFC5952](https://datatracker.ietf.org/doc/html/rfc5952#section-4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_ips: Option<Vec<String>>,
    /// Network protocol to apply the rule for.
    pub protocol: RuleResponseProtocol,
    /// Port or port range to apply the rule for.
    ///
    /// Only applicable for protocols `tcp` and `udp`.
    ///
    /// A port range can be specified by separating lower and upper bounds with a dash. `1024-5000` will include
    /// all ports starting from 1024 up to port 5000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<String>,
}

impl Rule {
    /// A value with the required fields set and every optional field unset.
    pub fn new(direction: RuleResponseDirection, protocol: RuleResponseProtocol) -> Self {
        Rule {
            description: None,
            direction,
            source_ips: None,
            destination_ips: None,
            protocol,
            port: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// FirewallResource
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FirewallResource {
    /// Type of the resource.
    pub r#type: FirewallAppliedToType,
    /// Server the Firewall is applied to.
    ///
    /// Only set for `type` `server`, otherwise `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<FirewallAppliedToServer>,
    /// Label Selector the Firewall is applied to.
    ///
    /// Only set for `type` `label_selector`, otherwise `null`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<LabelSelector>,
}

impl FirewallResource {
    /// A value with the required fields set and every optional field unset.
    pub fn new(r#type: FirewallAppliedToType) -> Self {
        FirewallResource {
            r#type,
            server: None,
            label_selector: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.server {
            v.check()?;
        }
        if let Some(v) = &self.label_selector {
            v.check()?;
        }
        Ok(())
    }
}

/// ApplyToResourcesRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ApplyToResourcesRequest {
    /// Resources to apply the Firewall to.
    ///
    /// Extends existing resources.
    pub apply_to: Vec<FirewallResource>,
}

impl ApplyToResourcesRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(apply_to: Vec<FirewallResource>) -> Self {
        ApplyToResourcesRequest { apply_to }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        for item in &self.apply_to {
            item.check()?;
        }
        Ok(())
    }
}

/// RemoveFromResourcesRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RemoveFromResourcesRequest {
    /// Resources to remove the Firewall from.
    pub remove_from: Vec<FirewallResource>,
}

impl RemoveFromResourcesRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(remove_from: Vec<FirewallResource>) -> Self {
        RemoveFromResourcesRequest { remove_from }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        for item in &self.remove_from {
            item.check()?;
        }
        Ok(())
    }
}

/// SetRulesRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SetRulesRequest {
    /// Array of rules.
    ///
    /// Rules are limited to 50 entries per Firewall and [500 effective rules](https://docs.hetzner.com/cloud/firewalls/overview#limits).
    ///
    /// Existing rules will be replaced.
    pub rules: Vec<Rule>,
}

impl SetRulesRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(rules: Vec<Rule>) -> Self {
        SetRulesRequest { rules }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        for item in &self.rules {
            item.check()?;
        }
        Ok(())
    }
}

/// FloatingIpCreateRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FloatingIpCreateRequest {
    /// The Floating IP type.
    pub r#type: FloatingIpType,
    /// Server the Floating IP is assigned to.
    ///
    /// `null` if not assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<i64>,
    /// Home Location for the Floating IP.
    ///
    /// Either the ID or the name of the Location.
    ///
    /// Only optional if no Server is provided. Routing is optimized for this Locations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_location: Option<crate::IdOrName>,
    /// Description of the Resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Name of the Resource. Must be unique per Project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}

impl FloatingIpCreateRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(r#type: FloatingIpType) -> Self {
        FloatingIpCreateRequest {
            r#type,
            server: None,
            home_location: None,
            description: None,
            name: None,
            labels: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// FloatingIpUpdateRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct FloatingIpUpdateRequest {
    /// Description of the Resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Name of the Resource. Must be unique per Project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of Labels provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}

impl FloatingIpUpdateRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// FloatingIpActionsAssignRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct FloatingIpActionsAssignRequest {
    /// Server the Floating IP is assigned to.
    ///
    /// `null` if not assigned.
    #[serde(default)]
    pub server: Option<i64>,
}

impl FloatingIpActionsAssignRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// ChangeFloatingIpDnsPtrRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeFloatingIpDnsPtrRequest {
    /// Single IPv4 or IPv6 address to create pointer for.
    pub ip: String,
    /// Domain Name to point to.
    ///
    /// PTR record content used for reverse DNS. Set to null to reset (IPv4) to the default value or remove (IPv6) the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dns_ptr: Option<String>,
}

impl ChangeFloatingIpDnsPtrRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(ip: impl Into<String>) -> Self {
        ChangeFloatingIpDnsPtrRequest {
            ip: ip.into(),
            dns_ptr: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// UpdateImageRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct UpdateImageRequest {
    /// New description of Image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Destination Image type to convert to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<UpdateImageRequestType>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of Labels provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}

impl UpdateImageRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

crate::string_enum! {
    /// Values of `UpdateImageRequestType`.
    UpdateImageRequestType {
        /// `snapshot`
        Snapshot = "snapshot",
    }
}

/// ChangeImageProtectionRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct ChangeImageProtectionRequest {
    /// If true, prevents the snapshot from being deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete: Option<bool>,
}

impl ChangeImageProtectionRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// CreateLoadBalancerRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateLoadBalancerRequest {
    /// Name of the Load Balancer.
    pub name: String,
    /// ID or name of the Load Balancer type this Load Balancer should be created with.
    pub load_balancer_type: String,
    /// Algorithm of the Load Balancer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<Algorithm>,
    /// Array of services.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<LoadBalancerService>>,
    /// Array of targets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<Vec<CreateLoadBalancerRequestTarget>>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Enable or disable the public interface of the Load Balancer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_interface: Option<bool>,
    /// ID of the network the Load Balancer should be attached to on creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<i64>,
    /// Name of network zone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_zone: Option<String>,
    /// ID or name of Location to create Load Balancer in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

impl CreateLoadBalancerRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(name: impl Into<String>, load_balancer_type: impl Into<String>) -> Self {
        CreateLoadBalancerRequest {
            name: name.into(),
            load_balancer_type: load_balancer_type.into(),
            algorithm: None,
            services: None,
            targets: None,
            labels: None,
            public_interface: None,
            network: None,
            network_zone: None,
            location: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.algorithm {
            v.check()?;
        }
        if let Some(v) = &self.services {
            for item in v {
                item.check()?;
            }
        }
        if let Some(v) = &self.targets {
            for item in v {
                item.check()?;
            }
        }
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// CreateLoadBalancerRequestTarget
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateLoadBalancerRequestTarget {
    /// Type of the resource.
    pub r#type: LoadBalancerTargetType,
    /// Configuration for type Server, only valid and required if type is `server`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<CreateLoadBalancerRequestTargetServer>,
    /// Configuration for label selector targets, only valid and required if type is `label_selector`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<LabelSelector>,
    /// Configuration for an IP target. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only valid and required if type is `ip`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<LoadBalancerTargetIp>,
    /// Use the private network IP instead of the public IP of the Server, requires the Server and Load Balancer to be in the same network. Only valid for target types `server` and `label_selector`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_private_ip: Option<bool>,
}

impl CreateLoadBalancerRequestTarget {
    /// A value with the required fields set and every optional field unset.
    pub fn new(r#type: LoadBalancerTargetType) -> Self {
        CreateLoadBalancerRequestTarget {
            r#type,
            server: None,
            label_selector: None,
            ip: None,
            use_private_ip: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.server {
            v.check()?;
        }
        if let Some(v) = &self.label_selector {
            v.check()?;
        }
        if let Some(v) = &self.ip {
            v.check()?;
        }
        Ok(())
    }
}

/// Configuration for type Server, only valid and required if type is `server`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateLoadBalancerRequestTargetServer {
    /// ID of the Server.
    pub id: i64,
    /// Optional public IP of the Server to use as target.
    /// Must be the Primary IPv4 of the Server, or an IPv6 host address within IPv6 /64 subnet of the Server. If omitted, the Primary IPv4 of the Server is used. Must not be a private IP and is only valid for public targets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
}

impl CreateLoadBalancerRequestTargetServer {
    /// A value with the required fields set and every optional field unset.
    pub fn new(id: i64) -> Self {
        CreateLoadBalancerRequestTargetServer { id, ip: None }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// AddLoadBalancerServiceRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct AddLoadBalancerServiceRequest {
    /// Protocol of the Load Balancer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<LoadBalancerServiceProtocol>,
    /// Port the Load Balancer listens on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listen_port: Option<i64>,
    /// Port the Load Balancer will balance to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_port: Option<i64>,
    /// Is Proxyprotocol enabled or not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxyprotocol: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health_check: Option<AddLoadBalancerServiceRequestHealthCheck>,
    /// Configuration option for protocols http and https.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http: Option<LoadBalancerServiceHttp>,
}

impl AddLoadBalancerServiceRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.health_check {
            v.check()?;
        }
        if let Some(v) = &self.http {
            v.check()?;
        }
        Ok(())
    }
}

/// AddLoadBalancerServiceRequestHealthCheck
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct AddLoadBalancerServiceRequestHealthCheck {
    /// Type of the health check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<LoadBalancerServiceHealthCheckProtocol>,
    /// Port the health check will be performed on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i64>,
    /// Time interval in seconds health checks are performed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Time in seconds after an attempt is considered a timeout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// Unsuccessful retries needed until a target is considered unhealthy; an unhealthy target needs the same number of successful retries to become healthy again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i64>,
    /// Additional configuration for protocol http.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub http: Option<AddLoadBalancerServiceRequestHealthCheckHttp>,
}

impl AddLoadBalancerServiceRequestHealthCheck {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.http {
            v.check()?;
        }
        Ok(())
    }
}

/// Additional configuration for protocol http.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct AddLoadBalancerServiceRequestHealthCheckHttp {
    /// Host header to send in the HTTP request. May not contain spaces, percent or backslash symbols. Can be null, in that case no host header is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// HTTP path to use for health checks. May not contain literal spaces, use percent-encoding instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// String that must be contained in HTTP response in order to pass the health check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// List of returned HTTP status codes in order to pass the health check. Supports the wildcards `?` for exactly one character and `*` for multiple ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_codes: Option<Vec<String>>,
    /// Use HTTPS for health check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<bool>,
}

impl AddLoadBalancerServiceRequestHealthCheckHttp {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// Configuration option for protocols http and https.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct LoadBalancerServiceHttp {
    /// Name of the cookie used for sticky sessions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_name: Option<String>,
    /// Lifetime of the cookie used for sticky sessions (in seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_lifetime: Option<i64>,
    /// Idle timeout in seconds for the client and server side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_idle: Option<i64>,
    /// IDs of the Certificates to use for TLS/SSL termination by the Load Balancer; empty for TLS/SSL passthrough or if `protocol` is `http`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificates: Option<Vec<i64>>,
    /// Redirect HTTP requests to HTTPS. Only available if `protocol` is `https`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_http: Option<bool>,
    /// Use sticky sessions. Only available if `protocol` is `http` or `https`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sticky_sessions: Option<bool>,
}

impl LoadBalancerServiceHttp {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// AttachLoadBalancerToNetworkRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttachLoadBalancerToNetworkRequest {
    /// ID of an existing network to attach the Load Balancer to.
    pub network: i64,
    /// IP to request to be assigned to this Load Balancer; if you do not provide this then you will be auto assigned an IP address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// IP range in CIDR block notation of the subnet to attach to.
    ///
    /// This allows for auto assigning an IP address for a specific subnet.
    /// Providing `ip` that is not part of `ip_range` will result in an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_range: Option<String>,
}

impl AttachLoadBalancerToNetworkRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(network: i64) -> Self {
        AttachLoadBalancerToNetworkRequest {
            network,
            ip: None,
            ip_range: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// ChangeTypeRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeTypeRequest {
    /// ID or name of Load Balancer type the Load Balancer should migrate to.
    pub load_balancer_type: String,
}

impl ChangeTypeRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(load_balancer_type: impl Into<String>) -> Self {
        ChangeTypeRequest {
            load_balancer_type: load_balancer_type.into(),
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// DeleteLoadBalancerServiceRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeleteLoadBalancerServiceRequest {
    /// The listen port of the service you want to delete.
    pub listen_port: i64,
}

impl DeleteLoadBalancerServiceRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(listen_port: i64) -> Self {
        DeleteLoadBalancerServiceRequest { listen_port }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// DetachLoadBalancerFromNetworkRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DetachLoadBalancerFromNetworkRequest {
    /// ID of an existing network to detach the Load Balancer from.
    pub network: i64,
}

impl DetachLoadBalancerFromNetworkRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(network: i64) -> Self {
        DetachLoadBalancerFromNetworkRequest { network }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// Configuration of a Load Balancer target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RemoveLoadBalancerTargetRequest {
    /// Type of the resource.
    pub r#type: LoadBalancerTargetType,
    /// Configuration for type Server, only valid and required if type is `server`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<CreateLoadBalancerRequestTargetServer>,
    /// Configuration for label selector targets, only valid and required if type is `label_selector`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_selector: Option<LabelSelector>,
    /// Configuration for an IP target. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only valid and required if type is `ip`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<LoadBalancerTargetIp>,
}

impl RemoveLoadBalancerTargetRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(r#type: LoadBalancerTargetType) -> Self {
        RemoveLoadBalancerTargetRequest {
            r#type,
            server: None,
            label_selector: None,
            ip: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.server {
            v.check()?;
        }
        if let Some(v) = &self.label_selector {
            v.check()?;
        }
        if let Some(v) = &self.ip {
            v.check()?;
        }
        Ok(())
    }
}

/// NetworkCreateRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkCreateRequest {
    /// Name of the Network.
    pub name: String,
    /// IP range of the Network.
    ///
    /// Uses CIDR notation.
    ///
    /// Must span all included subnets. Must be one of the private IPv4 ranges of RFC1918.
    ///
    /// Minimum network size is /24. We highly recommend that you pick a larger Network with a /16 netmask.
    pub ip_range: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Array of subnets to allocate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<NetworkCreateRequestSubnet>>,
    /// Array of routes set in this Network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub routes: Option<Vec<Route>>,
    /// Toggle to expose routes to the Networks vSwitch.
    ///
    /// Indicates if the routes from this Network should be exposed to the vSwitch in this Network. Only takes effect if a vSwitch is setup](https://docs.hetzner.com/cloud/networks/connect-dedi-vswitch) in this \[Network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expose_routes_to_vswitch: Option<bool>,
}

impl NetworkCreateRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(name: impl Into<String>, ip_range: impl Into<String>) -> Self {
        NetworkCreateRequest {
            name: name.into(),
            ip_range: ip_range.into(),
            labels: None,
            subnets: None,
            routes: None,
            expose_routes_to_vswitch: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        if let Some(v) = &self.subnets {
            for item in v {
                item.check()?;
            }
        }
        if let Some(v) = &self.routes {
            for item in v {
                item.check()?;
            }
        }
        Ok(())
    }
}

/// NetworkCreateRequestSubnet
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NetworkCreateRequestSubnet {
    /// Type of subnet.
    pub r#type: NetworkSubnetType,
    /// IP range of the subnet.
    ///
    /// Uses CIDR notation.
    ///
    /// Must be a subnet of the parent Networks `ip_range`.
    ///
    /// Must not overlap with any other subnets or with any destinations in routes.
    ///
    /// Minimum network size is /30. We highly recommend that you pick a larger subnet with a /24 netmask.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_range: Option<String>,
    /// Name of the Network Zone.
    ///
    /// The Location contains the `network_zone` property it belongs to.
    pub network_zone: String,
    /// ID of the robot vSwitch.
    ///
    /// Must only be supplied for subnets of type `vswitch`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vswitch_id: Option<i64>,
}

impl NetworkCreateRequestSubnet {
    /// A value with the required fields set and every optional field unset.
    pub fn new(r#type: NetworkSubnetType, network_zone: impl Into<String>) -> Self {
        NetworkCreateRequestSubnet {
            r#type,
            ip_range: None,
            network_zone: network_zone.into(),
            vswitch_id: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// NetworkUpdateRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct NetworkUpdateRequest {
    /// New Network name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of Labels provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Toggle to expose routes to the Networks vSwitch.
    ///
    /// Indicates if the routes from this Network should be exposed to the vSwitch in this Network. Only takes effect if a vSwitch is setup](https://docs.hetzner.com/cloud/networks/connect-dedi-vswitch) in this \[Network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expose_routes_to_vswitch: Option<bool>,
}

impl NetworkUpdateRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// ChangeIpRangeRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeIpRangeRequest {
    /// IP range of the Network.
    ///
    /// Uses CIDR notation.
    ///
    /// Must span all included subnets. Must be one of the private IPv4 ranges of RFC1918.
    ///
    /// Minimum network size is /24. We highly recommend that you pick a larger Network with a /16 netmask.
    pub ip_range: String,
}

impl ChangeIpRangeRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(ip_range: impl Into<String>) -> Self {
        ChangeIpRangeRequest {
            ip_range: ip_range.into(),
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// CreatePlacementGroupRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreatePlacementGroupRequest {
    /// Name of the Placement Group.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Define the Placement Group Type.
    pub r#type: PlacementGroupType,
}

impl CreatePlacementGroupRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(name: impl Into<String>, r#type: PlacementGroupType) -> Self {
        CreatePlacementGroupRequest {
            name: name.into(),
            labels: None,
            r#type,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// PrimaryIpCreateRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrimaryIpCreateRequest {
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Primary IP type.
    pub r#type: FloatingIpType,
    /// Location ID or name the Primary IP will be bound to.
    ///
    /// Omit if `assignee_id`/`assignee_type` or `datacenter` are provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<crate::IdOrName>,
    /// Type of resource to assign the Primary IP to.
    ///
    /// Omitted if the Primary IP should not get assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee_type: Option<FirewallAppliedToResourceType>,
    /// ID of resource to assign the Primary IP to.
    ///
    /// Omitted if the Primary IP should not get assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<i64>,
    /// Auto deletion state.
    ///
    /// If enabled the Primary IP will be deleted once the assigned resource gets deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_delete: Option<bool>,
}

impl PrimaryIpCreateRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(name: impl Into<String>, r#type: FloatingIpType) -> Self {
        PrimaryIpCreateRequest {
            name: name.into(),
            labels: None,
            r#type,
            location: None,
            assignee_type: None,
            assignee_id: None,
            auto_delete: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// PrimaryIpUpdateRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct PrimaryIpUpdateRequest {
    /// Name of the Resource. Must be unique per Project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of Labels provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Auto deletion state.
    ///
    /// If enabled the Primary IP will be deleted once the assigned resource gets deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_delete: Option<bool>,
}

impl PrimaryIpUpdateRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// PrimaryIpActionsAssignRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrimaryIpActionsAssignRequest {
    /// Type of resource assigning the Primary IP to.
    pub assignee_type: FirewallAppliedToResourceType,
    /// ID of a resource of type `assignee_type`.
    pub assignee_id: i64,
}

impl PrimaryIpActionsAssignRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(assignee_type: FirewallAppliedToResourceType, assignee_id: i64) -> Self {
        PrimaryIpActionsAssignRequest {
            assignee_type,
            assignee_id,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// CreateServerRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateServerRequest {
    /// Name of the Server to create (must be unique per Project and a valid hostname as per RFC 1123).
    pub name: String,
    /// ID or name of the Location to create the Server in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// ID or name of the Server type this Server should be created with.
    pub server_type: String,
    /// This automatically triggers a Power on a Server-Server Action after the creation is finished and is returned in the `next_actions` response object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_after_create: Option<bool>,
    /// ID or name of the Image the Server is created from.
    pub image: String,
    /// ID of the Placement Group the Server should be in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement_group: Option<i64>,
    /// SSH key IDs (`integer`) or names (`string`) which should be injected into the Server at creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_keys: Option<Vec<String>>,
    /// Volume IDs which should be attached to the Server at the creation time. Volumes must be in the same Location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<i64>>,
    /// Network IDs which should be attached to the Server private network interface at the creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<Vec<i64>>,
    /// Firewalls which should be applied on the Server's public network interface at creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firewalls: Option<Vec<CreateServerRequestFirewall>>,
    /// Cloud-Init user data to use during Server creation. This field is limited to 32KiB.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Auto-mount Volumes after attach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automount: Option<bool>,
    /// Public Network options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_net: Option<CreateServerRequestPublicNet>,
}

impl CreateServerRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(
        name: impl Into<String>,
        server_type: impl Into<String>,
        image: impl Into<String>,
    ) -> Self {
        CreateServerRequest {
            name: name.into(),
            location: None,
            server_type: server_type.into(),
            start_after_create: None,
            image: image.into(),
            placement_group: None,
            ssh_keys: None,
            volumes: None,
            networks: None,
            firewalls: None,
            user_data: None,
            labels: None,
            automount: None,
            public_net: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.firewalls {
            for item in v {
                item.check()?;
            }
        }
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        if let Some(v) = &self.public_net {
            v.check()?;
        }
        Ok(())
    }
}

/// CreateServerRequestFirewall
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateServerRequestFirewall {
    /// ID of the Firewall.
    pub firewall: i64,
}

impl CreateServerRequestFirewall {
    /// A value with the required fields set and every optional field unset.
    pub fn new(firewall: i64) -> Self {
        CreateServerRequestFirewall { firewall }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// Public Network options.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateServerRequestPublicNet {
    /// Attach an IPv4 on the public NIC. If false, no IPv4 address will be attached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ipv4: Option<bool>,
    /// Attach an IPv6 on the public NIC. If false, no IPv6 address will be attached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_ipv6: Option<bool>,
    /// ID of the ipv4 Primary IP to use. If omitted and enable_ipv4 is true, a new ipv4 Primary IP will automatically be created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv4: Option<i64>,
    /// ID of the ipv6 Primary IP to use. If omitted and enable_ipv6 is true, a new ipv6 Primary IP will automatically be created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6: Option<i64>,
}

impl CreateServerRequestPublicNet {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// AddToPlacementGroupRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AddToPlacementGroupRequest {
    /// ID of Placement Group the Server should be added to.
    pub placement_group: i64,
}

impl AddToPlacementGroupRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(placement_group: i64) -> Self {
        AddToPlacementGroupRequest { placement_group }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// AttachServerIsoRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttachServerIsoRequest {
    /// ID or name of ISO to attach to the Server as listed in GET `/isos`.
    pub iso: String,
}

impl AttachServerIsoRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(iso: impl Into<String>) -> Self {
        AttachServerIsoRequest { iso: iso.into() }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// AttachToNetworkRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttachToNetworkRequest {
    /// ID of an existing network to attach the Server to.
    pub network: i64,
    /// IP to request to be assigned to this Server; if you do not provide this then you will be auto assigned an IP address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Additional IPs to be assigned to this Server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias_ips: Option<Vec<String>>,
    /// IP range in CIDR block notation of the subnet to attach to.
    ///
    /// This allows for auto assigning an IP address for a specific subnet.
    /// Providing `ip` that is not part of `ip_range` will result in an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_range: Option<String>,
}

impl AttachToNetworkRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(network: i64) -> Self {
        AttachToNetworkRequest {
            network,
            ip: None,
            alias_ips: None,
            ip_range: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// ChangeServerAliasIpsRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeServerAliasIpsRequest {
    /// ID of an existing Network already attached to the Server.
    pub network: i64,
    /// New alias IPs to set for this Server.
    pub alias_ips: Vec<String>,
}

impl ChangeServerAliasIpsRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(network: i64, alias_ips: Vec<String>) -> Self {
        ChangeServerAliasIpsRequest { network, alias_ips }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// ChangeServerProtectionRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct ChangeServerProtectionRequest {
    /// If true, prevents the Server from being deleted (currently delete and rebuild attribute needs to have the same value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete: Option<bool>,
    /// If true, prevents the Server from being rebuilt (currently delete and rebuild attribute needs to have the same value).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rebuild: Option<bool>,
}

impl ChangeServerProtectionRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// ChangeServerTypeRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeServerTypeRequest {
    /// If false, do not upgrade the disk (this allows downgrading the Server type later).
    pub upgrade_disk: bool,
    /// ID or name of Server type the Server should migrate to.
    pub server_type: String,
}

impl ChangeServerTypeRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(upgrade_disk: bool, server_type: impl Into<String>) -> Self {
        ChangeServerTypeRequest {
            upgrade_disk,
            server_type: server_type.into(),
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// CreateImageRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct CreateImageRequest {
    /// Description of the Image, will be auto-generated if not set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Type of Image to create.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CreateImageRequestType>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}

impl CreateImageRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

crate::string_enum! {
    /// Values of `CreateImageRequestType`.
    CreateImageRequestType {
        /// `snapshot`
        Snapshot = "snapshot",
        /// `backup`
        Backup = "backup",
    }
}

/// EnableServerRescueRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct EnableServerRescueRequest {
    /// Type of rescue system to boot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<EnableServerRescueRequestType>,
    /// Array of SSH key IDs which should be injected into the rescue system.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ssh_keys: Option<Vec<i64>>,
}

impl EnableServerRescueRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

crate::string_enum! {
    /// Values of `EnableServerRescueRequestType`.
    EnableServerRescueRequestType {
        /// `linux64`
        Linux64 = "linux64",
    }
}

/// RebuildServerRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RebuildServerRequest {
    /// ID or name of Image to rebuilt from.
    pub image: String,
    /// Cloud-Init user data to use during Server rebuild. This field is limited to 32KiB. If not specified, the Server's previous user_data value will be re-used (if any was set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
}

impl RebuildServerRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(image: impl Into<String>) -> Self {
        RebuildServerRequest {
            image: image.into(),
            user_data: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// CreateSshKeyRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateSshKeyRequest {
    /// Name of the SSH key.
    pub name: String,
    /// Public key.
    pub public_key: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}

impl CreateSshKeyRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(name: impl Into<String>, public_key: impl Into<String>) -> Self {
        CreateSshKeyRequest {
            name: name.into(),
            public_key: public_key.into(),
            labels: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// CreateVolumeRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateVolumeRequest {
    /// Size of the Volume in GB.
    pub size: i64,
    /// Name of the volume.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Auto-mount Volume after attach. `server` must be provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automount: Option<bool>,
    /// Format Volume after creation. One of: `xfs`, `ext4`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Location to create the Volume in (can be omitted if Server is specified).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Server to which to attach the Volume once it's created (Volume will be created in the same Location as the server).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server: Option<i64>,
}

impl CreateVolumeRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(size: i64, name: impl Into<String>) -> Self {
        CreateVolumeRequest {
            size,
            name: name.into(),
            labels: None,
            automount: None,
            format: None,
            location: None,
            server: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// AttachVolumeRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttachVolumeRequest {
    /// ID of the Server the Volume will be attached to.
    pub server: i64,
    /// Auto-mount the Volume after attaching it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automount: Option<bool>,
}

impl AttachVolumeRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(server: i64) -> Self {
        AttachVolumeRequest {
            server,
            automount: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// ResizeVolumeRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResizeVolumeRequest {
    /// New Volume size in GB (must be greater than current size).
    pub size: f64,
}

impl ResizeVolumeRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(size: f64) -> Self {
        ResizeVolumeRequest { size }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// CreateZoneRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateZoneRequest {
    /// Name of the Zone.
    ///
    /// All names with [well-known public suffixes](https://publicsuffix.org/) (e.g. `.de`,
    /// `.com`, `.co.uk`) are supported. Subdomains are not supported.
    ///
    /// The name must be in lower case and must not end with a dot.
    /// \[Internationalized domain
    /// names](https://en.wikipedia.org/wiki/Internationalized_domain_name) must be
    /// transcribed to [Punycode](https://wikipedia.org/wiki/Punycode) representation with
    /// ACE prefix, e.g. `xn--mnchen-3ya.de` (`münchen.de`).
    pub name: String,
    /// Mode of the Zone.
    ///
    /// For more information, see Zone Modes.
    pub mode: ZoneMode,
    /// Default Time To Live (TTL) of the Zone.
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// This TTL is used for RRSets that do not explicitly define a TTL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Primary nameservers of the Zone.
    ///
    /// Only applicable for Zones in secondary mode.
    /// Ignored for Zones in primary mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_nameservers: Option<Vec<PrimaryNameserver>>,
    /// RRSets to be added to the Zone.
    ///
    /// Only applicable for Zones in primary mode.
    /// Ignored for Zones in secondary mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rrsets: Option<Vec<CreateZoneRequestRrset>>,
    /// Zone file to import.
    ///
    /// Only applicable for Zones in primary mode.
    /// Ignored for Zones in secondary mode.
    ///
    /// If provided, `rrsets` must be empty.
    ///
    /// See Zone file import for more details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zonefile: Option<String>,
}

impl CreateZoneRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(name: impl Into<String>, mode: ZoneMode) -> Self {
        CreateZoneRequest {
            name: name.into(),
            mode,
            ttl: None,
            labels: None,
            primary_nameservers: None,
            rrsets: None,
            zonefile: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        if let Some(v) = &self.primary_nameservers {
            for item in v {
                item.check()?;
            }
        }
        if let Some(v) = &self.rrsets {
            for item in v {
                item.check()?;
            }
        }
        Ok(())
    }
}

/// CreateZoneRequestRrset
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateZoneRequestRrset {
    /// Name of the RRSet.
    ///
    /// The name must be in lower case, and must not end with a dot or the Zone
    /// name. Names containing non-ASCII characters must be transcribed to
    /// [Punycode](https://wikipedia.org/wiki/Punycode) representation with ACE prefix, e.g.
    /// `xn--4bi` (✉️).
    ///
    /// For the Zone apex, use `@`.
    pub name: String,
    /// Type of the RRSet.
    pub r#type: RrSetType,
    /// Time To Live (TTL) of the RRSet.
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// If not set, the Zone's Default TTL is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Records of the RRSet.
    ///
    /// Must not be empty and must only contain distinct record values.
    /// The order of records returned in responses is not guaranteed to be consistent.
    pub records: Vec<Record>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}

impl CreateZoneRequestRrset {
    /// A value with the required fields set and every optional field unset.
    pub fn new(name: impl Into<String>, r#type: RrSetType, records: Vec<Record>) -> Self {
        CreateZoneRequestRrset {
            name: name.into(),
            r#type,
            ttl: None,
            records,
            labels: None,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        for item in &self.records {
            item.check()?;
        }
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// ZoneUpdateRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct ZoneUpdateRequest {
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of Labels provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "Labels".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<std::collections::BTreeMap<String, String>>,
}

impl ZoneUpdateRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        if let Some(v) = &self.labels {
            crate::labels::validate_labels(v)?;
        }
        Ok(())
    }
}

/// ChangeZonePrimaryNameserversRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeZonePrimaryNameserversRequest {
    /// Primary nameservers of the Zone.
    pub primary_nameservers: Vec<PrimaryNameserver>,
}

impl ChangeZonePrimaryNameserversRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(primary_nameservers: Vec<PrimaryNameserver>) -> Self {
        ChangeZonePrimaryNameserversRequest {
            primary_nameservers,
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        for item in &self.primary_nameservers {
            item.check()?;
        }
        Ok(())
    }
}

/// ChangeZoneTtlRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChangeZoneTtlRequest {
    /// Default Time To Live (TTL) of the Zone.
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// This TTL is used for RRSets that do not explicitly define a TTL.
    pub ttl: i64,
}

impl ChangeZoneTtlRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(ttl: i64) -> Self {
        ChangeZoneTtlRequest { ttl }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// ChangeZoneRrsetTtlRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct ChangeZoneRrsetTtlRequest {
    /// Time To Live (TTL) of the RRSet.
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// If not set, the Zone's Default TTL is used.
    #[serde(default)]
    pub ttl: Option<i64>,
}

impl ChangeZoneRrsetTtlRequest {
    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

/// SetZoneRrsetRecordsRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SetZoneRrsetRecordsRequest {
    /// Records to set in the RRSet.
    ///
    /// Must not be empty and must only contain distinct record values.
    pub records: Vec<Record>,
}

impl SetZoneRrsetRecordsRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(records: Vec<Record>) -> Self {
        SetZoneRrsetRecordsRequest { records }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        for item in &self.records {
            item.check()?;
        }
        Ok(())
    }
}

/// AddZoneRrsetRecordsRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AddZoneRrsetRecordsRequest {
    /// Time To Live (TTL) of the RRSet.
    ///
    /// If not set, the Zone's Default TTL is used.
    /// If set, and the RRSet being updated already has a TTL, the values must be the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<i64>,
    /// Records to add to the RRSet.
    ///
    /// Must not be empty and must only contain distinct record values.
    pub records: Vec<Record>,
}

impl AddZoneRrsetRecordsRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(records: Vec<Record>) -> Self {
        AddZoneRrsetRecordsRequest { ttl: None, records }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        for item in &self.records {
            item.check()?;
        }
        Ok(())
    }
}

/// UpdateZoneRrsetRecordsRequest
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UpdateZoneRrsetRecordsRequest {
    /// Records to update in the RRSet.
    ///
    /// Must not be empty and must only contain distinct record values.
    pub records: Vec<UpdateZoneRrsetRecordsRequestRecord>,
}

impl UpdateZoneRrsetRecordsRequest {
    /// A value with the required fields set and every optional field unset.
    pub fn new(records: Vec<UpdateZoneRrsetRecordsRequestRecord>) -> Self {
        UpdateZoneRrsetRecordsRequest { records }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        for item in &self.records {
            item.check()?;
        }
        Ok(())
    }
}

/// Record of a RRSet.
///
/// The `value` is used to identify the record in an RRSet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UpdateZoneRrsetRecordsRequestRecord {
    /// Value of the record to update.
    pub value: String,
    /// New comment for the record.
    pub comment: String,
}

impl UpdateZoneRrsetRecordsRequestRecord {
    /// A value with the required fields set and every optional field unset.
    pub fn new(value: impl Into<String>, comment: impl Into<String>) -> Self {
        UpdateZoneRrsetRecordsRequestRecord {
            value: value.into(),
            comment: comment.into(),
        }
    }

    /// Checks what can be checked before sending (labels, label selectors).
    pub fn check(&self) -> crate::Result<()> {
        Ok(())
    }
}

crate::string_enum! {
    /// Values of `CertificateSort`.
    CertificateSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `ActionSort`.
    ActionSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `command`
        Command = "command",
        /// `command:asc`
        CommandAsc = "command:asc",
        /// `command:desc`
        CommandDesc = "command:desc",
        /// `status`
        Status = "status",
        /// `status:asc`
        StatusAsc = "status:asc",
        /// `status:desc`
        StatusDesc = "status:desc",
        /// `started`
        Started = "started",
        /// `started:asc`
        StartedAsc = "started:asc",
        /// `started:desc`
        StartedDesc = "started:desc",
        /// `finished`
        Finished = "finished",
        /// `finished:asc`
        FinishedAsc = "finished:asc",
        /// `finished:desc`
        FinishedDesc = "finished:desc",
    }
}

crate::string_enum! {
    /// Values of `DatacenterSort`.
    DatacenterSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
    }
}

crate::string_enum! {
    /// Values of `FirewallSort`.
    FirewallSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `FloatingIpSort`.
    FloatingIpSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `ImageSort`.
    ImageSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `LoadBalancerSort`.
    LoadBalancerSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `GetLoadBalancerMetricsType`.
    GetLoadBalancerMetricsType {
        /// `open_connections`
        OpenConnections = "open_connections",
        /// `connections_per_second`
        ConnectionsPerSecond = "connections_per_second",
        /// `requests_per_second`
        RequestsPerSecond = "requests_per_second",
        /// `bandwidth`
        Bandwidth = "bandwidth",
    }
}

crate::string_enum! {
    /// Values of `LocationSort`.
    LocationSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
    }
}

crate::string_enum! {
    /// Values of `NetworkSort`.
    NetworkSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `PlacementGroupSort`.
    PlacementGroupSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `PrimaryIpSort`.
    PrimaryIpSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `ServerSort`.
    ServerSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `GetServerMetricsType`.
    GetServerMetricsType {
        /// `cpu`
        Cpu = "cpu",
        /// `disk`
        Disk = "disk",
        /// `network`
        Network = "network",
    }
}

crate::string_enum! {
    /// Values of `SshKeySort`.
    SshKeySort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
    }
}

crate::string_enum! {
    /// Values of `VolumeSort`.
    VolumeSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `ZoneSort`.
    ZoneSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

crate::string_enum! {
    /// Values of `RrSetSort`.
    RrSetSort {
        /// `id`
        Id = "id",
        /// `id:asc`
        IdAsc = "id:asc",
        /// `id:desc`
        IdDesc = "id:desc",
        /// `name`
        Name = "name",
        /// `name:asc`
        NameAsc = "name:asc",
        /// `name:desc`
        NameDesc = "name:desc",
        /// `created`
        Created = "created",
        /// `created:asc`
        CreatedAsc = "created:asc",
        /// `created:desc`
        CreatedDesc = "created:desc",
    }
}

/// The body of `update_firewall` (the same shape as [`UpdateCertificateRequest`]).
pub type UpdateFirewallRequest = UpdateCertificateRequest;

/// The body of `apply_firewall_to_resources` (the same shape as [`ApplyToResourcesRequest`]).
pub type ApplyFirewallToResourcesRequest = ApplyToResourcesRequest;

/// The body of `remove_firewall_from_resources` (the same shape as [`RemoveFromResourcesRequest`]).
pub type RemoveFirewallFromResourcesRequest = RemoveFromResourcesRequest;

/// The body of `set_firewall_rules` (the same shape as [`SetRulesRequest`]).
pub type SetFirewallRulesRequest = SetRulesRequest;

/// The body of `create_floating_ip` (the same shape as [`FloatingIpCreateRequest`]).
pub type CreateFloatingIpRequest = FloatingIpCreateRequest;

/// The body of `update_floating_ip` (the same shape as [`FloatingIpUpdateRequest`]).
pub type UpdateFloatingIpRequest = FloatingIpUpdateRequest;

/// The body of `assign_floating_ip` (the same shape as [`FloatingIpActionsAssignRequest`]).
pub type AssignFloatingIpRequest = FloatingIpActionsAssignRequest;

/// The body of `change_floating_ip_protection` (the same shape as [`Protection`]).
pub type ChangeFloatingIpProtectionRequest = Protection;

/// The body of `update_load_balancer` (the same shape as [`UpdateCertificateRequest`]).
pub type UpdateLoadBalancerRequest = UpdateCertificateRequest;

/// The body of `add_load_balancer_target` (the same shape as [`CreateLoadBalancerRequestTarget`]).
pub type AddLoadBalancerTargetRequest = CreateLoadBalancerRequestTarget;

/// The body of `change_load_balancer_algorithm` (the same shape as [`Algorithm`]).
pub type ChangeLoadBalancerAlgorithmRequest = Algorithm;

/// The body of `change_load_balancer_dns_ptr` (the same shape as [`ChangeFloatingIpDnsPtrRequest`]).
pub type ChangeLoadBalancerDnsPtrRequest = ChangeFloatingIpDnsPtrRequest;

/// The body of `change_load_balancer_protection` (the same shape as [`ChangeImageProtectionRequest`]).
pub type ChangeLoadBalancerProtectionRequest = ChangeImageProtectionRequest;

/// The body of `change_load_balancer_type` (the same shape as [`ChangeTypeRequest`]).
pub type ChangeLoadBalancerTypeRequest = ChangeTypeRequest;

/// The body of `update_load_balancer_service` (the same shape as [`AddLoadBalancerServiceRequest`]).
pub type UpdateLoadBalancerServiceRequest = AddLoadBalancerServiceRequest;

/// The body of `create_network` (the same shape as [`NetworkCreateRequest`]).
pub type CreateNetworkRequest = NetworkCreateRequest;

/// The body of `update_network` (the same shape as [`NetworkUpdateRequest`]).
pub type UpdateNetworkRequest = NetworkUpdateRequest;

/// The body of `add_network_route` (the same shape as [`Route`]).
pub type AddNetworkRouteRequest = Route;

/// The body of `add_network_subnet` (the same shape as [`NetworkCreateRequestSubnet`]).
pub type AddNetworkSubnetRequest = NetworkCreateRequestSubnet;

/// The body of `change_network_ip_range` (the same shape as [`ChangeIpRangeRequest`]).
pub type ChangeNetworkIpRangeRequest = ChangeIpRangeRequest;

/// The body of `change_network_protection` (the same shape as [`ChangeImageProtectionRequest`]).
pub type ChangeNetworkProtectionRequest = ChangeImageProtectionRequest;

/// The body of `delete_network_route` (the same shape as [`Route`]).
pub type DeleteNetworkRouteRequest = Route;

/// The body of `delete_network_subnet` (the same shape as [`ChangeIpRangeRequest`]).
pub type DeleteNetworkSubnetRequest = ChangeIpRangeRequest;

/// The body of `update_placement_group` (the same shape as [`UpdateCertificateRequest`]).
pub type UpdatePlacementGroupRequest = UpdateCertificateRequest;

/// The body of `create_primary_ip` (the same shape as [`PrimaryIpCreateRequest`]).
pub type CreatePrimaryIpRequest = PrimaryIpCreateRequest;

/// The body of `update_primary_ip` (the same shape as [`PrimaryIpUpdateRequest`]).
pub type UpdatePrimaryIpRequest = PrimaryIpUpdateRequest;

/// The body of `assign_primary_ip` (the same shape as [`PrimaryIpActionsAssignRequest`]).
pub type AssignPrimaryIpRequest = PrimaryIpActionsAssignRequest;

/// The body of `change_primary_ip_dns_ptr` (the same shape as [`ChangeFloatingIpDnsPtrRequest`]).
pub type ChangePrimaryIpDnsPtrRequest = ChangeFloatingIpDnsPtrRequest;

/// The body of `change_primary_ip_protection` (the same shape as [`Protection`]).
pub type ChangePrimaryIpProtectionRequest = Protection;

/// The body of `update_server` (the same shape as [`UpdateCertificateRequest`]).
pub type UpdateServerRequest = UpdateCertificateRequest;

/// The body of `add_server_to_placement_group` (the same shape as [`AddToPlacementGroupRequest`]).
pub type AddServerToPlacementGroupRequest = AddToPlacementGroupRequest;

/// The body of `attach_server_to_network` (the same shape as [`AttachToNetworkRequest`]).
pub type AttachServerToNetworkRequest = AttachToNetworkRequest;

/// The body of `change_server_dns_ptr` (the same shape as [`ChangeFloatingIpDnsPtrRequest`]).
pub type ChangeServerDnsPtrRequest = ChangeFloatingIpDnsPtrRequest;

/// The body of `create_server_image` (the same shape as [`CreateImageRequest`]).
pub type CreateServerImageRequest = CreateImageRequest;

/// The body of `detach_server_from_network` (the same shape as [`DetachLoadBalancerFromNetworkRequest`]).
pub type DetachServerFromNetworkRequest = DetachLoadBalancerFromNetworkRequest;

/// The body of `update_ssh_key` (the same shape as [`UpdateCertificateRequest`]).
pub type UpdateSshKeyRequest = UpdateCertificateRequest;

/// The body of `update_volume` (the same shape as [`UpdateCertificateRequest`]).
pub type UpdateVolumeRequest = UpdateCertificateRequest;

/// The body of `change_volume_protection` (the same shape as [`ChangeImageProtectionRequest`]).
pub type ChangeVolumeProtectionRequest = ChangeImageProtectionRequest;

/// The body of `update_zone` (the same shape as [`ZoneUpdateRequest`]).
pub type UpdateZoneRequest = ZoneUpdateRequest;

/// The body of `change_zone_protection` (the same shape as [`ChangeImageProtectionRequest`]).
pub type ChangeZoneProtectionRequest = ChangeImageProtectionRequest;

/// The body of `import_zone_zonefile` (the same shape as [`GetZoneZonefileResponse`]).
pub type ImportZoneZonefileRequest = GetZoneZonefileResponse;

/// The body of `create_zone_rrset` (the same shape as [`CreateZoneRequestRrset`]).
pub type CreateZoneRrsetRequest = CreateZoneRequestRrset;

/// The body of `update_zone_rrset` (the same shape as [`ZoneUpdateRequest`]).
pub type UpdateZoneRrsetRequest = ZoneUpdateRequest;

/// The body of `change_zone_rrset_protection` (the same shape as [`RrSetProtection`]).
pub type ChangeZoneRrsetProtectionRequest = RrSetProtection;

/// The body of `remove_zone_rrset_records` (the same shape as [`SetZoneRrsetRecordsRequest`]).
pub type RemoveZoneRrsetRecordsRequest = SetZoneRrsetRecordsRequest;

/// Query parameters of `get_actions`.
#[derive(Clone, Debug, PartialEq)]
pub struct GetActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
}

impl GetActionsParams {
    /// Parameters with the required ones set.
    pub fn new(id: Vec<i64>) -> Self {
        GetActionsParams { id }
    }

    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_certificates`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListCertificatesParams {
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<CertificateSort>,
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Filter resources by type. May be used multiple times.
    ///
    /// The response will only contain the resources with the specified type.
    pub r#type: Vec<CertificateType>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListCertificatesParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = CertificateSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn r#type(mut self, values: impl IntoIterator<Item = CertificateType>) -> Self {
        self.r#type = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        for v in &self.r#type {
            query.push(("type", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for CertificatesResponse {
    type Item = Certificate;
    fn into_items(self) -> Vec<Certificate> {
        self.certificates
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_certificates_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListCertificatesActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListCertificatesActionsParams {
    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ActionListResponseWithMeta {
    type Item = Action;
    fn into_items(self) -> Vec<Action> {
        self.actions
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_certificate_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListCertificateActionsParams {
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListCertificateActionsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_datacenters`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListDatacentersParams {
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<DatacenterSort>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListDatacentersParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = DatacenterSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListDatacentersResponse {
    type Item = Datacenter;
    fn into_items(self) -> Vec<Datacenter> {
        self.datacenters
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_firewalls`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListFirewallsParams {
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<FirewallSort>,
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListFirewallsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = FirewallSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for FirewallsResponse {
    type Item = Firewall;
    fn into_items(self) -> Vec<Firewall> {
        self.firewalls
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_firewalls_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListFirewallsActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListFirewallsActionsParams {
    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_firewall_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListFirewallActionsParams {
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListFirewallActionsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_floating_ips`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListFloatingIpsParams {
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<FloatingIpSort>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListFloatingIpsParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = FloatingIpSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListFloatingIpsResponse {
    type Item = FloatingIp;
    fn into_items(self) -> Vec<FloatingIp> {
        self.floating_ips
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_floating_ips_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListFloatingIpsActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListFloatingIpsActionsParams {
    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_floating_ip_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListFloatingIpActionsParams {
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListFloatingIpActionsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_images`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListImagesParams {
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ImageSort>,
    /// Filter resources by type. May be used multiple times.
    ///
    /// The response will only contain the resources with the specified type.
    pub r#type: Vec<ImageType>,
    /// Filter resources by status. May be used multiple times.
    ///
    /// The response will only contain the resources with the specified status.
    pub status: Vec<ImageStatus>,
    /// Filter Images by their linked Server ID. May be used multiple times.
    ///
    /// Only available for Images of type `backup`.
    pub bound_to: Vec<String>,
    /// Include deprecated Images.
    pub include_deprecated: Option<bool>,
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Filter resources by cpu architecture.
    ///
    /// The response will only contain the resources with the specified cpu architecture.
    pub architecture: Option<ImageArchitecture>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListImagesParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ImageSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `type`.
    pub fn r#type(mut self, values: impl IntoIterator<Item = ImageType>) -> Self {
        self.r#type = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ImageStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `bound_to`.
    pub fn bound_to(mut self, values: impl IntoIterator<Item = String>) -> Self {
        self.bound_to = values.into_iter().collect();
        self
    }

    /// Sets `include_deprecated`.
    pub fn include_deprecated(mut self, value: bool) -> Self {
        self.include_deprecated = Some(value);
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `architecture`.
    pub fn architecture(mut self, value: ImageArchitecture) -> Self {
        self.architecture = Some(value);
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.r#type {
            query.push(("type", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        for v in &self.bound_to {
            query.push(("bound_to", v.clone()));
        }
        if let Some(v) = &self.include_deprecated {
            query.push(("include_deprecated", v.to_string()));
        }
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        if let Some(v) = &self.architecture {
            query.push(("architecture", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListImagesResponse {
    type Item = Image;
    fn into_items(self) -> Vec<Image> {
        self.images
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_images_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListImagesActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListImagesActionsParams {
    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_image_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListImageActionsParams {
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListImageActionsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_isos`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListIsosParams {
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by cpu architecture.
    ///
    /// The response will only contain the resources with the specified cpu architecture.
    pub architecture: Option<ImageArchitecture>,
    /// Include Images with wildcard architecture (architecture is null). Architecture filter must be specified.
    pub include_architecture_wildcard: Option<bool>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListIsosParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `architecture`.
    pub fn architecture(mut self, value: ImageArchitecture) -> Self {
        self.architecture = Some(value);
        self
    }

    /// Sets `include_architecture_wildcard`.
    pub fn include_architecture_wildcard(mut self, value: bool) -> Self {
        self.include_architecture_wildcard = Some(value);
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.architecture {
            query.push(("architecture", v.to_string()));
        }
        if let Some(v) = &self.include_architecture_wildcard {
            query.push(("include_architecture_wildcard", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListIsosResponse {
    type Item = Iso;
    fn into_items(self) -> Vec<Iso> {
        self.isos
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_load_balancer_types`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListLoadBalancerTypesParams {
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListLoadBalancerTypesParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListLoadBalancerTypesResponse {
    type Item = LoadBalancerType;
    fn into_items(self) -> Vec<LoadBalancerType> {
        self.load_balancer_types
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_load_balancers`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListLoadBalancersParams {
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<LoadBalancerSort>,
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListLoadBalancersParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = LoadBalancerSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListLoadBalancersResponse {
    type Item = LoadBalancer;
    fn into_items(self) -> Vec<LoadBalancer> {
        self.load_balancers
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_load_balancers_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListLoadBalancersActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListLoadBalancersActionsParams {
    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_load_balancer_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListLoadBalancerActionsParams {
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListLoadBalancerActionsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `get_load_balancer_metrics`.
#[derive(Clone, Debug, PartialEq)]
pub struct GetLoadBalancerMetricsParams {
    /// Type of metrics to get.
    pub r#type: Vec<GetLoadBalancerMetricsType>,
    /// Start of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub start: String,
    /// End of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub end: String,
    /// Resolution of results in seconds.
    pub step: Option<String>,
}

impl GetLoadBalancerMetricsParams {
    /// Parameters with the required ones set.
    pub fn new(r#type: Vec<GetLoadBalancerMetricsType>, start: String, end: String) -> Self {
        GetLoadBalancerMetricsParams {
            r#type,
            start,
            end,
            step: None,
        }
    }

    /// Sets `type`.
    pub fn r#type(mut self, values: impl IntoIterator<Item = GetLoadBalancerMetricsType>) -> Self {
        self.r#type = values.into_iter().collect();
        self
    }

    /// Sets `start`.
    pub fn start(mut self, value: impl Into<String>) -> Self {
        self.start = value.into();
        self
    }

    /// Sets `end`.
    pub fn end(mut self, value: impl Into<String>) -> Self {
        self.end = value.into();
        self
    }

    /// Sets `step`.
    pub fn step(mut self, value: impl Into<String>) -> Self {
        self.step = Some(value.into());
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.r#type {
            query.push(("type", v.to_string()));
        }
        {
            let v = &self.start;
            query.push(("start", v.clone()));
        }
        {
            let v = &self.end;
            query.push(("end", v.clone()));
        }
        if let Some(v) = &self.step {
            query.push(("step", v.clone()));
        }
        Ok(())
    }
}

/// Query parameters of `list_locations`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListLocationsParams {
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<LocationSort>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListLocationsParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = LocationSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListLocationsResponse {
    type Item = Location;
    fn into_items(self) -> Vec<Location> {
        self.locations
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_networks`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListNetworksParams {
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<NetworkSort>,
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListNetworksParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = NetworkSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListNetworksResponse {
    type Item = Network;
    fn into_items(self) -> Vec<Network> {
        self.networks
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_networks_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListNetworksActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListNetworksActionsParams {
    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_network_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListNetworkActionsParams {
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListNetworkActionsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_placement_groups`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListPlacementGroupsParams {
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<PlacementGroupSort>,
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Filter resources by type. May be used multiple times.
    ///
    /// The response will only contain the resources with the specified type.
    pub r#type: Vec<PlacementGroupType>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListPlacementGroupsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = PlacementGroupSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn r#type(mut self, values: impl IntoIterator<Item = PlacementGroupType>) -> Self {
        self.r#type = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        for v in &self.r#type {
            query.push(("type", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for PlacementGroupsResponse {
    type Item = PlacementGroup;
    fn into_items(self) -> Vec<PlacementGroup> {
        self.placement_groups
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_primary_ips`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListPrimaryIpsParams {
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Filter results by IP address.
    pub ip: Option<String>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<PrimaryIpSort>,
}

impl ListPrimaryIpsParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `ip`.
    pub fn ip(mut self, value: impl Into<String>) -> Self {
        self.ip = Some(value.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = PrimaryIpSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        if let Some(v) = &self.ip {
            query.push(("ip", v.clone()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for PrimaryIPsResponse {
    type Item = PrimaryIp;
    fn into_items(self) -> Vec<PrimaryIp> {
        self.primary_ips
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_primary_ips_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListPrimaryIpsActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListPrimaryIpsActionsParams {
    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_primary_ip_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListPrimaryIpActionsParams {
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListPrimaryIpActionsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_server_types`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListServerTypesParams {
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListServerTypesParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListServerTypesResponse {
    type Item = ServerType;
    fn into_items(self) -> Vec<ServerType> {
        self.server_types
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_servers`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListServersParams {
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ServerSort>,
    /// Filter resources by status. May be used multiple times.
    ///
    /// The response will only contain the resources with the specified status.
    pub status: Vec<ServerStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListServersParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ServerSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ServerStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListServersResponse {
    type Item = Server;
    fn into_items(self) -> Vec<Server> {
        self.servers
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_servers_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListServersActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListServersActionsParams {
    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_server_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListServerActionsParams {
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListServerActionsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `get_server_metrics`.
#[derive(Clone, Debug, PartialEq)]
pub struct GetServerMetricsParams {
    /// Type of metrics to get.
    pub r#type: Vec<GetServerMetricsType>,
    /// Start of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub start: String,
    /// End of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    pub end: String,
    /// Resolution of results in seconds.
    pub step: Option<String>,
}

impl GetServerMetricsParams {
    /// Parameters with the required ones set.
    pub fn new(r#type: Vec<GetServerMetricsType>, start: String, end: String) -> Self {
        GetServerMetricsParams {
            r#type,
            start,
            end,
            step: None,
        }
    }

    /// Sets `type`.
    pub fn r#type(mut self, values: impl IntoIterator<Item = GetServerMetricsType>) -> Self {
        self.r#type = values.into_iter().collect();
        self
    }

    /// Sets `start`.
    pub fn start(mut self, value: impl Into<String>) -> Self {
        self.start = value.into();
        self
    }

    /// Sets `end`.
    pub fn end(mut self, value: impl Into<String>) -> Self {
        self.end = value.into();
        self
    }

    /// Sets `step`.
    pub fn step(mut self, value: impl Into<String>) -> Self {
        self.step = Some(value.into());
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.r#type {
            query.push(("type", v.to_string()));
        }
        {
            let v = &self.start;
            query.push(("start", v.clone()));
        }
        {
            let v = &self.end;
            query.push(("end", v.clone()));
        }
        if let Some(v) = &self.step {
            query.push(("step", v.clone()));
        }
        Ok(())
    }
}

/// Query parameters of `list_ssh_keys`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListSshKeysParams {
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<SshKeySort>,
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// May be used to filter SSH keys by their fingerprint. The response will only contain the SSH key matching the specified fingerprint.
    pub fingerprint: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListSshKeysParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = SshKeySort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `fingerprint`.
    pub fn fingerprint(mut self, value: impl Into<String>) -> Self {
        self.fingerprint = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.fingerprint {
            query.push(("fingerprint", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListSshKeysResponse {
    type Item = SshKey;
    fn into_items(self) -> Vec<SshKey> {
        self.ssh_keys
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_volumes`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListVolumesParams {
    /// Filter resources by status. May be used multiple times.
    ///
    /// The response will only contain the resources with the specified status.
    pub status: Vec<VolumeStatus>,
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<VolumeSort>,
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListVolumesParams {
    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = VolumeStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = VolumeSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListVolumesResponse {
    type Item = Volume;
    fn into_items(self) -> Vec<Volume> {
        self.volumes
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_volumes_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListVolumesActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListVolumesActionsParams {
    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_volume_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListVolumeActionsParams {
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListVolumeActionsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_zones`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListZonesParams {
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by their mode.
    ///
    /// The response will only contain the resources matching exactly the specified mode.
    pub mode: Option<ZoneMode>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ZoneSort>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListZonesParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `mode`.
    pub fn mode(mut self, value: ZoneMode) -> Self {
        self.mode = Some(value);
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ZoneSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        if let Some(v) = &self.mode {
            query.push(("mode", v.to_string()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListZonesResponse {
    type Item = Zone;
    fn into_items(self) -> Vec<Zone> {
        self.zones
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}

/// Query parameters of `list_zones_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListZonesActionsParams {
    /// Filter the actions by ID. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified IDs.
    pub id: Vec<i64>,
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListZonesActionsParams {
    /// Sets `id`.
    pub fn id(mut self, values: impl IntoIterator<Item = i64>) -> Self {
        self.id = values.into_iter().collect();
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.id {
            query.push(("id", v.to_string()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_zone_actions`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListZoneActionsParams {
    /// Sort actions by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<ActionSort>,
    /// Filter the actions by status. May be used multiple times.
    ///
    /// The response will only contain actions matching the specified statuses.
    pub status: Vec<ActionStatus>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListZoneActionsParams {
    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = ActionSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `status`.
    pub fn status(mut self, values: impl IntoIterator<Item = ActionStatus>) -> Self {
        self.status = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        for v in &self.status {
            query.push(("status", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 50)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

/// Query parameters of `list_zone_rrsets`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListZoneRrsetsParams {
    /// Filter resources by their name.
    ///
    /// The response will only contain the resources
    /// matching exactly the specified name.
    pub name: Option<String>,
    /// Filter resources by their type. May be used multiple times.
    ///
    /// The response will only contain resources matching the specified types.
    pub r#type: Vec<RrSetType>,
    /// Filter resources by labels.
    ///
    /// The response will only contain resources matching the label selector.
    /// For more information, see "Label Selector".
    pub label_selector: Option<String>,
    /// Sort resources by field and direction. May be used multiple times.
    ///
    /// For more information, see "Sorting".
    pub sort: Vec<RrSetSort>,
    /// Page number to return. For more information, see "Pagination".
    pub page: Option<i64>,
    /// Maximum number of entries returned per page. For more information, see "Pagination".
    pub per_page: Option<i64>,
}

impl ListZoneRrsetsParams {
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn r#type(mut self, values: impl IntoIterator<Item = RrSetType>) -> Self {
        self.r#type = values.into_iter().collect();
        self
    }

    /// Sets `label_selector`.
    pub fn label_selector(mut self, value: impl Into<String>) -> Self {
        self.label_selector = Some(value.into());
        self
    }

    /// Sets `sort`.
    pub fn sort(mut self, values: impl IntoIterator<Item = RrSetSort>) -> Self {
        self.sort = values.into_iter().collect();
        self
    }

    /// Sets `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets `per_page`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Checks the values and appends them to `query` in order.
    pub fn append_to(&self, query: &mut Vec<(&'static str, String)>) -> crate::Result<()> {
        if let Some(v) = &self.name {
            query.push(("name", v.clone()));
        }
        for v in &self.r#type {
            query.push(("type", v.to_string()));
        }
        if let Some(v) = &self.label_selector {
            crate::labels::validate_selector(v)?;
            query.push(("label_selector", v.clone()));
        }
        for v in &self.sort {
            query.push(("sort", v.to_string()));
        }
        if let Some(v) = &self.page {
            crate::checks::page(*v)?;
            query.push(("page", v.to_string()));
        }
        if let Some(v) = &self.per_page {
            crate::checks::per_page(*v, 100)?;
            query.push(("per_page", v.to_string()));
        }
        Ok(())
    }
}

impl crate::paging::Page for ListZoneRrsetsResponse {
    type Item = RrSet;
    fn into_items(self) -> Vec<RrSet> {
        self.rrsets
    }
    fn pagination(&self) -> Option<&Pagination> {
        Some(&self.meta.pagination)
    }
}
