// Generated from cloud.spec.json by xtask. Do not edit.
//! `certificates`: the `Certificates` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on certificates.
    pub fn certificates(&self) -> Certificates {
        Certificates {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on certificates; from [`Client::certificates`].
#[derive(Clone, Debug)]
pub struct Certificates {
    client: Client,
    opts: CallOptions,
}

impl Certificates {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Certificates
    ///
    /// Returns all Certificate objects.
    ///
    /// `GET /certificates`
    #[doc(alias = "list_certificates")]
    pub async fn list(
        &self,
        params: &ListCertificatesParams,
    ) -> crate::Result<crate::Response<CertificatesResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListCertificatesParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/certificates");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListCertificatesParams,
    ) -> crate::BoxStream<'static, crate::Result<Certificate>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<CertificatesResponse, _>(
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

    /// Create a Certificate
    ///
    /// Creates a new Certificate.
    ///
    /// The default type **uploaded** allows for uploading your existing `certificate` and `private_key` in PEM format. You have to monitor its expiration date and handle renewal yourself.
    ///
    /// In contrast, type **managed** requests a new Certificate from *Let's Encrypt* for the specified `domain_names`. Only domains managed by *Hetzner DNS* are supported. We handle renewal and timely alert the project owner via email if problems occur.
    ///
    /// For type `managed` Certificates the `action` key of the response contains the Action that allows for tracking the issuance process. For type `uploaded` Certificates the `action` is always null.
    ///
    /// `POST /certificates`
    #[doc(alias = "create_certificate")]
    pub async fn create(
        &self,
        body: &CreateCertificateRequest,
    ) -> crate::Result<crate::Response<CreateCertificateResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreateCertificateRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/certificates");
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// List Actions
    ///
    /// Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
    ///
    /// `GET /certificates/actions`
    #[doc(alias = "list_certificates_actions")]
    pub async fn list_actions(
        &self,
        params: &ListCertificatesActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions`] sends, built and checked but not sent.
    pub fn list_actions_request(
        params: &ListCertificatesActionsParams,
    ) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/certificates/actions");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions(
        &self,
        params: &ListCertificatesActionsParams,
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
    /// `GET /certificates/actions/{id}`
    #[doc(alias = "get_certificates_action")]
    pub async fn get_action(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_action_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_action`] sends, built and checked but not sent.
    pub fn get_action_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/certificates/actions/{}", id));
        Ok(req)
    }

    /// Get a Certificate
    ///
    /// Gets a specific Certificate object.
    ///
    /// `GET /certificates/{id}`
    #[doc(alias = "get_certificate")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<CertificateResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/certificates/{}", id));
        Ok(req)
    }

    /// Update a Certificate
    ///
    /// Updates the Certificate properties.
    ///
    /// Note: if the Certificate object changes during the request, the response will be a “conflict” error.
    ///
    /// `PUT /certificates/{id}`
    #[doc(alias = "update_certificate")]
    pub async fn update(
        &self,
        id: i64,
        body: &UpdateCertificateRequest,
    ) -> crate::Result<crate::Response<CertificateResponse>> {
        let req = Self::update_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(id: i64, body: &UpdateCertificateRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Put, format!("/certificates/{}", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a Certificate
    ///
    /// Deletes a Certificate.
    ///
    /// `DELETE /certificates/{id}`
    #[doc(alias = "delete_certificate")]
    pub async fn delete(&self, id: i64) -> crate::Result<crate::Response<()>> {
        let req = Self::delete_request(id)?;
        self.client.execute_no_content(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Delete, format!("/certificates/{}", id));
        Ok(req)
    }

    /// List Actions for a Certificate
    ///
    /// Returns all Action objects for a Certificate. You can sort the results by using the `sort` URI parameter, and filter them with the `status` parameter.
    ///
    /// Only type `managed` Certificates can have Actions. For type `uploaded` Certificates the `actions` key will always contain an empty array.
    ///
    /// `GET /certificates/{id}/actions`
    #[doc(alias = "list_certificate_actions")]
    pub async fn list_actions_for(
        &self,
        id: i64,
        params: &ListCertificateActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_for_request(id, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions_for`] sends, built and checked but not sent.
    pub fn list_actions_for_request(
        id: i64,
        params: &ListCertificateActionsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Get, format!("/certificates/{}/actions", id));
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions_for`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions_for(
        &self,
        id: i64,
        params: &ListCertificateActionsParams,
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

    /// Retry Issuance or Renewal
    ///
    /// Retry a failed Certificate issuance or renewal.
    ///
    /// Only applicable if the type of the Certificate is `managed` and the issuance or renewal status is `failed`.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// |  | `caa_record_does_not_allow_ca` | CAA record does not allow certificate authority |
    /// |  | `ca_dns_validation_failed` | Certificate Authority: DNS validation failed |
    /// |  | `ca_too_many_authorizations_failed_recently` | Certificate Authority: Too many authorizations failed recently |
    /// |  | `ca_too_many_certificates_issued_for_registered_domain` | Certificate Authority: Too many certificates issued for registered domain |
    /// |  | `ca_too_many_duplicate_certificates` | Certificate Authority: Too many duplicate certificates |
    /// |  | `could_not_verify_domain_delegated_to_zone` | Could not verify domain delegated to zone |
    /// |  | `dns_zone_not_found` | DNS zone not found |
    /// |  | `dns_zone_is_secondary_zone` | DNS zone is a secondary zone |
    ///
    /// `POST /certificates/{id}/actions/retry`
    #[doc(alias = "retry_certificate")]
    pub async fn retry(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::retry_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::retry`] sends, built and checked but not sent.
    pub fn retry_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Post, format!("/certificates/{}/actions/retry", id));
        Ok(req)
    }

    /// Get an Action for a Certificate
    ///
    /// **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
    ///
    /// Returns a specific Action for a Certificate. Only type `managed` Certificates have Actions.
    ///
    /// `GET /certificates/{id}/actions/{action_id}`
    #[deprecated(
        note = "This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details."
    )]
    pub async fn get_certificate_action(
        &self,
        id: i64,
        action_id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_certificate_action_request(id, action_id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_certificate_action`] sends, built and checked but not sent.
    pub fn get_certificate_action_request(id: i64, action_id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        crate::checks::id("action_id", action_id)?;
        let req = ApiRequest::new(
            Method::Get,
            format!("/certificates/{}/actions/{}", id, action_id),
        );
        Ok(req)
    }

    /// Looks up a Certificate by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<Certificate>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.certificate)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self
                    .list(&ListCertificatesParams::default().name(name))
                    .await?;
                Ok(page.data.certificates.into_iter().next())
            }
        }
    }
}
