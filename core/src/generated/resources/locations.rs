// Generated from cloud.spec.json by xtask. Do not edit.
//! `locations`: the `Locations` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on locations.
    pub fn locations(&self) -> Locations {
        Locations {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on locations; from [`Client::locations`].
#[derive(Clone, Debug)]
pub struct Locations {
    client: Client,
    opts: CallOptions,
}

impl Locations {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Locations
    ///
    /// Returns all Locations.
    ///
    /// `GET /locations`
    #[doc(alias = "list_locations")]
    pub async fn list(
        &self,
        params: &ListLocationsParams,
    ) -> crate::Result<crate::Response<ListLocationsResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListLocationsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/locations");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListLocationsParams,
    ) -> crate::BoxStream<'static, crate::Result<Location>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListLocationsResponse, _>(
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

    /// Get a Location
    ///
    /// Returns a Location.
    ///
    /// `GET /locations/{id}`
    #[doc(alias = "get_location")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<GetLocationResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/locations/{}", id));
        Ok(req)
    }

    /// Looks up a Location by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<Location>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.location)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self
                    .list(&ListLocationsParams::default().name(name))
                    .await?;
                Ok(page.data.locations.into_iter().next())
            }
        }
    }
}
