// Generated from cloud.spec.json by xtask. Do not edit.
//! `placement_groups`: the `PlacementGroups` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on placement groups.
    pub fn placement_groups(&self) -> PlacementGroups {
        PlacementGroups {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on placement groups; from [`Client::placement_groups`].
#[derive(Clone, Debug)]
pub struct PlacementGroups {
    client: Client,
    opts: CallOptions,
}

impl PlacementGroups {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Placement Groups
    ///
    /// Returns all Placement Group objects.
    ///
    /// `GET /placement_groups`
    #[doc(alias = "list_placement_groups")]
    pub async fn list(
        &self,
        params: &ListPlacementGroupsParams,
    ) -> crate::Result<crate::Response<PlacementGroupsResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListPlacementGroupsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/placement_groups");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListPlacementGroupsParams,
    ) -> crate::BoxStream<'static, crate::Result<PlacementGroup>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<PlacementGroupsResponse, _>(
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

    /// Create a PlacementGroup
    ///
    /// Creates a new Placement Group.
    ///
    /// `POST /placement_groups`
    #[doc(alias = "create_placement_group")]
    pub async fn create(
        &self,
        body: &CreatePlacementGroupRequest,
    ) -> crate::Result<crate::Response<CreatePlacementGroupResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreatePlacementGroupRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/placement_groups");
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Get a PlacementGroup
    ///
    /// Gets a specific Placement Group object.
    ///
    /// `GET /placement_groups/{id}`
    #[doc(alias = "get_placement_group")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<PlacementGroupResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/placement_groups/{}", id));
        Ok(req)
    }

    /// Update a PlacementGroup
    ///
    /// Updates the Placement Group properties.
    ///
    /// Note: if the Placement Group object changes during the request, the response will be a “conflict” error.
    ///
    /// `PUT /placement_groups/{id}`
    #[doc(alias = "update_placement_group")]
    pub async fn update(
        &self,
        id: i64,
        body: &UpdatePlacementGroupRequest,
    ) -> crate::Result<crate::Response<PlacementGroupResponse>> {
        let req = Self::update_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(
        id: i64,
        body: &UpdatePlacementGroupRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Put, format!("/placement_groups/{}", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a PlacementGroup
    ///
    /// Deletes a Placement Group.
    ///
    /// `DELETE /placement_groups/{id}`
    #[doc(alias = "delete_placement_group")]
    pub async fn delete(&self, id: i64) -> crate::Result<crate::Response<()>> {
        let req = Self::delete_request(id)?;
        self.client.execute_no_content(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Delete, format!("/placement_groups/{}", id));
        Ok(req)
    }

    /// Looks up a PlacementGroup by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<PlacementGroup>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.placement_group)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self
                    .list(&ListPlacementGroupsParams::default().name(name))
                    .await?;
                Ok(page.data.placement_groups.into_iter().next())
            }
        }
    }
}
