"""Tests for the library API: Case.init/open/add/search/status on both backends, and case.toml validation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.conftest import FIXTURES

from assay.config import CASE_FILE
from assay.errors import CaseError
from assay.workbench import Case

QUESTION = "How popular is ISIS in Central Asia?"


def test_init_writes_case_toml_and_opens(backend: str, tmp_path: Path) -> None:
    folder = tmp_path / "central-asia"
    case = Case.init(
        folder,
        QUESTION,
        region="Central Asia",
        countries=("kz", "KG"),
        start=date(2014, 1, 1),
        end=date(2016, 12, 31),
        db=backend,
    )
    try:
        assert (folder / CASE_FILE).is_file()
        assert case.config.case.name == "central-asia"
        assert case.config.case.countries == ("KZ", "KG")
        assert case.config.case.start == date(2014, 1, 1)
        assert case.config.dedup.near_duplicate_threshold == 0.8
        assert case.store.revision() == "0004"
    finally:
        case.close()
    again = Case.open(folder, db=backend)
    try:
        assert again.config.case.question == QUESTION
    finally:
        again.close()


def test_init_twice_is_refused(tmp_path: Path) -> None:
    Case.init(tmp_path / "c", QUESTION).close()
    with pytest.raises(CaseError, match="already exists; open the case instead"):
        Case.init(tmp_path / "c", QUESTION)


def test_open_without_case_toml(tmp_path: Path) -> None:
    with pytest.raises(CaseError, match=r"no case\.toml here; create the case with `assay init"):
        Case.open(tmp_path)


def test_default_database_is_sqlite_in_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSAY_DATABASE_URL", raising=False)
    case = Case.init(tmp_path / "c", QUESTION)
    try:
        assert case.status().database == f"sqlite:///{(tmp_path / 'c' / 'assay.sqlite').resolve()}"
        assert (tmp_path / "c" / "assay.sqlite").exists()
    finally:
        case.close()


def test_environment_variable_points_the_case_elsewhere(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSAY_DATABASE_URL", backend.replace("postgresql+psycopg://", "postgresql://"))
    case = Case.init(tmp_path / "c", QUESTION)
    try:
        assert case.store.dialect == backend.split(":")[0].split("+")[0]
    finally:
        case.close()


def test_add_search_status(backend: str, tmp_path: Path) -> None:
    case = Case.init(tmp_path / "c", QUESTION, db=backend)
    try:
        result = case.add([str(FIXTURES / "pages"), str(tmp_path / "nope.txt")])
        assert (result.added, result.failed) == (2, 1)
        hits = case.search("suicide bombing Aktobe")
        assert hits[0].title == "Suicide bombing kills three in Aktobe"
        assert "[" in hits[0].snippet
        status = case.status()
        assert status.name == "c"
        assert status.counts["documents"] == 2
        assert status.counts["problems"] == 1
        assert status.last_runs["collect"]["summary"] == {
            "added": 2,
            "duplicates": 0,
            "near_duplicates": 0,
            "failed": 1,
        }
        assert "nope.txt" in status.problems[0]["message"]
        assert len(case.documents()) == 2
    finally:
        case.close()


def _write_case(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CASE_FILE).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[case]\nname = "x"\nquestion = "q"\ncountries = ["KZ"\n', r"not valid TOML .*fix the syntax"),
        ('[case]\nname = "x"\n', r"case\.question is required but missing; add it"),
        (
            '[case]\nname = "x"\nquestion = "q"\nquestoin = "typo"\n',
            r"case\.questoin is not a known key; check its spelling or remove it",
        ),
        (
            '[case]\nname = "x"\nquestion = "q"\ncountries = ["Kazakhstan"]\n',
            r"case\.countries \['Kazakhstan'\] are not ISO 3166-1 alpha-2 codes \(use e\.g\. 'KZ'",
        ),
        (
            '[case]\nname = "x"\nquestion = "q"\nstandard = "icd230"\n',
            r"case\.standard no standard named 'icd230'; use one of .*icd203",
        ),
        (
            '[case]\nname = "x"\nquestion = "q"\n[dedup]\nnear_duplicate_threshold = 1.5\n',
            r"dedup\.near_duplicate_threshold",
        ),
    ],
)
def test_invalid_case_toml_names_the_key_and_the_fix(tmp_path: Path, text: str, expected: str) -> None:
    folder = _write_case(tmp_path / "bad", text)
    with pytest.raises(CaseError, match=expected) as caught:
        Case.open(folder)
    assert str(caught.value).startswith(str(folder / CASE_FILE))


def test_copy_from_refuses_to_delete_a_folder_that_is_not_a_case(tmp_path: Path) -> None:
    source = tmp_path / "source"
    Case.init(source, "How popular is ISIS in Central Asia?").close()
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "keep.txt").write_text("analyst notes", encoding="utf-8")
    with pytest.raises(CaseError, match="is not a case folder"):
        Case.copy_from(source, precious)
    assert (precious / "keep.txt").read_text(encoding="utf-8") == "analyst notes"
    copy = Case.copy_from(source, tmp_path / "copy")
    copy.close()
    Case.copy_from(source, tmp_path / "copy").close()  # a previous copy is replaced
