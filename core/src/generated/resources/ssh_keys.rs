// Generated from cloud.spec.json by xtask. Do not edit.
//! `ssh_keys`: the `SshKeys` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on ssh keys.
    pub fn ssh_keys(&self) -> SshKeys {
        SshKeys {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on ssh keys; from [`Client::ssh_keys`].
#[derive(Clone, Debug)]
pub struct SshKeys {
    client: Client,
    opts: CallOptions,
}

impl SshKeys {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List SSH keys
    ///
    /// Returns all SSH key objects.
    ///
    /// `GET /ssh_keys`
    #[doc(alias = "list_ssh_keys")]
    pub async fn list(
        &self,
        params: &ListSshKeysParams,
    ) -> crate::Result<crate::Response<ListSshKeysResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListSshKeysParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/ssh_keys");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListSshKeysParams,
    ) -> crate::BoxStream<'static, crate::Result<SshKey>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListSshKeysResponse, _>(
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

    /// Create an SSH key
    ///
    /// Creates a new SSH key with the given `name` and `public_key`. Once an SSH key is created, it can be used in other calls such as creating Servers.
    ///
    /// `POST /ssh_keys`
    #[doc(alias = "create_ssh_key")]
    pub async fn create(
        &self,
        body: &CreateSshKeyRequest,
    ) -> crate::Result<crate::Response<GetSshKeyResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreateSshKeyRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/ssh_keys");
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Get a SSH key
    ///
    /// Returns a specific SSH key object.
    ///
    /// `GET /ssh_keys/{id}`
    #[doc(alias = "get_ssh_key")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<GetSshKeyResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/ssh_keys/{}", id));
        Ok(req)
    }

    /// Update an SSH key
    ///
    /// Updates an SSH key. You can update an SSH key name and an SSH key labels.
    ///
    /// `PUT /ssh_keys/{id}`
    #[doc(alias = "update_ssh_key")]
    pub async fn update(
        &self,
        id: i64,
        body: &UpdateSshKeyRequest,
    ) -> crate::Result<crate::Response<GetSshKeyResponse>> {
        let req = Self::update_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(id: i64, body: &UpdateSshKeyRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Put, format!("/ssh_keys/{}", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete an SSH key
    ///
    /// Deletes an SSH key. It cannot be used anymore.
    ///
    /// `DELETE /ssh_keys/{id}`
    #[doc(alias = "delete_ssh_key")]
    pub async fn delete(&self, id: i64) -> crate::Result<crate::Response<()>> {
        let req = Self::delete_request(id)?;
        self.client.execute_no_content(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Delete, format!("/ssh_keys/{}", id));
        Ok(req)
    }

    /// Looks up a SshKey by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<SshKey>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.ssh_key)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self.list(&ListSshKeysParams::default().name(name)).await?;
                Ok(page.data.ssh_keys.into_iter().next())
            }
        }
    }
}
