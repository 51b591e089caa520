// Generated from cloud.spec.json by xtask. Do not edit.
//! `zones`: the `Zones` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on zones.
    pub fn zones(&self) -> Zones {
        Zones {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on zones; from [`Client::zones`].
#[derive(Clone, Debug)]
pub struct Zones {
    client: Client,
    opts: CallOptions,
}

impl Zones {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Zones
    ///
    /// Returns all Zones.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /zones`
    #[doc(alias = "list_zones")]
    pub async fn list(
        &self,
        params: &ListZonesParams,
    ) -> crate::Result<crate::Response<ListZonesResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListZonesParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/zones");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListZonesParams,
    ) -> crate::BoxStream<'static, crate::Result<Zone>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListZonesResponse, _>(
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

    /// Create a Zone
    ///
    /// Creates a Zone.
    ///
    /// A default `SOA` and three `NS` resource records with the assigned Hetzner
    /// nameservers are created automatically.
    ///
    /// `POST /zones`
    #[doc(alias = "create_zone")]
    pub async fn create(
        &self,
        body: &CreateZoneRequest,
    ) -> crate::Result<crate::Response<CreateZoneResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreateZoneRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/zones");
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Get a Zone
    ///
    /// Returns a single Zone.
    ///
    /// `GET /zones/{id_or_name}`
    #[doc(alias = "get_zone")]
    pub async fn get(&self, id_or_name: &str) -> crate::Result<crate::Response<GetZoneResponse>> {
        let req = Self::get_request(id_or_name)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id_or_name: &str) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let req = ApiRequest::new(
            Method::Get,
            format!(
                "/zones/{}",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        Ok(req)
    }

    /// Update a Zone
    ///
    /// Updates a Zone.
    ///
    /// To modify resource record sets (RRSets), use the \[RRSet Actions
    /// endpoints](#tag/zone-rrset-actions).
    ///
    /// `PUT /zones/{id_or_name}`
    #[doc(alias = "update_zone")]
    pub async fn update(
        &self,
        id_or_name: &str,
        body: &UpdateZoneRequest,
    ) -> crate::Result<crate::Response<GetZoneResponse>> {
        let req = Self::update_request(id_or_name, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(id_or_name: &str, body: &UpdateZoneRequest) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let mut req = ApiRequest::new(
            Method::Put,
            format!(
                "/zones/{}",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a Zone
    ///
    /// Deletes a Zone.
    ///
    /// `DELETE /zones/{id_or_name}`
    #[doc(alias = "delete_zone")]
    pub async fn delete(&self, id_or_name: &str) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::delete_request(id_or_name)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id_or_name: &str) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let req = ApiRequest::new(
            Method::Delete,
            format!(
                "/zones/{}",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        Ok(req)
    }

    /// Export a Zone file
    ///
    /// Returns a generated Zone file in BIND (RFC [1034](https://datatracker.ietf.org/doc/html/rfc1034)/[1035](https://datatracker.ietf.org/doc/html/rfc1035)) format.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `GET /zones/{id_or_name}/zonefile`
    #[doc(alias = "get_zone_zonefile")]
    pub async fn get_zonefile(
        &self,
        id_or_name: &str,
    ) -> crate::Result<crate::Response<GetZoneZonefileResponse>> {
        let req = Self::get_zonefile_request(id_or_name)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_zonefile`] sends, built and checked but not sent.
    pub fn get_zonefile_request(id_or_name: &str) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let req = ApiRequest::new(
            Method::Get,
            format!(
                "/zones/{}/zonefile",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        Ok(req)
    }

    /// List Actions
    ///
    /// Returns all Zone Actions.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /zones/actions`
    #[doc(alias = "list_zones_actions")]
    pub async fn list_actions(
        &self,
        params: &ListZonesActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions`] sends, built and checked but not sent.
    pub fn list_actions_request(params: &ListZonesActionsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/zones/actions");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions(
        &self,
        params: &ListZonesActionsParams,
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
    /// Returns a specific Action.
    ///
    /// `GET /zones/actions/{id}`
    #[doc(alias = "get_zones_action")]
    pub async fn get_action(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_action_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_action`] sends, built and checked but not sent.
    pub fn get_action_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/zones/actions/{}", id));
        Ok(req)
    }

    /// List Actions for a Zone
    ///
    /// Returns all Actions for a Zone.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// `GET /zones/{id_or_name}/actions`
    #[doc(alias = "list_zone_actions")]
    pub async fn list_actions_for(
        &self,
        id_or_name: &str,
        params: &ListZoneActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_for_request(id_or_name, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions_for`] sends, built and checked but not sent.
    pub fn list_actions_for_request(
        id_or_name: &str,
        params: &ListZoneActionsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let mut req = ApiRequest::new(
            Method::Get,
            format!(
                "/zones/{}/actions",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions_for`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions_for(
        &self,
        id_or_name: &str,
        params: &ListZoneActionsParams,
    ) -> crate::BoxStream<'static, crate::Result<Action>> {
        let id_or_name = id_or_name.to_owned();
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
                Self::list_actions_for_request(&id_or_name, &p)
            },
        )
    }

    /// Get an Action for a Zone
    ///
    /// **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
    ///
    /// Returns a specific Action for a Zone.
    ///
    /// `GET /zones/{id_or_name}/actions/{action_id}`
    #[deprecated(
        note = "This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details."
    )]
    pub async fn get_zone_action(
        &self,
        id_or_name: &str,
        action_id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_zone_action_request(id_or_name, action_id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_zone_action`] sends, built and checked but not sent.
    pub fn get_zone_action_request(id_or_name: &str, action_id: i64) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        crate::checks::id("action_id", action_id)?;
        let req = ApiRequest::new(
            Method::Get,
            format!(
                "/zones/{}/actions/{}",
                crate::transport::encode_path_segment(id_or_name),
                action_id
            ),
        );
        Ok(req)
    }

    /// Change a Zone's Primary Nameservers
    ///
    /// Overwrites the primary nameservers of a Zone.
    ///
    /// Only applicable for Zones in secondary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `POST /zones/{id_or_name}/actions/change_primary_nameservers`
    #[doc(alias = "change_zone_primary_nameservers")]
    pub async fn change_primary_nameservers(
        &self,
        id_or_name: &str,
        body: &ChangeZonePrimaryNameserversRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_primary_nameservers_request(id_or_name, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_primary_nameservers`] sends, built and checked but not sent.
    pub fn change_primary_nameservers_request(
        id_or_name: &str,
        body: &ChangeZonePrimaryNameserversRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/actions/change_primary_nameservers",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change a Zone's Protection
    ///
    /// Changes the protection configuration of a Zone.
    ///
    /// `POST /zones/{id_or_name}/actions/change_protection`
    #[doc(alias = "change_zone_protection")]
    pub async fn change_protection(
        &self,
        id_or_name: &str,
        body: &ChangeZoneProtectionRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_protection_request(id_or_name, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_protection`] sends, built and checked but not sent.
    pub fn change_protection_request(
        id_or_name: &str,
        body: &ChangeZoneProtectionRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/actions/change_protection",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change a Zone's Default TTL
    ///
    /// Changes the default Time To Live (TTL) of a Zone.
    ///
    /// This TTL is used for RRSets that do not explicitly define a TTL.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `POST /zones/{id_or_name}/actions/change_ttl`
    #[doc(alias = "change_zone_ttl")]
    pub async fn change_ttl(
        &self,
        id_or_name: &str,
        body: &ChangeZoneTtlRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_ttl_request(id_or_name, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_ttl`] sends, built and checked but not sent.
    pub fn change_ttl_request(
        id_or_name: &str,
        body: &ChangeZoneTtlRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/actions/change_ttl",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Import a Zone file
    ///
    /// Imports a zone file, replacing all resource record sets (RRSets).
    ///
    /// The import will fail if existing RRSet are `change` protected.
    ///
    /// See Zone file import for more details.
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `POST /zones/{id_or_name}/actions/import_zonefile`
    #[doc(alias = "import_zone_zonefile")]
    pub async fn import_zonefile(
        &self,
        id_or_name: &str,
        body: &ImportZoneZonefileRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::import_zonefile_request(id_or_name, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::import_zonefile`] sends, built and checked but not sent.
    pub fn import_zonefile_request(
        id_or_name: &str,
        body: &ImportZoneZonefileRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/actions/import_zonefile",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// List RRSets
    ///
    /// Returns all RRSets in the Zone.
    ///
    /// Use the provided URI parameters to modify the result.
    ///
    /// The maximum value for `per_page` on this endpoint is `100` instead of `50`.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `GET /zones/{id_or_name}/rrsets`
    #[doc(alias = "list_zone_rrsets")]
    pub async fn list_rrsets(
        &self,
        id_or_name: &str,
        params: &ListZoneRrsetsParams,
    ) -> crate::Result<crate::Response<ListZoneRrsetsResponse>> {
        let req = Self::list_rrsets_request(id_or_name, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_rrsets`] sends, built and checked but not sent.
    pub fn list_rrsets_request(
        id_or_name: &str,
        params: &ListZoneRrsetsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let mut req = ApiRequest::new(
            Method::Get,
            format!(
                "/zones/{}/rrsets",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_rrsets`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_rrsets(
        &self,
        id_or_name: &str,
        params: &ListZoneRrsetsParams,
    ) -> crate::BoxStream<'static, crate::Result<RrSet>> {
        let id_or_name = id_or_name.to_owned();
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(100);
        crate::paging::stream::<ListZoneRrsetsResponse, _>(
            self.client.clone(),
            self.opts.clone(),
            per_page,
            move |page, per_page| {
                let mut p = params.clone();
                p.page = Some(page);
                p.per_page = Some(per_page);
                Self::list_rrsets_request(&id_or_name, &p)
            },
        )
    }

    /// Create an RRSet
    ///
    /// Create an RRSet in the Zone.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `POST /zones/{id_or_name}/rrsets`
    #[doc(alias = "create_zone_rrset")]
    pub async fn create_rrset(
        &self,
        id_or_name: &str,
        body: &CreateZoneRrsetRequest,
    ) -> crate::Result<crate::Response<CreateZoneRrsetResponse>> {
        let req = Self::create_rrset_request(id_or_name, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create_rrset`] sends, built and checked but not sent.
    pub fn create_rrset_request(
        id_or_name: &str,
        body: &CreateZoneRrsetRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/rrsets",
                crate::transport::encode_path_segment(id_or_name)
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Get an RRSet
    ///
    /// Returns a single RRSet from the Zone.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `GET /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}`
    #[doc(alias = "get_zone_rrset")]
    pub async fn get_rrset(
        &self,
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
    ) -> crate::Result<crate::Response<GetZoneRrsetResponse>> {
        let req = Self::get_rrset_request(id_or_name, rr_name, rr_type)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_rrset`] sends, built and checked but not sent.
    pub fn get_rrset_request(
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        crate::checks::segment("rr_name", rr_name)?;
        let req = ApiRequest::new(
            Method::Get,
            format!(
                "/zones/{}/rrsets/{}/{}",
                crate::transport::encode_path_segment(id_or_name),
                crate::transport::encode_path_segment(rr_name),
                crate::transport::encode_path_segment(rr_type.as_str())
            ),
        );
        Ok(req)
    }

    /// Update an RRSet
    ///
    /// Updates an RRSet in the Zone.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `PUT /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}`
    #[doc(alias = "update_zone_rrset")]
    pub async fn update_rrset(
        &self,
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &UpdateZoneRrsetRequest,
    ) -> crate::Result<crate::Response<GetZoneRrsetResponse>> {
        let req = Self::update_rrset_request(id_or_name, rr_name, rr_type, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update_rrset`] sends, built and checked but not sent.
    pub fn update_rrset_request(
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &UpdateZoneRrsetRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        crate::checks::segment("rr_name", rr_name)?;
        let mut req = ApiRequest::new(
            Method::Put,
            format!(
                "/zones/{}/rrsets/{}/{}",
                crate::transport::encode_path_segment(id_or_name),
                crate::transport::encode_path_segment(rr_name),
                crate::transport::encode_path_segment(rr_type.as_str())
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete an RRSet
    ///
    /// Deletes an RRSet from the Zone.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `DELETE /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}`
    #[doc(alias = "delete_zone_rrset")]
    pub async fn delete_rrset(
        &self,
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::delete_rrset_request(id_or_name, rr_name, rr_type)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::delete_rrset`] sends, built and checked but not sent.
    pub fn delete_rrset_request(
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        crate::checks::segment("rr_name", rr_name)?;
        let req = ApiRequest::new(
            Method::Delete,
            format!(
                "/zones/{}/rrsets/{}/{}",
                crate::transport::encode_path_segment(id_or_name),
                crate::transport::encode_path_segment(rr_name),
                crate::transport::encode_path_segment(rr_type.as_str())
            ),
        );
        Ok(req)
    }

    /// Change an RRSet's Protection
    ///
    /// Changes the protection of an RRSet in the Zone.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_protection`
    #[doc(alias = "change_zone_rrset_protection")]
    pub async fn change_rrset_protection(
        &self,
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &ChangeZoneRrsetProtectionRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_rrset_protection_request(id_or_name, rr_name, rr_type, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_rrset_protection`] sends, built and checked but not sent.
    pub fn change_rrset_protection_request(
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &ChangeZoneRrsetProtectionRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        crate::checks::segment("rr_name", rr_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/rrsets/{}/{}/actions/change_protection",
                crate::transport::encode_path_segment(id_or_name),
                crate::transport::encode_path_segment(rr_name),
                crate::transport::encode_path_segment(rr_type.as_str())
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change an RRSet's TTL
    ///
    /// Changes the Time To Live (TTL) of an RRSet in the Zone.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_ttl`
    #[doc(alias = "change_zone_rrset_ttl")]
    pub async fn change_rrset_ttl(
        &self,
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &ChangeZoneRrsetTtlRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_rrset_ttl_request(id_or_name, rr_name, rr_type, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_rrset_ttl`] sends, built and checked but not sent.
    pub fn change_rrset_ttl_request(
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &ChangeZoneRrsetTtlRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        crate::checks::segment("rr_name", rr_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/rrsets/{}/{}/actions/change_ttl",
                crate::transport::encode_path_segment(id_or_name),
                crate::transport::encode_path_segment(rr_name),
                crate::transport::encode_path_segment(rr_type.as_str())
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Set Records of an RRSet
    ///
    /// Overwrites the resource records (RRs) of an existing RRSet in the Zone.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/set_records`
    #[doc(alias = "set_zone_rrset_records")]
    pub async fn set_rrset_records(
        &self,
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &SetZoneRrsetRecordsRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::set_rrset_records_request(id_or_name, rr_name, rr_type, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::set_rrset_records`] sends, built and checked but not sent.
    pub fn set_rrset_records_request(
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &SetZoneRrsetRecordsRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        crate::checks::segment("rr_name", rr_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/rrsets/{}/{}/actions/set_records",
                crate::transport::encode_path_segment(id_or_name),
                crate::transport::encode_path_segment(rr_name),
                crate::transport::encode_path_segment(rr_type.as_str())
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Add Records to an RRSet
    ///
    /// Adds resource records (RRs) to an RRSet in the Zone.
    ///
    /// For convenience, the RRSet will be automatically created if it doesn't exist. Otherwise, the new
    /// records are appended to the existing RRSet.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/add_records`
    #[doc(alias = "add_zone_rrset_records")]
    pub async fn add_rrset_records(
        &self,
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &AddZoneRrsetRecordsRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::add_rrset_records_request(id_or_name, rr_name, rr_type, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::add_rrset_records`] sends, built and checked but not sent.
    pub fn add_rrset_records_request(
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &AddZoneRrsetRecordsRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        crate::checks::segment("rr_name", rr_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/rrsets/{}/{}/actions/add_records",
                crate::transport::encode_path_segment(id_or_name),
                crate::transport::encode_path_segment(rr_name),
                crate::transport::encode_path_segment(rr_type.as_str())
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Remove Records from an RRSet
    ///
    /// Removes resource records (RRs) from an existing RRSet in the Zone.
    ///
    /// For convenience, the RRSet will be automatically deleted if it doesn't contain any RRs afterwards.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/remove_records`
    #[doc(alias = "remove_zone_rrset_records")]
    pub async fn remove_rrset_records(
        &self,
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &RemoveZoneRrsetRecordsRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::remove_rrset_records_request(id_or_name, rr_name, rr_type, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::remove_rrset_records`] sends, built and checked but not sent.
    pub fn remove_rrset_records_request(
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &RemoveZoneRrsetRecordsRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        crate::checks::segment("rr_name", rr_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/rrsets/{}/{}/actions/remove_records",
                crate::transport::encode_path_segment(id_or_name),
                crate::transport::encode_path_segment(rr_name),
                crate::transport::encode_path_segment(rr_type.as_str())
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Update Records of an RRSet
    ///
    /// Updates resource records' (RRs) comments of an existing RRSet in the Zone.
    ///
    /// Only applicable for Zones in primary mode.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `incorrect_zone_mode` | This operation is not supported for this Zone's `mode`. |
    ///
    /// `POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/update_records`
    #[doc(alias = "update_zone_rrset_records")]
    pub async fn update_rrset_records(
        &self,
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &UpdateZoneRrsetRecordsRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::update_rrset_records_request(id_or_name, rr_name, rr_type, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update_rrset_records`] sends, built and checked but not sent.
    pub fn update_rrset_records_request(
        id_or_name: &str,
        rr_name: &str,
        rr_type: RrSetType,
        body: &UpdateZoneRrsetRecordsRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::segment("id_or_name", id_or_name)?;
        crate::checks::segment("rr_name", rr_name)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!(
                "/zones/{}/rrsets/{}/{}/actions/update_records",
                crate::transport::encode_path_segment(id_or_name),
                crate::transport::encode_path_segment(rr_name),
                crate::transport::encode_path_segment(rr_type.as_str())
            ),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Looks up a Zone by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<Zone>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(&id.to_string()).await {
                Ok(r) => Ok(Some(r.data.zone)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self.list(&ListZonesParams::default().name(name)).await?;
                Ok(page.data.zones.into_iter().next())
            }
        }
    }
}
