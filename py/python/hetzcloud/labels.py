"""Label checks and label selectors, exactly as the API documents them.

>>> from hetzcloud import labels
>>> str(labels.Selector().eq("env", "prod").not_in("tier", ["db"]))
'env=prod,tier notin (db)'
>>> labels.validate_labels({"env": "prod"})
"""

from __future__ import annotations

from ._native import Selector, validate_key, validate_labels, validate_selector, validate_value

__all__ = ["Selector", "validate_key", "validate_value", "validate_labels", "validate_selector", "selector"]


def selector(**equals: str) -> str:
    """A selector requiring each ``key=value`` given: ``selector(env="prod")`` → ``"env=prod"``."""
    s = Selector()
    for k, v in equals.items():
        s = s.eq(k, v)
    return s.build()
