// Generated from cloud.spec.json by xtask. Do not edit.
// Declarations of the resource classes.

/** Operations on actions: `client.actions`. */
export declare class Actions {
  private constructor();
  /**
   * Get multiple Actions
   *
   * Returns multiple Action objects specified by the `id` parameter.
   *
   * `GET /actions` (`get_actions`)
   */
  getByIds(args: WithRefs<GetActionsParams, "id">, options?: CallOptions): Promise<ActionListResponse>;
  /**
   * Get an Action
   *
   * Returns a specific Action object.
   *
   * `GET /actions/{id}` (`get_action`)
   */
  get(id: Ref, options?: CallOptions): Promise<ActionResponse>;
}

/** Operations on certificates: `client.certificates`. */
export declare class Certificates {
  private constructor();
  /**
   * Get a Certificate
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_certificates` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<CertificateResponse>;
  /** The Certificate with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<Certificate | null>;
  /**
   * List Certificates
   *
   * Returns all Certificate objects.
   *
   * `GET /certificates` (`list_certificates`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListCertificatesParams, options?: CallOptions): ListIterable<Certificate>;
  /**
   * List Certificates
   *
   * Returns all Certificate objects.
   *
   * `GET /certificates` (`list_certificates`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListCertificatesParams, options?: CallOptions): Promise<Page<Certificate, CertificatesResponse>>;
  /**
   * Create a Certificate
   *
   * Creates a new Certificate.
   *
   * `POST /certificates` (`create_certificate`)
   */
  create(args: WithRefs<CreateCertificateRequest, "certificate">, options?: CallOptions): Promise<CreateCertificateResponse>;
  /**
   * List Actions
   *
   * Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
   *
   * `GET /certificates/actions` (`list_certificates_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActions(args?: WithRefs<ListCertificatesActionsParams, "id">, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions
   *
   * Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
   *
   * `GET /certificates/actions` (`list_certificates_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsPage(args?: WithRefs<ListCertificatesActionsParams, "id">, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action
   *
   * Returns a specific Action object.
   *
   * `GET /certificates/actions/{id}` (`get_certificates_action`)
   */
  getAction(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update a Certificate
   *
   * Updates the Certificate properties.
   *
   * `PUT /certificates/{id}` (`update_certificate`)
   */
  update(id: Ref, args?: UpdateCertificateRequest, options?: CallOptions): Promise<CertificateResponse>;
  /**
   * Delete a Certificate
   *
   * Deletes a Certificate.
   *
   * `DELETE /certificates/{id}` (`delete_certificate`)
   */
  delete(id: Ref, options?: CallOptions): Promise<void>;
  /**
   * List Actions for a Certificate
   *
   * Returns all Action objects for a Certificate. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.
   *
   * `GET /certificates/{id}/actions` (`list_certificate_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActionsFor(id: Ref, args?: ListCertificateActionsParams, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions for a Certificate
   *
   * Returns all Action objects for a Certificate. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.
   *
   * `GET /certificates/{id}/actions` (`list_certificate_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsForPage(id: Ref, args?: ListCertificateActionsParams, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Retry Issuance or Renewal
   *
   * Retry a failed Certificate issuance or renewal.
   *
   * `POST /certificates/{id}/actions/retry` (`retry_certificate`)
   */
  retry(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Get an Action for a Certificate
   *
   * **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   *
   * `GET /certificates/{id}/actions/{action_id}` (`get_certificate_action`)
   *
   * @deprecated This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   */
  getCertificateAction(id: Ref, actionId: Ref, options?: CallOptions): Promise<ActionResponse>;
}

/** Operations on datacenters: `client.datacenters`. */
export declare class Datacenters {
  private constructor();
  /**
   * Get a Data Center
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_datacenters` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetDatacenterResponse>;
  /** The Datacenter with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<Datacenter | null>;
  /**
   * List Data Centers
   *
   * **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.
   *
   * `GET /datacenters` (`list_datacenters`)
   *
   * @deprecated This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListDatacentersParams, options?: CallOptions): ListIterable<Datacenter>;
  /**
   * List Data Centers
   *
   * **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.
   *
   * `GET /datacenters` (`list_datacenters`)
   *
   * @deprecated This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListDatacentersParams, options?: CallOptions): Promise<Page<Datacenter, ListDatacentersResponse>>;
}

/** Operations on firewalls: `client.firewalls`. */
export declare class Firewalls {
  private constructor();
  /**
   * Get a Firewall
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_firewalls` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<FirewallResponse>;
  /** The Firewall with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<Firewall | null>;
  /**
   * List Firewalls
   *
   * Returns all Firewalls.
   *
   * `GET /firewalls` (`list_firewalls`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListFirewallsParams, options?: CallOptions): ListIterable<Firewall>;
  /**
   * List Firewalls
   *
   * Returns all Firewalls.
   *
   * `GET /firewalls` (`list_firewalls`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListFirewallsParams, options?: CallOptions): Promise<Page<Firewall, FirewallsResponse>>;
  /**
   * Create a Firewall
   *
   * Create a Firewall.
   *
   * `POST /firewalls` (`create_firewall`)
   */
  create(args: CreateFirewallRequest, options?: CallOptions): Promise<CreateFirewallResponse>;
  /**
   * List Actions
   *
   * Returns all Actions for Firewalls.
   *
   * `GET /firewalls/actions` (`list_firewalls_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActions(args?: WithRefs<ListFirewallsActionsParams, "id">, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions
   *
   * Returns all Actions for Firewalls.
   *
   * `GET /firewalls/actions` (`list_firewalls_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsPage(args?: WithRefs<ListFirewallsActionsParams, "id">, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action
   *
   * Returns the specific Action.
   *
   * `GET /firewalls/actions/{id}` (`get_firewalls_action`)
   */
  getAction(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update a Firewall
   *
   * Update a Firewall.
   *
   * `PUT /firewalls/{id}` (`update_firewall`)
   */
  update(id: Ref, args?: UpdateFirewallRequest, options?: CallOptions): Promise<FirewallResponse>;
  /**
   * Delete a Firewall
   *
   * Deletes the Firewall.
   *
   * `DELETE /firewalls/{id}` (`delete_firewall`)
   */
  delete(id: Ref, options?: CallOptions): Promise<void>;
  /**
   * List Actions for a Firewall
   *
   * Returns all Actions for the Firewall.
   *
   * `GET /firewalls/{id}/actions` (`list_firewall_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActionsFor(id: Ref, args?: ListFirewallActionsParams, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions for a Firewall
   *
   * Returns all Actions for the Firewall.
   *
   * `GET /firewalls/{id}/actions` (`list_firewall_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsForPage(id: Ref, args?: ListFirewallActionsParams, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Apply to Resources
   *
   * Applies a Firewall to multiple resources.
   *
   * `POST /firewalls/{id}/actions/apply_to_resources` (`apply_firewall_to_resources`)
   */
  applyToResources(id: Ref, args: ApplyFirewallToResourcesRequest, options?: CallOptions): Promise<ActionListResponse>;
  /**
   * Remove from Resources
   *
   * Removes a Firewall from multiple resources.
   *
   * `POST /firewalls/{id}/actions/remove_from_resources` (`remove_firewall_from_resources`)
   */
  removeFromResources(id: Ref, args: RemoveFirewallFromResourcesRequest, options?: CallOptions): Promise<ActionListResponse>;
  /**
   * Set Rules
   *
   * Set the rules of a Firewall.
   *
   * `POST /firewalls/{id}/actions/set_rules` (`set_firewall_rules`)
   */
  setRules(id: Ref, args: SetFirewallRulesRequest, options?: CallOptions): Promise<ActionListResponse>;
  /**
   * Get an Action for a Firewall
   *
   * **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   *
   * `GET /firewalls/{id}/actions/{action_id}` (`get_firewall_action`)
   *
   * @deprecated This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   */
  getFirewallAction(id: Ref, actionId: Ref, options?: CallOptions): Promise<ActionResponse>;
}

/** Operations on floating ips: `client.floatingIps`. */
export declare class FloatingIps {
  private constructor();
  /**
   * Get a Floating IP
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_floating_ips` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetFloatingIpResponse>;
  /** The FloatingIp with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<FloatingIp | null>;
  /**
   * List Floating IPs
   *
   * List multiple Floating IPs.
   *
   * `GET /floating_ips` (`list_floating_ips`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListFloatingIpsParams, options?: CallOptions): ListIterable<FloatingIp>;
  /**
   * List Floating IPs
   *
   * List multiple Floating IPs.
   *
   * `GET /floating_ips` (`list_floating_ips`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListFloatingIpsParams, options?: CallOptions): Promise<Page<FloatingIp, ListFloatingIpsResponse>>;
  /**
   * Create a Floating IP
   *
   * Create a Floating IP.
   *
   * `POST /floating_ips` (`create_floating_ip`)
   */
  create(args: WithRefs<CreateFloatingIpRequest, "server" | "home_location">, options?: CallOptions): Promise<CreateFloatingIpResponse>;
  /**
   * List Actions
   *
   * Lists multiple Actions.
   *
   * `GET /floating_ips/actions` (`list_floating_ips_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActions(args?: WithRefs<ListFloatingIpsActionsParams, "id">, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions
   *
   * Lists multiple Actions.
   *
   * `GET /floating_ips/actions` (`list_floating_ips_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsPage(args?: WithRefs<ListFloatingIpsActionsParams, "id">, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action
   *
   * Returns a single Action.
   *
   * `GET /floating_ips/actions/{id}` (`get_floating_ips_action`)
   */
  getAction(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update a Floating IP
   *
   * Update a Floating IP.
   *
   * `PUT /floating_ips/{id}` (`update_floating_ip`)
   */
  update(id: Ref, args?: UpdateFloatingIpRequest, options?: CallOptions): Promise<GetFloatingIpResponse>;
  /**
   * Delete a Floating IP
   *
   * Deletes a Floating IP.
   *
   * `DELETE /floating_ips/{id}` (`delete_floating_ip`)
   */
  delete(id: Ref, options?: CallOptions): Promise<void>;
  /**
   * List Actions for a Floating IP
   *
   * Lists Actions for a Floating IP.
   *
   * `GET /floating_ips/{id}/actions` (`list_floating_ip_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActionsFor(id: Ref, args?: ListFloatingIpActionsParams, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions for a Floating IP
   *
   * Lists Actions for a Floating IP.
   *
   * `GET /floating_ips/{id}/actions` (`list_floating_ip_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsForPage(id: Ref, args?: ListFloatingIpActionsParams, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Assign a Floating IP to a Server
   *
   * Assigns a Floating IP to a Server.
   *
   * `POST /floating_ips/{id}/actions/assign` (`assign_floating_ip`)
   */
  assign(id: Ref, args: WithRefs<AssignFloatingIpRequest, "server">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change reverse DNS records for a Floating IP
   *
   * Change the reverse DNS records for this Floating IP.
   *
   * `POST /floating_ips/{id}/actions/change_dns_ptr` (`change_floating_ip_dns_ptr`)
   */
  changeDnsPtr(id: Ref, args: ChangeFloatingIpDnsPtrRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change Floating IP Protection
   *
   * Changes the protection settings configured for the Floating IP.
   *
   * `POST /floating_ips/{id}/actions/change_protection` (`change_floating_ip_protection`)
   */
  changeProtection(id: Ref, args: ChangeFloatingIpProtectionRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Unassign a Floating IP
   *
   * Unassigns a Floating IP.
   *
   * `POST /floating_ips/{id}/actions/unassign` (`unassign_floating_ip`)
   */
  unassign(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Get an Action for a Floating IP
   *
   * **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   *
   * `GET /floating_ips/{id}/actions/{action_id}` (`get_floating_ip_action`)
   *
   * @deprecated This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   */
  getFloatingIpAction(id: Ref, actionId: Ref, options?: CallOptions): Promise<ActionResponse>;
}

/** Operations on images: `client.images`. */
export declare class Images {
  private constructor();
  /**
   * Get an Image
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_images` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetImageResponse>;
  /** The Image with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<Image | null>;
  /**
   * List Images
   *
   * Returns all Image objects. You can select specific Image types only and sort the results by using URI parameters.
   *
   * `GET /images` (`list_images`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListImagesParams, options?: CallOptions): ListIterable<Image>;
  /**
   * List Images
   *
   * Returns all Image objects. You can select specific Image types only and sort the results by using URI parameters.
   *
   * `GET /images` (`list_images`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListImagesParams, options?: CallOptions): Promise<Page<Image, ListImagesResponse>>;
  /**
   * List Actions
   *
   * Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
   *
   * `GET /images/actions` (`list_images_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActions(args?: WithRefs<ListImagesActionsParams, "id">, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions
   *
   * Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
   *
   * `GET /images/actions` (`list_images_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsPage(args?: WithRefs<ListImagesActionsParams, "id">, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action
   *
   * Returns a specific Action object.
   *
   * `GET /images/actions/{id}` (`get_images_action`)
   */
  getAction(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update an Image
   *
   * Updates the Image. You may change the description, convert a Backup Image to a Snapshot Image or change the Image labels. Only Images of type `snapshot` and `backup` can be updated.
   *
   * `PUT /images/{id}` (`update_image`)
   */
  update(id: Ref, args?: UpdateImageRequest, options?: CallOptions): Promise<GetImageResponse>;
  /**
   * Delete an Image
   *
   * Deletes an Image. Only Images of type `snapshot` and `backup` can be deleted.
   *
   * `DELETE /images/{id}` (`delete_image`)
   */
  delete(id: Ref, options?: CallOptions): Promise<void>;
  /**
   * List Actions for an Image
   *
   * Returns all Action objects for an Image. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.
   *
   * `GET /images/{id}/actions` (`list_image_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActionsFor(id: Ref, args?: ListImageActionsParams, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions for an Image
   *
   * Returns all Action objects for an Image. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.
   *
   * `GET /images/{id}/actions` (`list_image_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsForPage(id: Ref, args?: ListImageActionsParams, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Change Image Protection
   *
   * Changes the protection configuration of the Image. Can only be used on snapshots.
   *
   * `POST /images/{id}/actions/change_protection` (`change_image_protection`)
   */
  changeProtection(id: Ref, args?: ChangeImageProtectionRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Get an Action for an Image
   *
   * **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   *
   * `GET /images/{id}/actions/{action_id}` (`get_image_action`)
   *
   * @deprecated This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   */
  getImageAction(id: Ref, actionId: Ref, options?: CallOptions): Promise<ActionResponse>;
}

/** Operations on isos: `client.isos`. */
export declare class Isos {
  private constructor();
  /**
   * Get an ISO
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_isos` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetIsoResponse>;
  /** The Iso with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<Iso | null>;
  /**
   * List ISOs
   *
   * Returns all available ISO objects.
   *
   * `GET /isos` (`list_isos`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListIsosParams, options?: CallOptions): ListIterable<Iso>;
  /**
   * List ISOs
   *
   * Returns all available ISO objects.
   *
   * `GET /isos` (`list_isos`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListIsosParams, options?: CallOptions): Promise<Page<Iso, ListIsosResponse>>;
}

/** Operations on load balancer types: `client.loadBalancerTypes`. */
export declare class LoadBalancerTypes {
  private constructor();
  /**
   * Get a Load Balancer Type
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_load_balancer_types` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetLoadBalancerTypeResponse>;
  /** The LoadBalancerType with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<LoadBalancerType | null>;
  /**
   * List Load Balancer Types
   *
   * Gets all Load Balancer type objects.
   *
   * `GET /load_balancer_types` (`list_load_balancer_types`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListLoadBalancerTypesParams, options?: CallOptions): ListIterable<LoadBalancerType>;
  /**
   * List Load Balancer Types
   *
   * Gets all Load Balancer type objects.
   *
   * `GET /load_balancer_types` (`list_load_balancer_types`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListLoadBalancerTypesParams, options?: CallOptions): Promise<Page<LoadBalancerType, ListLoadBalancerTypesResponse>>;
}

/** Operations on load balancers: `client.loadBalancers`. */
export declare class LoadBalancers {
  private constructor();
  /**
   * Get a Load Balancer
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_load_balancers` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetLoadBalancerResponse>;
  /** The LoadBalancer with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<LoadBalancer | null>;
  /**
   * List Load Balancers
   *
   * Gets all existing Load Balancers that you have available.
   *
   * `GET /load_balancers` (`list_load_balancers`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListLoadBalancersParams, options?: CallOptions): ListIterable<LoadBalancer>;
  /**
   * List Load Balancers
   *
   * Gets all existing Load Balancers that you have available.
   *
   * `GET /load_balancers` (`list_load_balancers`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListLoadBalancersParams, options?: CallOptions): Promise<Page<LoadBalancer, ListLoadBalancersResponse>>;
  /**
   * Create a Load Balancer
   *
   * Creates a Load Balancer.
   *
   * `POST /load_balancers` (`create_load_balancer`)
   */
  create(args: WithRefs<CreateLoadBalancerRequest, "load_balancer_type" | "network" | "location">, options?: CallOptions): Promise<CreateLoadBalancerResponse>;
  /**
   * List Actions
   *
   * Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
   *
   * `GET /load_balancers/actions` (`list_load_balancers_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActions(args?: WithRefs<ListLoadBalancersActionsParams, "id">, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions
   *
   * Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
   *
   * `GET /load_balancers/actions` (`list_load_balancers_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsPage(args?: WithRefs<ListLoadBalancersActionsParams, "id">, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action
   *
   * Returns a specific Action object.
   *
   * `GET /load_balancers/actions/{id}` (`get_load_balancers_action`)
   */
  getAction(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update a Load Balancer
   *
   * Updates a Load Balancer. You can update a Load Balancer’s name and a Load Balancer’s labels.
   *
   * `PUT /load_balancers/{id}` (`update_load_balancer`)
   */
  update(id: Ref, args?: UpdateLoadBalancerRequest, options?: CallOptions): Promise<GetLoadBalancerResponse>;
  /**
   * Delete a Load Balancer
   *
   * Deletes a Load Balancer.
   *
   * `DELETE /load_balancers/{id}` (`delete_load_balancer`)
   */
  delete(id: Ref, options?: CallOptions): Promise<void>;
  /**
   * List Actions for a Load Balancer
   *
   * Returns all Action objects for a Load Balancer. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.
   *
   * `GET /load_balancers/{id}/actions` (`list_load_balancer_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActionsFor(id: Ref, args?: ListLoadBalancerActionsParams, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions for a Load Balancer
   *
   * Returns all Action objects for a Load Balancer. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.
   *
   * `GET /load_balancers/{id}/actions` (`list_load_balancer_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsForPage(id: Ref, args?: ListLoadBalancerActionsParams, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Add Service
   *
   * Adds a service to a Load Balancer.
   *
   * `POST /load_balancers/{id}/actions/add_service` (`add_load_balancer_service`)
   */
  addService(id: Ref, args?: AddLoadBalancerServiceRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Add Target
   *
   * Adds a target to a Load Balancer.
   *
   * `POST /load_balancers/{id}/actions/add_target` (`add_load_balancer_target`)
   */
  addTarget(id: Ref, args: AddLoadBalancerTargetRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Attach a Load Balancer to a Network
   *
   * Attach a Load Balancer to a Network.
   *
   * `POST /load_balancers/{id}/actions/attach_to_network` (`attach_load_balancer_to_network`)
   */
  attachToNetwork(id: Ref, args: WithRefs<AttachLoadBalancerToNetworkRequest, "network">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change Algorithm
   *
   * Change the algorithm that determines to which target new requests are sent.
   *
   * `POST /load_balancers/{id}/actions/change_algorithm` (`change_load_balancer_algorithm`)
   */
  changeAlgorithm(id: Ref, args: ChangeLoadBalancerAlgorithmRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change reverse DNS entry for this Load Balancer
   *
   * Changes the hostname that will appear when getting the hostname belonging to the public IPs (IPv4 and IPv6) of this Load Balancer.
   *
   * `POST /load_balancers/{id}/actions/change_dns_ptr` (`change_load_balancer_dns_ptr`)
   */
  changeDnsPtr(id: Ref, args: ChangeLoadBalancerDnsPtrRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change Load Balancer Protection
   *
   * Changes the protection configuration of a Load Balancer.
   *
   * `POST /load_balancers/{id}/actions/change_protection` (`change_load_balancer_protection`)
   */
  changeProtection(id: Ref, args?: ChangeLoadBalancerProtectionRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change the Type of a Load Balancer
   *
   * Changes the type (Max Services, Max Targets and Max Connections) of a Load Balancer.
   *
   * `POST /load_balancers/{id}/actions/change_type` (`change_load_balancer_type`)
   */
  changeType(id: Ref, args: WithRefs<ChangeLoadBalancerTypeRequest, "load_balancer_type">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Delete Service
   *
   * Delete a service of a Load Balancer.
   *
   * `POST /load_balancers/{id}/actions/delete_service` (`delete_load_balancer_service`)
   */
  deleteService(id: Ref, args: DeleteLoadBalancerServiceRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Detach a Load Balancer from a Network
   *
   * Detaches a Load Balancer from a network.
   *
   * `POST /load_balancers/{id}/actions/detach_from_network` (`detach_load_balancer_from_network`)
   */
  detachFromNetwork(id: Ref, args: WithRefs<DetachLoadBalancerFromNetworkRequest, "network">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Disable the public interface of a Load Balancer
   *
   * Disable the public interface of a Load Balancer. The Load Balancer will be not accessible from the internet via its public IPs.
   *
   * `POST /load_balancers/{id}/actions/disable_public_interface` (`disable_load_balancer_public_interface`)
   */
  disablePublicInterface(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Enable the public interface of a Load Balancer
   *
   * Enable the public interface of a Load Balancer. The Load Balancer will be accessible from the internet via its public IPs.
   *
   * `POST /load_balancers/{id}/actions/enable_public_interface` (`enable_load_balancer_public_interface`)
   */
  enablePublicInterface(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Remove Target
   *
   * Removes a target from a Load Balancer.
   *
   * `POST /load_balancers/{id}/actions/remove_target` (`remove_load_balancer_target`)
   */
  removeTarget(id: Ref, args: RemoveLoadBalancerTargetRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update Service
   *
   * Updates a Load Balancer Service.
   *
   * `POST /load_balancers/{id}/actions/update_service` (`update_load_balancer_service`)
   */
  updateService(id: Ref, args?: UpdateLoadBalancerServiceRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Get an Action for a Load Balancer
   *
   * **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   *
   * `GET /load_balancers/{id}/actions/{action_id}` (`get_load_balancer_action`)
   *
   * @deprecated This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   */
  getLoadBalancerAction(id: Ref, actionId: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Get Metrics for a LoadBalancer
   *
   * You must specify the type of metric to get: `open_connections`, `connections_per_second`, `requests_per_second` or `bandwidth`. You can also specify more than one type by comma separation, e.g. `requests_per_second,bandwidth`.
   *
   * `GET /load_balancers/{id}/metrics` (`get_load_balancer_metrics`)
   */
  getMetrics(id: Ref, args: GetLoadBalancerMetricsParams, options?: CallOptions): Promise<GetLoadBalancerMetricsResponse>;
}

/** Operations on locations: `client.locations`. */
export declare class Locations {
  private constructor();
  /**
   * Get a Location
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_locations` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetLocationResponse>;
  /** The Location with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<Location | null>;
  /**
   * List Locations
   *
   * Returns all Locations.
   *
   * `GET /locations` (`list_locations`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListLocationsParams, options?: CallOptions): ListIterable<Location>;
  /**
   * List Locations
   *
   * Returns all Locations.
   *
   * `GET /locations` (`list_locations`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListLocationsParams, options?: CallOptions): Promise<Page<Location, ListLocationsResponse>>;
}

/** Operations on networks: `client.networks`. */
export declare class Networks {
  private constructor();
  /**
   * Get a Network
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_networks` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetNetworkResponse>;
  /** The Network with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<Network | null>;
  /**
   * List Networks
   *
   * List multiple Networks.
   *
   * `GET /networks` (`list_networks`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListNetworksParams, options?: CallOptions): ListIterable<Network>;
  /**
   * List Networks
   *
   * List multiple Networks.
   *
   * `GET /networks` (`list_networks`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListNetworksParams, options?: CallOptions): Promise<Page<Network, ListNetworksResponse>>;
  /**
   * Create a Network
   *
   * Creates a Network.
   *
   * `POST /networks` (`create_network`)
   */
  create(args: CreateNetworkRequest, options?: CallOptions): Promise<GetNetworkResponse>;
  /**
   * List Actions
   *
   * Lists multiple Actions.
   *
   * `GET /networks/actions` (`list_networks_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActions(args?: WithRefs<ListNetworksActionsParams, "id">, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions
   *
   * Lists multiple Actions.
   *
   * `GET /networks/actions` (`list_networks_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsPage(args?: WithRefs<ListNetworksActionsParams, "id">, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action
   *
   * Returns a single Action.
   *
   * `GET /networks/actions/{id}` (`get_networks_action`)
   */
  getAction(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update a Network
   *
   * Update a Network.
   *
   * `PUT /networks/{id}` (`update_network`)
   */
  update(id: Ref, args?: UpdateNetworkRequest, options?: CallOptions): Promise<GetNetworkResponse>;
  /**
   * Delete a Network
   *
   * Deletes a Network.
   *
   * `DELETE /networks/{id}` (`delete_network`)
   */
  delete(id: Ref, options?: CallOptions): Promise<void>;
  /**
   * List Actions for a Network
   *
   * Lists Actions for a Network.
   *
   * `GET /networks/{id}/actions` (`list_network_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActionsFor(id: Ref, args?: ListNetworkActionsParams, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions for a Network
   *
   * Lists Actions for a Network.
   *
   * `GET /networks/{id}/actions` (`list_network_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsForPage(id: Ref, args?: ListNetworkActionsParams, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Add a route to a Network
   *
   * Adds a route entry to a Network.
   *
   * `POST /networks/{id}/actions/add_route` (`add_network_route`)
   */
  addRoute(id: Ref, args: AddNetworkRouteRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Add a subnet to a Network
   *
   * Adds a new subnet to the Network.
   *
   * `POST /networks/{id}/actions/add_subnet` (`add_network_subnet`)
   */
  addSubnet(id: Ref, args: WithRefs<AddNetworkSubnetRequest, "vswitch_id">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change IP range of a Network
   *
   * Changes the IP range of a Network.
   *
   * `POST /networks/{id}/actions/change_ip_range` (`change_network_ip_range`)
   */
  changeIpRange(id: Ref, args: ChangeNetworkIpRangeRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change Network Protection
   *
   * Changes the protection settings of a Network.
   *
   * `POST /networks/{id}/actions/change_protection` (`change_network_protection`)
   */
  changeProtection(id: Ref, args?: ChangeNetworkProtectionRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Delete a route from a Network
   *
   * Delete a route entry from a Network.
   *
   * `POST /networks/{id}/actions/delete_route` (`delete_network_route`)
   */
  deleteRoute(id: Ref, args: DeleteNetworkRouteRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Delete a subnet from a Network
   *
   * Deletes a single subnet entry from a Network.
   *
   * `POST /networks/{id}/actions/delete_subnet` (`delete_network_subnet`)
   */
  deleteSubnet(id: Ref, args: DeleteNetworkSubnetRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Get an Action for a Network
   *
   * **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   *
   * `GET /networks/{id}/actions/{action_id}` (`get_network_action`)
   *
   * @deprecated This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   */
  getNetworkAction(id: Ref, actionId: Ref, options?: CallOptions): Promise<ActionResponse>;
}

/** Operations on placement groups: `client.placementGroups`. */
export declare class PlacementGroups {
  private constructor();
  /**
   * Get a PlacementGroup
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_placement_groups` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<PlacementGroupResponse>;
  /** The PlacementGroup with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<PlacementGroup | null>;
  /**
   * List Placement Groups
   *
   * Returns all Placement Group objects.
   *
   * `GET /placement_groups` (`list_placement_groups`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListPlacementGroupsParams, options?: CallOptions): ListIterable<PlacementGroup>;
  /**
   * List Placement Groups
   *
   * Returns all Placement Group objects.
   *
   * `GET /placement_groups` (`list_placement_groups`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListPlacementGroupsParams, options?: CallOptions): Promise<Page<PlacementGroup, PlacementGroupsResponse>>;
  /**
   * Create a PlacementGroup
   *
   * Creates a new Placement Group.
   *
   * `POST /placement_groups` (`create_placement_group`)
   */
  create(args: CreatePlacementGroupRequest, options?: CallOptions): Promise<CreatePlacementGroupResponse>;
  /**
   * Update a PlacementGroup
   *
   * Updates the Placement Group properties.
   *
   * `PUT /placement_groups/{id}` (`update_placement_group`)
   */
  update(id: Ref, args?: UpdatePlacementGroupRequest, options?: CallOptions): Promise<PlacementGroupResponse>;
  /**
   * Delete a PlacementGroup
   *
   * Deletes a Placement Group.
   *
   * `DELETE /placement_groups/{id}` (`delete_placement_group`)
   */
  delete(id: Ref, options?: CallOptions): Promise<void>;
}

/** Operations on pricing: `client.pricing`. */
export declare class Pricing {
  private constructor();
  /**
   * Get all prices
   *
   * Returns prices for all resources available on the platform. VAT and currency of the Project owner are used for calculations.
   *
   * `GET /pricing` (`get_pricing`)
   */
  get(options?: CallOptions): Promise<GetPricingResponse>;
}

/** Operations on primary ips: `client.primaryIps`. */
export declare class PrimaryIps {
  private constructor();
  /**
   * Get a Primary IP
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_primary_ips` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<PrimaryIpResponse>;
  /** The PrimaryIp with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<PrimaryIp | null>;
  /**
   * List Primary IPs
   *
   * List multiple Primary IPs.
   *
   * `GET /primary_ips` (`list_primary_ips`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListPrimaryIpsParams, options?: CallOptions): ListIterable<PrimaryIp>;
  /**
   * List Primary IPs
   *
   * List multiple Primary IPs.
   *
   * `GET /primary_ips` (`list_primary_ips`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListPrimaryIpsParams, options?: CallOptions): Promise<Page<PrimaryIp, PrimaryIPsResponse>>;
  /**
   * Create a Primary IP
   *
   * Create a new Primary IP.
   *
   * `POST /primary_ips` (`create_primary_ip`)
   */
  create(args: WithRefs<CreatePrimaryIpRequest, "location" | "assignee_id">, options?: CallOptions): Promise<CreatePrimaryIpResponse>;
  /**
   * List Actions
   *
   * Lists multiple Actions.
   *
   * `GET /primary_ips/actions` (`list_primary_ips_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActions(args?: WithRefs<ListPrimaryIpsActionsParams, "id">, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions
   *
   * Lists multiple Actions.
   *
   * `GET /primary_ips/actions` (`list_primary_ips_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsPage(args?: WithRefs<ListPrimaryIpsActionsParams, "id">, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action
   *
   * Returns a single Action.
   *
   * `GET /primary_ips/actions/{id}` (`get_primary_ips_action`)
   */
  getAction(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * List Actions for a Primary IP
   *
   * Returns all Actions for a Primary IP.
   *
   * `GET /primary_ips/{id}/actions` (`list_primary_ip_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActionsFor(id: Ref, args?: ListPrimaryIpActionsParams, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions for a Primary IP
   *
   * Returns all Actions for a Primary IP.
   *
   * `GET /primary_ips/{id}/actions` (`list_primary_ip_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsForPage(id: Ref, args?: ListPrimaryIpActionsParams, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action for a Primary IP
   *
   * **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   *
   * `GET /primary_ips/{id}/actions/{action_id}` (`get_primary_ip_action`)
   *
   * @deprecated This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   */
  getPrimaryIpAction(id: Ref, actionId: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update a Primary IP
   *
   * Update a Primary IP.
   *
   * `PUT /primary_ips/{id}` (`update_primary_ip`)
   */
  update(id: Ref, args?: UpdatePrimaryIpRequest, options?: CallOptions): Promise<PrimaryIpResponse>;
  /**
   * Delete a Primary IP
   *
   * Deletes a Primary IP.
   *
   * `DELETE /primary_ips/{id}` (`delete_primary_ip`)
   */
  delete(id: Ref, options?: CallOptions): Promise<void>;
  /**
   * Assign a Primary IP to a resource
   *
   * Assign a Primary IP to a resource.
   *
   * `POST /primary_ips/{id}/actions/assign` (`assign_primary_ip`)
   */
  assign(id: Ref, args: WithRefs<AssignPrimaryIpRequest, "assignee_id">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change reverse DNS records for a Primary IP
   *
   * Change the reverse DNS records for this Primary IP.
   *
   * `POST /primary_ips/{id}/actions/change_dns_ptr` (`change_primary_ip_dns_ptr`)
   */
  changeDnsPtr(id: Ref, args: ChangePrimaryIpDnsPtrRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change Primary IP Protection
   *
   * Changes the protection configuration of a Primary IP.
   *
   * `POST /primary_ips/{id}/actions/change_protection` (`change_primary_ip_protection`)
   */
  changeProtection(id: Ref, args: ChangePrimaryIpProtectionRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Unassign a Primary IP from a resource
   *
   * Unassign a Primary IP from a resource.
   *
   * `POST /primary_ips/{id}/actions/unassign` (`unassign_primary_ip`)
   */
  unassign(id: Ref, options?: CallOptions): Promise<ActionResponse>;
}

/** Operations on server types: `client.serverTypes`. */
export declare class ServerTypes {
  private constructor();
  /**
   * Get a Server Type
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_server_types` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetServerTypeResponse>;
  /** The ServerType with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<ServerType | null>;
  /**
   * List Server Types
   *
   * Gets all Server type objects.
   *
   * `GET /server_types` (`list_server_types`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListServerTypesParams, options?: CallOptions): ListIterable<ServerType>;
  /**
   * List Server Types
   *
   * Gets all Server type objects.
   *
   * `GET /server_types` (`list_server_types`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListServerTypesParams, options?: CallOptions): Promise<Page<ServerType, ListServerTypesResponse>>;
}

/** Operations on servers: `client.servers`. */
export declare class Servers {
  private constructor();
  /**
   * Get a Server
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_servers` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetServerResponse>;
  /** The Server with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<Server | null>;
  /**
   * List Servers
   *
   * Returns all existing Server objects.
   *
   * `GET /servers` (`list_servers`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListServersParams, options?: CallOptions): ListIterable<Server>;
  /**
   * List Servers
   *
   * Returns all existing Server objects.
   *
   * `GET /servers` (`list_servers`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListServersParams, options?: CallOptions): Promise<Page<Server, ListServersResponse>>;
  /**
   * Create a Server
   *
   * Creates a new Server. Returns preliminary information about the Server as well as an Action that covers progress of creation.
   *
   * `POST /servers` (`create_server`)
   */
  create(args: WithRefs<CreateServerRequest, "location" | "server_type" | "image" | "placement_group" | "ssh_keys" | "volumes" | "networks">, options?: CallOptions): Promise<CreateServerResponse>;
  /**
   * List Actions
   *
   * Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
   *
   * `GET /servers/actions` (`list_servers_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActions(args?: WithRefs<ListServersActionsParams, "id">, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions
   *
   * Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
   *
   * `GET /servers/actions` (`list_servers_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsPage(args?: WithRefs<ListServersActionsParams, "id">, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action
   *
   * Returns a specific Action object.
   *
   * `GET /servers/actions/{id}` (`get_servers_action`)
   */
  getAction(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update a Server
   *
   * Updates a Server. You can update a Server’s name and a Server’s labels.
   *
   * `PUT /servers/{id}` (`update_server`)
   */
  update(id: Ref, args?: UpdateServerRequest, options?: CallOptions): Promise<GetServerResponse>;
  /**
   * Delete a Server
   *
   * Deletes a Server.
   *
   * `DELETE /servers/{id}` (`delete_server`)
   */
  delete(id: Ref, options?: CallOptions): Promise<DeleteServerResponse>;
  /**
   * List Actions for a Server
   *
   * Returns all Action objects for a Server. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.
   *
   * `GET /servers/{id}/actions` (`list_server_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActionsFor(id: Ref, args?: ListServerActionsParams, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions for a Server
   *
   * Returns all Action objects for a Server. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.
   *
   * `GET /servers/{id}/actions` (`list_server_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsForPage(id: Ref, args?: ListServerActionsParams, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Add a Server to a Placement Group
   *
   * Adds a Server to a Placement Group.
   *
   * `POST /servers/{id}/actions/add_to_placement_group` (`add_server_to_placement_group`)
   */
  addToPlacementGroup(id: Ref, args: WithRefs<AddServerToPlacementGroupRequest, "placement_group">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Attach an ISO to a Server
   *
   * Attaches an ISO to a Server. The Server will immediately see it as a new disk. An already attached ISO will automatically be detached before the new ISO is attached.
   *
   * `POST /servers/{id}/actions/attach_iso` (`attach_server_iso`)
   */
  attachIso(id: Ref, args: WithRefs<AttachServerIsoRequest, "iso">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Attach a Server to a Network
   *
   * Attaches a Server to a network. This will complement the fixed public Server interface by adding an additional ethernet interface to the Server which is connected to the specified network.
   *
   * `POST /servers/{id}/actions/attach_to_network` (`attach_server_to_network`)
   */
  attachToNetwork(id: Ref, args: WithRefs<AttachServerToNetworkRequest, "network">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change alias IPs of a Network
   *
   * Changes the alias IPs of an already attached Network. Note that the existing aliases for the specified Network will be replaced with these provided in the request body. So if you want to add an alias IP, you have to provide the existing ones from the Network plus the new alias IP in the request body.
   *
   * `POST /servers/{id}/actions/change_alias_ips` (`change_server_alias_ips`)
   */
  changeAliasIps(id: Ref, args: WithRefs<ChangeServerAliasIpsRequest, "network">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change reverse DNS entry for this Server
   *
   * Changes the hostname that will appear when getting the hostname belonging to the primary IPs (IPv4 and IPv6) of this Server.
   *
   * `POST /servers/{id}/actions/change_dns_ptr` (`change_server_dns_ptr`)
   */
  changeDnsPtr(id: Ref, args: ChangeServerDnsPtrRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change Server Protection
   *
   * Changes the protection configuration of the Server.
   *
   * `POST /servers/{id}/actions/change_protection` (`change_server_protection`)
   */
  changeProtection(id: Ref, args?: ChangeServerProtectionRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change the Type of a Server
   *
   * Changes the type (Cores, RAM and disk sizes) of a Server.
   *
   * `POST /servers/{id}/actions/change_type` (`change_server_type`)
   */
  changeType(id: Ref, args: WithRefs<ChangeServerTypeRequest, "server_type">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Create Image from a Server
   *
   * Creates an Image (snapshot) from a Server by copying the contents of its disks. This creates a snapshot of the current state of the disk and copies it into an Image. If the Server is currently running you must make sure that its disk content is consistent. Otherwise, the created Image may not be readable.
   *
   * `POST /servers/{id}/actions/create_image` (`create_server_image`)
   */
  createImage(id: Ref, args?: CreateServerImageRequest, options?: CallOptions): Promise<CreateServerImageResponse>;
  /**
   * Detach a Server from a Network
   *
   * Detaches a Server from a network. The interface for this network will vanish.
   *
   * `POST /servers/{id}/actions/detach_from_network` (`detach_server_from_network`)
   */
  detachFromNetwork(id: Ref, args: WithRefs<DetachServerFromNetworkRequest, "network">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Detach an ISO from a Server
   *
   * Detaches an ISO from a Server. In case no ISO Image is attached to the Server, the status of the returned Action is immediately set to `success`.
   *
   * `POST /servers/{id}/actions/detach_iso` (`detach_server_iso`)
   */
  detachIso(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Disable Backups for a Server
   *
   * Disables the automatic backup option and deletes all existing Backups for a Server. No more additional charges for backups will be made.
   *
   * `POST /servers/{id}/actions/disable_backup` (`disable_server_backup`)
   */
  disableBackup(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Disable Rescue Mode for a Server
   *
   * Disables the Hetzner Rescue System for a Server. This makes a Server start from its disks on next reboot.
   *
   * `POST /servers/{id}/actions/disable_rescue` (`disable_server_rescue`)
   */
  disableRescue(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Enable and Configure Backups for a Server
   *
   * Enables and configures the automatic daily backup option for the Server. Enabling automatic backups will increase the price of the Server by 20%. In return, you will get seven slots where Images of type backup can be stored.
   *
   * `POST /servers/{id}/actions/enable_backup` (`enable_server_backup`)
   */
  enableBackup(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Enable Rescue Mode for a Server
   *
   * Enable the Hetzner Rescue System for this Server. The next time a Server with enabled rescue mode boots it will start a special minimal Linux distribution designed for repair and reinstall.
   *
   * `POST /servers/{id}/actions/enable_rescue` (`enable_server_rescue`)
   */
  enableRescue(id: Ref, args?: WithRefs<EnableServerRescueRequest, "ssh_keys">, options?: CallOptions): Promise<EnableServerRescueResponse>;
  /**
   * Power off a Server
   *
   * Cuts power to the Server. This forcefully stops it without giving the Server operating system time to gracefully stop. May lead to data loss, equivalent to pulling the power cord. Power off should only be used when shutdown does not work.
   *
   * `POST /servers/{id}/actions/poweroff` (`poweroff_server`)
   */
  powerOff(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Power on a Server
   *
   * Starts a Server by turning its power on.
   *
   * `POST /servers/{id}/actions/poweron` (`poweron_server`)
   */
  powerOn(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Soft-reboot a Server
   *
   * Reboots a Server gracefully by sending an ACPI request. The Server operating system must support ACPI and react to the request, otherwise the Server will not reboot.
   *
   * `POST /servers/{id}/actions/reboot` (`reboot_server`)
   */
  reboot(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Rebuild a Server from an Image
   *
   * Rebuilds a Server overwriting its disk with the content of an Image, thereby **destroying all data** on the target Server
   *
   * `POST /servers/{id}/actions/rebuild` (`rebuild_server`)
   */
  rebuild(id: Ref, args: WithRefs<RebuildServerRequest, "image">, options?: CallOptions): Promise<RebuildServerResponse>;
  /**
   * Remove from Placement Group
   *
   * Removes a Server from a Placement Group.
   *
   * `POST /servers/{id}/actions/remove_from_placement_group` (`remove_server_from_placement_group`)
   */
  removeFromPlacementGroup(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Request Console for a Server
   *
   * Requests credentials for remote access via VNC over websocket to keyboard, monitor, and mouse for a Server. The provided URL is valid for 1 minute, after this period a new url needs to be created to connect to the Server. How long the connection is open after the initial connect is not subject to this timeout.
   *
   * `POST /servers/{id}/actions/request_console` (`request_server_console`)
   */
  requestConsole(id: Ref, options?: CallOptions): Promise<RequestServerConsoleResponse>;
  /**
   * Reset a Server
   *
   * Cuts power to a Server and starts it again. This forcefully stops it without giving the Server operating system time to gracefully stop. This may lead to data loss, it’s equivalent to pulling the power cord and plugging it in again. Reset should only be used when reboot does not work.
   *
   * `POST /servers/{id}/actions/reset` (`reset_server`)
   */
  reset(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Reset root Password of a Server
   *
   * Resets the root password. Only works for Linux systems that are running the qemu guest agent. Server must be powered on (status `running`) in order for this operation to succeed.
   *
   * `POST /servers/{id}/actions/reset_password` (`reset_server_password`)
   */
  resetPassword(id: Ref, options?: CallOptions): Promise<EnableServerRescueResponse>;
  /**
   * Shutdown a Server
   *
   * Shuts down a Server gracefully by sending an ACPI shutdown request. The Server operating system must support ACPI
   * and react to the request, otherwise the Server will not shut down. Please note that the `action` status in this case
   * only reflects whether the action was sent to the server. It does not mean that the server actually shut down
   * successfully. If you need to ensure that the server is off, use the `poweroff` action.
   *
   * `POST /servers/{id}/actions/shutdown` (`shutdown_server`)
   */
  shutdown(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Get an Action for a Server
   *
   * **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   *
   * `GET /servers/{id}/actions/{action_id}` (`get_server_action`)
   *
   * @deprecated This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   */
  getServerAction(id: Ref, actionId: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Get Metrics for a Server
   *
   * Get Metrics for specified Server.
   *
   * `GET /servers/{id}/metrics` (`get_server_metrics`)
   */
  getMetrics(id: Ref, args: GetServerMetricsParams, options?: CallOptions): Promise<GetLoadBalancerMetricsResponse>;
}

/** Operations on ssh keys: `client.sshKeys`. */
export declare class SshKeys {
  private constructor();
  /**
   * Get a SSH key
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_ssh_keys` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetSshKeyResponse>;
  /** The SshKey with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<SshKey | null>;
  /**
   * List SSH keys
   *
   * Returns all SSH key objects.
   *
   * `GET /ssh_keys` (`list_ssh_keys`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListSshKeysParams, options?: CallOptions): ListIterable<SshKey>;
  /**
   * List SSH keys
   *
   * Returns all SSH key objects.
   *
   * `GET /ssh_keys` (`list_ssh_keys`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListSshKeysParams, options?: CallOptions): Promise<Page<SshKey, ListSshKeysResponse>>;
  /**
   * Create an SSH key
   *
   * Creates a new SSH key with the given `name` and `public_key`. Once an SSH key is created, it can be used in other calls such as creating Servers.
   *
   * `POST /ssh_keys` (`create_ssh_key`)
   */
  create(args: CreateSshKeyRequest, options?: CallOptions): Promise<GetSshKeyResponse>;
  /**
   * Update an SSH key
   *
   * Updates an SSH key. You can update an SSH key name and an SSH key labels.
   *
   * `PUT /ssh_keys/{id}` (`update_ssh_key`)
   */
  update(id: Ref, args?: UpdateSshKeyRequest, options?: CallOptions): Promise<GetSshKeyResponse>;
  /**
   * Delete an SSH key
   *
   * Deletes an SSH key. It cannot be used anymore.
   *
   * `DELETE /ssh_keys/{id}` (`delete_ssh_key`)
   */
  delete(id: Ref, options?: CallOptions): Promise<void>;
}

/** Operations on volumes: `client.volumes`. */
export declare class Volumes {
  private constructor();
  /**
   * Get a Volume
   *
   * By ID (a number, a string of digits, or a model object), or by exact name (one `list_volumes` request filtered by `name`; rejects with `NotFoundError` when there is none).
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetVolumeResponse>;
  /** The Volume with this ID or exact name, or `null` when there is none. */
  find(idOrName: IdOrNameRef, options?: CallOptions): Promise<Volume | null>;
  /**
   * List Volumes
   *
   * Gets all existing Volumes that you have available.
   *
   * `GET /volumes` (`list_volumes`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListVolumesParams, options?: CallOptions): ListIterable<Volume>;
  /**
   * List Volumes
   *
   * Gets all existing Volumes that you have available.
   *
   * `GET /volumes` (`list_volumes`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListVolumesParams, options?: CallOptions): Promise<Page<Volume, ListVolumesResponse>>;
  /**
   * Create a Volume
   *
   * Creates a new Volume attached to a Server. If you want to create a Volume that is not attached to a Server, you need to provide the `location` key instead of `server`. This can be either the ID or the name of the Location this Volume will be created in. Note that a Volume can be attached to a Server only in the same Location as the Volume itself.
   *
   * `POST /volumes` (`create_volume`)
   */
  create(args: WithRefs<CreateVolumeRequest, "location" | "server">, options?: CallOptions): Promise<CreateVolumeResponse>;
  /**
   * List Actions
   *
   * Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
   *
   * `GET /volumes/actions` (`list_volumes_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActions(args?: WithRefs<ListVolumesActionsParams, "id">, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions
   *
   * Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
   *
   * `GET /volumes/actions` (`list_volumes_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsPage(args?: WithRefs<ListVolumesActionsParams, "id">, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action
   *
   * Returns a specific Action object.
   *
   * `GET /volumes/actions/{id}` (`get_volumes_action`)
   */
  getAction(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update a Volume
   *
   * Updates the Volume properties.
   *
   * `PUT /volumes/{id}` (`update_volume`)
   */
  update(id: Ref, args?: UpdateVolumeRequest, options?: CallOptions): Promise<GetVolumeResponse>;
  /**
   * Delete a Volume
   *
   * Deletes a volume. All Volume data is irreversibly destroyed. The Volume must not be attached to a Server and it must not have delete protection enabled.
   *
   * `DELETE /volumes/{id}` (`delete_volume`)
   */
  delete(id: Ref, options?: CallOptions): Promise<void>;
  /**
   * List Actions for a Volume
   *
   * Returns all Action objects for a Volume. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.
   *
   * `GET /volumes/{id}/actions` (`list_volume_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActionsFor(id: Ref, args?: ListVolumeActionsParams, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions for a Volume
   *
   * Returns all Action objects for a Volume. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.
   *
   * `GET /volumes/{id}/actions` (`list_volume_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsForPage(id: Ref, args?: ListVolumeActionsParams, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Attach Volume to a Server
   *
   * Attaches a Volume to a Server. Works only if the Server is in the same Location as the Volume.
   *
   * `POST /volumes/{id}/actions/attach` (`attach_volume`)
   */
  attach(id: Ref, args: WithRefs<AttachVolumeRequest, "server">, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change Volume Protection
   *
   * Changes the protection configuration of a Volume.
   *
   * `POST /volumes/{id}/actions/change_protection` (`change_volume_protection`)
   */
  changeProtection(id: Ref, args?: ChangeVolumeProtectionRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Detach Volume
   *
   * Detaches a Volume from the Server it’s attached to. You may attach it to a Server again at a later time.
   *
   * `POST /volumes/{id}/actions/detach` (`detach_volume`)
   */
  detach(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Resize Volume
   *
   * Changes the size of a Volume. Note that downsizing a Volume is not possible.
   *
   * `POST /volumes/{id}/actions/resize` (`resize_volume`)
   */
  resize(id: Ref, args: ResizeVolumeRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Get an Action for a Volume
   *
   * **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   *
   * `GET /volumes/{id}/actions/{action_id}` (`get_volume_action`)
   *
   * @deprecated This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   */
  getVolumeAction(id: Ref, actionId: Ref, options?: CallOptions): Promise<ActionResponse>;
}

/** Operations on zones: `client.zones`. */
export declare class Zones {
  private constructor();
  /**
   * List Zones
   *
   * Returns all Zones.
   *
   * `GET /zones` (`list_zones`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  list(args?: ListZonesParams, options?: CallOptions): ListIterable<Zone>;
  /**
   * List Zones
   *
   * Returns all Zones.
   *
   * `GET /zones` (`list_zones`)
   *
   * One page: its items and pagination.
   */
  listPage(args?: ListZonesParams, options?: CallOptions): Promise<Page<Zone, ListZonesResponse>>;
  /**
   * Create a Zone
   *
   * Creates a Zone.
   *
   * `POST /zones` (`create_zone`)
   */
  create(args: CreateZoneRequest, options?: CallOptions): Promise<CreateZoneResponse>;
  /**
   * Get a Zone
   *
   * Returns a single Zone.
   *
   * `GET /zones/{id_or_name}` (`get_zone`)
   */
  get(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetZoneResponse>;
  /**
   * Update a Zone
   *
   * Updates a Zone.
   *
   * `PUT /zones/{id_or_name}` (`update_zone`)
   */
  update(idOrName: IdOrNameRef, args?: UpdateZoneRequest, options?: CallOptions): Promise<GetZoneResponse>;
  /**
   * Delete a Zone
   *
   * Deletes a Zone.
   *
   * `DELETE /zones/{id_or_name}` (`delete_zone`)
   */
  delete(idOrName: IdOrNameRef, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Export a Zone file
   *
   * Returns a generated Zone file in BIND (RFC [1034](https://datatracker.ietf.org/doc/html/rfc1034)/[1035](https://datatracker.ietf.org/doc/html/rfc1035)) format.
   *
   * `GET /zones/{id_or_name}/zonefile` (`get_zone_zonefile`)
   */
  getZonefile(idOrName: IdOrNameRef, options?: CallOptions): Promise<GetZoneZonefileResponse>;
  /**
   * List Actions
   *
   * Returns all Zone Actions.
   *
   * `GET /zones/actions` (`list_zones_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActions(args?: WithRefs<ListZonesActionsParams, "id">, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions
   *
   * Returns all Zone Actions.
   *
   * `GET /zones/actions` (`list_zones_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsPage(args?: WithRefs<ListZonesActionsParams, "id">, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action
   *
   * Returns a specific Action.
   *
   * `GET /zones/actions/{id}` (`get_zones_action`)
   */
  getAction(id: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * List Actions for a Zone
   *
   * Returns all Actions for a Zone.
   *
   * `GET /zones/{id_or_name}/actions` (`list_zone_actions`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listActionsFor(idOrName: IdOrNameRef, args?: ListZoneActionsParams, options?: CallOptions): ListIterable<Action>;
  /**
   * List Actions for a Zone
   *
   * Returns all Actions for a Zone.
   *
   * `GET /zones/{id_or_name}/actions` (`list_zone_actions`)
   *
   * One page: its items and pagination.
   */
  listActionsForPage(idOrName: IdOrNameRef, args?: ListZoneActionsParams, options?: CallOptions): Promise<Page<Action, ActionListResponseWithMeta>>;
  /**
   * Get an Action for a Zone
   *
   * **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   *
   * `GET /zones/{id_or_name}/actions/{action_id}` (`get_zone_action`)
   *
   * @deprecated This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
   */
  getZoneAction(idOrName: IdOrNameRef, actionId: Ref, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change a Zone's Primary Nameservers
   *
   * Overwrites the primary nameservers of a Zone.
   *
   * `POST /zones/{id_or_name}/actions/change_primary_nameservers` (`change_zone_primary_nameservers`)
   */
  changePrimaryNameservers(idOrName: IdOrNameRef, args: ChangeZonePrimaryNameserversRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change a Zone's Protection
   *
   * Changes the protection configuration of a Zone.
   *
   * `POST /zones/{id_or_name}/actions/change_protection` (`change_zone_protection`)
   */
  changeProtection(idOrName: IdOrNameRef, args?: ChangeZoneProtectionRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change a Zone's Default TTL
   *
   * Changes the default Time To Live (TTL) of a Zone.
   *
   * `POST /zones/{id_or_name}/actions/change_ttl` (`change_zone_ttl`)
   */
  changeTtl(idOrName: IdOrNameRef, args: ChangeZoneTtlRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Import a Zone file
   *
   * Imports a zone file, replacing all resource record sets (RRSets).
   *
   * `POST /zones/{id_or_name}/actions/import_zonefile` (`import_zone_zonefile`)
   */
  importZonefile(idOrName: IdOrNameRef, args: ImportZoneZonefileRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * List RRSets
   *
   * Returns all RRSets in the Zone.
   *
   * `GET /zones/{id_or_name}/rrsets` (`list_zone_rrsets`)
   *
   * Every item of every page, as an async iterable (`for await`, `.collect()`).
   */
  listRrsets(idOrName: IdOrNameRef, args?: ListZoneRrsetsParams, options?: CallOptions): ListIterable<RrSet>;
  /**
   * List RRSets
   *
   * Returns all RRSets in the Zone.
   *
   * `GET /zones/{id_or_name}/rrsets` (`list_zone_rrsets`)
   *
   * One page: its items and pagination.
   */
  listRrsetsPage(idOrName: IdOrNameRef, args?: ListZoneRrsetsParams, options?: CallOptions): Promise<Page<RrSet, ListZoneRrsetsResponse>>;
  /**
   * Create an RRSet
   *
   * Create an RRSet in the Zone.
   *
   * `POST /zones/{id_or_name}/rrsets` (`create_zone_rrset`)
   */
  createRrset(idOrName: IdOrNameRef, args: CreateZoneRrsetRequest, options?: CallOptions): Promise<CreateZoneRrsetResponse>;
  /**
   * Get an RRSet
   *
   * Returns a single RRSet from the Zone.
   *
   * `GET /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}` (`get_zone_rrset`)
   */
  getRrset(idOrName: IdOrNameRef, rrName: string, rrType: RrSetType, options?: CallOptions): Promise<GetZoneRrsetResponse>;
  /**
   * Update an RRSet
   *
   * Updates an RRSet in the Zone.
   *
   * `PUT /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}` (`update_zone_rrset`)
   */
  updateRrset(idOrName: IdOrNameRef, rrName: string, rrType: RrSetType, args?: UpdateZoneRrsetRequest, options?: CallOptions): Promise<GetZoneRrsetResponse>;
  /**
   * Delete an RRSet
   *
   * Deletes an RRSet from the Zone.
   *
   * `DELETE /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}` (`delete_zone_rrset`)
   */
  deleteRrset(idOrName: IdOrNameRef, rrName: string, rrType: RrSetType, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change an RRSet's Protection
   *
   * Changes the protection of an RRSet in the Zone.
   *
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_protection` (`change_zone_rrset_protection`)
   */
  changeRrsetProtection(idOrName: IdOrNameRef, rrName: string, rrType: RrSetType, args: ChangeZoneRrsetProtectionRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Change an RRSet's TTL
   *
   * Changes the Time To Live (TTL) of an RRSet in the Zone.
   *
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_ttl` (`change_zone_rrset_ttl`)
   */
  changeRrsetTtl(idOrName: IdOrNameRef, rrName: string, rrType: RrSetType, args: ChangeZoneRrsetTtlRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Set Records of an RRSet
   *
   * Overwrites the resource records (RRs) of an existing RRSet in the Zone.
   *
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/set_records` (`set_zone_rrset_records`)
   */
  setRrsetRecords(idOrName: IdOrNameRef, rrName: string, rrType: RrSetType, args: SetZoneRrsetRecordsRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Add Records to an RRSet
   *
   * Adds resource records (RRs) to an RRSet in the Zone.
   *
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/add_records` (`add_zone_rrset_records`)
   */
  addRrsetRecords(idOrName: IdOrNameRef, rrName: string, rrType: RrSetType, args: AddZoneRrsetRecordsRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Remove Records from an RRSet
   *
   * Removes resource records (RRs) from an existing RRSet in the Zone.
   *
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/remove_records` (`remove_zone_rrset_records`)
   */
  removeRrsetRecords(idOrName: IdOrNameRef, rrName: string, rrType: RrSetType, args: RemoveZoneRrsetRecordsRequest, options?: CallOptions): Promise<ActionResponse>;
  /**
   * Update Records of an RRSet
   *
   * Updates resource records' (RRs) comments of an existing RRSet in the Zone.
   *
   * `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/update_records` (`update_zone_rrset_records`)
   */
  updateRrsetRecords(idOrName: IdOrNameRef, rrName: string, rrType: RrSetType, args: UpdateZoneRrsetRecordsRequest, options?: CallOptions): Promise<ActionResponse>;
}

/** The resource handles of a client. */
export interface ClientResources {
  readonly actions: Actions;
  readonly certificates: Certificates;
  readonly datacenters: Datacenters;
  readonly firewalls: Firewalls;
  readonly floatingIps: FloatingIps;
  readonly images: Images;
  readonly isos: Isos;
  readonly loadBalancerTypes: LoadBalancerTypes;
  readonly loadBalancers: LoadBalancers;
  readonly locations: Locations;
  readonly networks: Networks;
  readonly placementGroups: PlacementGroups;
  readonly pricing: Pricing;
  readonly primaryIps: PrimaryIps;
  readonly serverTypes: ServerTypes;
  readonly servers: Servers;
  readonly sshKeys: SshKeys;
  readonly volumes: Volumes;
  readonly zones: Zones;
}

/** Every operation id of the API. */
export type OperationId =
  | "get_actions"
  | "get_action"
  | "list_certificates"
  | "create_certificate"
  | "list_certificates_actions"
  | "get_certificates_action"
  | "get_certificate"
  | "update_certificate"
  | "delete_certificate"
  | "list_certificate_actions"
  | "retry_certificate"
  | "get_certificate_action"
  | "list_datacenters"
  | "get_datacenter"
  | "list_firewalls"
  | "create_firewall"
  | "list_firewalls_actions"
  | "get_firewalls_action"
  | "get_firewall"
  | "update_firewall"
  | "delete_firewall"
  | "list_firewall_actions"
  | "apply_firewall_to_resources"
  | "remove_firewall_from_resources"
  | "set_firewall_rules"
  | "get_firewall_action"
  | "list_floating_ips"
  | "create_floating_ip"
  | "list_floating_ips_actions"
  | "get_floating_ips_action"
  | "get_floating_ip"
  | "update_floating_ip"
  | "delete_floating_ip"
  | "list_floating_ip_actions"
  | "assign_floating_ip"
  | "change_floating_ip_dns_ptr"
  | "change_floating_ip_protection"
  | "unassign_floating_ip"
  | "get_floating_ip_action"
  | "list_images"
  | "list_images_actions"
  | "get_images_action"
  | "get_image"
  | "update_image"
  | "delete_image"
  | "list_image_actions"
  | "change_image_protection"
  | "get_image_action"
  | "list_isos"
  | "get_iso"
  | "list_load_balancer_types"
  | "get_load_balancer_type"
  | "list_load_balancers"
  | "create_load_balancer"
  | "list_load_balancers_actions"
  | "get_load_balancers_action"
  | "get_load_balancer"
  | "update_load_balancer"
  | "delete_load_balancer"
  | "list_load_balancer_actions"
  | "add_load_balancer_service"
  | "add_load_balancer_target"
  | "attach_load_balancer_to_network"
  | "change_load_balancer_algorithm"
  | "change_load_balancer_dns_ptr"
  | "change_load_balancer_protection"
  | "change_load_balancer_type"
  | "delete_load_balancer_service"
  | "detach_load_balancer_from_network"
  | "disable_load_balancer_public_interface"
  | "enable_load_balancer_public_interface"
  | "remove_load_balancer_target"
  | "update_load_balancer_service"
  | "get_load_balancer_action"
  | "get_load_balancer_metrics"
  | "list_locations"
  | "get_location"
  | "list_networks"
  | "create_network"
  | "list_networks_actions"
  | "get_networks_action"
  | "get_network"
  | "update_network"
  | "delete_network"
  | "list_network_actions"
  | "add_network_route"
  | "add_network_subnet"
  | "change_network_ip_range"
  | "change_network_protection"
  | "delete_network_route"
  | "delete_network_subnet"
  | "get_network_action"
  | "list_placement_groups"
  | "create_placement_group"
  | "get_placement_group"
  | "update_placement_group"
  | "delete_placement_group"
  | "get_pricing"
  | "list_primary_ips"
  | "create_primary_ip"
  | "list_primary_ips_actions"
  | "get_primary_ips_action"
  | "list_primary_ip_actions"
  | "get_primary_ip_action"
  | "get_primary_ip"
  | "update_primary_ip"
  | "delete_primary_ip"
  | "assign_primary_ip"
  | "change_primary_ip_dns_ptr"
  | "change_primary_ip_protection"
  | "unassign_primary_ip"
  | "list_server_types"
  | "get_server_type"
  | "list_servers"
  | "create_server"
  | "list_servers_actions"
  | "get_servers_action"
  | "get_server"
  | "update_server"
  | "delete_server"
  | "list_server_actions"
  | "add_server_to_placement_group"
  | "attach_server_iso"
  | "attach_server_to_network"
  | "change_server_alias_ips"
  | "change_server_dns_ptr"
  | "change_server_protection"
  | "change_server_type"
  | "create_server_image"
  | "detach_server_from_network"
  | "detach_server_iso"
  | "disable_server_backup"
  | "disable_server_rescue"
  | "enable_server_backup"
  | "enable_server_rescue"
  | "poweroff_server"
  | "poweron_server"
  | "reboot_server"
  | "rebuild_server"
  | "remove_server_from_placement_group"
  | "request_server_console"
  | "reset_server"
  | "reset_server_password"
  | "shutdown_server"
  | "get_server_action"
  | "get_server_metrics"
  | "list_ssh_keys"
  | "create_ssh_key"
  | "get_ssh_key"
  | "update_ssh_key"
  | "delete_ssh_key"
  | "list_volumes"
  | "create_volume"
  | "list_volumes_actions"
  | "get_volumes_action"
  | "get_volume"
  | "update_volume"
  | "delete_volume"
  | "list_volume_actions"
  | "attach_volume"
  | "change_volume_protection"
  | "detach_volume"
  | "resize_volume"
  | "get_volume_action"
  | "list_zones"
  | "create_zone"
  | "get_zone"
  | "update_zone"
  | "delete_zone"
  | "get_zone_zonefile"
  | "list_zones_actions"
  | "get_zones_action"
  | "list_zone_actions"
  | "get_zone_action"
  | "change_zone_primary_nameservers"
  | "change_zone_protection"
  | "change_zone_ttl"
  | "import_zone_zonefile"
  | "list_zone_rrsets"
  | "create_zone_rrset"
  | "get_zone_rrset"
  | "update_zone_rrset"
  | "delete_zone_rrset"
  | "change_zone_rrset_protection"
  | "change_zone_rrset_ttl"
  | "set_zone_rrset_records"
  | "add_zone_rrset_records"
  | "remove_zone_rrset_records"
  | "update_zone_rrset_records"
  ;
