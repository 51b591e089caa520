// Generated from cloud.spec.json by xtask. Do not edit.
//! `load_balancers`: the `LoadBalancers` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on load balancers.
    pub fn load_balancers(&self) -> LoadBalancers {
        LoadBalancers {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on load balancers; from [`Client::load_balancers`].
#[derive(Clone, Debug)]
pub struct LoadBalancers {
    client: Client,
    opts: CallOptions,
}

impl LoadBalancers {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Load Balancers
    ///
    /// Gets all existing Load Balancers that you have available.
    ///
    /// `GET /load_balancers`
    #[doc(alias = "list_load_balancers")]
    pub async fn list(
        &self,
        params: &ListLoadBalancersParams,
    ) -> crate::Result<crate::Response<ListLoadBalancersResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListLoadBalancersParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/load_balancers");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListLoadBalancersParams,
    ) -> crate::BoxStream<'static, crate::Result<LoadBalancer>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListLoadBalancersResponse, _>(
            self.client.clone(),
            self.opts.clone(),
            per_page,
            move |page, per_page| {
                let mut p = params.clone();
                p.page = Some(page);
                p.per_page = Some(per_page);
                Self::list_request(&p)
            },
        )
    }

    /// Create a Load Balancer
    ///
    /// Creates a Load Balancer.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `412` | `source_port_already_used` | The source port you are trying to add is already in use |
    /// | `422` | `ip_not_owned` | The IP is not owned by the owner of the project of the Load Balancer |
    /// | `422` | `load_balancer_not_attached_to_network` | The Load Balancer is not attached to a network |
    /// | `422` | `resolve_cloud_private_targets_error` | The server you are trying to add as a target is not attached to the same network as the Load Balancer |
    /// | `422` | `resolve_cloud_public_targets_error` | The server that you are trying to add as a public target does not have a public IPv4 address |
    /// | `422` | `target_already_defined` | The Load Balancer target you are trying to define is already defined |
    ///
    /// `POST /load_balancers`
    #[doc(alias = "create_load_balancer")]
    pub async fn create(
        &self,
        body: &CreateLoadBalancerRequest,
    ) -> crate::Result<crate::Response<CreateLoadBalancerResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreateLoadBalancerRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/load_balancers");
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// List Actions
    ///
    /// Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
    ///
    /// `GET /load_balancers/actions`
    #[doc(alias = "list_load_balancers_actions")]
    pub async fn list_actions(
        &self,
        params: &ListLoadBalancersActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions`] sends, built and checked but not sent.
    pub fn list_actions_request(
        params: &ListLoadBalancersActionsParams,
    ) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/load_balancers/actions");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions(
        &self,
        params: &ListLoadBalancersActionsParams,
    ) -> crate::BoxStream<'static, crate::Result<Action>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ActionListResponseWithMeta, _>(
            self.client.clone(),
            self.opts.clone(),
            per_page,
            move |page, per_page| {
                let mut p = params.clone();
                p.page = Some(page);
                p.per_page = Some(per_page);
                Self::list_actions_request(&p)
            },
        )
    }

    /// Get an Action
    ///
    /// Returns a specific Action object.
    ///
    /// `GET /load_balancers/actions/{id}`
    #[doc(alias = "get_load_balancers_action")]
    pub async fn get_action(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_action_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_action`] sends, built and checked but not sent.
    pub fn get_action_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/load_balancers/actions/{}", id));
        Ok(req)
    }

    /// Get a Load Balancer
    ///
    /// Gets a specific Load Balancer object.
    ///
    /// `GET /load_balancers/{id}`
    #[doc(alias = "get_load_balancer")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<GetLoadBalancerResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/load_balancers/{}", id));
        Ok(req)
    }

    /// Update a Load Balancer
    ///
    /// Updates a Load Balancer. You can update a Load Balancer’s name and a Load Balancer’s labels.
    ///
    /// Note: if the Load Balancer object changes during the request, the response will be a “conflict” error.
    ///
    /// `PUT /load_balancers/{id}`
    #[doc(alias = "update_load_balancer")]
    pub async fn update(
        &self,
        id: i64,
        body: &UpdateLoadBalancerRequest,
    ) -> crate::Result<crate::Response<GetLoadBalancerResponse>> {
        let req = Self::update_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(id: i64, body: &UpdateLoadBalancerRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Put, format!("/load_balancers/{}", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a Load Balancer
    ///
    /// Deletes a Load Balancer.
    ///
    /// `DELETE /load_balancers/{id}`
    #[doc(alias = "delete_load_balancer")]
    pub async fn delete(&self, id: i64) -> crate::Result<crate::Response<()>> {
        let req = Self::delete_request(id)?;
        self.client.execute_no_content(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Delete, format!("/load_balancers/{}", id));
        Ok(req)
    }

    /// List Actions for a Load Balancer
    ///
    /// Returns all Action objects for a Load Balancer. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.
    ///
    /// `GET /load_balancers/{id}/actions`
    #[doc(alias = "list_load_balancer_actions")]
    pub async fn list_actions_for(
        &self,
        id: i64,
        params: &ListLoadBalancerActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_for_request(id, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions_for`] sends, built and checked but not sent.
    pub fn list_actions_for_request(
        id: i64,
        params: &ListLoadBalancerActionsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Get, format!("/load_balancers/{}/actions", id));
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions_for`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions_for(
        &self,
        id: i64,
        params: &ListLoadBalancerActionsParams,
    ) -> crate::BoxStream<'static, crate::Result<Action>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ActionListResponseWithMeta, _>(
            self.client.clone(),
            self.opts.clone(),
            per_page,
            move |page, per_page| {
                let mut p = params.clone();
                p.page = Some(page);
                p.per_page = Some(per_page);
                Self::list_actions_for_request(id, &p)
            },
        )
    }

    /// Add Service
    ///
    /// Adds a service to a Load Balancer.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `412` | `source_port_already_used` | The source port you are trying to add is already in use |
    ///
    /// `POST /load_balancers/{id}/actions/add_service`
    #[doc(alias = "add_load_balancer_service")]
    pub async fn add_service(
        &self,
        id: i64,
        body: &AddLoadBalancerServiceRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::add_service_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::add_service`] sends, built and checked but not sent.
    pub fn add_service_request(
        id: i64,
        body: &AddLoadBalancerServiceRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/add_service", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Add Target
    ///
    /// Adds a target to a Load Balancer.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `ip_not_in_vswitch_subnet` | The IP you are trying to add does not belong to the vswitch subnet of the attached network |
    /// | `422` | `ip_not_owned` | The IP you are trying to add as a target is not owned by the Project owner |
    /// | `422` | `ip_not_assigned_to_server` | The specified IP is neither the Primary IPv4 address nor in the IPv6 subnet of the given Server |
    /// | `422` | `load_balancer_public_interface_disabled` | The Load Balancer's public network interface is disabled |
    /// | `422` | `load_balancer_not_attached_to_network` | The Load Balancer is not attached to a network |
    /// | `422` | `network_has_no_vswitch_subnet` | The given IP is private but attached network does not have a vswitch subnet |
    /// | `422` | `resolve_cloud_private_targets_error` | The server you are trying to add as a target is not attached to the same network as the Load Balancer |
    /// | `422` | `resolve_cloud_public_targets_error` | The server that you are trying to add as a public target does not have a public IPv4 address |
    /// | `422` | `target_already_defined` | The Load Balancer target you are trying to define is already defined |
    ///
    /// `POST /load_balancers/{id}/actions/add_target`
    #[doc(alias = "add_load_balancer_target")]
    pub async fn add_target(
        &self,
        id: i64,
        body: &AddLoadBalancerTargetRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::add_target_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::add_target`] sends, built and checked but not sent.
    pub fn add_target_request(
        id: i64,
        body: &AddLoadBalancerTargetRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/add_target", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Attach a Load Balancer to a Network
    ///
    /// Attach a Load Balancer to a Network.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `load_balancer_already_attached` | The Load Balancer is already attached to a network |
    /// | `422` | `ip_not_available` | The provided Network IP is not available |
    /// | `422` | `no_subnet_available` | No Subnet or IP is available for the Load Balancer within the network |
    ///
    /// `POST /load_balancers/{id}/actions/attach_to_network`
    #[doc(alias = "attach_load_balancer_to_network")]
    pub async fn attach_to_network(
        &self,
        id: i64,
        body: &AttachLoadBalancerToNetworkRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::attach_to_network_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::attach_to_network`] sends, built and checked but not sent.
    pub fn attach_to_network_request(
        id: i64,
        body: &AttachLoadBalancerToNetworkRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/attach_to_network", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change Algorithm
    ///
    /// Change the algorithm that determines to which target new requests are sent.
    ///
    /// `POST /load_balancers/{id}/actions/change_algorithm`
    #[doc(alias = "change_load_balancer_algorithm")]
    pub async fn change_algorithm(
        &self,
        id: i64,
        body: &ChangeLoadBalancerAlgorithmRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_algorithm_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_algorithm`] sends, built and checked but not sent.
    pub fn change_algorithm_request(
        id: i64,
        body: &ChangeLoadBalancerAlgorithmRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/change_algorithm", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change reverse DNS entry for this Load Balancer
    ///
    /// Changes the hostname that will appear when getting the hostname belonging to the public IPs (IPv4 and IPv6) of this Load Balancer.
    ///
    /// Floating IPs assigned to the Server are not affected by this.
    ///
    /// `POST /load_balancers/{id}/actions/change_dns_ptr`
    #[doc(alias = "change_load_balancer_dns_ptr")]
    pub async fn change_dns_ptr(
        &self,
        id: i64,
        body: &ChangeLoadBalancerDnsPtrRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_dns_ptr_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_dns_ptr`] sends, built and checked but not sent.
    pub fn change_dns_ptr_request(
        id: i64,
        body: &ChangeLoadBalancerDnsPtrRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/change_dns_ptr", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change Load Balancer Protection
    ///
    /// Changes the protection configuration of a Load Balancer.
    ///
    /// `POST /load_balancers/{id}/actions/change_protection`
    #[doc(alias = "change_load_balancer_protection")]
    pub async fn change_protection(
        &self,
        id: i64,
        body: &ChangeLoadBalancerProtectionRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_protection_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_protection`] sends, built and checked but not sent.
    pub fn change_protection_request(
        id: i64,
        body: &ChangeLoadBalancerProtectionRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/change_protection", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change the Type of a Load Balancer
    ///
    /// Changes the type (Max Services, Max Targets and Max Connections) of a Load Balancer.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `invalid_load_balancer_type` | The Load Balancer type does not fit for the given Load Balancer |
    ///
    /// `POST /load_balancers/{id}/actions/change_type`
    #[doc(alias = "change_load_balancer_type")]
    pub async fn change_type(
        &self,
        id: i64,
        body: &ChangeLoadBalancerTypeRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_type_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_type`] sends, built and checked but not sent.
    pub fn change_type_request(
        id: i64,
        body: &ChangeLoadBalancerTypeRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/change_type", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete Service
    ///
    /// Delete a service of a Load Balancer.
    ///
    /// `POST /load_balancers/{id}/actions/delete_service`
    #[doc(alias = "delete_load_balancer_service")]
    pub async fn delete_service(
        &self,
        id: i64,
        body: &DeleteLoadBalancerServiceRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::delete_service_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::delete_service`] sends, built and checked but not sent.
    pub fn delete_service_request(
        id: i64,
        body: &DeleteLoadBalancerServiceRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/delete_service", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Detach a Load Balancer from a Network
    ///
    /// Detaches a Load Balancer from a network.
    ///
    /// `POST /load_balancers/{id}/actions/detach_from_network`
    #[doc(alias = "detach_load_balancer_from_network")]
    pub async fn detach_from_network(
        &self,
        id: i64,
        body: &DetachLoadBalancerFromNetworkRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::detach_from_network_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::detach_from_network`] sends, built and checked but not sent.
    pub fn detach_from_network_request(
        id: i64,
        body: &DetachLoadBalancerFromNetworkRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/detach_from_network", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Disable the public interface of a Load Balancer
    ///
    /// Disable the public interface of a Load Balancer. The Load Balancer will be not accessible from the internet via its public IPs.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `load_balancer_not_attached_to_network` | The Load Balancer is not attached to a network |
    /// | `422` | `targets_without_use_private_ip` | The Load Balancer has targets that use the public IP instead of the private IP |
    ///
    /// `POST /load_balancers/{id}/actions/disable_public_interface`
    #[doc(alias = "disable_load_balancer_public_interface")]
    pub async fn disable_public_interface(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::disable_public_interface_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::disable_public_interface`] sends, built and checked but not sent.
    pub fn disable_public_interface_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/disable_public_interface", id),
        );
        Ok(req)
    }

    /// Enable the public interface of a Load Balancer
    ///
    /// Enable the public interface of a Load Balancer. The Load Balancer will be accessible from the internet via its public IPs.
    ///
    /// `POST /load_balancers/{id}/actions/enable_public_interface`
    #[doc(alias = "enable_load_balancer_public_interface")]
    pub async fn enable_public_interface(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::enable_public_interface_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::enable_public_interface`] sends, built and checked but not sent.
    pub fn enable_public_interface_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/enable_public_interface", id),
        );
        Ok(req)
    }

    /// Remove Target
    ///
    /// Removes a target from a Load Balancer.
    ///
    /// `POST /load_balancers/{id}/actions/remove_target`
    #[doc(alias = "remove_load_balancer_target")]
    pub async fn remove_target(
        &self,
        id: i64,
        body: &RemoveLoadBalancerTargetRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::remove_target_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::remove_target`] sends, built and checked but not sent.
    pub fn remove_target_request(
        id: i64,
        body: &RemoveLoadBalancerTargetRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/remove_target", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Update Service
    ///
    /// Updates a Load Balancer Service.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `source_port_already_used` | The source port you are trying to add is already in use |
    ///
    /// `POST /load_balancers/{id}/actions/update_service`
    #[doc(alias = "update_load_balancer_service")]
    pub async fn update_service(
        &self,
        id: i64,
        body: &UpdateLoadBalancerServiceRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::update_service_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update_service`] sends, built and checked but not sent.
    pub fn update_service_request(
        id: i64,
        body: &UpdateLoadBalancerServiceRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/load_balancers/{}/actions/update_service", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Get an Action for a Load Balancer
    ///
    /// **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
    ///
    /// Returns a specific Action for a Load Balancer.
    ///
    /// `GET /load_balancers/{id}/actions/{action_id}`
    #[deprecated(
        note = "This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details."
    )]
    pub async fn get_load_balancer_action(
        &self,
        id: i64,
        action_id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_load_balancer_action_request(id, action_id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_load_balancer_action`] sends, built and checked but not sent.
    pub fn get_load_balancer_action_request(id: i64, action_id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        crate::checks::id("action_id", action_id)?;
        let req = ApiRequest::new(
            Method::Get,
            format!("/load_balancers/{}/actions/{}", id, action_id),
        );
        Ok(req)
    }

    /// Get Metrics for a LoadBalancer
    ///
    /// You must specify the type of metric to get: `open_connections`, `connections_per_second`, `requests_per_second` or `bandwidth`. You can also specify more than one type by comma separation, e.g. `requests_per_second,bandwidth`.
    ///
    /// Depending on the type you will get different time series data:
    ///
    /// |Type | Timeseries | Unit | Description |
    /// |---- |------------|------|-------------|
    /// | open_connections | open_connections | number | Open connections |
    /// | connections_per_second | connections_per_second | connections/s | Connections per second |
    /// | requests_per_second | requests_per_second | requests/s | Requests per second |
    /// | bandwidth | bandwidth.in | bytes/s | Ingress bandwidth |
    /// || bandwidth.out | bytes/s | Egress bandwidth |
    ///
    /// Metrics are available for the last 30 days only.
    ///
    /// If you do not provide the step argument we will automatically adjust it so that 200 samples are returned.
    ///
    /// We limit the number of samples to a maximum of 500 and will adjust the step parameter accordingly.
    ///
    /// `GET /load_balancers/{id}/metrics`
    #[doc(alias = "get_load_balancer_metrics")]
    pub async fn get_metrics(
        &self,
        id: i64,
        params: &GetLoadBalancerMetricsParams,
    ) -> crate::Result<crate::Response<GetLoadBalancerMetricsResponse>> {
        let req = Self::get_metrics_request(id, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_metrics`] sends, built and checked but not sent.
    pub fn get_metrics_request(
        id: i64,
        params: &GetLoadBalancerMetricsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Get, format!("/load_balancers/{}/metrics", id));
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Looks up a LoadBalancer by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<LoadBalancer>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.load_balancer)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self
                    .list(&ListLoadBalancersParams::default().name(name))
                    .await?;
                Ok(page.data.load_balancers.into_iter().next())
            }
        }
    }
}
