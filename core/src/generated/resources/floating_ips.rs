// Generated from cloud.spec.json by xtask. Do not edit.
//! `floating_ips`: the `FloatingIps` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on floating ips.
    pub fn floating_ips(&self) -> FloatingIps {
        FloatingIps {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on floating ips; from [`Client::floating_ips`].
#[derive(Clone, Debug)]
pub struct FloatingIps {
    client: Client,
    opts: CallOptions,
}

impl FloatingIps {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Floating IPs
    ///
    /// List multiple Floating IPs.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /floating_ips`
    #[doc(alias = "list_floating_ips")]
    pub async fn list(
        &self,
        params: &ListFloatingIpsParams,
    ) -> crate::Result<crate::Response<ListFloatingIpsResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListFloatingIpsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/floating_ips");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListFloatingIpsParams,
    ) -> crate::BoxStream<'static, crate::Result<FloatingIp>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListFloatingIpsResponse, _>(
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

    /// Create a Floating IP
    ///
    /// Create a Floating IP.
    ///
    /// Provide the `server` attribute to assign the Floating IP to that server or provide a `home_location` to locate the Floating IP at. Note that the Floating IP can be assigned to a Server in any Location later on. For optimal routing it is advised to use the Floating IP in the same Location it was created in.
    ///
    /// `POST /floating_ips`
    #[doc(alias = "create_floating_ip")]
    pub async fn create(
        &self,
        body: &CreateFloatingIpRequest,
    ) -> crate::Result<crate::Response<CreateFloatingIpResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreateFloatingIpRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/floating_ips");
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
    /// `GET /floating_ips/actions`
    #[doc(alias = "list_floating_ips_actions")]
    pub async fn list_actions(
        &self,
        params: &ListFloatingIpsActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions`] sends, built and checked but not sent.
    pub fn list_actions_request(
        params: &ListFloatingIpsActionsParams,
    ) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/floating_ips/actions");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions(
        &self,
        params: &ListFloatingIpsActionsParams,
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
    /// `GET /floating_ips/actions/{id}`
    #[doc(alias = "get_floating_ips_action")]
    pub async fn get_action(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_action_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_action`] sends, built and checked but not sent.
    pub fn get_action_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/floating_ips/actions/{}", id));
        Ok(req)
    }

    /// Get a Floating IP
    ///
    /// Returns a single Floating IP.
    ///
    /// `GET /floating_ips/{id}`
    #[doc(alias = "get_floating_ip")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<GetFloatingIpResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/floating_ips/{}", id));
        Ok(req)
    }

    /// Update a Floating IP
    ///
    /// Update a Floating IP.
    ///
    /// `PUT /floating_ips/{id}`
    #[doc(alias = "update_floating_ip")]
    pub async fn update(
        &self,
        id: i64,
        body: &UpdateFloatingIpRequest,
    ) -> crate::Result<crate::Response<GetFloatingIpResponse>> {
        let req = Self::update_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(id: i64, body: &UpdateFloatingIpRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Put, format!("/floating_ips/{}", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a Floating IP
    ///
    /// Deletes a Floating IP.
    ///
    /// If assigned to a Server the Floating IP will be unassigned automatically until 1 May 2026. After this date, the Floating IP needs to be unassigned before it can be deleted.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `must_be_unassigned` | Error when IP is still assigned to a Resource. This error will appear as of 1 May 2026. |
    ///
    /// `DELETE /floating_ips/{id}`
    #[doc(alias = "delete_floating_ip")]
    pub async fn delete(&self, id: i64) -> crate::Result<crate::Response<()>> {
        let req = Self::delete_request(id)?;
        self.client.execute_no_content(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Delete, format!("/floating_ips/{}", id));
        Ok(req)
    }

    /// List Actions for a Floating IP
    ///
    /// Lists Actions for a Floating IP.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /floating_ips/{id}/actions`
    #[doc(alias = "list_floating_ip_actions")]
    pub async fn list_actions_for(
        &self,
        id: i64,
        params: &ListFloatingIpActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_for_request(id, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions_for`] sends, built and checked but not sent.
    pub fn list_actions_for_request(
        id: i64,
        params: &ListFloatingIpActionsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Get, format!("/floating_ips/{}/actions", id));
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions_for`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions_for(
        &self,
        id: i64,
        params: &ListFloatingIpActionsParams,
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

    /// Assign a Floating IP to a Server
    ///
    /// Assigns a Floating IP to a Server.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `floating_ip_assigned` | The Floating IP is already assigned |
    ///
    /// `POST /floating_ips/{id}/actions/assign`
    #[doc(alias = "assign_floating_ip")]
    pub async fn assign(
        &self,
        id: i64,
        body: &AssignFloatingIpRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::assign_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::assign`] sends, built and checked but not sent.
    pub fn assign_request(id: i64, body: &AssignFloatingIpRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Post, format!("/floating_ips/{}/actions/assign", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change reverse DNS records for a Floating IP
    ///
    /// Change the reverse DNS records for this Floating IP.
    ///
    /// Allows to modify the PTR records set for the IP address.
    ///
    /// `POST /floating_ips/{id}/actions/change_dns_ptr`
    #[doc(alias = "change_floating_ip_dns_ptr")]
    pub async fn change_dns_ptr(
        &self,
        id: i64,
        body: &ChangeFloatingIpDnsPtrRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_dns_ptr_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_dns_ptr`] sends, built and checked but not sent.
    pub fn change_dns_ptr_request(
        id: i64,
        body: &ChangeFloatingIpDnsPtrRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/floating_ips/{}/actions/change_dns_ptr", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change Floating IP Protection
    ///
    /// Changes the protection settings configured for the Floating IP.
    ///
    /// `POST /floating_ips/{id}/actions/change_protection`
    #[doc(alias = "change_floating_ip_protection")]
    pub async fn change_protection(
        &self,
        id: i64,
        body: &ChangeFloatingIpProtectionRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_protection_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_protection`] sends, built and checked but not sent.
    pub fn change_protection_request(
        id: i64,
        body: &ChangeFloatingIpProtectionRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/floating_ips/{}/actions/change_protection", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Unassign a Floating IP
    ///
    /// Unassigns a Floating IP.
    ///
    /// Results in the IP being unreachable. Can be assigned to another resource again.
    ///
    /// `POST /floating_ips/{id}/actions/unassign`
    #[doc(alias = "unassign_floating_ip")]
    pub async fn unassign(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::unassign_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::unassign`] sends, built and checked but not sent.
    pub fn unassign_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(
            Method::Post,
            format!("/floating_ips/{}/actions/unassign", id),
        );
        Ok(req)
    }

    /// Get an Action for a Floating IP
    ///
    /// **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
    ///
    /// Returns a specific Action for a Floating IP.
    ///
    /// `GET /floating_ips/{id}/actions/{action_id}`
    #[deprecated(
        note = "This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details."
    )]
    pub async fn get_floating_ip_action(
        &self,
        id: i64,
        action_id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_floating_ip_action_request(id, action_id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_floating_ip_action`] sends, built and checked but not sent.
    pub fn get_floating_ip_action_request(id: i64, action_id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        crate::checks::id("action_id", action_id)?;
        let req = ApiRequest::new(
            Method::Get,
            format!("/floating_ips/{}/actions/{}", id, action_id),
        );
        Ok(req)
    }

    /// Looks up a FloatingIp by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<FloatingIp>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.floating_ip)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self
                    .list(&ListFloatingIpsParams::default().name(name))
                    .await?;
                Ok(page.data.floating_ips.into_iter().next())
            }
        }
    }
}
