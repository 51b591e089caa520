// Generated from cloud.spec.json by xtask. Do not edit.
//! `servers`: the `Servers` handle.

#[allow(unused_imports)]
use crate::models::*;
use crate::{ApiRequest, CallOptions, Client, Method};

impl Client {
    /// Operations on servers.
    pub fn servers(&self) -> Servers {
        Servers {
            client: self.clone(),
            opts: CallOptions::default(),
        }
    }
}

/// Operations on servers; from [`Client::servers`].
#[derive(Clone, Debug)]
pub struct Servers {
    client: Client,
    opts: CallOptions,
}

impl Servers {
    /// The same handle with options (retries, timeout) for every call made through it.
    pub fn with_options(mut self, opts: CallOptions) -> Self {
        self.opts = opts;
        self
    }

    /// List Servers
    ///
    /// Returns all existing Server objects.
    ///
    /// `GET /servers`
    #[doc(alias = "list_servers")]
    pub async fn list(
        &self,
        params: &ListServersParams,
    ) -> crate::Result<crate::Response<ListServersResponse>> {
        let req = Self::list_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list`] sends, built and checked but not sent.
    pub fn list_request(params: &ListServersParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/servers");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all(
        &self,
        params: &ListServersParams,
    ) -> crate::BoxStream<'static, crate::Result<Server>> {
        let params = params.clone();
        let per_page = params.per_page.unwrap_or(50);
        crate::paging::stream::<ListServersResponse, _>(
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

    /// Create a Server
    ///
    /// Creates a new Server. Returns preliminary information about the Server as well as an Action that covers progress of creation.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `412` | `primary_ip_version_mismatch` | The specified Primary IP has the wrong IP Version |
    /// | `422` | `placement_error` | An error during the placement occurred |
    /// | `422` | `primary_ip_assigned` | The specified Primary IP is already assigned to a server |
    /// | `422` | `primary_ip_datacenter_mismatch` | The specified Primary IP is in a different location |
    ///
    /// `POST /servers`
    #[doc(alias = "create_server")]
    pub async fn create(
        &self,
        body: &CreateServerRequest,
    ) -> crate::Result<crate::Response<CreateServerResponse>> {
        let req = Self::create_request(body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create`] sends, built and checked but not sent.
    pub fn create_request(body: &CreateServerRequest) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Post, "/servers");
        body.check()?;
        crate::labels::validate_hostname("name", &body.name)?;
        req = req.json(body)?;
        Ok(req)
    }

    /// List Actions
    ///
    /// Returns all Action objects. You can `sort` the results by using the sort URI parameter, and filter them with the `status` and `id` parameter.
    ///
    /// `GET /servers/actions`
    #[doc(alias = "list_servers_actions")]
    pub async fn list_actions(
        &self,
        params: &ListServersActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_request(params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions`] sends, built and checked but not sent.
    pub fn list_actions_request(params: &ListServersActionsParams) -> crate::Result<ApiRequest> {
        let mut req = ApiRequest::new(Method::Get, "/servers/actions");
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions(
        &self,
        params: &ListServersActionsParams,
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
    /// `GET /servers/actions/{id}`
    #[doc(alias = "get_servers_action")]
    pub async fn get_action(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_action_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_action`] sends, built and checked but not sent.
    pub fn get_action_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/servers/actions/{}", id));
        Ok(req)
    }

    /// Get a Server
    ///
    /// Returns a specific Server object. The Server must exist inside the Project.
    ///
    /// `GET /servers/{id}`
    #[doc(alias = "get_server")]
    pub async fn get(&self, id: i64) -> crate::Result<crate::Response<GetServerResponse>> {
        let req = Self::get_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get`] sends, built and checked but not sent.
    pub fn get_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Get, format!("/servers/{}", id));
        Ok(req)
    }

    /// Update a Server
    ///
    /// Updates a Server. You can update a Server’s name and a Server’s labels.
    ///
    /// Please note that Server names must be unique per Project and valid hostnames as per RFC 1123 (i.e. may only contain letters, digits, periods, and dashes).
    ///
    /// `PUT /servers/{id}`
    #[doc(alias = "update_server")]
    pub async fn update(
        &self,
        id: i64,
        body: &UpdateServerRequest,
    ) -> crate::Result<crate::Response<GetServerResponse>> {
        let req = Self::update_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::update`] sends, built and checked but not sent.
    pub fn update_request(id: i64, body: &UpdateServerRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Put, format!("/servers/{}", id));
        body.check()?;
        if let Some(name) = &body.name {
            crate::labels::validate_hostname("name", name)?;
        }
        req = req.json(body)?;
        Ok(req)
    }

    /// Delete a Server
    ///
    /// Deletes a Server.
    ///
    /// This immediately removes the Server from your account, and it is no longer
    /// accessible. Any resources attached to the server (like Volumes, Primary IPs,
    /// Floating IPs, Firewalls, Placement Groups) are detached while the server is deleted.
    ///
    /// `DELETE /servers/{id}`
    #[doc(alias = "delete_server")]
    pub async fn delete(&self, id: i64) -> crate::Result<crate::Response<DeleteServerResponse>> {
        let req = Self::delete_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::delete`] sends, built and checked but not sent.
    pub fn delete_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Delete, format!("/servers/{}", id));
        Ok(req)
    }

    /// List Actions for a Server
    ///
    /// Returns all Action objects for a Server. You can `sort` the results by using the sort URI parameter, and filter them with the `status` parameter.
    ///
    /// `GET /servers/{id}/actions`
    #[doc(alias = "list_server_actions")]
    pub async fn list_actions_for(
        &self,
        id: i64,
        params: &ListServerActionsParams,
    ) -> crate::Result<crate::Response<ActionListResponseWithMeta>> {
        let req = Self::list_actions_for_request(id, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::list_actions_for`] sends, built and checked but not sent.
    pub fn list_actions_for_request(
        id: i64,
        params: &ListServerActionsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Get, format!("/servers/{}/actions", id));
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Every item of every page of [`Self::list_actions_for`], in order. After the first page the rest are
    /// fetched concurrently (see [`crate::ClientBuilder::page_concurrency`]), as many per page as the
    /// API allows unless `params.per_page` says otherwise; `params.page` is ignored.
    pub fn list_all_actions_for(
        &self,
        id: i64,
        params: &ListServerActionsParams,
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

    /// Add a Server to a Placement Group
    ///
    /// Adds a Server to a Placement Group.
    ///
    /// Server must be powered off for this command to succeed.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `server_not_stopped` | The action requires a stopped server |
    /// | `422` | `already_in_placement_group` | The server is already part of a placement group |
    ///
    /// `POST /servers/{id}/actions/add_to_placement_group`
    #[doc(alias = "add_server_to_placement_group")]
    pub async fn add_to_placement_group(
        &self,
        id: i64,
        body: &AddServerToPlacementGroupRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::add_to_placement_group_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::add_to_placement_group`] sends, built and checked but not sent.
    pub fn add_to_placement_group_request(
        id: i64,
        body: &AddServerToPlacementGroupRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/add_to_placement_group", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Attach an ISO to a Server
    ///
    /// Attaches an ISO to a Server. The Server will immediately see it as a new disk. An already attached ISO will automatically be detached before the new ISO is attached.
    ///
    /// Servers with attached ISOs have a modified boot order: They will try to boot from the ISO first before falling back to hard disk.
    ///
    /// `POST /servers/{id}/actions/attach_iso`
    #[doc(alias = "attach_server_iso")]
    pub async fn attach_iso(
        &self,
        id: i64,
        body: &AttachServerIsoRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::attach_iso_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::attach_iso`] sends, built and checked but not sent.
    pub fn attach_iso_request(id: i64, body: &AttachServerIsoRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Post, format!("/servers/{}/actions/attach_iso", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Attach a Server to a Network
    ///
    /// Attaches a Server to a network. This will complement the fixed public Server interface by adding an additional ethernet interface to the Server which is connected to the specified network.
    ///
    /// The Server will get an IP auto assigned from a subnet of type `server` in the same `network_zone`.
    ///
    /// Using the `alias_ips` attribute you can also define one or more additional IPs to the Servers. Please note that you will have to configure these IPs by hand on your Server since only the primary IP will be given out by DHCP.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `server_already_attached` | The server is already attached to the network |
    /// | `422` | `ip_not_available` | The provided Network IP is not available |
    /// | `422` | `no_subnet_available` | No Subnet or IP is available for the Server within the network |
    /// | `422` | `networks_overlap` | The network IP range overlaps with one of the server networks |
    ///
    /// `POST /servers/{id}/actions/attach_to_network`
    #[doc(alias = "attach_server_to_network")]
    pub async fn attach_to_network(
        &self,
        id: i64,
        body: &AttachServerToNetworkRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::attach_to_network_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::attach_to_network`] sends, built and checked but not sent.
    pub fn attach_to_network_request(
        id: i64,
        body: &AttachServerToNetworkRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/attach_to_network", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change alias IPs of a Network
    ///
    /// Changes the alias IPs of an already attached Network. Note that the existing aliases for the specified Network will be replaced with these provided in the request body. So if you want to add an alias IP, you have to provide the existing ones from the Network plus the new alias IP in the request body.
    ///
    /// `POST /servers/{id}/actions/change_alias_ips`
    #[doc(alias = "change_server_alias_ips")]
    pub async fn change_alias_ips(
        &self,
        id: i64,
        body: &ChangeServerAliasIpsRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_alias_ips_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_alias_ips`] sends, built and checked but not sent.
    pub fn change_alias_ips_request(
        id: i64,
        body: &ChangeServerAliasIpsRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/change_alias_ips", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change reverse DNS entry for this Server
    ///
    /// Changes the hostname that will appear when getting the hostname belonging to the primary IPs (IPv4 and IPv6) of this Server.
    ///
    /// Floating IPs assigned to the Server are not affected by this.
    ///
    /// `POST /servers/{id}/actions/change_dns_ptr`
    #[doc(alias = "change_server_dns_ptr")]
    pub async fn change_dns_ptr(
        &self,
        id: i64,
        body: &ChangeServerDnsPtrRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_dns_ptr_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_dns_ptr`] sends, built and checked but not sent.
    pub fn change_dns_ptr_request(
        id: i64,
        body: &ChangeServerDnsPtrRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/change_dns_ptr", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change Server Protection
    ///
    /// Changes the protection configuration of the Server.
    ///
    /// `POST /servers/{id}/actions/change_protection`
    #[doc(alias = "change_server_protection")]
    pub async fn change_protection(
        &self,
        id: i64,
        body: &ChangeServerProtectionRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_protection_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_protection`] sends, built and checked but not sent.
    pub fn change_protection_request(
        id: i64,
        body: &ChangeServerProtectionRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/change_protection", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Change the Type of a Server
    ///
    /// Changes the type (Cores, RAM and disk sizes) of a Server.
    ///
    /// Server must be powered off for this command to succeed.
    ///
    /// This copies the content of its disk, and starts it again.
    ///
    /// You can only migrate to Server types with the same `storage_type` and equal or bigger disks. Shrinking disks is not possible as it might destroy data.
    ///
    /// If the disk gets upgraded, the Server type can not be downgraded any more. If you plan to downgrade the Server type, set `upgrade_disk` to `false`.
    ///
    /// #### Operation specific errors
    ///
    /// | Status | Code | Description |
    /// | --- | --- | --- |
    /// | `422` | `invalid_server_type` | The server type does not fit for the given server or is deprecated |
    /// | `422` | `server_not_stopped` | The action requires a stopped server |
    ///
    /// `POST /servers/{id}/actions/change_type`
    #[doc(alias = "change_server_type")]
    pub async fn change_type(
        &self,
        id: i64,
        body: &ChangeServerTypeRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::change_type_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::change_type`] sends, built and checked but not sent.
    pub fn change_type_request(
        id: i64,
        body: &ChangeServerTypeRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Post, format!("/servers/{}/actions/change_type", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Create Image from a Server
    ///
    /// Creates an Image (snapshot) from a Server by copying the contents of its disks. This creates a snapshot of the current state of the disk and copies it into an Image. If the Server is currently running you must make sure that its disk content is consistent. Otherwise, the created Image may not be readable.
    ///
    /// To make sure disk content is consistent, we recommend to shut down the Server prior to creating an Image.
    ///
    /// You can either create a `backup` Image that is bound to the Server and therefore will be deleted when the Server is deleted, or you can create a `snapshot` Image which is completely independent of the Server it was created from and will survive Server deletion. Backup Images are only available when the backup option is enabled for the Server. Snapshot Images are billed on a per GB basis.
    ///
    /// `POST /servers/{id}/actions/create_image`
    #[doc(alias = "create_server_image")]
    pub async fn create_image(
        &self,
        id: i64,
        body: &CreateServerImageRequest,
    ) -> crate::Result<crate::Response<CreateServerImageResponse>> {
        let req = Self::create_image_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::create_image`] sends, built and checked but not sent.
    pub fn create_image_request(
        id: i64,
        body: &CreateServerImageRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/create_image", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Detach a Server from a Network
    ///
    /// Detaches a Server from a network. The interface for this network will vanish.
    ///
    /// `POST /servers/{id}/actions/detach_from_network`
    #[doc(alias = "detach_server_from_network")]
    pub async fn detach_from_network(
        &self,
        id: i64,
        body: &DetachServerFromNetworkRequest,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::detach_from_network_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::detach_from_network`] sends, built and checked but not sent.
    pub fn detach_from_network_request(
        id: i64,
        body: &DetachServerFromNetworkRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/detach_from_network", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Detach an ISO from a Server
    ///
    /// Detaches an ISO from a Server. In case no ISO Image is attached to the Server, the status of the returned Action is immediately set to `success`.
    ///
    /// `POST /servers/{id}/actions/detach_iso`
    #[doc(alias = "detach_server_iso")]
    pub async fn detach_iso(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::detach_iso_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::detach_iso`] sends, built and checked but not sent.
    pub fn detach_iso_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Post, format!("/servers/{}/actions/detach_iso", id));
        Ok(req)
    }

    /// Disable Backups for a Server
    ///
    /// Disables the automatic backup option and deletes all existing Backups for a Server. No more additional charges for backups will be made.
    ///
    /// Caution: This immediately removes all existing backups for the Server!
    ///
    /// `POST /servers/{id}/actions/disable_backup`
    #[doc(alias = "disable_server_backup")]
    pub async fn disable_backup(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::disable_backup_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::disable_backup`] sends, built and checked but not sent.
    pub fn disable_backup_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/disable_backup", id),
        );
        Ok(req)
    }

    /// Disable Rescue Mode for a Server
    ///
    /// Disables the Hetzner Rescue System for a Server. This makes a Server start from its disks on next reboot.
    ///
    /// Rescue Mode is automatically disabled when you first boot into it or if you do not use it for 60 minutes.
    ///
    /// Disabling rescue mode will not reboot your Server — you will have to do this yourself.
    ///
    /// `POST /servers/{id}/actions/disable_rescue`
    #[doc(alias = "disable_server_rescue")]
    pub async fn disable_rescue(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::disable_rescue_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::disable_rescue`] sends, built and checked but not sent.
    pub fn disable_rescue_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/disable_rescue", id),
        );
        Ok(req)
    }

    /// Enable and Configure Backups for a Server
    ///
    /// Enables and configures the automatic daily backup option for the Server. Enabling automatic backups will increase the price of the Server by 20%. In return, you will get seven slots where Images of type backup can be stored.
    ///
    /// Backups are automatically created daily.
    ///
    /// `POST /servers/{id}/actions/enable_backup`
    #[doc(alias = "enable_server_backup")]
    pub async fn enable_backup(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::enable_backup_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::enable_backup`] sends, built and checked but not sent.
    pub fn enable_backup_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/enable_backup", id),
        );
        Ok(req)
    }

    /// Enable Rescue Mode for a Server
    ///
    /// Enable the Hetzner Rescue System for this Server. The next time a Server with enabled rescue mode boots it will start a special minimal Linux distribution designed for repair and reinstall.
    ///
    /// In case a Server cannot boot on its own you can use this to access a Server’s disks.
    ///
    /// Rescue Mode is automatically disabled when you first boot into it or if you do not use it for 60 minutes.
    ///
    /// Enabling rescue mode will not [reboot](https://docs.hetzner.cloud/#server-actions-soft-reboot-a-server) your Server — you will have to do this yourself.
    ///
    /// `POST /servers/{id}/actions/enable_rescue`
    #[doc(alias = "enable_server_rescue")]
    pub async fn enable_rescue(
        &self,
        id: i64,
        body: &EnableServerRescueRequest,
    ) -> crate::Result<crate::Response<EnableServerRescueResponse>> {
        let req = Self::enable_rescue_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::enable_rescue`] sends, built and checked but not sent.
    pub fn enable_rescue_request(
        id: i64,
        body: &EnableServerRescueRequest,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/enable_rescue", id),
        );
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Power off a Server
    ///
    /// Cuts power to the Server. This forcefully stops it without giving the Server operating system time to gracefully stop. May lead to data loss, equivalent to pulling the power cord. Power off should only be used when shutdown does not work.
    ///
    /// `POST /servers/{id}/actions/poweroff`
    #[doc(alias = "poweroff_server")]
    pub async fn power_off(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::power_off_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::power_off`] sends, built and checked but not sent.
    pub fn power_off_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Post, format!("/servers/{}/actions/poweroff", id));
        Ok(req)
    }

    /// Power on a Server
    ///
    /// Starts a Server by turning its power on.
    ///
    /// `POST /servers/{id}/actions/poweron`
    #[doc(alias = "poweron_server")]
    pub async fn power_on(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::power_on_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::power_on`] sends, built and checked but not sent.
    pub fn power_on_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Post, format!("/servers/{}/actions/poweron", id));
        Ok(req)
    }

    /// Soft-reboot a Server
    ///
    /// Reboots a Server gracefully by sending an ACPI request. The Server operating system must support ACPI and react to the request, otherwise the Server will not reboot.
    ///
    /// `POST /servers/{id}/actions/reboot`
    #[doc(alias = "reboot_server")]
    pub async fn reboot(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::reboot_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::reboot`] sends, built and checked but not sent.
    pub fn reboot_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Post, format!("/servers/{}/actions/reboot", id));
        Ok(req)
    }

    /// Rebuild a Server from an Image
    ///
    /// Rebuilds a Server overwriting its disk with the content of an Image, thereby **destroying all data** on the target Server
    ///
    /// The Image can either be one you have created earlier (`backup` or `snapshot` Image) or it can be a completely fresh `system` Image provided by us. You can get a list of all available Images with `GET /images`.
    ///
    /// Your Server will automatically be powered off before the rebuild command executes.
    ///
    /// `POST /servers/{id}/actions/rebuild`
    #[doc(alias = "rebuild_server")]
    pub async fn rebuild(
        &self,
        id: i64,
        body: &RebuildServerRequest,
    ) -> crate::Result<crate::Response<RebuildServerResponse>> {
        let req = Self::rebuild_request(id, body)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::rebuild`] sends, built and checked but not sent.
    pub fn rebuild_request(id: i64, body: &RebuildServerRequest) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Post, format!("/servers/{}/actions/rebuild", id));
        body.check()?;
        req = req.json(body)?;
        Ok(req)
    }

    /// Remove from Placement Group
    ///
    /// Removes a Server from a Placement Group.
    ///
    /// `POST /servers/{id}/actions/remove_from_placement_group`
    #[doc(alias = "remove_server_from_placement_group")]
    pub async fn remove_from_placement_group(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::remove_from_placement_group_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::remove_from_placement_group`] sends, built and checked but not sent.
    pub fn remove_from_placement_group_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/remove_from_placement_group", id),
        );
        Ok(req)
    }

    /// Request Console for a Server
    ///
    /// Requests credentials for remote access via VNC over websocket to keyboard, monitor, and mouse for a Server. The provided URL is valid for 1 minute, after this period a new url needs to be created to connect to the Server. How long the connection is open after the initial connect is not subject to this timeout.
    ///
    /// `POST /servers/{id}/actions/request_console`
    #[doc(alias = "request_server_console")]
    pub async fn request_console(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<RequestServerConsoleResponse>> {
        let req = Self::request_console_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::request_console`] sends, built and checked but not sent.
    pub fn request_console_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/request_console", id),
        );
        Ok(req)
    }

    /// Reset a Server
    ///
    /// Cuts power to a Server and starts it again. This forcefully stops it without giving the Server operating system time to gracefully stop. This may lead to data loss, it’s equivalent to pulling the power cord and plugging it in again. Reset should only be used when reboot does not work.
    ///
    /// `POST /servers/{id}/actions/reset`
    #[doc(alias = "reset_server")]
    pub async fn reset(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::reset_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::reset`] sends, built and checked but not sent.
    pub fn reset_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Post, format!("/servers/{}/actions/reset", id));
        Ok(req)
    }

    /// Reset root Password of a Server
    ///
    /// Resets the root password. Only works for Linux systems that are running the qemu guest agent. Server must be powered on (status `running`) in order for this operation to succeed.
    ///
    /// This will generate a new password for this Server and return it.
    ///
    /// If this does not succeed you can use the rescue system to netboot the Server and manually change your Server password by hand.
    ///
    /// `POST /servers/{id}/actions/reset_password`
    #[doc(alias = "reset_server_password")]
    pub async fn reset_password(
        &self,
        id: i64,
    ) -> crate::Result<crate::Response<EnableServerRescueResponse>> {
        let req = Self::reset_password_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::reset_password`] sends, built and checked but not sent.
    pub fn reset_password_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(
            Method::Post,
            format!("/servers/{}/actions/reset_password", id),
        );
        Ok(req)
    }

    /// Shutdown a Server
    ///
    /// Shuts down a Server gracefully by sending an ACPI shutdown request. The Server operating system must support ACPI
    /// and react to the request, otherwise the Server will not shut down. Please note that the `action` status in this case
    /// only reflects whether the action was sent to the server. It does not mean that the server actually shut down
    /// successfully. If you need to ensure that the server is off, use the `poweroff` action.
    ///
    /// `POST /servers/{id}/actions/shutdown`
    #[doc(alias = "shutdown_server")]
    pub async fn shutdown(&self, id: i64) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::shutdown_request(id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::shutdown`] sends, built and checked but not sent.
    pub fn shutdown_request(id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let req = ApiRequest::new(Method::Post, format!("/servers/{}/actions/shutdown", id));
        Ok(req)
    }

    /// Get an Action for a Server
    ///
    /// **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.
    ///
    /// Returns a specific Action object for a Server.
    ///
    /// `GET /servers/{id}/actions/{action_id}`
    #[deprecated(
        note = "This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details."
    )]
    pub async fn get_server_action(
        &self,
        id: i64,
        action_id: i64,
    ) -> crate::Result<crate::Response<ActionResponse>> {
        let req = Self::get_server_action_request(id, action_id)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_server_action`] sends, built and checked but not sent.
    pub fn get_server_action_request(id: i64, action_id: i64) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        crate::checks::id("action_id", action_id)?;
        let req = ApiRequest::new(
            Method::Get,
            format!("/servers/{}/actions/{}", id, action_id),
        );
        Ok(req)
    }

    /// Get Metrics for a Server
    ///
    /// Get Metrics for specified Server.
    ///
    /// You must specify the type of metric to get: cpu, disk or network. You can also specify more than one type by comma separation, e.g. cpu,disk.
    ///
    /// Depending on the type you will get different time series data
    ///
    /// | Type    | Timeseries              | Unit      | Description                                          |
    /// |---------|-------------------------|-----------|------------------------------------------------------|
    /// | cpu     | cpu                     | percent   | Percent CPU usage                                    |
    /// | disk    | disk.0.iops.read        | iop/s     | Number of read IO operations per second              |
    /// |         | disk.0.iops.write       | iop/s     | Number of write IO operations per second             |
    /// |         | disk.0.bandwidth.read   | bytes/s   | Bytes read per second                                |
    /// |         | disk.0.bandwidth.write  | bytes/s   | Bytes written per second                             |
    /// | network | network.0.pps.in        | packets/s | Public Network interface packets per second received |
    /// |         | network.0.pps.out       | packets/s | Public Network interface packets per second sent     |
    /// |         | network.0.bandwidth.in  | bytes/s   | Public Network interface bytes/s received            |
    /// |         | network.0.bandwidth.out | bytes/s   | Public Network interface bytes/s sent                |
    ///
    /// Metrics are available for the last 30 days only.
    ///
    /// If you do not provide the step argument we will automatically adjust it so that a maximum of 200 samples are returned.
    ///
    /// We limit the number of samples returned to a maximum of 500 and will adjust the step parameter accordingly.
    ///
    /// `GET /servers/{id}/metrics`
    #[doc(alias = "get_server_metrics")]
    pub async fn get_metrics(
        &self,
        id: i64,
        params: &GetServerMetricsParams,
    ) -> crate::Result<crate::Response<GetLoadBalancerMetricsResponse>> {
        let req = Self::get_metrics_request(id, params)?;
        self.client.execute(req, &self.opts).await
    }

    /// The request [`Self::get_metrics`] sends, built and checked but not sent.
    pub fn get_metrics_request(
        id: i64,
        params: &GetServerMetricsParams,
    ) -> crate::Result<ApiRequest> {
        crate::checks::id("id", id)?;
        let mut req = ApiRequest::new(Method::Get, format!("/servers/{}/metrics", id));
        params.append_to(&mut req.query)?;
        Ok(req)
    }

    /// Looks up a Server by ID or by exact name (a string of digits is an ID); `Ok(None)` when
    /// there is none. One request either way.
    #[doc(alias = "get_by_name")]
    pub async fn find(
        &self,
        id_or_name: impl Into<crate::IdOrName>,
    ) -> crate::Result<Option<Server>> {
        match id_or_name.into() {
            crate::IdOrName::Id(id) => match self.get(id).await {
                Ok(r) => Ok(r.data.server),
                Err(e) if e.is(crate::ErrorCode::NotFound) => Ok(None),
                Err(e) => Err(e),
            },
            crate::IdOrName::Name(name) => {
                let page = self.list(&ListServersParams::default().name(name)).await?;
                Ok(page.data.servers.into_iter().next())
            }
        }
    }
}
