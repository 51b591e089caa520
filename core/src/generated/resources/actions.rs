// Generated from cloud.spec.json by xtask. Do not edit.
//! `actions`: the `Actions` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on actions.
    pub fn actions(&self) -> Actions {
        Actions {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on actions; from [`Client::actions`].
#[derive(Clone, Debug)]
pub struct Actions {
    client: Client,
    opts: CallOptions,
}

impl Actions {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// Get multiple Actions
    ///
    /// Returns multiple Action objects specified by the `id` parameter.
    ///
    /// **Note**: This endpoint previously allowed listing all actions in the project. This functionality was deprecated in July 2023 and removed on 30 January 2025.
    ///
    /// - Announcement: <https://docs.hetzner.cloud/changelog#2023-07-20-actions-list-endpoint-is-deprecated>
    /// - Removal: <https://docs.hetzner.cloud/changelog#2025-01-30-listing-arbitrary-actions-in-the-actions-list-endpoint-is-removed>
    ///
    /// `GET /actions`
    #[doc(alias = "get_actions")]
    pub async fn get_by_ids(
        &self,
        params: &GetActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponse>> {
        let req = Self::get_by_ids_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_by_ids`] sends, built and checked but not sent.
    pub fn get_by_ids_request(params: &GetActionsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/actions");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Get an Action
    ///
    /// Returns a specific Action object.
    ///
    /// `GET /actions/{id}`
    #[doc(alias = "get_action")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/actions/{}", id));
        Ok(req)
    }
}
