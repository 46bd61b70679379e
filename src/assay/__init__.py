"""assay: an offline workbench for intelligence and OSINT analysts."""

__version__ = "0.1.0"
