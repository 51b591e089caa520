// Generated from cloud.spec.json by xtask. Do not edit.
//! `primary_ips`: the `PrimaryIps` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on primary ips.
    pub fn primary_ips(&self) -> PrimaryIps {
        PrimaryIps {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on primary ips; from [`Client::primary_ips`].
#[derive(Clone, Debug)]
pub struct PrimaryIps {
    client: Client,
    opts: CallOptions,
}

impl PrimaryIps {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Primary IPs
    ///
    /// List multiple Primary IPs.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /primary_ips`
    #[doc(alias = "list_primary_ips")]
    pub async fn list(
        &self,
        params: &ListPrimaryIpsParams,
    ) -> crate::Result<crate::Response<PrimaryIPsResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListPrimaryIpsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/primary_ips");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListPrimaryIpsParams,
    ) -> crate::BoxStream<'static, crate::Result<PrimaryIp>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<PrimaryIPsResponse, _>(
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

    /// Create a Primary IP
    ///
    /// Create a new Primary IP.
    ///
    /// Can optionally be assigned to a resource by providing an `assignee_id` and `assignee_type`.
    ///
    /// If not assigned to a resource the `location` key needs to be provided. This can be either the ID or the name of the Location this Primary IP shall be created in.
    ///
    /// A Primary IP can only be assigned to resource in the same Location later on.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `server_not_stopped` | The specified Server is running, but needs to be powered off |
    /// | `422` | `server_has_ipv4` | The Server already has an ipv4 address |
    /// | `422` | `server_has_ipv6` | The Server already has an ipv6 address |
    ///
    /// `POST /primary_ips`
    #[doc(alias = "create_primary_ip")]
    pub async fn create(
        &self,
        body: &CreatePrimaryIpRequest,
    ) -> crate::Result<crate::Response<CreatePrimaryIpResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreatePrimaryIpRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/primary_ips");
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// List Actions
    ///
    /// Lists multiple Actions.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /primary_ips/actions`
    #[doc(alias = "list_primary_ips_actions")]
    pub async fn list_actions(
        &self,
        params: &ListPrimaryIpsActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions`] sends, built and checked but not sent.
    pub fn list_actions_request(params: &ListPrimaryIpsActionsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/primary_ips/actions");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions(
        &self,
        params: &ListPrimaryIpsActionsParams,
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
    /// Returns a single Action.
    ///
    /// `GET /primary_ips/actions/{id}`
    #[doc(alias = "get_primary_ips_action")]
    pub async fn get_action(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_action_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_action`] sends, built and checked but not sent.
    pub fn get_action_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/primary_ips/actions/{}", id));
        Ok(req)
    }

    /// List Actions for a Primary IP
    ///
    /// Returns all Actions for a Primary IP.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /primary_ips/{id}/actions`
    #[doc(alias = "list_primary_ip_actions")]
    pub async fn list_actions_for(
        &self,
        id: i64,
        params: &ListPrimaryIpActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_for_request(id, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions_for`] sends, built and checked but not sent.
    pub fn list_actions_for_request(
        id: i64,
        params: &ListPrimaryIpActionsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Get, format!("/primary_ips/{}/actions", id));
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions_for`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions_for(
        &self,
        id: i64,
        params: &ListPrimaryIpActionsParams,
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

    /// Get an Action for a Primary IP
    ///
    /// **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
    ///
    /// Returns a specific Action for a Primary IP.
    ///
    /// `GET /primary_ips/{id}/actions/{action_id}`
    #[deprecated(
        note = "This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details."
    )]
    pub async fn get_primary_ip_action(
        &self,
        id: i64,
        action_id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_primary_ip_action_request(id, action_id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_primary_ip_action`] sends, built and checked but not sent.
    pub fn get_primary_ip_action_request(id: i64, action_id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        crate::checks::id("action_id", action_id)?;
        let req = ApiRequest::new(
            Method::Get,
            format!("/primary_ips/{}/actions/{}", id, action_id),
        );
        Ok(req)
    }

    /// Get a Primary IP
    ///
    /// Returns a Primary IP.
    ///
    /// `GET /primary_ips/{id}`
    #[doc(alias = "get_primary_ip")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<PrimaryIpResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/primary_ips/{}", id));
        Ok(req)
    }

    /// Update a Primary IP
    ///
    /// Update a Primary IP.
    ///
    /// If another change is concurrently performed on this Primary IP, a error response with code `conflict` will be returned.
    ///
    /// `PUT /primary_ips/{id}`
    #[doc(alias = "update_primary_ip")]
    pub async fn update(
        &self,
        id: i64,
        body: &UpdatePrimaryIpRequest,
    ) -> crate::Result<crate::Response<PrimaryIpResponse>> {
        let req = Self::update_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(id: i64, body: &UpdatePrimaryIpRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Put, format!("/primary_ips/{}", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a Primary IP
    ///
    /// Deletes a Primary IP.
    ///
    /// The Server must be powered off (status `off`) in order for this operation to succeed.
    /// If assigned to a Server the Primary IP will be unassigned automatically until 1 May 2026. After this date, the Primary IP needs to be unassigned before it can be deleted.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `must_be_unassigned` | Error when IP is still assigned to a Resource. This error will appear as of 1 May 2026. |
    ///
    /// `DELETE /primary_ips/{id}`
    #[doc(alias = "delete_primary_ip")]
    pub async fn delete(&self, id: i64) -> crate::Result<crate::Response<()>> {
        let req = Self::delete_request(id)?;
        self.client.execute_no_content(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Delete, format!("/primary_ips/{}", id));
        Ok(req)
    }

    /// Assign a Primary IP to a resource
    ///
    /// Assign a Primary IP to a resource.
    ///
    /// A Server can only have one Primary IP of type `ipv4` and one of type `ipv6` assigned. If you need more IPs use Floating IPs.
    ///
    /// A Server must be powered off (status `off`) in order for this operation to succeed.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `server_not_stopped` | The Server is running, but needs to be powered off |
    /// | `422` | `primary_ip_already_assigned` | Primary IP is already assigned to a different Server |
    /// | `422` | `server_has_ipv4` | The Server already has an IPv4 address |
    /// | `422` | `server_has_ipv6` | The Server already has an IPv6 address |
    ///
    /// `POST /primary_ips/{id}/actions/assign`
    #[doc(alias = "assign_primary_ip")]
    pub async fn assign(
        &self,
        id: i64,
        body: &AssignPrimaryIpRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::assign_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::assign`] sends, built and checked but not sent.
    pub fn assign_request(id: i64, body: &AssignPrimaryIpRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Post, format!("/primary_ips/{}/actions/assign", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change reverse DNS records for a Primary IP
    ///
    /// Change the reverse DNS records for this Primary IP.
    ///
    /// Allows to modify the PTR records set for the IP address.
    ///
    /// `POST /primary_ips/{id}/actions/change_dns_ptr`
    #[doc(alias = "change_primary_ip_dns_ptr")]
    pub async fn change_dns_ptr(
        &self,
        id: i64,
        body: &ChangePrimaryIpDnsPtrRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_dns_ptr_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_dns_ptr`] sends, built and checked but not sent.
    pub fn change_dns_ptr_request(
        id: i64,
        body: &ChangePrimaryIpDnsPtrRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/primary_ips/{}/actions/change_dns_ptr", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change Primary IP Protection
    ///
    /// Changes the protection configuration of a Primary IP.
    ///
    /// A Primary IPs deletion protection can only be enabled if its `auto_delete` property is set to `false`.
    ///
    /// `POST /primary_ips/{id}/actions/change_protection`
    #[doc(alias = "change_primary_ip_protection")]
    pub async fn change_protection(
        &self,
        id: i64,
        body: &ChangePrimaryIpProtectionRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_protection_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_protection`] sends, built and checked but not sent.
    pub fn change_protection_request(
        id: i64,
        body: &ChangePrimaryIpProtectionRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/primary_ips/{}/actions/change_protection", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Unassign a Primary IP from a resource
    ///
    /// Unassign a Primary IP from a resource.
    ///
    /// A Server must be powered off (status `off`) in order for this operation to succeed.
    ///
    /// A Server requires at least one network interface (public or private) to be powered on.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `server_not_stopped` | The Server is running, but needs to be powered off |
    /// | `422` | `server_is_load_balancer_target` | The Server IPv4 address is a loadbalancer target |
    ///
    /// `POST /primary_ips/{id}/actions/unassign`
    #[doc(alias = "unassign_primary_ip")]
    pub async fn unassign(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::unassign_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::unassign`] sends, built and checked but not sent.
    pub fn unassign_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(
            Method::Post,
            format!("/primary_ips/{}/actions/unassign", id),
        );
        Ok(req)
    }

    /// Looks up a PrimaryIp by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<PrimaryIp>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.primary_ip)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self
                    .list(&ListPrimaryIpsParams::default().name(name))
                    .await?;
                Ok(page.data.primary_ips.into_iter().next())
            }
        }
    }
}
