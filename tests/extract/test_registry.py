"""The extractor registry and the batch runner."""

from __future__ import annotations

import pytest
from tests.extract.conftest import make_doc

from assay.errors import ExtractError, RegistryError
from assay.extract import available_extractors, extract_documents, get_extractor


def test_rules_v1_is_registered() -> None:
    ex = get_extractor("rules.v1")
    assert ex.name == "rules.v1"
    assert "rules.v1" in available_extractors()


def test_unknown_name_lists_the_available_ones() -> None:
    with pytest.raises(RegistryError, match=r"No extractor named 'rules\.v9'\. Available: .*rules\.v1"):
        get_extractor("rules.v9")


def _docs() -> list:
    return [
        make_doc("Police detained three men in Osh.", doc_id=1),
        make_doc("x", doc_id=2, kind="table-row", fields={"unrelated": "1"}),
        make_doc("A car bomb exploded near a police checkpoint.", doc_id=3),
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_document_yields_its_error_and_the_batch_goes_on(workers: int) -> None:
    seen: list[int] = []
    out = list(extract_documents(_docs(), workers=workers, progress=seen.append))
    assert [d.id for d, _ in out] == [1, 2, 3]
    assert isinstance(out[1][1], ExtractError) and "neither ACLED nor GTD" in str(out[1][1])
    assert [m.event_type for m in out[0][1]] == ["arrest"]  # type: ignore[union-attr]
    assert [m.event_type for m in out[2][1]] == ["bombing"]  # type: ignore[union-attr]
    assert sum(seen) == 3
