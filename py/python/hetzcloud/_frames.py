"""pandas conversions (pandas is imported only here, on first use)."""

from __future__ import annotations

from typing import Any, Iterable


def _pandas() -> Any:
    try:
        import pandas  # type: ignore[import-untyped]
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe() needs pandas: pip install pandas") from e
    return pandas


def list_frame(items: Iterable[Any]) -> Any:
    """One row per model, nested objects flattened with dotted column names."""
    pd = _pandas()
    rows = [x.to_dict() if hasattr(x, "to_dict") else x for x in items]
    frame = pd.json_normalize(rows) if rows else pd.DataFrame()
    for col in ("created", "started", "finished"):
        if col in frame.columns:
            frame[col] = pd.to_datetime(frame[col], utc=True)
    if "id" in frame.columns:
        frame = frame.set_index("id")
    return frame


def to_dataframe(obj: Any) -> Any:
    """A model as a DataFrame. Metrics (anything with ``time_series``, or an answer with
    ``metrics``) become one time-indexed column per series; other models one row."""
    pd = _pandas()
    metrics = getattr(obj, "metrics", None)
    series_holder = metrics if metrics is not None and hasattr(metrics, "time_series") else obj
    ts = getattr(series_holder, "time_series", None)
    if isinstance(ts, dict):
        columns = {}
        for name, series in ts.items():
            values = series.values if hasattr(series, "values") else series["values"]
            index = pd.to_datetime([float(t) for t, _ in values], unit="s", utc=True)
            columns[name] = pd.Series([float(v) for _, v in values], index=index)
        frame = pd.DataFrame(columns)
        frame.index.name = "time"
        return frame
    return list_frame([obj])
