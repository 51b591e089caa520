"""Exceptions raised by hetzcloud.

``Error`` is the root. ``APIError`` (and one subclass per common API error code) means the
API answered with an error; ``TransportError``, ``TimeoutError``, ``ActionFailedError`` and
``WaitTimeoutError`` cover the rest. ``InvalidArgumentError`` (a ``ValueError``) means the
input was rejected before anything was sent.
"""

from __future__ import annotations

import builtins
from typing import Any, Dict, List, Mapping, Optional

__all__ = [
    "Error",
    "APIError",
    "NotFoundError",
    "InvalidInputError",
    "UniquenessError",
    "RateLimitError",
    "ConflictError",
    "LockedError",
    "ProtectedError",
    "UnauthorizedError",
    "ForbiddenError",
    "ResourceLimitExceededError",
    "ResourceUnavailableError",
    "ResourceInUseError",
    "JSONError",
    "MaintenanceError",
    "ServerError",
    "ServiceError",
    "UnavailableError",
    "UnsupportedError",
    "TokenReadonlyError",
    "DeprecatedAPIEndpointError",
    "PlacementError",
    "APITimeoutError",
    "BadGatewayError",
    "MethodNotAllowedError",
    "TransportError",
    "TimeoutError",
    "DecodeError",
    "ActionFailedError",
    "WaitTimeoutError",
    "InvalidArgumentError",
]


class Error(Exception):
    """Base class of every error raised by hetzcloud."""


class APIError(Error):
    """The API answered with an error.

    Attributes:
        code: the API's error code, e.g. ``"not_found"``.
        message: the API's human-readable message.
        details: the ``details`` object of the answer (a dict, possibly empty).
        status: the HTTP status, e.g. 404.
        correlation_id: the ``X-Correlation-Id`` header, to quote to Hetzner support.
    """

    def __init__(
        self,
        text: str,
        *,
        code: str,
        message: str,
        details: Optional[Dict[str, Any]] = None,
        status: int = 0,
        correlation_id: Optional[str] = None,
    ) -> None:
        super().__init__(text)
        self.code = code
        self.message = message
        self.details: Dict[str, Any] = details or {}
        self.status = status
        self.correlation_id = correlation_id


class InvalidInputError(APIError):
    """``invalid_input``: the API rejected the request's input.

    ``fields`` maps each field at fault to its messages.
    """

    @property
    def fields(self) -> Dict[str, List[str]]:
        """Field name → messages, from the error's details."""
        out: Dict[str, List[str]] = {}
        for f in self.details.get("fields", []) or []:
            out[str(f.get("name"))] = list(f.get("messages") or [])
        return out


class UniquenessError(InvalidInputError):
    """``uniqueness_error``: a field that must be unique (a name, say) is taken."""


class NotFoundError(APIError):
    """``not_found``: the resource does not exist."""


class RateLimitError(APIError):
    """``rate_limit_exceeded``: too many requests (retried automatically first)."""


class ConflictError(APIError):
    """``conflict``: the resource changed meanwhile (retried automatically first)."""


class LockedError(APIError):
    """``locked``: another action is running on the resource."""


class ProtectedError(APIError):
    """``protected``: the resource is protected against this change."""


class UnauthorizedError(APIError):
    """``unauthorized``: the token is missing or invalid."""


class ForbiddenError(APIError):
    """``forbidden``: the token may not do this (read-only token, say)."""


class TokenReadonlyError(ForbiddenError):
    """``token_readonly``: the token is read-only."""


class ResourceLimitExceededError(APIError):
    """``resource_limit_exceeded``: a project limit was hit. ``limits`` names them."""

    @property
    def limits(self) -> List[str]:
        """The names of the limits hit."""
        return [str(x.get("name")) for x in self.details.get("limits", []) or []]


class ResourceUnavailableError(APIError):
    """``resource_unavailable``: the resource is not available right now."""


class ResourceInUseError(APIError):
    """``resource_in_use``: the resource is still used by another."""


class JSONError(APIError):
    """``json_error``: the request body was not valid JSON."""


class MaintenanceError(APIError):
    """``maintenance``: the API is in maintenance."""


class ServerError(APIError):
    """``server_error``: an error inside the API."""


class ServiceError(APIError):
    """``service_error``: an error in a service behind the API."""


class UnavailableError(APIError):
    """``unavailable``: the service is unavailable."""


class UnsupportedError(APIError):
    """``unsupported_error``: the action is not supported for this resource."""


class DeprecatedAPIEndpointError(APIError):
    """``deprecated_api_endpoint``: the endpoint was removed."""


class PlacementError(APIError):
    """``placement_error``: no host can hold the server (try another location or type)."""


class APITimeoutError(APIError):
    """``timeout``: the API timed out handling the request."""


class BadGatewayError(APIError):
    """``bad_gateway``: a proxy in front of the API failed."""


class MethodNotAllowedError(APIError):
    """``method_not_allowed``: the HTTP method is not allowed here."""


class TransportError(Error):
    """The request did not complete (connection refused or dropped, TLS, DNS).

    ``connect`` is true when no connection was made, so the request was certainly not sent.
    """

    def __init__(self, text: str, *, connect: bool = False) -> None:
        super().__init__(text)
        self.connect = connect


class TimeoutError(Error, builtins.TimeoutError):
    """No complete answer arrived within the client's timeout."""


class DecodeError(Error):
    """The answer did not have the shape the API description says (``path`` names where)."""

    def __init__(self, text: str, *, path: str = "", status: int = 0) -> None:
        super().__init__(text)
        self.path = path
        self.status = status


class ActionFailedError(Error):
    """One or more awaited actions ended in ``error``.

    ``failed`` lists every failed action as dicts with ``id``, ``command``, ``code`` and
    ``message``.
    """

    def __init__(self, text: str, *, failed: List[Dict[str, Any]]) -> None:
        super().__init__(text)
        self.failed = failed


class WaitTimeoutError(Error, builtins.TimeoutError):
    """The wait's deadline passed while actions were still running.

    ``pending`` lists them (``id``, ``command``, ``progress``); ``waited`` is in seconds.
    """

    def __init__(self, text: str, *, pending: List[Dict[str, Any]], waited: float) -> None:
        super().__init__(text)
        self.pending = pending
        self.waited = waited


class InvalidArgumentError(Error, ValueError):
    """The input was rejected before anything was sent. ``field`` names the argument."""

    def __init__(self, text: str, *, field: str = "", reason: str = "") -> None:
        super().__init__(text)
        self.field = field
        self.reason = reason


_BY_CODE: Dict[str, type] = {
    "not_found": NotFoundError,
    "invalid_input": InvalidInputError,
    "uniqueness_error": UniquenessError,
    "rate_limit_exceeded": RateLimitError,
    "conflict": ConflictError,
    "locked": LockedError,
    "protected": ProtectedError,
    "unauthorized": UnauthorizedError,
    "forbidden": ForbiddenError,
    "token_readonly": TokenReadonlyError,
    "resource_limit_exceeded": ResourceLimitExceededError,
    "resource_unavailable": ResourceUnavailableError,
    "resource_in_use": ResourceInUseError,
    "json_error": JSONError,
    "maintenance": MaintenanceError,
    "server_error": ServerError,
    "service_error": ServiceError,
    "unavailable": UnavailableError,
    "unsupported_error": UnsupportedError,
    "deprecated_api_endpoint": DeprecatedAPIEndpointError,
    "placement_error": PlacementError,
    "timeout": APITimeoutError,
    "bad_gateway": BadGatewayError,
    "method_not_allowed": MethodNotAllowedError,
}


def error_class(code: str) -> type:
    """The exception class raised for API error ``code`` (``APIError`` for others)."""
    return _BY_CODE.get(code, APIError)


def _from_native(kind: str, text: str, info: Mapping[str, Any]) -> Error:
    """Builds the exception for a core error (called by the native module)."""
    if kind == "api":
        cls = error_class(str(info["code"]))
        return cls(  # type: ignore[no-any-return]
            text,
            code=info["code"],
            message=info.get("api_message", ""),
            details=info.get("details") or {},
            status=info.get("status", 0),
            correlation_id=info.get("correlation_id"),
        )
    if kind == "transport":
        return TransportError(text, connect=bool(info.get("connect")))
    if kind == "timeout":
        return TimeoutError(text)
    if kind == "decode":
        return DecodeError(text, path=info.get("path", ""), status=info.get("status", 0))
    if kind == "invalid_input":
        return InvalidArgumentError(text, field=info.get("field", ""), reason=info.get("reason", ""))
    if kind == "action_failed":
        return ActionFailedError(text, failed=list(info.get("failed", [])))
    if kind == "wait_timeout":
        return WaitTimeoutError(text, pending=list(info.get("pending", [])), waited=float(info.get("waited", 0.0)))
    return Error(text)
