// Generated from cloud.spec.json by xtask. Do not edit.
//! `isos`: the `Isos` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on isos.
    pub fn isos(&self) -> Isos {
        Isos {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on isos; from [`Client::isos`].
#[derive(Clone, Debug)]
pub struct Isos {
    client: Client,
    opts: CallOptions,
}

impl Isos {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List ISOs
    ///
    /// Returns all available ISO objects.
    ///
    /// `GET /isos`
    #[doc(alias = "list_isos")]
    pub async fn list(
        &self,
        params: &ListIsosParams,
    ) -> crate::Result<crate::Response<ListIsosResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListIsosParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/isos");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListIsosParams,
    ) -> crate::BoxStream<'static, crate::Result<Iso>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListIsosResponse, _>(
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

    /// Get an ISO
    ///
    /// Returns a specific ISO object.
    ///
    /// `GET /isos/{id}`
    #[doc(alias = "get_iso")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<GetIsoResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/isos/{}", id));
        Ok(req)
    }

    /// Looks up a Iso by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(&self, id_or_name: impl Into<crate::IdOrName>) -> crate::Result<Option<Iso>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.iso)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self.list(&ListIsosParams::default().name(name)).await?;
                Ok(page.data.isos.into_iter().next())
            }
        }
    }
}
