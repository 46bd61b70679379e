"""Event tables in the ACLED and GTD export layouts: one document per row, columns kept as fields."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from assay.collect.draft import Draft, parse_when
from assay.collect.notes import decode_bytes
from assay.errors import InputError

ACLED_COLUMNS = {"event_id_cnty", "event_date", "event_type", "notes"}
GTD_COLUMNS = {"eventid", "iyear", "imonth", "iday", "summary"}


def _acled(row: dict[str, str], origin: str) -> Draft:
    text = (row.get("notes") or "").strip()
    if not text:
        raise InputError(f"{origin}: ACLED row {row.get('event_id_cnty')} has empty notes")
    where = ", ".join(v for v in (row.get("location"), row.get("admin1"), row.get("country")) if v)
    title = f"{row.get('event_type', 'Event')}: {where} ({row.get('event_date', '')})".strip()
    return Draft(text=text, origin=origin, title=title, outlet="ACLED",
                 published_at=parse_when(row.get("event_date")), kind="table-row",
                 fields={"layout": "acled", **row})


def _gtd(row: dict[str, str], origin: str) -> Draft:
    text = (row.get("summary") or "").strip()
    if not text:
        raise InputError(f"{origin}: GTD row {row.get('eventid')} has an empty summary")
    published = None
    try:
        year, month, day = int(row["iyear"]), int(row.get("imonth") or 0), int(row.get("iday") or 0)
        published = datetime(year, max(month, 1), max(day, 1))
    except (KeyError, ValueError):
        pass
    where = ", ".join(v for v in (row.get("city"), row.get("provstate"), row.get("country_txt")) if v)
    title = f"{row.get('attacktype1_txt') or 'Incident'}: {where}".strip()
    return Draft(text=text, origin=origin, title=title, outlet="GTD",
                 published_at=published, kind="table-row", fields={"layout": "gtd", **row})


def read_table(path: Path) -> list[Draft | InputError]:
    """Read an ACLED- or GTD-layout CSV; rows that cannot be read become errors, the rest go on."""
    text = decode_bytes(path.read_bytes(), str(path))
    try:
        reader = csv.DictReader(io.StringIO(text))
        columns = {c.strip().lower() for c in reader.fieldnames or ()}
    except csv.Error as exc:
        raise InputError(f"{path}: malformed CSV ({exc})") from None
    if columns >= ACLED_COLUMNS:
        make = _acled
    elif columns >= GTD_COLUMNS:
        make = _gtd
    else:
        raise InputError(f"{path}: CSV columns match neither the ACLED layout "
                         f"(needs {sorted(ACLED_COLUMNS)}) "
                         f"nor the GTD layout (needs {sorted(GTD_COLUMNS)})")
    out: list[Draft | InputError] = []
    try:
        for number, row in enumerate(reader, 2):
            clean = {str(k).strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
            try:
                out.append(make(clean, f"{path}:{number}"))
            except InputError as exc:
                out.append(exc)
    except csv.Error as exc:
        out.append(InputError(f"{path}: malformed CSV ({exc})"))
    return out
