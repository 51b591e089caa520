// Generated from cloud.spec.json by xtask. Do not edit.
//! `firewalls`: the `Firewalls` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on firewalls.
    pub fn firewalls(&self) -> Firewalls {
        Firewalls {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on firewalls; from [`Client::firewalls`].
#[derive(Clone, Debug)]
pub struct Firewalls {
    client: Client,
    opts: CallOptions,
}

impl Firewalls {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Firewalls
    ///
    /// Returns all Firewalls.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /firewalls`
    #[doc(alias = "list_firewalls")]
    pub async fn list(
        &self,
        params: &ListFirewallsParams,
    ) -> crate::Result<crate::Response<FirewallsResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListFirewallsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/firewalls");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListFirewallsParams,
    ) -> crate::BoxStream<'static, crate::Result<Firewall>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<FirewallsResponse, _>(
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

    /// Create a Firewall
    ///
    /// Create a Firewall.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `server_already_added` | The Server was applied more than once. |
    /// | `422` | `incompatible_network_type` | The resources network type is not supported by Firewalls. |
    /// | `422` | `firewall_resource_not_found` | The resource the Firewall should be attached to was not found. |
    ///
    /// `POST /firewalls`
    #[doc(alias = "create_firewall")]
    pub async fn create(
        &self,
        body: &CreateFirewallRequest,
    ) -> crate::Result<crate::Response<CreateFirewallResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreateFirewallRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/firewalls");
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// List Actions
    ///
    /// Returns all Actions for Firewalls.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /firewalls/actions`
    #[doc(alias = "list_firewalls_actions")]
    pub async fn list_actions(
        &self,
        params: &ListFirewallsActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions`] sends, built and checked but not sent.
    pub fn list_actions_request(params: &ListFirewallsActionsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/firewalls/actions");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions(
        &self,
        params: &ListFirewallsActionsParams,
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
    /// Returns the specific Action.
    ///
    /// `GET /firewalls/actions/{id}`
    #[doc(alias = "get_firewalls_action")]
    pub async fn get_action(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_action_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_action`] sends, built and checked but not sent.
    pub fn get_action_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/firewalls/actions/{}", id));
        Ok(req)
    }

    /// Get a Firewall
    ///
    /// Returns a single Firewall.
    ///
    /// `GET /firewalls/{id}`
    #[doc(alias = "get_firewall")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<FirewallResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/firewalls/{}", id));
        Ok(req)
    }

    /// Update a Firewall
    ///
    /// Update a Firewall.
    ///
    /// In case of a parallel running change on the Firewall a `conflict` error will be returned.
    ///
    /// `PUT /firewalls/{id}`
    #[doc(alias = "update_firewall")]
    pub async fn update(
        &self,
        id: i64,
        body: &UpdateFirewallRequest,
    ) -> crate::Result<crate::Response<FirewallResponse>> {
        let req = Self::update_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(id: i64, body: &UpdateFirewallRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Put, format!("/firewalls/{}", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a Firewall
    ///
    /// Deletes the Firewall.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `resource_in_use` | Firewall still applied to a resource |
    ///
    /// `DELETE /firewalls/{id}`
    #[doc(alias = "delete_firewall")]
    pub async fn delete(&self, id: i64) -> crate::Result<crate::Response<()>> {
        let req = Self::delete_request(id)?;
        self.client.execute_no_content(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Delete, format!("/firewalls/{}", id));
        Ok(req)
    }

    /// List Actions for a Firewall
    ///
    /// Returns all Actions for the Firewall.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /firewalls/{id}/actions`
    #[doc(alias = "list_firewall_actions")]
    pub async fn list_actions_for(
        &self,
        id: i64,
        params: &ListFirewallActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_for_request(id, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions_for`] sends, built and checked but not sent.
    pub fn list_actions_for_request(
        id: i64,
        params: &ListFirewallActionsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Get, format!("/firewalls/{}/actions", id));
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions_for`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions_for(
        &self,
        id: i64,
        params: &ListFirewallActionsParams,
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

    /// Apply to Resources
    ///
    /// Applies a Firewall to multiple resources.
    ///
    /// Supported resources:
    /// - Servers (with a public network interface)
    /// - Label Selectors
    ///
    /// A Server can be applied to [a maximum of 5 Firewalls](https://docs.hetzner.com/cloud/firewalls/overview#limits). This limit
    /// applies to Servers applied via a matching Label Selector as well.
    ///
    /// Updates to resources matching or no longer matching a Label Selector can take up to a few seconds
    /// to be processed.
    ///
    /// A Firewall is applied to a resource once the related Action with command `apply_firewall` successfully finished.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `404` | `firewall_resource_not_found` | The resource the Firewall should be applied to was not found |
    /// | `422` | `firewall_already_applied` | Firewall is already applied to resource |
    /// | `422` | `incompatible_network_type` | The network type of the resource is not supported by Firewalls |
    /// | `422` | `private_net_only_server` | The Server the Firewall should be applied to has no public interface |
    ///
    /// `POST /firewalls/{id}/actions/apply_to_resources`
    #[doc(alias = "apply_firewall_to_resources")]
    pub async fn apply_to_resources(
        &self,
        id: i64,
        body: &ApplyFirewallToResourcesRequest,
    ) -> crate::Result<crate::Response<ActionListResponse>> {
        let req = Self::apply_to_resources_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::apply_to_resources`] sends, built and checked but not sent.
    pub fn apply_to_resources_request(
        id: i64,
        body: &ApplyFirewallToResourcesRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/firewalls/{}/actions/apply_to_resources", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Remove from Resources
    ///
    /// Removes a Firewall from multiple resources.
    ///
    /// Supported resources:
    /// - Servers (with a public network interface)
    ///
    /// A Firewall is removed from a resource once the related Action with command `remove_firewall` successfully finished.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `404` | `firewall_resource_not_found` | The resource the Firewall should be removed from was not found |
    /// | `422` | `firewall_managed_by_label_selector` | Firewall is applied via a Label Selector and cannot be removed manually |
    ///
    /// `POST /firewalls/{id}/actions/remove_from_resources`
    #[doc(alias = "remove_firewall_from_resources")]
    pub async fn remove_from_resources(
        &self,
        id: i64,
        body: &RemoveFirewallFromResourcesRequest,
    ) -> crate::Result<crate::Response<ActionListResponse>> {
        let req = Self::remove_from_resources_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::remove_from_resources`] sends, built and checked but not sent.
    pub fn remove_from_resources_request(
        id: i64,
        body: &RemoveFirewallFromResourcesRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/firewalls/{}/actions/remove_from_resources", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Set Rules
    ///
    /// Set the rules of a Firewall.
    ///
    /// Overwrites the existing rules with the given ones. Pass an empty array to remove all rules.
    ///
    /// Rules are limited to 50 entries per Firewall and [500 effective rules](https://docs.hetzner.com/cloud/firewalls/overview#limits).
    ///
    /// `POST /firewalls/{id}/actions/set_rules`
    #[doc(alias = "set_firewall_rules")]
    pub async fn set_rules(
        &self,
        id: i64,
        body: &SetFirewallRulesRequest,
    ) -> crate::Result<crate::Response<ActionListResponse>> {
        let req = Self::set_rules_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::set_rules`] sends, built and checked but not sent.
    pub fn set_rules_request(id: i64, body: &SetFirewallRulesRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Post, format!("/firewalls/{}/actions/set_rules", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Get an Action for a Firewall
    ///
    /// **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
    ///
    /// Returns a specific Action for a Firewall.
    ///
    /// `GET /firewalls/{id}/actions/{action_id}`
    #[deprecated(
        note = "This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details."
    )]
    pub async fn get_firewall_action(
        &self,
        id: i64,
        action_id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_firewall_action_request(id, action_id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_firewall_action`] sends, built and checked but not sent.
    pub fn get_firewall_action_request(id: i64, action_id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        crate::checks::id("action_id", action_id)?;
        let req = ApiRequest::new(
            Method::Get,
            format!("/firewalls/{}/actions/{}", id, action_id),
        );
        Ok(req)
    }

    /// Looks up a Firewall by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<Firewall>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.firewall)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self
                    .list(&ListFirewallsParams::default().name(name))
                    .await?;
                Ok(page.data.firewalls.into_iter().next())
            }
        }
    }
}
