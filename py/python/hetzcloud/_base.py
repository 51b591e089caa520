"""Generic pieces the generated resources are built from (hand-written)."""

from __future__ import annotations

import sys
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Callable,
    Dict,
    Generic,
    Iterable,
    Iterator,
    List,
    Optional,
    TypeVar,
    Union,
)

from . import _native
from .errors import NotFoundError

if sys.version_info >= (3, 8):
    from typing import Protocol
else:  # pragma: no cover
    from typing_extensions import Protocol

if TYPE_CHECKING:
    from ._native import Action, Pagination

T = TypeVar("T")


class SupportsId(Protocol):
    """Any model object with an ``id`` (passed where the API takes a resource's ID)."""

    @property
    def id(self) -> int: ...


IdRef = Union[int, SupportsId]
"""A resource given by its ID or by a model object."""

Ref = Union[int, str, SupportsId]
"""A resource given by ID, by name, or by a model object."""


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, dict):
        if "name" in v:
            return str(v["name"])
        if "id" in v:
            return str(v["id"])
        return "{…}"
    if isinstance(v, list):
        return f"[{len(v)}]"
    s = str(v)
    return s if len(s) <= 40 else s[:39] + "…"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ModelList(List[T]):
    """A list of models that renders as a table in Jupyter and converts to pandas."""

    def _repr_html_(self) -> str:
        """An HTML table: one row per model, the top-level fields as columns."""
        rows = [x.to_dict() if hasattr(x, "to_dict") else {"value": x} for x in self[:200]]
        first = ["id", "name", "status", "type", "command", "progress", "created"]
        cols: List[str] = [c for c in first if any(c in r for r in rows)]
        for r in rows:
            for k, v in r.items():
                scalar = not isinstance(v, (list, dict)) or (isinstance(v, dict) and "name" in v)
                if k not in cols and scalar and v is not None:
                    cols.append(k)
        cols = cols[:10]
        head = "".join(f"<th>{_esc(c)}</th>" for c in cols)
        body = "".join(
            "<tr>" + "".join(f"<td>{_esc(_cell(r.get(c)))}</td>" for c in cols) + "</tr>" for r in rows
        )
        more = f"<p>… {len(self) - 200} more</p>" if len(self) > 200 else ""
        return f'<table class="hetzcloud"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}'

    def to_dataframe(self) -> Any:
        """A pandas DataFrame with one row per model (needs pandas)."""
        from ._frames import list_frame

        return list_frame(self)


class ListIterator(Generic[T]):
    """Every item of a list operation, fetched lazily page by page (pages ahead in parallel,
    items in order). Iterate it, or ``.collect()`` everything into a list."""

    __slots__ = ("_stream",)

    def __init__(self, stream: _native.ItemStream) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[T]:
        return self._stream

    def __next__(self) -> T:
        return next(self._stream)  # type: ignore[no-any-return]

    def collect(self) -> ModelList[T]:
        """All (remaining) items as a list."""
        return ModelList(self._stream.collect())

    def close(self) -> None:
        """Stops fetching further pages (pages in flight are dropped)."""
        self._stream.close()

    def to_dataframe(self) -> Any:
        """All (remaining) items as a pandas DataFrame (needs pandas)."""
        return self.collect().to_dataframe()


class AsyncListIterator(Generic[T]):
    """The async form of ``ListIterator``: ``async for item in ...`` or ``await .collect()``."""

    __slots__ = ("_stream",)

    def __init__(self, stream: _native.ItemStream) -> None:
        self._stream = stream

    def __aiter__(self) -> AsyncIterator[T]:
        return self._stream

    async def __anext__(self) -> T:
        return await self._stream.__anext__()  # type: ignore[no-any-return]

    async def collect(self) -> ModelList[T]:
        """All (remaining) items as a list."""
        out: ModelList[T] = ModelList()
        async for x in self._stream:
            out.append(x)
        return out

    async def to_dataframe(self) -> Any:
        """All (remaining) items as a pandas DataFrame (needs pandas)."""
        return (await self.collect()).to_dataframe()


class Page(Generic[T]):
    """One page of a list: ``items``, ``pagination`` (page, per_page, last_page,
    total_entries ...) and the whole ``response``."""

    __slots__ = ("response", "items", "pagination")

    def __init__(self, response: Any, items_field: str) -> None:
        self.response = response
        self.items: ModelList[T] = ModelList(getattr(response, items_field))
        meta = getattr(response, "meta", None)
        self.pagination: Optional[Pagination] = meta.pagination if meta is not None else None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Page({len(self.items)} items, pagination={self.pagination!r})"

    def _repr_html_(self) -> str:
        return self.items._repr_html_()


def _not_found(kind: str, name: str) -> NotFoundError:
    return NotFoundError(
        f"not_found (HTTP 404): no {kind} named {name!r}",
        code="not_found",
        message=f"no {kind} named {name!r}",
        status=404,
    )


def _by_name(ident: Any, list_op: Optional[str]) -> bool:
    return list_op is not None and isinstance(ident, str) and not ident.isdigit()


class SyncResource:
    """Base of the blocking resources (``client.servers`` ...)."""

    __slots__ = ("_client", "_native")

    def __init__(self, client: Any) -> None:
        self._client = client
        self._native: _native.NativeClient = client._native

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def _call(self, op: str, args: Dict[str, Any]) -> Any:
        return self._native.call(op, args, self._client.actions)

    def _list(self, op: str, args: Dict[str, Any]) -> ListIterator[Any]:
        return ListIterator(self._native.list(op, args))

    def _get(self, op: str, field: str, ident: Any, list_op: Optional[str], key: str) -> Any:
        if _by_name(ident, list_op):
            for found in self._native.list(list_op, {"name": ident}):  # type: ignore[arg-type]
                return found
            raise _not_found(field.replace("_", " "), ident)
        return getattr(self._call(op, {key: ident}), field)


class AsyncResource:
    """Base of the awaitable resources (``AsyncClient().servers`` ...)."""

    __slots__ = ("_client", "_native")

    def __init__(self, client: Any) -> None:
        self._client = client
        self._native: _native.NativeClient = client._native

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    async def _call(self, op: str, args: Dict[str, Any]) -> Any:
        return await self._native.call_async(op, args, self._client.actions)

    def _list(self, op: str, args: Dict[str, Any]) -> AsyncListIterator[Any]:
        return AsyncListIterator(self._native.list(op, args))

    async def _get(self, op: str, field: str, ident: Any, list_op: Optional[str], key: str) -> Any:
        if _by_name(ident, list_op):
            async for found in self._native.list(list_op, {"name": ident}):  # type: ignore[arg-type]
                return found
            raise _not_found(field.replace("_", " "), ident)
        return getattr(await self._call(op, {key: ident}), field)


Progress = Union[bool, Callable[["Action"], Any], None]


def _action_ids(actions: Iterable[Any]) -> List[int]:
    ids: List[int] = []
    for a in actions:
        if a is None:
            continue
        if isinstance(a, (list, tuple, ModelList)):
            ids.extend(_action_ids(a))
        elif isinstance(a, int):
            ids.append(a)
        else:
            ids.append(int(a.id))
    return ids


class ActionsExtras:
    """``client.actions.wait(...)``."""

    __slots__ = ()

    def wait(self, *actions: Any, timeout: Optional[float] = None, progress: Progress = False) -> ModelList[Action]:
        """Waits until every given action (Action objects, IDs, or lists of them) has finished.

        Polls all of them together (one request per 50 actions per round). ``timeout`` in
        seconds (default: the client's, one hour). ``progress=True`` shows a progress bar
        (tqdm when installed, a plain line otherwise); a callable gets each updated Action.

        Returns the finished actions in the order given. Raises ``ActionFailedError`` listing
        every failed action, or ``WaitTimeoutError`` listing those still running.
        """
        from ._progress import reporter

        ids = _action_ids(actions)
        cb, done = reporter(progress, len(ids))
        try:
            return ModelList(self._native.wait(ids, timeout, cb))  # type: ignore[attr-defined]
        finally:
            done()


class AsyncActionsExtras:
    """``await client.actions.wait(...)``."""

    __slots__ = ()

    async def wait(self, *actions: Any, timeout: Optional[float] = None, progress: Progress = False) -> ModelList[Action]:
        """Waits until every given action (Action objects, IDs, or lists of them) has finished.

        Same as ``Client.actions.wait``, awaitable.
        """
        from ._progress import reporter

        ids = _action_ids(actions)
        cb, done = reporter(progress, len(ids))
        try:
            return ModelList(await self._native.wait_async(ids, timeout, cb))  # type: ignore[attr-defined]
        finally:
            done()
