// Generated from cloud.spec.json by xtask. Do not edit.
//! `volumes`: the `Volumes` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on volumes.
    pub fn volumes(&self) -> Volumes {
        Volumes {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on volumes; from [`Client::volumes`].
#[derive(Clone, Debug)]
pub struct Volumes {
    client: Client,
    opts: CallOptions,
}

impl Volumes {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Volumes
    ///
    /// Gets all existing Volumes that you have available.
    ///
    /// `GET /volumes`
    #[doc(alias = "list_volumes")]
    pub async fn list(
        &self,
        params: &ListVolumesParams,
    ) -> crate::Result<crate::Response<ListVolumesResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListVolumesParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/volumes");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListVolumesParams,
    ) -> crate::BoxStream<'static, crate::Result<Volume>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListVolumesResponse, _>(
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

    /// Create a Volume
    ///
    /// Creates a new Volume attached to a Server. If you want to create a Volume that is not attached to a Server, you need to provide the `location` key instead of `server`. This can be either the ID or the name of the Location this Volume will be created in. Note that a Volume can be attached to a Server only in the same Location as the Volume itself.
    ///
    /// Specifying the Server during Volume creation will automatically attach the Volume to that Server after it has been initialized. In that case, the `next_actions` key in the response is an array which contains a single `attach_volume` action.
    ///
    /// The minimum Volume size is 10GB and the maximum size is 10TB (10240GB).
    ///
    /// A volume’s name can consist of alphanumeric characters, dashes, underscores, and dots, but has to start and end with an alphanumeric character. The total length is limited to 64 characters. Volume names must be unique per Project.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `no_space_left_in_location` | There is no volume space left in the given location |
    ///
    /// `POST /volumes`
    #[doc(alias = "create_volume")]
    pub async fn create(
        &self,
        body: &CreateVolumeRequest,
    ) -> crate::Result<crate::Response<CreateVolumeResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreateVolumeRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/volumes");
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// List Actions
    ///
    /// Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
    ///
    /// `GET /volumes/actions`
    #[doc(alias = "list_volumes_actions")]
    pub async fn list_actions(
        &self,
        params: &ListVolumesActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions`] sends, built and checked but not sent.
    pub fn list_actions_request(params: &ListVolumesActionsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/volumes/actions");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions(
        &self,
        params: &ListVolumesActionsParams,
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
    /// `GET /volumes/actions/{id}`
    #[doc(alias = "get_volumes_action")]
    pub async fn get_action(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_action_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_action`] sends, built and checked but not sent.
    pub fn get_action_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/volumes/actions/{}", id));
        Ok(req)
    }

    /// Get a Volume
    ///
    /// Gets a specific Volume object.
    ///
    /// `GET /volumes/{id}`
    #[doc(alias = "get_volume")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<GetVolumeResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/volumes/{}", id));
        Ok(req)
    }

    /// Update a Volume
    ///
    /// Updates the Volume properties.
    ///
    /// `PUT /volumes/{id}`
    #[doc(alias = "update_volume")]
    pub async fn update(
        &self,
        id: i64,
        body: &UpdateVolumeRequest,
    ) -> crate::Result<crate::Response<GetVolumeResponse>> {
        let req = Self::update_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(id: i64, body: &UpdateVolumeRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Put, format!("/volumes/{}", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a Volume
    ///
    /// Deletes a volume. All Volume data is irreversibly destroyed. The Volume must not be attached to a Server and it must not have delete protection enabled.
    ///
    /// `DELETE /volumes/{id}`
    #[doc(alias = "delete_volume")]
    pub async fn delete(&self, id: i64) -> crate::Result<crate::Response<()>> {
        let req = Self::delete_request(id)?;
        self.client.execute_no_content(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Delete, format!("/volumes/{}", id));
        Ok(req)
    }

    /// List Actions for a Volume
    ///
    /// Returns all Action objects for a Volume. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.
    ///
    /// `GET /volumes/{id}/actions`
    #[doc(alias = "list_volume_actions")]
    pub async fn list_actions_for(
        &self,
        id: i64,
        params: &ListVolumeActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_for_request(id, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions_for`] sends, built and checked but not sent.
    pub fn list_actions_for_request(
        id: i64,
        params: &ListVolumeActionsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Get, format!("/volumes/{}/actions", id));
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions_for`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions_for(
        &self,
        id: i64,
        params: &ListVolumeActionsParams,
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

    /// Attach Volume to a Server
    ///
    /// Attaches a Volume to a Server. Works only if the Server is in the same Location as the Volume.
    ///
    /// `POST /volumes/{id}/actions/attach`
    #[doc(alias = "attach_volume")]
    pub async fn attach(
        &self,
        id: i64,
        body: &AttachVolumeRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::attach_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::attach`] sends, built and checked but not sent.
    pub fn attach_request(id: i64, body: &AttachVolumeRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Post, format!("/volumes/{}/actions/attach", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change Volume Protection
    ///
    /// Changes the protection configuration of a Volume.
    ///
    /// `POST /volumes/{id}/actions/change_protection`
    #[doc(alias = "change_volume_protection")]
    pub async fn change_protection(
        &self,
        id: i64,
        body: &ChangeVolumeProtectionRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_protection_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_protection`] sends, built and checked but not sent.
    pub fn change_protection_request(
        id: i64,
        body: &ChangeVolumeProtectionRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/volumes/{}/actions/change_protection", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Detach Volume
    ///
    /// Detaches a Volume from the Server it’s attached to. You may attach it to a Server again at a later time.
    ///
    /// `POST /volumes/{id}/actions/detach`
    #[doc(alias = "detach_volume")]
    pub async fn detach(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::detach_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::detach`] sends, built and checked but not sent.
    pub fn detach_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Post, format!("/volumes/{}/actions/detach", id));
        Ok(req)
    }

    /// Resize Volume
    ///
    /// Changes the size of a Volume. Note that downsizing a Volume is not possible.
    ///
    /// `POST /volumes/{id}/actions/resize`
    #[doc(alias = "resize_volume")]
    pub async fn resize(
        &self,
        id: i64,
        body: &ResizeVolumeRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::resize_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::resize`] sends, built and checked but not sent.
    pub fn resize_request(id: i64, body: &ResizeVolumeRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Post, format!("/volumes/{}/actions/resize", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Get an Action for a Volume
    ///
    /// **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
    ///
    /// Returns a specific Action for a Volume.
    ///
    /// `GET /volumes/{id}/actions/{action_id}`
    #[deprecated(
        note = "This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details."
    )]
    pub async fn get_volume_action(
        &self,
        id: i64,
        action_id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_volume_action_request(id, action_id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_volume_action`] sends, built and checked but not sent.
    pub fn get_volume_action_request(id: i64, action_id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        crate::checks::id("action_id", action_id)?;
        let req = ApiRequest::new(
            Method::Get,
            format!("/volumes/{}/actions/{}", id, action_id),
        );
        Ok(req)
    }

    /// Looks up a Volume by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<Volume>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.volume)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self.list(&ListVolumesParams::default().name(name)).await?;
                Ok(page.data.volumes.into_iter().next())
            }
        }
    }
}
