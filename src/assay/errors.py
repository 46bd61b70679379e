"""The one error tree every part of assay raises from."""

from __future__ import annotations


class AssayError(Exception):
    """Base of every error assay raises on purpose; its message names the bad value and the way out."""


class CaseError(AssayError):
    """A case folder or its case.toml is missing or invalid."""


class StoreError(AssayError):
    """The database cannot be opened, migrated or written."""


class InputError(AssayError):
    """One input (file, URL, feed, row) cannot be read; the batch goes on."""


class FetchRefused(InputError):
    """A URL was refused by the network guard (private address, size, type, redirects)."""


class RegistryError(AssayError):
    """No registered part (extractor, standard, renderer, rule, template) has the requested name."""


class ExtractError(AssayError):
    """Event extraction failed on a document."""


class AssessError(AssayError):
    """The assess stage cannot run (no mentions, bad hypothesis matrix, ...)."""


class ProduceError(AssayError):
    """A brief cannot be produced or rendered."""


class AuditError(AssayError):
    """A brief cannot be read for audit."""


def unknown_name(kind: str, name: str, available: list[str] | tuple[str, ...]) -> RegistryError:
    """Build the standard 'No X named Y. Available: ...' error."""
    choices = ", ".join(sorted(available)) or "(none registered)"
    return RegistryError(f"No {kind} named {name!r}. Available: {choices}")
