// Generated from cloud.spec.json by xtask. Do not edit.
//! `pricing`: the `Pricing` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on pricing.
    pub fn pricing(&self) -> Pricing {
        Pricing {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on pricing; from [`Client::pricing`].
#[derive(Clone, Debug)]
pub struct Pricing {
    client: Client,
    opts: CallOptions,
}

impl Pricing {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// Get all prices
    ///
    /// Returns prices for all resources available on the platform. VAT and currency of the Project owner are used for calculations.
    ///
    /// Both net and gross prices are included in the response.
    ///
    /// `GET /pricing`
    #[doc(alias = "get_pricing")]
    pub async fn get(&self) -> crate::Result<crate::Response<GetPricingResponse>> {
        let req = Self::get_request()?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request() -> crate::Result<ApiRequest> {
        let req = ApiRequest::new(Method::Get, "/pricing");
        Ok(req)
    }
}
