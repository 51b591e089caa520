// Generated from cloud.spec.json by xtask. Do not edit.
crate::string_enum! {
    /// The `code` of an API error: every code the API description documents, generic and
    /// call-specific; codes it does not document are kept in `Unrecognized`.
    ErrorCode {
        /// Invalid JSON input in your request. (HTTP 400)
        JsonError = "json_error",
        /// Request was made with an invalid or unknown token. (HTTP 401)
        Unauthorized = "unauthorized",
        /// The token is only allowed to perform GET requests. (HTTP 401)
        TokenReadonly = "token_readonly",
        /// Insufficient permissions for this request. (HTTP 403)
        Forbidden = "forbidden",
        /// Cannot perform operation due to maintenance. (HTTP 403)
        Maintenance = "maintenance",
        /// Error when exceeding the maximum quantity of a resource for an account. (HTTP 403)
        ResourceLimitExceeded = "resource_limit_exceeded",
        /// Entity not found. (HTTP 404)
        NotFound = "not_found",
        /// The request method is not allowed (HTTP 405)
        MethodNotAllowed = "method_not_allowed",
        /// One or more of the objects fields must be unique. (HTTP 409)
        UniquenessError = "uniqueness_error",
        /// The resource has changed during the request, please retry. (HTTP 409)
        Conflict = "conflict",
        /// The API endpoint functionality was removed. (HTTP 410)
        DeprecatedApiEndpoint = "deprecated_api_endpoint",
        /// The requested resource is currently unavailable (e.g. not available for order). (HTTP 412)
        ResourceUnavailable = "resource_unavailable",
        /// Error while parsing or processing the input. (HTTP 422)
        InvalidInput = "invalid_input",
        /// Error within a service. (HTTP 422)
        ServiceError = "service_error",
        /// The corresponding resource does not support the Action. (HTTP 422)
        UnsupportedError = "unsupported_error",
        /// The item you are trying to access is locked (there is already an Action running). (HTTP 423)
        Locked = "locked",
        /// The Action you are trying to start is protected for this resource. (HTTP 423)
        Protected = "protected",
        /// Error when sending too many requests. (HTTP 429)
        RateLimitExceeded = "rate_limit_exceeded",
        /// Error within the API backend. (HTTP 500)
        ServerError = "server_error",
        /// The request could not be answered by the API backend, please retry. (HTTP 502)
        BadGateway = "bad_gateway",
        /// A service or product is currently not available. (HTTP 503)
        Unavailable = "unavailable",
        /// The request could not be answered in time, please retry. (HTTP 504)
        Timeout = "timeout",
        /// CAA record does not allow certificate authority (HTTP )
        CaaRecordDoesNotAllowCa = "caa_record_does_not_allow_ca",
        /// Certificate Authority: DNS validation failed (HTTP )
        CaDnsValidationFailed = "ca_dns_validation_failed",
        /// Certificate Authority: Too many authorizations failed recently (HTTP )
        CaTooManyAuthorizationsFailedRecently = "ca_too_many_authorizations_failed_recently",
        /// Certificate Authority: Too many certificates issued for registered domain (HTTP )
        CaTooManyCertificatesIssuedForRegisteredDomain = "ca_too_many_certificates_issued_for_registered_domain",
        /// Certificate Authority: Too many duplicate certificates (HTTP )
        CaTooManyDuplicateCertificates = "ca_too_many_duplicate_certificates",
        /// Could not verify domain delegated to zone (HTTP )
        CouldNotVerifyDomainDelegatedToZone = "could_not_verify_domain_delegated_to_zone",
        /// DNS zone not found (HTTP )
        DnsZoneNotFound = "dns_zone_not_found",
        /// DNS zone is a secondary zone (HTTP )
        DnsZoneIsSecondaryZone = "dns_zone_is_secondary_zone",
        /// The Server was applied more than once. (HTTP 422)
        ServerAlreadyAdded = "server_already_added",
        /// The resources network type is not supported by Firewalls. (HTTP 422)
        IncompatibleNetworkType = "incompatible_network_type",
        /// The resource the Firewall should be attached to was not found. (HTTP 422)
        FirewallResourceNotFound = "firewall_resource_not_found",
        /// Firewall still applied to a resource (HTTP 422)
        ResourceInUse = "resource_in_use",
        /// Firewall is already applied to resource (HTTP 422)
        FirewallAlreadyApplied = "firewall_already_applied",
        /// The Server the Firewall should be applied to has no public interface (HTTP 422)
        PrivateNetOnlyServer = "private_net_only_server",
        /// Firewall is applied via a Label Selector and cannot be removed manually (HTTP 422)
        FirewallManagedByLabelSelector = "firewall_managed_by_label_selector",
        /// Error when IP is still assigned to a Resource. This error will appear as of 1 May 2026. (HTTP 422)
        MustBeUnassigned = "must_be_unassigned",
        /// The Floating IP is already assigned (HTTP 422)
        FloatingIpAssigned = "floating_ip_assigned",
        /// The source port you are trying to add is already in use (HTTP 412)
        SourcePortAlreadyUsed = "source_port_already_used",
        /// The IP is not owned by the owner of the project of the Load Balancer (HTTP 422)
        IpNotOwned = "ip_not_owned",
        /// The Load Balancer is not attached to a network (HTTP 422)
        LoadBalancerNotAttachedToNetwork = "load_balancer_not_attached_to_network",
        /// The server you are trying to add as a target is not attached to the same network as the Load Balancer (HTTP 422)
        ResolveCloudPrivateTargetsError = "resolve_cloud_private_targets_error",
        /// The server that you are trying to add as a public target does not have a public IPv4 address (HTTP 422)
        ResolveCloudPublicTargetsError = "resolve_cloud_public_targets_error",
        /// The Load Balancer target you are trying to define is already defined (HTTP 422)
        TargetAlreadyDefined = "target_already_defined",
        /// The IP you are trying to add does not belong to the vswitch subnet of the attached network (HTTP 422)
        IpNotInVswitchSubnet = "ip_not_in_vswitch_subnet",
        /// The specified IP is neither the Primary IPv4 address nor in the IPv6 subnet of the given Server (HTTP 422)
        IpNotAssignedToServer = "ip_not_assigned_to_server",
        /// The Load Balancer's public network interface is disabled (HTTP 422)
        LoadBalancerPublicInterfaceDisabled = "load_balancer_public_interface_disabled",
        /// The given IP is private but attached network does not have a vswitch subnet (HTTP 422)
        NetworkHasNoVswitchSubnet = "network_has_no_vswitch_subnet",
        /// The Load Balancer is already attached to a network (HTTP 422)
        LoadBalancerAlreadyAttached = "load_balancer_already_attached",
        /// The provided Network IP is not available (HTTP 422)
        IpNotAvailable = "ip_not_available",
        /// No Subnet or IP is available for the Load Balancer within the network (HTTP 422)
        NoSubnetAvailable = "no_subnet_available",
        /// The Load Balancer type does not fit for the given Load Balancer (HTTP 422)
        InvalidLoadBalancerType = "invalid_load_balancer_type",
        /// The Load Balancer has targets that use the public IP instead of the private IP (HTTP 422)
        TargetsWithoutUsePrivateIp = "targets_without_use_private_ip",
        /// The specified Server is running, but needs to be powered off (HTTP 422)
        ServerNotStopped = "server_not_stopped",
        /// Primary IP is already assigned to a different Server (HTTP 422)
        PrimaryIpAlreadyAssigned = "primary_ip_already_assigned",
        /// The Server IPv4 address is a loadbalancer target (HTTP 422)
        ServerIsLoadBalancerTarget = "server_is_load_balancer_target",
        /// The specified Primary IP has the wrong IP Version (HTTP 412)
        PrimaryIpVersionMismatch = "primary_ip_version_mismatch",
        /// An error during the placement occurred (HTTP 422)
        PlacementError = "placement_error",
        /// The specified Primary IP is already assigned to a server (HTTP 422)
        PrimaryIpAssigned = "primary_ip_assigned",
        /// The specified Primary IP is in a different location (HTTP 422)
        PrimaryIpDatacenterMismatch = "primary_ip_datacenter_mismatch",
        /// The server is already part of a placement group (HTTP 422)
        AlreadyInPlacementGroup = "already_in_placement_group",
        /// The server is already attached to the network (HTTP 422)
        ServerAlreadyAttached = "server_already_attached",
        /// The network IP range overlaps with one of the server networks (HTTP 422)
        NetworksOverlap = "networks_overlap",
        /// The server type does not fit for the given server or is deprecated (HTTP 422)
        InvalidServerType = "invalid_server_type",
        /// There is no volume space left in the given location (HTTP 422)
        NoSpaceLeftInLocation = "no_space_left_in_location",
        /// This operation is not supported for this Zone's `mode`. (HTTP 422)
        IncorrectZoneMode = "incorrect_zone_mode",
    }
}
