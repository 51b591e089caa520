# Generated from cloud.spec.json by xtask. Do not edit.
"""The resources of `Client` and `AsyncClient`: one method per API operation."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, List, Literal, Mapping, Optional, Sequence, Union

from .._base import (
    ActionsExtras,
    AsyncActionsExtras,
    AsyncListIterator,
    AsyncResource,
    IdRef,
    ListIterator,
    Page,
    Ref,
    SyncResource,
)

if TYPE_CHECKING:
    from .. import _native as m

__all__: List[str] = []


class ZonesResource(SyncResource):
    """Operations on zones: `client.zones.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, mode: Optional[Literal["primary", "secondary"]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None) -> ListIterator[m.Zone]:
        """List Zones

        Returns all Zones.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            mode: Filter resources by their mode.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_zones` (GET /zones).
        """
        return self._list("list_zones", {"name": name, "mode": mode, "label_selector": label_selector, "sort": sort})

    def list_page(self, *, name: Optional[str] = None, mode: Optional[Literal["primary", "secondary"]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Zone]:
        """List Zones

        Returns all Zones.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            mode: Filter resources by their mode.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zones` (GET /zones).
        """
        return Page(self._call("list_zones", {"name": name, "mode": mode, "label_selector": label_selector, "sort": sort, "page": page, "per_page": per_page}), "zones")

    def create(self, *, name: str, mode: Literal["primary", "secondary"], ttl: Optional[int] = None, labels: Optional[Mapping[str, str]] = None, primary_nameservers: Optional[Sequence[Mapping[str, Any]]] = None, rrsets: Optional[Sequence[Mapping[str, Any]]] = None, zonefile: Optional[str] = None) -> m.CreateZoneResponse:
        """Create a Zone

        Creates a Zone.

        Args:
            name: Name of the Zone.
            mode: Mode of the Zone.
            ttl: Default Time To Live (TTL) of the Zone.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            primary_nameservers: Primary nameservers of the Zone.
            rrsets: RRSets to be added to the Zone.
            zonefile: Zone file to import.

        Operation `create_zone` (POST /zones).
        """
        return self._call("create_zone", {"name": name, "mode": mode, "ttl": ttl, "labels": labels, "primary_nameservers": primary_nameservers, "rrsets": rrsets, "zonefile": zonefile})  # type: ignore[no-any-return]

    def get(self, id_or_name: Union[IdRef, str]) -> m.Zone:
        """Get a Zone

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_zone` (GET /zones/{id_or_name}).
        """
        return self._get("get_zone", "zone", id_or_name, None, "id_or_name")  # type: ignore[no-any-return]

    def update(self, id_or_name: str, *, labels: Optional[Mapping[str, str]] = None) -> m.GetZoneResponse:
        """Update a Zone

        Updates a Zone.

        Args:
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_zone` (PUT /zones/{id_or_name}).
        """
        return self._call("update_zone", {"id_or_name": id_or_name, "labels": labels})  # type: ignore[no-any-return]

    def delete(self, id_or_name: str) -> m.ActionResponse:
        """Delete a Zone

        Deletes a Zone.

        Operation `delete_zone` (DELETE /zones/{id_or_name}).
        """
        return self._call("delete_zone", {"id_or_name": id_or_name})  # type: ignore[no-any-return]

    def get_zonefile(self, id_or_name: str) -> m.GetZoneZonefileResponse:
        """Export a Zone file

        Returns a generated Zone file in BIND (RFC [1034](https://datatracker.ietf.org/doc/html/rfc1034)/[1035](https://datatracker.ietf.org/doc/html/rfc1035)) format.

        Operation `get_zone_zonefile` (GET /zones/{id_or_name}/zonefile).
        """
        return self._call("get_zone_zonefile", {"id_or_name": id_or_name})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions

        Returns all Zone Actions.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_zones_actions` (GET /zones/actions).
        """
        return self._list("list_zones_actions", {"id": id, "sort": sort, "status": status})

    def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Zone Actions.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zones_actions` (GET /zones/actions).
        """
        return Page(self._call("list_zones_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action.

        Operation `get_zones_action` (GET /zones/actions/{id}).
        """
        return self._call("get_zones_action", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id_or_name: str, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> ListIterator[m.Action]:
        """List Actions for a Zone

        Returns all Actions for a Zone.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_zone_actions` (GET /zones/{id_or_name}/actions).
        """
        return self._list("list_zone_actions", {"id_or_name": id_or_name, "sort": sort, "status": status})

    def list_actions_for_page(self, id_or_name: str, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Zone

        Returns all Actions for a Zone.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zone_actions` (GET /zones/{id_or_name}/actions).
        """
        return Page(self._call("list_zone_actions", {"id_or_name": id_or_name, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    def get_zone_action(self, id_or_name: str, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Zone

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_zone_action` (GET /zones/{id_or_name}/actions/{action_id}).
        """
        return self._call("get_zone_action", {"id_or_name": id_or_name, "action_id": action_id})  # type: ignore[no-any-return]

    def change_primary_nameservers(self, id_or_name: str, *, primary_nameservers: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Change a Zone's Primary Nameservers

        Overwrites the primary nameservers of a Zone.

        Args:
            primary_nameservers: Primary nameservers of the Zone.

        Operation `change_zone_primary_nameservers` (POST /zones/{id_or_name}/actions/change_primary_nameservers).
        """
        return self._call("change_zone_primary_nameservers", {"id_or_name": id_or_name, "primary_nameservers": primary_nameservers})  # type: ignore[no-any-return]

    def change_protection(self, id_or_name: str, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change a Zone's Protection

        Changes the protection configuration of a Zone.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_zone_protection` (POST /zones/{id_or_name}/actions/change_protection).
        """
        return self._call("change_zone_protection", {"id_or_name": id_or_name, "delete": delete})  # type: ignore[no-any-return]

    def change_ttl(self, id_or_name: str, *, ttl: int) -> m.ActionResponse:
        """Change a Zone's Default TTL

        Changes the default Time To Live (TTL) of a Zone.

        Args:
            ttl: Default Time To Live (TTL) of the Zone.

        Operation `change_zone_ttl` (POST /zones/{id_or_name}/actions/change_ttl).
        """
        return self._call("change_zone_ttl", {"id_or_name": id_or_name, "ttl": ttl})  # type: ignore[no-any-return]

    def import_zonefile(self, id_or_name: str, *, zonefile: str) -> m.ActionResponse:
        """Import a Zone file

        Imports a zone file, replacing all resource record sets (RRSets).

        Args:
            zonefile: Generated zone file.

        Operation `import_zone_zonefile` (POST /zones/{id_or_name}/actions/import_zonefile).
        """
        return self._call("import_zone_zonefile", {"id_or_name": id_or_name, "zonefile": zonefile})  # type: ignore[no-any-return]

    def list_rrsets(self, id_or_name: str, *, name: Optional[str] = None, type: Optional[Union[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], Sequence[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]]]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None) -> ListIterator[m.RrSet]:
        """List RRSets

        Returns all RRSets in the Zone.

        Returns a lazy iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            type: Filter resources by their type. May be used multiple times.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_zone_rrsets` (GET /zones/{id_or_name}/rrsets).
        """
        return self._list("list_zone_rrsets", {"id_or_name": id_or_name, "name": name, "type": type, "label_selector": label_selector, "sort": sort})

    def list_rrsets_page(self, id_or_name: str, *, name: Optional[str] = None, type: Optional[Union[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], Sequence[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]]]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.RrSet]:
        """List RRSets

        Returns all RRSets in the Zone.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            type: Filter resources by their type. May be used multiple times.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zone_rrsets` (GET /zones/{id_or_name}/rrsets).
        """
        return Page(self._call("list_zone_rrsets", {"id_or_name": id_or_name, "name": name, "type": type, "label_selector": label_selector, "sort": sort, "page": page, "per_page": per_page}), "rrsets")

    def create_rrset(self, id_or_name: str, *, name: str, type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], records: Sequence[Mapping[str, Any]], ttl: Optional[int] = None, labels: Optional[Mapping[str, str]] = None) -> m.CreateZoneRrsetResponse:
        """Create an RRSet

        Create an RRSet in the Zone.

        Args:
            name: Name of the RRSet.
            type: Type of the RRSet.
            ttl: Time To Live (TTL) of the RRSet.
            records: Records of the RRSet.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".

        Operation `create_zone_rrset` (POST /zones/{id_or_name}/rrsets).
        """
        return self._call("create_zone_rrset", {"id_or_name": id_or_name, "name": name, "type": type, "ttl": ttl, "records": records, "labels": labels})  # type: ignore[no-any-return]

    def get_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]) -> m.GetZoneRrsetResponse:
        """Get an RRSet

        Returns a single RRSet from the Zone.

        Operation `get_zone_rrset` (GET /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return self._call("get_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type})  # type: ignore[no-any-return]

    def update_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, labels: Optional[Mapping[str, str]] = None) -> m.GetZoneRrsetResponse:
        """Update an RRSet

        Updates an RRSet in the Zone.

        Args:
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_zone_rrset` (PUT /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return self._call("update_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "labels": labels})  # type: ignore[no-any-return]

    def delete_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]) -> m.ActionResponse:
        """Delete an RRSet

        Deletes an RRSet from the Zone.

        Operation `delete_zone_rrset` (DELETE /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return self._call("delete_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type})  # type: ignore[no-any-return]

    def change_rrset_protection(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, change: bool) -> m.ActionResponse:
        """Change an RRSet's Protection

        Changes the protection of an RRSet in the Zone.

        Args:
            change: Prevent the Resource from being changed.

        Operation `change_zone_rrset_protection` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_protection).
        """
        return self._call("change_zone_rrset_protection", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "change": change})  # type: ignore[no-any-return]

    def change_rrset_ttl(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, ttl: Optional[int] = None) -> m.ActionResponse:
        """Change an RRSet's TTL

        Changes the Time To Live (TTL) of an RRSet in the Zone.

        Args:
            ttl: Time To Live (TTL) of the RRSet.

        Operation `change_zone_rrset_ttl` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_ttl).
        """
        return self._call("change_zone_rrset_ttl", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "ttl": ttl})  # type: ignore[no-any-return]

    def set_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Set Records of an RRSet

        Overwrites the resource records (RRs) of an existing RRSet in the Zone.

        Args:
            records: Records to set in the RRSet.

        Operation `set_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/set_records).
        """
        return self._call("set_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]

    def add_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]], ttl: Optional[int] = None) -> m.ActionResponse:
        """Add Records to an RRSet

        Adds resource records (RRs) to an RRSet in the Zone.

        Args:
            ttl: Time To Live (TTL) of the RRSet.
            records: Records to add to the RRSet.

        Operation `add_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/add_records).
        """
        return self._call("add_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "ttl": ttl, "records": records})  # type: ignore[no-any-return]

    def remove_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Remove Records from an RRSet

        Removes resource records (RRs) from an existing RRSet in the Zone.

        Args:
            records: Records to set in the RRSet.

        Operation `remove_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/remove_records).
        """
        return self._call("remove_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]

    def update_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Update Records of an RRSet

        Updates resource records' (RRs) comments of an existing RRSet in the Zone.

        Args:
            records: Records to update in the RRSet.

        Operation `update_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/update_records).
        """
        return self._call("update_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]


__all__.append("ZonesResource")


class AsyncZonesResource(AsyncResource):
    """Operations on zones (awaitable): `client.zones.<method>(...)`."""

    def list(self, *, name: Optional[str] = None, mode: Optional[Literal["primary", "secondary"]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None) -> AsyncListIterator[m.Zone]:
        """List Zones

        Returns all Zones.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            mode: Filter resources by their mode.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_zones` (GET /zones).
        """
        return self._list("list_zones", {"name": name, "mode": mode, "label_selector": label_selector, "sort": sort})

    async def list_page(self, *, name: Optional[str] = None, mode: Optional[Literal["primary", "secondary"]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Zone]:
        """List Zones

        Returns all Zones.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            mode: Filter resources by their mode.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zones` (GET /zones).
        """
        return Page(await self._call("list_zones", {"name": name, "mode": mode, "label_selector": label_selector, "sort": sort, "page": page, "per_page": per_page}), "zones")

    async def create(self, *, name: str, mode: Literal["primary", "secondary"], ttl: Optional[int] = None, labels: Optional[Mapping[str, str]] = None, primary_nameservers: Optional[Sequence[Mapping[str, Any]]] = None, rrsets: Optional[Sequence[Mapping[str, Any]]] = None, zonefile: Optional[str] = None) -> m.CreateZoneResponse:
        """Create a Zone

        Creates a Zone.

        Args:
            name: Name of the Zone.
            mode: Mode of the Zone.
            ttl: Default Time To Live (TTL) of the Zone.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".
            primary_nameservers: Primary nameservers of the Zone.
            rrsets: RRSets to be added to the Zone.
            zonefile: Zone file to import.

        Operation `create_zone` (POST /zones).
        """
        return await self._call("create_zone", {"name": name, "mode": mode, "ttl": ttl, "labels": labels, "primary_nameservers": primary_nameservers, "rrsets": rrsets, "zonefile": zonefile})  # type: ignore[no-any-return]

    async def get(self, id_or_name: Union[IdRef, str]) -> m.Zone:
        """Get a Zone

        Looks the resource up by ID or by name and returns it (raises `NotFoundError` if there is none).

        Operation `get_zone` (GET /zones/{id_or_name}).
        """
        return await self._get("get_zone", "zone", id_or_name, None, "id_or_name")  # type: ignore[no-any-return]

    async def update(self, id_or_name: str, *, labels: Optional[Mapping[str, str]] = None) -> m.GetZoneResponse:
        """Update a Zone

        Updates a Zone.

        Args:
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_zone` (PUT /zones/{id_or_name}).
        """
        return await self._call("update_zone", {"id_or_name": id_or_name, "labels": labels})  # type: ignore[no-any-return]

    async def delete(self, id_or_name: str) -> m.ActionResponse:
        """Delete a Zone

        Deletes a Zone.

        Operation `delete_zone` (DELETE /zones/{id_or_name}).
        """
        return await self._call("delete_zone", {"id_or_name": id_or_name})  # type: ignore[no-any-return]

    async def get_zonefile(self, id_or_name: str) -> m.GetZoneZonefileResponse:
        """Export a Zone file

        Returns a generated Zone file in BIND (RFC [1034](https://datatracker.ietf.org/doc/html/rfc1034)/[1035](https://datatracker.ietf.org/doc/html/rfc1035)) format.

        Operation `get_zone_zonefile` (GET /zones/{id_or_name}/zonefile).
        """
        return await self._call("get_zone_zonefile", {"id_or_name": id_or_name})  # type: ignore[no-any-return]

    def list_actions(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions

        Returns all Zone Actions.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_zones_actions` (GET /zones/actions).
        """
        return self._list("list_zones_actions", {"id": id, "sort": sort, "status": status})

    async def list_actions_page(self, *, id: Optional[Union[IdRef, Sequence[IdRef]]] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions

        Returns all Zone Actions.

        Returns one page: `.items` and `.pagination`.

        Args:
            id: Filter the actions by ID. May be used multiple times.
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zones_actions` (GET /zones/actions).
        """
        return Page(await self._call("list_zones_actions", {"id": id, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_action(self, id: IdRef) -> m.ActionResponse:
        """Get an Action

        Returns a specific Action.

        Operation `get_zones_action` (GET /zones/actions/{id}).
        """
        return await self._call("get_zones_action", {"id": id})  # type: ignore[no-any-return]

    def list_actions_for(self, id_or_name: str, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None) -> AsyncListIterator[m.Action]:
        """List Actions for a Zone

        Returns all Actions for a Zone.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.

        Operation `list_zone_actions` (GET /zones/{id_or_name}/actions).
        """
        return self._list("list_zone_actions", {"id_or_name": id_or_name, "sort": sort, "status": status})

    async def list_actions_for_page(self, id_or_name: str, *, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"], Sequence[Literal["id", "id:asc", "id:desc", "command", "command:asc", "command:desc", "status", "status:asc", "status:desc", "started", "started:asc", "started:desc", "finished", "finished:asc", "finished:desc"]]]] = None, status: Optional[Union[Literal["running", "success", "error"], Sequence[Literal["running", "success", "error"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.Action]:
        """List Actions for a Zone

        Returns all Actions for a Zone.

        Returns one page: `.items` and `.pagination`.

        Args:
            sort: Sort actions by field and direction. May be used multiple times.
            status: Filter the actions by status. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zone_actions` (GET /zones/{id_or_name}/actions).
        """
        return Page(await self._call("list_zone_actions", {"id_or_name": id_or_name, "sort": sort, "status": status, "page": page, "per_page": per_page}), "actions")

    async def get_zone_action(self, id_or_name: str, action_id: IdRef) -> m.ActionResponse:
        """Get an Action for a Zone

        Deprecated: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        **Deprecated**: This operation is deprecated, see our [changelog](https://docs.hetzner.cloud/changelog#2026-04-30-deprecate-get-resource-action-endpoints) for more details.

        Operation `get_zone_action` (GET /zones/{id_or_name}/actions/{action_id}).
        """
        return await self._call("get_zone_action", {"id_or_name": id_or_name, "action_id": action_id})  # type: ignore[no-any-return]

    async def change_primary_nameservers(self, id_or_name: str, *, primary_nameservers: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Change a Zone's Primary Nameservers

        Overwrites the primary nameservers of a Zone.

        Args:
            primary_nameservers: Primary nameservers of the Zone.

        Operation `change_zone_primary_nameservers` (POST /zones/{id_or_name}/actions/change_primary_nameservers).
        """
        return await self._call("change_zone_primary_nameservers", {"id_or_name": id_or_name, "primary_nameservers": primary_nameservers})  # type: ignore[no-any-return]

    async def change_protection(self, id_or_name: str, *, delete: Optional[bool] = None) -> m.ActionResponse:
        """Change a Zone's Protection

        Changes the protection configuration of a Zone.

        Args:
            delete: If true, prevents the snapshot from being deleted.

        Operation `change_zone_protection` (POST /zones/{id_or_name}/actions/change_protection).
        """
        return await self._call("change_zone_protection", {"id_or_name": id_or_name, "delete": delete})  # type: ignore[no-any-return]

    async def change_ttl(self, id_or_name: str, *, ttl: int) -> m.ActionResponse:
        """Change a Zone's Default TTL

        Changes the default Time To Live (TTL) of a Zone.

        Args:
            ttl: Default Time To Live (TTL) of the Zone.

        Operation `change_zone_ttl` (POST /zones/{id_or_name}/actions/change_ttl).
        """
        return await self._call("change_zone_ttl", {"id_or_name": id_or_name, "ttl": ttl})  # type: ignore[no-any-return]

    async def import_zonefile(self, id_or_name: str, *, zonefile: str) -> m.ActionResponse:
        """Import a Zone file

        Imports a zone file, replacing all resource record sets (RRSets).

        Args:
            zonefile: Generated zone file.

        Operation `import_zone_zonefile` (POST /zones/{id_or_name}/actions/import_zonefile).
        """
        return await self._call("import_zone_zonefile", {"id_or_name": id_or_name, "zonefile": zonefile})  # type: ignore[no-any-return]

    def list_rrsets(self, id_or_name: str, *, name: Optional[str] = None, type: Optional[Union[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], Sequence[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]]]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None) -> AsyncListIterator[m.RrSet]:
        """List RRSets

        Returns all RRSets in the Zone.

        Returns a lazy async iterator over every item of every page (fetched ahead, in order); `.collect()` gives a list.

        Args:
            name: Filter resources by their name.
            type: Filter resources by their type. May be used multiple times.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.

        Operation `list_zone_rrsets` (GET /zones/{id_or_name}/rrsets).
        """
        return self._list("list_zone_rrsets", {"id_or_name": id_or_name, "name": name, "type": type, "label_selector": label_selector, "sort": sort})

    async def list_rrsets_page(self, id_or_name: str, *, name: Optional[str] = None, type: Optional[Union[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], Sequence[Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]]]] = None, label_selector: Optional[str] = None, sort: Optional[Union[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"], Sequence[Literal["id", "id:asc", "id:desc", "name", "name:asc", "name:desc", "created", "created:asc", "created:desc"]]]] = None, page: Optional[int] = None, per_page: Optional[int] = None) -> Page[m.RrSet]:
        """List RRSets

        Returns all RRSets in the Zone.

        Returns one page: `.items` and `.pagination`.

        Args:
            name: Filter resources by their name.
            type: Filter resources by their type. May be used multiple times.
            label_selector: Filter resources by labels.
            sort: Sort resources by field and direction. May be used multiple times.
            page: Page number to return. For more information, see "Pagination".
            per_page: Maximum number of entries returned per page. For more information, see "Pagination".

        Operation `list_zone_rrsets` (GET /zones/{id_or_name}/rrsets).
        """
        return Page(await self._call("list_zone_rrsets", {"id_or_name": id_or_name, "name": name, "type": type, "label_selector": label_selector, "sort": sort, "page": page, "per_page": per_page}), "rrsets")

    async def create_rrset(self, id_or_name: str, *, name: str, type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], records: Sequence[Mapping[str, Any]], ttl: Optional[int] = None, labels: Optional[Mapping[str, str]] = None) -> m.CreateZoneRrsetResponse:
        """Create an RRSet

        Create an RRSet in the Zone.

        Args:
            name: Name of the RRSet.
            type: Type of the RRSet.
            ttl: Time To Live (TTL) of the RRSet.
            records: Records of the RRSet.
            labels: User-defined labels (`key/value` pairs) for the Resource. For more information, see "Labels".

        Operation `create_zone_rrset` (POST /zones/{id_or_name}/rrsets).
        """
        return await self._call("create_zone_rrset", {"id_or_name": id_or_name, "name": name, "type": type, "ttl": ttl, "records": records, "labels": labels})  # type: ignore[no-any-return]

    async def get_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]) -> m.GetZoneRrsetResponse:
        """Get an RRSet

        Returns a single RRSet from the Zone.

        Operation `get_zone_rrset` (GET /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return await self._call("get_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type})  # type: ignore[no-any-return]

    async def update_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, labels: Optional[Mapping[str, str]] = None) -> m.GetZoneRrsetResponse:
        """Update an RRSet

        Updates an RRSet in the Zone.

        Args:
            labels: User-defined labels (`key/value` pairs) for the Resource.

        Operation `update_zone_rrset` (PUT /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return await self._call("update_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "labels": labels})  # type: ignore[no-any-return]

    async def delete_rrset(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"]) -> m.ActionResponse:
        """Delete an RRSet

        Deletes an RRSet from the Zone.

        Operation `delete_zone_rrset` (DELETE /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}).
        """
        return await self._call("delete_zone_rrset", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type})  # type: ignore[no-any-return]

    async def change_rrset_protection(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, change: bool) -> m.ActionResponse:
        """Change an RRSet's Protection

        Changes the protection of an RRSet in the Zone.

        Args:
            change: Prevent the Resource from being changed.

        Operation `change_zone_rrset_protection` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_protection).
        """
        return await self._call("change_zone_rrset_protection", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "change": change})  # type: ignore[no-any-return]

    async def change_rrset_ttl(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, ttl: Optional[int] = None) -> m.ActionResponse:
        """Change an RRSet's TTL

        Changes the Time To Live (TTL) of an RRSet in the Zone.

        Args:
            ttl: Time To Live (TTL) of the RRSet.

        Operation `change_zone_rrset_ttl` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_ttl).
        """
        return await self._call("change_zone_rrset_ttl", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "ttl": ttl})  # type: ignore[no-any-return]

    async def set_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Set Records of an RRSet

        Overwrites the resource records (RRs) of an existing RRSet in the Zone.

        Args:
            records: Records to set in the RRSet.

        Operation `set_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/set_records).
        """
        return await self._call("set_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]

    async def add_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]], ttl: Optional[int] = None) -> m.ActionResponse:
        """Add Records to an RRSet

        Adds resource records (RRs) to an RRSet in the Zone.

        Args:
            ttl: Time To Live (TTL) of the RRSet.
            records: Records to add to the RRSet.

        Operation `add_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/add_records).
        """
        return await self._call("add_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "ttl": ttl, "records": records})  # type: ignore[no-any-return]

    async def remove_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Remove Records from an RRSet

        Removes resource records (RRs) from an existing RRSet in the Zone.

        Args:
            records: Records to set in the RRSet.

        Operation `remove_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/remove_records).
        """
        return await self._call("remove_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]

    async def update_rrset_records(self, id_or_name: str, rr_name: str, rr_type: Literal["A", "AAAA", "CAA", "CNAME", "DS", "HINFO", "HTTPS", "MX", "NS", "PTR", "RP", "SOA", "SRV", "SVCB", "TLSA", "TXT"], *, records: Sequence[Mapping[str, Any]]) -> m.ActionResponse:
        """Update Records of an RRSet

        Updates resource records' (RRs) comments of an existing RRSet in the Zone.

        Args:
            records: Records to update in the RRSet.

        Operation `update_zone_rrset_records` (POST /zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/update_records).
        """
        return await self._call("update_zone_rrset_records", {"id_or_name": id_or_name, "rr_name": rr_name, "rr_type": rr_type, "records": records})  # type: ignore[no-any-return]


__all__.append("AsyncZonesResource")
