// Generated from cloud.spec.json by xtask. Do not edit.
//! `datacenters`: the `Datacenters` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on datacenters.
    pub fn datacenters(&self) -> Datacenters {
        Datacenters {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on datacenters; from [`Client::datacenters`].
#[derive(Clone, Debug)]
pub struct Datacenters {
    client: Client,
    opts: CallOptions,
}

impl Datacenters {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Data Centers
    ///
    /// **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.
    ///
    /// Returns all Data Centers.
    ///
    /// `GET /datacenters`
    #[doc(alias = "list_datacenters")]
    #[deprecated(
        note = "This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026."
    )]
    pub async fn list(
        &self,
        params: &ListDatacentersParams,
    ) -> crate::Result<crate::Response<ListDatacentersResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListDatacentersParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/datacenters");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    #[deprecated(
        note = "This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026."
    )]
    pub fn list_all(
        &self,
        params: &ListDatacentersParams,
    ) -> crate::BoxStream<'static, crate::Result<Datacenter>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListDatacentersResponse, _>(
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

    /// Get a Data Center
    ///
    /// **Deprecated:** This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026.
    ///
    /// Returns a single Data Center.
    ///
    /// `GET /datacenters/{id}`
    #[doc(alias = "get_datacenter")]
    #[deprecated(
        note = "This endpoint is deprecated as of 01 June 2026 and will be removed after 01 October 2026."
    )]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<GetDatacenterResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/datacenters/{}", id));
        Ok(req)
    }

    /// Looks up a Datacenter by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    #[deprecated(note = "uses deprecated operations")]
    #[allow(deprecated)]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<Datacenter>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.datacenter)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self
                    .list(&ListDatacentersParams::default().name(name))
                    .await?;
                Ok(page.data.datacenters.into_iter().next())
            }
        }
    }
}
