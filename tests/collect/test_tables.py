"""Tests for ACLED- and GTD-layout event tables: one document per row, columns kept as fields."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from assay.collect.draft import Draft
from assay.collect.tables import read_table
from assay.errors import InputError

ACLED_HEADER = [
    "data_id",
    "iso",
    "event_id_cnty",
    "event_id_no_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "timestamp",
]
GTD_HEADER = [
    "eventid",
    "iyear",
    "imonth",
    "iday",
    "approxdate",
    "extended",
    "country",
    "country_txt",
    "region",
    "region_txt",
    "provstate",
    "city",
    "latitude",
    "longitude",
    "specificity",
    "summary",
    "attacktype1",
    "attacktype1_txt",
    "targtype1_txt",
    "gname",
    "nkill",
    "nwound",
    "scite1",
    "dbsource",
]


def _acled_row(event_id: str, notes: str) -> dict[str, str]:
    row = dict.fromkeys(ACLED_HEADER, "")
    row.update(
        event_id_cnty=event_id,
        event_date="05 June 2016",
        year="2016",
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        actor1="Unidentified Armed Group (Kazakhstan)",
        country="Kazakhstan",
        admin1="Aktobe",
        location="Aktobe",
        latitude="50.2797",
        longitude="57.2072",
        source="Interfax",
        notes=notes,
        fatalities="3",
    )
    return row


def _write(folder: Path, name: str, header: list[str], rows: list[dict[str, str]]) -> Path:
    path = folder / name
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_acled_rows(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "acled.csv",
        ACLED_HEADER,
        [
            _acled_row("KAZ1", "On 5 June 2016, a suicide bomber attacked a checkpoint in Aktobe; 3 killed."),
            _acled_row("KAZ2", "On 5 June 2016, gunmen robbed a gun shop in Aktobe."),
        ],
    )
    out = read_table(path)
    assert all(isinstance(d, Draft) for d in out)
    first = out[0]
    assert isinstance(first, Draft)
    assert first.kind == "table-row"
    assert first.title == "Explosions/Remote violence: Aktobe, Aktobe, Kazakhstan (05 June 2016)"
    assert first.published_at == datetime(2016, 6, 5)
    assert first.outlet == "ACLED"
    assert first.fields["source"] == "Interfax"
    assert first.fields["layout"] == "acled"
    assert first.fields["fatalities"] == "3" and first.fields["sub_event_type"] == "Suicide bomb"
    assert first.origin == f"{path}:2"


def test_gtd_rows(tmp_path: Path) -> None:
    row = dict.fromkeys(GTD_HEADER, "")
    row.update(
        eventid="201606050001",
        iyear="2016",
        imonth="6",
        iday="5",
        country_txt="Kazakhstan",
        provstate="Aktobe",
        city="Aktobe",
        summary="06/05/2016: Assailants attacked a gun shop in Aktobe.",
        attacktype1_txt="Armed Assault",
        nkill="7",
        gname="Unknown",
    )
    no_day = {**row, "eventid": "201606000002", "iday": "0", "summary": "June 2016: an unknown-day attack."}
    out = read_table(_write(tmp_path, "gtd.csv", GTD_HEADER, [row, no_day]))
    first, second = out
    assert isinstance(first, Draft) and isinstance(second, Draft)
    assert first.title == "Armed Assault: Aktobe, Aktobe, Kazakhstan"
    assert first.published_at == datetime(2016, 6, 5)
    assert first.outlet == "GTD"
    assert first.fields["layout"] == "gtd" and first.fields["nkill"] == "7"
    assert second.published_at == datetime(2016, 6, 1)


def test_unknown_layout_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "other.csv", ["date", "what"], [{"date": "2016", "what": "x"}])
    with pytest.raises(InputError, match=r"other\.csv: CSV columns match neither the ACLED layout"):
        read_table(path)


def test_row_with_empty_notes_is_an_error_and_the_rest_go_on(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "acled.csv",
        ACLED_HEADER,
        [_acled_row("KAZ1", "First event."), _acled_row("KAZ2", ""), _acled_row("KAZ3", "Third event.")],
    )
    out = read_table(path)
    assert [type(o).__name__ for o in out] == ["Draft", "InputError", "Draft"]
    assert str(out[1]) == f"{path}:3: ACLED row KAZ2 has empty notes"


def test_malformed_csv_keeps_rows_before_the_fault(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "acled.csv",
        ACLED_HEADER,
        [_acled_row("KAZ1", "First event."), _acled_row("KAZ2", "x" * 200_000), _acled_row("KAZ3", "Third.")],
    )
    out = read_table(path)
    assert isinstance(out[0], Draft)
    assert isinstance(out[-1], InputError) and "malformed CSV" in str(out[-1])


def test_short_row_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    header = ",".join(ACLED_HEADER)
    path.write_text(f"{header}\nKAZ9\n", encoding="utf-8")
    [only] = read_table(path)
    assert isinstance(only, InputError)
