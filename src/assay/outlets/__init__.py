"""Outlet registry: who published a piece of reporting, and how far its reporting is usually trusted."""

from assay.outlets.registry import DEFAULT_RATIONALE, OutletRegistry, load_registry

__all__ = ["DEFAULT_RATIONALE", "OutletRegistry", "load_registry"]
