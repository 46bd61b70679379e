"""Offline gazetteer: GeoNames cities, ISO 3166 countries and subdivisions, curated exonyms."""

from __future__ import annotations

from assay.gazetteer.gazetteer import Gazetteer, GazetteerError, get_gazetteer

__all__ = ["Gazetteer", "GazetteerError", "get_gazetteer"]
