// Generated from cloud.spec.json by xtask. Do not edit.
//! `load_balancer_types`: the `LoadBalancerTypes` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on load balancer types.
    pub fn load_balancer_types(&self) -> LoadBalancerTypes {
        LoadBalancerTypes {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on load balancer types; from [`Client::load_balancer_types`].
#[derive(Clone, Debug)]
pub struct LoadBalancerTypes {
    client: Client,
    opts: CallOptions,
}

impl LoadBalancerTypes {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Load Balancer Types
    ///
    /// Gets all Load Balancer type objects.
    ///
    /// `GET /load_balancer_types`
    #[doc(alias = "list_load_balancer_types")]
    pub async fn list(
        &self,
        params: &ListLoadBalancerTypesParams,
    ) -> crate::Result<crate::Response<ListLoadBalancerTypesResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListLoadBalancerTypesParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/load_balancer_types");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListLoadBalancerTypesParams,
    ) -> crate::BoxStream<'static, crate::Result<LoadBalancerType>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListLoadBalancerTypesResponse, _>(
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

    /// Get a Load Balancer Type
    ///
    /// Gets a specific Load Balancer type object.
    ///
    /// `GET /load_balancer_types/{id}`
    #[doc(alias = "get_load_balancer_type")]
    pub async fn get(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<GetLoadBalancerTypeResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/load_balancer_types/{}", id));
        Ok(req)
    }

    /// Looks up a LoadBalancerType by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<LoadBalancerType>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(Some(r.data.load_balancer_type)),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self
                    .list(&ListLoadBalancerTypesParams::default().name(name))
                    .await?;
                Ok(page.data.load_balancer_types.into_iter().next())
            }
        }
    }
}
