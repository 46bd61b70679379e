"""The extract stage: documents in, typed, dated, placed and counted event mentions out."""

from __future__ import annotations

from assay.extract.batch import extract_documents
from assay.extract.registry import Extractor, available_extractors, get_extractor

__all__ = ["Extractor", "available_extractors", "extract_documents", "get_extractor"]
