"""Estimative-language standards (ICD 203, PHIA, NATO) as data, behind a registry of versioned names."""

from __future__ import annotations

from assay.standards.scale import Band, Standard, get_standard, standard_names

__all__ = ["Band", "Standard", "get_standard", "standard_names"]
