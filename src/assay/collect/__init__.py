"""The collect stage: read files, URLs, feeds and event tables into stored documents."""

from __future__ import annotations

from assay.collect.collector import CollectOptions, Collector

__all__ = ["CollectOptions", "Collector"]
