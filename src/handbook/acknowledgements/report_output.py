"""The report as a table for the terminal, a CSV file (for a spreadsheet) or an HTML page (to print or send)."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ..errors import display_path
from .report import PersonReading, PolicyReport, Reading, Report
from .responses import Response

CSV_COLUMNS = ("policy", "title", "current_version", "current_code", "status", "name", "email", "role",
               "confirmed_version", "confirmed_code", "confirmed_at", "response_row", "detail")
_PEOPLE_HEADER = ("status", "name", "e-mail", "role", "confirmed", "detail")


class OutputError(Exception):
    """The report cannot be written where asked."""


def summary(report: PolicyReport) -> str:
    meta = report.policy.meta
    total = len(report.people)
    counts = ", ".join(f"{report.count(reading)} {reading}" for reading in Reading if reading is not Reading.CONFIRMED)
    return (f"{meta.title} ({meta.id}), version {meta.version}, code {report.code}: "
            f"{report.count(Reading.CONFIRMED)} of {total} confirmed; {counts}")


def _when(response: Response | None) -> str:
    if response is None:
        return ""
    return response.when.strftime("%Y-%m-%d %H:%M") if response.when else f"row {response.row}"


def _people_rows(report: PolicyReport) -> Iterator[tuple[str, ...]]:
    for entry in report.people:
        yield (str(entry.reading), entry.person.name, entry.person.email, "; ".join(entry.person.roles),
               _when(entry.response), entry.detail)


def notes(report: Report, source: Path) -> list[str]:
    """What the report leaves out: responses from people not on the staff list, or for no known policy."""
    lines = [f"{display_path(source)} row {r.row}: {r.email} is not on the staff list ({r.policy})"
             for r in report.not_on_staff_list]
    lines += [f"{display_path(source)} row {r.row}: '{r.policy}' is no policy of the handbook"
              for r in report.unknown_policy]
    return lines


def as_text(report: Report, source: Path) -> str:
    """Aligned columns, a block per policy: those to chase first."""
    if not report.policies:
        return ("No current policy asks staff to confirm their reading: add 'acknowledge: true' to a policy's "
                "front matter, or give --all-policies.\n")
    blocks = []
    for policy_report in report.policies:
        rows = [_PEOPLE_HEADER, *_people_rows(policy_report)]
        widths = [max(len(row[i]) for row in rows) for i in range(len(_PEOPLE_HEADER))]
        lines = ["  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
                 for row in rows]
        if not policy_report.people:
            lines = ["  nobody on the staff list has a role it applies to"]
        blocks.append("\n".join([summary(policy_report), *lines]))
    if extra := notes(report, source):
        blocks.append("Not counted:\n" + "\n".join(f"  {line}" for line in extra))
    return "\n\n".join(blocks) + "\n"


def _csv_row(policy_report: PolicyReport, entry: PersonReading) -> list[str]:
    meta, response = policy_report.policy.meta, entry.response
    return [meta.id, meta.title, meta.version, policy_report.code, str(entry.reading), entry.person.name,
            entry.person.email, "; ".join(entry.person.roles), response.version if response else "",
            response.code if response else "", _iso(response.when) if response and response.when else "",
            str(response.row) if response else "", entry.detail]


def _iso(moment: datetime) -> str:
    return moment.isoformat(sep=" ", timespec="seconds")


def as_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for policy_report in report.policies:
        for entry in policy_report.people:
            writer.writerow([_spreadsheet_safe(cell) for cell in _csv_row(policy_report, entry)])
    return buffer.getvalue()


def _spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula: names and policy titles come from other people's files."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def as_html(report: Report, source: Path) -> str:
    parts = ["<!DOCTYPE html>", '<html lang="en">', '<meta charset="utf-8">',
             "<title>Policy acknowledgements</title>",
             "<h1>Policy acknowledgements</h1>",
             f"<p>From {html.escape(display_path(source))}.</p>"]
    if not report.policies:
        parts.append("<p>No current policy asks staff to confirm their reading.</p>")
    for policy_report in report.policies:
        parts.append(f"<h2>{html.escape(summary(policy_report))}</h2>")
        header = "".join(f'<th scope="col">{html.escape(cell)}</th>' for cell in _PEOPLE_HEADER)
        rows = "\n".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
                         for row in _people_rows(policy_report))
        parts.append(f"<table>\n<thead><tr>{header}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>")
    if extra := notes(report, source):
        parts.append("<h2>Not counted</h2>\n<ul>\n" + "\n".join(f"<li>{html.escape(line)}</li>" for line in extra)
                     + "\n</ul>")
    return "\n".join(parts) + "\n"


def write(report: Report, source: Path, out: Path) -> None:
    """``out`` as CSV or HTML, by its suffix."""
    suffix = out.suffix.lower()
    if suffix == ".csv":
        content, encoding = as_csv(report), "utf-8-sig"  # the byte-order mark: Excel then reads UTF-8
    elif suffix in (".html", ".htm"):
        content, encoding = as_html(report, source), "utf-8"
    else:
        raise OutputError(f"{out}: write the report to a .csv or .html file")
    try:
        out.write_text(content, encoding=encoding, newline="")
    except OSError as error:
        raise OutputError(f"{out}: cannot be written ({error.strerror})") from None
