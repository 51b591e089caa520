// Generated from cloud.spec.json by xtask. Do not edit.
//! `networks`: the `Networks` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on networks.
    pub fn networks(&self) -> Networks {
        Networks {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on networks; from [`Client::networks`].
#[derive(Clone, Debug)]
pub struct Networks {
    client: Client,
    opts: CallOptions,
}

impl Networks {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Networks
    ///
    /// List multiple Networks.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /networks`
    #[doc(alias = "list_networks")]
    pub async fn list(
        &self,
        params: &ListNetworksParams,
    ) -> crate::Result<crate::Response<ListNetworksResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListNetworksParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/networks");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListNetworksParams,
    ) -> crate::BoxStream<'static, crate::Result<Network>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListNetworksResponse, _>(
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

    /// Create a Network
    ///
    /// Creates a Network.
    ///
    /// The provided `ip_range` can only be extended later on, but not reduced.
    ///
    /// Subnets can be added now or later on using the add subnet action. If you do not specify an `ip_range` for the subnet the first available /24 range will be used.
    ///
    /// Routes can be added now or later by using the add route action.
    ///
    /// `POST /networks`
    #[doc(alias = "create_network")]
    pub async fn create(
        &self,
        body: &CreateNetworkRequest,
    ) -> crate::Result<crate::Response<GetNetworkResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreateNetworkRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/networks");
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
    /// `GET /networks/actions`
    #[doc(alias = "list_networks_actions")]
    pub async fn list_actions(
        &self,
        params: &ListNetworksActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions`] sends, built and checked but not sent.
    pub fn list_actions_request(params: &ListNetworksActionsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/networks/actions");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions(
        &self,
        params: &ListNetworksActionsParams,
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
    /// `GET /networks/actions/{id}`
    #[doc(alias = "get_networks_action")]
    pub async fn get_action(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_action_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_action`] sends, built and checked but not sent.
    pub fn get_action_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/networks/actions/{}", id));
        Ok(req)
    }

    /// Get a Network
    ///
    /// Get a specific Network.
    ///
    /// `GET /networks/{id}`
    #[doc(alias = "get_network")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<GetNetworkResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/networks/{}", id));
        Ok(req)
    }

    /// Update a Network
    ///
    /// Update a Network.
    ///
    /// If a change is currently being performed on this Network, a error response with code `conflict` will be returned.
    ///
    /// `PUT /networks/{id}`
    #[doc(alias = "update_network")]
    pub async fn update(
        &self,
        id: i64,
        body: &UpdateNetworkRequest,
    ) -> crate::Result<crate::Response<GetNetworkResponse>> {
        let req = Self::update_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(id: i64, body: &UpdateNetworkRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Put, format!("/networks/{}", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a Network
    ///
    /// Deletes a Network.
    ///
    /// Attached resources will be detached automatically.
    ///
    /// `DELETE /networks/{id}`
    #[doc(alias = "delete_network")]
    pub async fn delete(&self, id: i64) -> crate::Result<crate::Response<()>> {
        let req = Self::delete_request(id)?;
        self.client.execute_no_content(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Delete, format!("/networks/{}", id));
        Ok(req)
    }

    /// List Actions for a Network
    ///
    /// Lists Actions for a Network.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /networks/{id}/actions`
    #[doc(alias = "list_network_actions")]
    pub async fn list_actions_for(
        &self,
        id: i64,
        params: &ListNetworkActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_for_request(id, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions_for`] sends, built and checked but not sent.
    pub fn list_actions_for_request(
        id: i64,
        params: &ListNetworkActionsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Get, format!("/networks/{}/actions", id));
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions_for`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions_for(
        &self,
        id: i64,
        params: &ListNetworkActionsParams,
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

    /// Add a route to a Network
    ///
    /// Adds a route entry to a Network.
    ///
    /// If a change is currently being performed on this Network, a error response with code `conflict` will be returned.
    ///
    /// `POST /networks/{id}/actions/add_route`
    #[doc(alias = "add_network_route")]
    pub async fn add_route(
        &self,
        id: i64,
        body: &AddNetworkRouteRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::add_route_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::add_route`] sends, built and checked but not sent.
    pub fn add_route_request(id: i64, body: &AddNetworkRouteRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Post, format!("/networks/{}/actions/add_route", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Add a subnet to a Network
    ///
    /// Adds a new subnet to the Network.
    ///
    /// If the subnet `ip_range` is not provided, the first available `/24` IP range will be used.
    ///
    /// If a change is currently being performed on this Network, a error response with code `conflict` will be returned.
    ///
    /// `POST /networks/{id}/actions/add_subnet`
    #[doc(alias = "add_network_subnet")]
    pub async fn add_subnet(
        &self,
        id: i64,
        body: &AddNetworkSubnetRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::add_subnet_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::add_subnet`] sends, built and checked but not sent.
    pub fn add_subnet_request(
        id: i64,
        body: &AddNetworkSubnetRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Post, format!("/networks/{}/actions/add_subnet", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change IP range of a Network
    ///
    /// Changes the IP range of a Network.
    ///
    /// The following restrictions apply to changing the IP range:
    /// - IP ranges can only be extended and never shrunk.
    /// - IPs can only be added to the end of the existing range, therefore only the netmask is allowed to be changed.
    ///
    /// To update the routes on the connected Servers, they need to be rebooted or the routes to be updated manually.
    ///
    /// For example if the Network has a range of `10.0.0.0/16` to extend it the new range has to start with the IP `10.0.0.0` as well. The netmask `/16` can be changed to a smaller one then `16` therefore increasing the IP range. A valid entry would be `10.0.0.0/15`, `10.0.0.0/14` or `10.0.0.0/13` and so on.
    ///
    /// If a change is currently being performed on this Network, a error response with code `conflict` will be returned.
    ///
    /// `POST /networks/{id}/actions/change_ip_range`
    #[doc(alias = "change_network_ip_range")]
    pub async fn change_ip_range(
        &self,
        id: i64,
        body: &ChangeNetworkIpRangeRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_ip_range_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_ip_range`] sends, built and checked but not sent.
    pub fn change_ip_range_request(
        id: i64,
        body: &ChangeNetworkIpRangeRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/networks/{}/actions/change_ip_range", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change Network Protection
    ///
    /// Changes the protection settings of a Network.
    ///
    /// If a change is currently being performed on this Network, a error response with code `conflict` will be returned.
    ///
    /// `POST /networks/{id}/actions/change_protection`
    #[doc(alias = "change_network_protection")]
    pub async fn change_protection(
        &self,
        id: i64,
        body: &ChangeNetworkProtectionRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_protection_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_protection`] sends, built and checked but not sent.
    pub fn change_protection_request(
        id: i64,
        body: &ChangeNetworkProtectionRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/networks/{}/actions/change_protection", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a route from a Network
    ///
    /// Delete a route entry from a Network.
    ///
    /// If a change is currently being performed on this Network, a error response with code `conflict` will be returned.
    ///
    /// `POST /networks/{id}/actions/delete_route`
    #[doc(alias = "delete_network_route")]
    pub async fn delete_route(
        &self,
        id: i64,
        body: &DeleteNetworkRouteRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::delete_route_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::delete_route`] sends, built and checked but not sent.
    pub fn delete_route_request(
        id: i64,
        body: &DeleteNetworkRouteRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/networks/{}/actions/delete_route", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a subnet from a Network
    ///
    /// Deletes a single subnet entry from a Network.
    ///
    /// Subnets containing attached resources can not be deleted, they must be detached beforehand.
    ///
    /// If a change is currently being performed on this Network, a error response with code `conflict` will be returned.
    ///
    /// `POST /networks/{id}/actions/delete_subnet`
    #[doc(alias = "delete_network_subnet")]
    pub async fn delete_subnet(
        &self,
        id: i64,
        body: &DeleteNetworkSubnetRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::delete_subnet_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::delete_subnet`] sends, built and checked but not sent.
    pub fn delete_subnet_request(
        id: i64,
        body: &DeleteNetworkSubnetRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/networks/{}/actions/delete_subnet", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Get an Action for a Network
    ///
    /// **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
    ///
    /// Returns a specific Action for a Network.
    ///
    /// `GET /networks/{id}/actions/{action_id}`
    #[deprecated(
        note = "This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details."
    )]
    pub async fn get_network_action(
        &self,
        id: i64,
        action_id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_network_action_request(id, action_id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_network_action`] sends, built and checked but not sent.
    pub fn get_network_action_request(id: i64, action_id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        crate::checks::id("action_id", action_id)?;
        let req = ApiRequest::new(
            Method::Get,
            format!("/networks/{}/actions/{}", id, action_id),
        );
        Ok(req)
    }

    /// Looks up a Network by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<Network>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(r.data.network),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self.list(&ListNetworksParams::default().name(name)).await?;
                Ok(page.data.networks.into_iter().next())
            }
        }
    }
}
