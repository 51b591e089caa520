"""Docstrings on every public class and method, visible in `help()` and in the stubs."""

from __future__ import annotations

import ast
import inspect
import pydoc
from pathlib import Path
from typing import Any, List

import hetzcloud
import hetzcloud.labels
import hetzcloud.testing
from hetzcloud import _native


def _public(obj: Any) -> List[str]:
    return [n for n in dir(obj) if not n.startswith("_")]


def test_public_classes_and_functions_have_docstrings() -> None:
    missing = []
    for mod in (hetzcloud, hetzcloud.errors, hetzcloud.labels, hetzcloud.testing):
        for name in getattr(mod, "__all__", _public(mod)):
            obj = getattr(mod, name)
            if (inspect.isclass(obj) or callable(obj)) and not (obj.__doc__ or "").strip():
                missing.append(f"{mod.__name__}.{name}")
    assert not missing, missing


def test_resource_methods_have_docstrings() -> None:
    missing = []
    for cls in (hetzcloud.Client, hetzcloud.AsyncClient):
        client = cls(token="x", endpoint="http://127.0.0.1:9/v1")
        for name in _public(client):
            res = getattr(client, name)
            if not hasattr(res, "_native") or callable(res):
                if callable(res) and not (res.__doc__ or "").strip():
                    missing.append(f"{cls.__name__}.{name}")
                continue
            if not (type(res).__doc__ or "").strip():
                missing.append(f"{cls.__name__}.{name} (class)")
            for m in _public(res):
                if not (getattr(res, m).__doc__ or "").strip():
                    missing.append(f"{cls.__name__}.{name}.{m}")
    assert not missing, missing


def test_model_classes_have_docstrings() -> None:
    classes = [getattr(_native, n) for n in dir(_native) if inspect.isclass(getattr(_native, n))]
    assert len(classes) > 100
    missing = [c.__name__ for c in classes if not (c.__doc__ or "").strip()]
    assert not missing, missing


def test_help_shows_the_docs() -> None:
    text = pydoc.render_doc(hetzcloud.Client, renderer=pydoc.plaintext)
    assert "blocking client" in text.lower() or "Client" in text
    create = pydoc.render_doc(hetzcloud.Client(token="x").servers.create, renderer=pydoc.plaintext)
    assert "server_type" in create and "Operation `create_server`" in create


def test_the_stubs_have_docstrings() -> None:
    stub = Path(_native.__file__).with_name("_native.pyi")
    if not stub.exists():
        stub = Path(hetzcloud.__file__).with_name("_native.pyi")
    tree = ast.parse(stub.read_text())
    missing = [
        node.name
        for node in tree.body
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)) and ast.get_docstring(node) is None
    ]
    assert not missing, missing
    assert (Path(hetzcloud.__file__).parent / "py.typed").exists()
