"""Harvard references on tricky cases: one outlet thrice a year, no author, no date, non-Latin."""

from __future__ import annotations

from datetime import UTC, datetime

from assay.model import Document
from assay.produce.references import build_references, sort_references


def _doc(
    doc_id: int,
    outlet: str,
    day: tuple[int, int, int] | None,
    title: str = "A title",
    *,
    author: str | None = None,
    url: str | None = "https://example.org/x",
) -> Document:
    published = datetime(*day, tzinfo=UTC) if day else None
    return Document(
        doc_id,
        f"h{doc_id}",
        title,
        "text",
        outlet.casefold() if outlet else "unknown",
        outlet,
        url=url,
        author=author,
        published_at=published,
        retrieved_at=datetime(2024, 4, 2, tzinfo=UTC),
    )


def test_same_outlet_three_times_in_a_year_gets_a_b_c_in_date_order() -> None:
    docs = {
        3: _doc(3, "Kazinform", (2016, 7, 18)),
        1: _doc(1, "Kazinform", (2016, 6, 5)),
        2: _doc(2, "Kazinform", (2016, 6, 10)),
        4: _doc(4, "Kazinform", (2015, 1, 1)),
    }
    refs = build_references([3, 1, 2, 4], docs)
    assert [refs[i].key for i in (1, 2, 3)] == ["Kazinform 2016a", "Kazinform 2016b", "Kazinform 2016c"]
    assert refs[4].key == "Kazinform 2015"  # alone in its year: no suffix


def test_different_authors_in_one_year_get_no_suffix() -> None:
    docs = {1: _doc(1, "BBC", (2016, 6, 6)), 2: _doc(2, "EurasiaNet", (2016, 6, 7), author="Joanna Lillis")}
    refs = build_references([1, 2], docs)
    assert refs[1].key == "BBC 2016"
    assert refs[2].key == "Lillis 2016"
    assert refs[2].text.startswith("Lillis, J. (2016) ‘A title’, EurasiaNet, 7 June 2016. Available at: ")
    assert refs[2].text.endswith("(Accessed: 2 April 2024).")


def test_no_date_prints_nd_and_undated_works_of_one_author_get_suffixes() -> None:
    docs = {
        1: _doc(1, "BBC", None, "Beta"),
        2: _doc(2, "BBC", None, "Alpha"),
        3: _doc(3, "BBC", (2016, 1, 2)),
    }
    refs = build_references([1, 2, 3], docs)
    assert refs[2].key == "BBC n.d.a" and refs[1].key == "BBC n.d.b"
    assert refs[3].key == "BBC 2016"
    assert "BBC (n.d.a) ‘Alpha’, BBC, n.d. Available" in refs[2].text
    assert [r.key for r in sort_references(refs.values())] == ["BBC 2016", "BBC n.d.a", "BBC n.d.b"]


def test_no_author_no_outlet_no_url_is_anonymous_and_says_so() -> None:
    refs = build_references([7], {7: _doc(7, "", None, "Leaflet", url=None)})
    assert refs[7].key == "Anon. n.d."
    assert refs[7].url == ""
    assert "No URL" in refs[7].text and "outlet not identified" in refs[7].text


def test_non_latin_titles_and_authors_are_kept_verbatim() -> None:
    docs = {
        8: _doc(8, "Tengrinews", (2016, 8, 30), "Взрыв у посольства Китая в Бишкеке", author="Иван Петров")
    }
    ref = build_references([8], docs)[8]
    assert ref.key == "Петров 2016"
    assert ref.text.startswith(
        "Петров, И. (2016) ‘Взрыв у посольства Китая в Бишкеке’, Tengrinews, 30 August 2016."
    )


def test_three_or_more_authors_use_et_al() -> None:
    ref = build_references([1], {1: _doc(1, "X", (2016, 1, 1), author="Ann Lee, Bo Chan, Cy Diaz")})[1]
    assert ref.key == "Lee et al. 2016"
    assert ref.author == "Lee, A., Chan, B. and Diaz, C."


def test_quotations_inside_a_title_take_double_quotes() -> None:
    from assay.produce.references import _inner_quotes

    assert _inner_quotes("Kyrgyzstan 'foils two IS attacks'") == "Kyrgyzstan “foils two IS attacks”"
    assert _inner_quotes("China's embassy") == "China's embassy"


def _row(doc_id: int, layout: str, row_id: str, origin: str) -> Document:
    column = {"acled": "event_id_cnty", "gtd": "eventid"}[layout]
    return Document(
        doc_id,
        f"h{doc_id}",
        "Battles: Bishkek, Kyrgyzstan",
        "notes",
        layout,
        layout.upper(),
        kind="table-row",
        published_at=datetime(2015, 7, 16, tzinfo=UTC),
        retrieved_at=datetime(2024, 4, 2, tzinfo=UTC),
        origin=origin,
        fields={"layout": layout, column: row_id},
    )


def test_event_table_row_cites_dataset_and_row_without_a_path() -> None:
    docs = {
        1: _row(1, "acled", "KGZ1", "examples/case/sources/acled-extract.csv:4"),
        2: _row(2, "gtd", "201507160001", "/home/analyst/gtd.csv:17"),
    }
    refs = build_references([1, 2], docs)
    assert refs[1].text.endswith(
        "No URL; ACLED event KGZ1, row 4 of acled-extract.csv (Accessed: 2 April 2024)."
    )
    assert refs[2].text.endswith(
        "No URL; GTD event 201507160001, row 17 of gtd.csv (Accessed: 2 April 2024)."
    )
    assert not any("/" in r.text.split("No URL")[1] for r in refs.values())
