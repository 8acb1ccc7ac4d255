"""``handbook acknowledgements``: the form's export and the staff list read back into who confirmed what."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from helpers import EXAMPLES

from handbook import cli
from handbook.acknowledgements.form_link import text_hash
from handbook.acknowledgements.report import PolicyNames, Reading, build_report
from handbook.acknowledgements.responses import read_responses
from handbook.acknowledgements.staff import read_staff
from handbook.acknowledgements.tables import TableError, read_table
from handbook.source.handbook_folder import load_handbook

HANDBOOK = load_handbook(EXAMPLES)
ACCEPTABLE_USE = HANDBOOK.policy("acceptable-use")  # versions 1.0, 2.0 and the current 2.1
SAFEGUARDING = HANDBOOK.policy("safeguarding")  # one version: 1.0
CURRENT = text_hash(ACCEPTABLE_USE)
EARLIER = text_hash(HANDBOOK.history(ACCEPTABLE_USE).version("2.0"))

STAFF = """\
Full name,Work e-mail,Job role
Ann Smith, Ann.Smith@School.org ,staff
Bob Jones,bob@school.org,Governors
Cat Lee,cat@school.org,volunteer
Dan Wu,dan@school.org,
Eve Ng,eve@school.org,contractors
"""


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def report_for(tmp_path: Path, export: str | Path, staff: str = STAFF, **named: str):
    export_path = export if isinstance(export, Path) else write(tmp_path / "responses.csv", export)
    names = PolicyNames(HANDBOOK)
    responses = read_responses(read_table(export_path), named, names.is_policy, names.is_version)
    people = read_staff(read_table(write(tmp_path / "staff.csv", staff)))
    return build_report(HANDBOOK, people, responses, every_policy=True)


def readings(report, policy_id: str) -> dict[str, tuple[Reading, str]]:
    (policy_report,) = [p for p in report.policies if p.policy.meta.id == policy_id]
    return {entry.person.email: (entry.reading, entry.detail) for entry in policy_report.people}


def test_odd_column_names_duplicates_old_versions_wrong_codes_and_strangers(tmp_path):
    export = f"""\
Timestamp;Your email;Which policy;Policy version;Code;Please confirm you have read the policy
13/01/2026 09:00:00;ann.smith@school.org;Acceptable Use of IT Policy;2.0;{EARLIER};Yes
14/01/2026 09:00:00;  ANN.SMITH@school.org ;acceptable-use;2.1;{CURRENT};Yes
12/01/2026 09:00:00;ann.smith@school.org;acceptable-use;1.0;;Yes
15/01/2026 09:00:00;bob@school.org;Acceptable Use of IT Policy;2.1;{EARLIER};Yes
16/01/2026 09:00:00;cat@school.org;acceptable-use;2.0;{EARLIER};Yes
16/01/2026 09:00:00;dan@school.org;acceptable-use;2.1;deadbeef0000;Yes
17/01/2026 09:00:00;zed@elsewhere.org;acceptable-use;2.1;{CURRENT};Yes
17/01/2026 09:00:00;ann.smith@school.org;No Such Policy;1.0;;Yes
"""
    report = report_for(tmp_path, export)
    assert readings(report, "acceptable-use") == {
        "ann.smith@school.org": (Reading.CONFIRMED, ""),  # the latest of three (by time, not row) counts
        "bob@school.org": (Reading.EARLIER_VERSION, "version 2.0"),  # the code is 2.0's text
        "cat@school.org": (Reading.EARLIER_VERSION, "version 2.0"),
        "dan@school.org": (Reading.TEXT_DIFFERS, "code deadbeef0000 matches no published version"),
    }, "Eve (contractors) is not asked: Acceptable Use applies to staff, governors and volunteers"
    assert readings(report, "safeguarding") == {email: (Reading.NOT_CONFIRMED, "") for email in
                                                ("ann.smith@school.org", "bob@school.org", "cat@school.org",
                                                 "dan@school.org")}
    assert [(r.row, r.email) for r in report.not_on_staff_list] == [(8, "zed@elsewhere.org")]
    assert [(r.row, r.policy) for r in report.unknown_policy] == [(9, "No Such Policy")]


def test_without_a_time_column_the_later_row_counts_and_columns_are_found_by_their_values(tmp_path):
    export = f"""\
Q1,Q2,Q3
bob@school.org,acceptable-use,{CURRENT}
bob@school.org,acceptable-use,{EARLIER}
cat@school.org,acceptable-use,{EARLIER}
cat@school.org,acceptable-use,{CURRENT}
"""
    found = readings(report_for(tmp_path, export), "acceptable-use")
    assert found["bob@school.org"][0] is Reading.EARLIER_VERSION
    assert found["cat@school.org"][0] is Reading.CONFIRMED


def test_columns_named_on_the_command_line_win(tmp_path):
    export = """\
Manager email,Respondent,Policy,Version
boss@school.org,cat@school.org,acceptable-use,2.1
"""
    assert readings(report_for(tmp_path, export), "acceptable-use")["cat@school.org"][0] is Reading.NOT_CONFIRMED
    named = readings(report_for(tmp_path, export, email="respondent"), "acceptable-use")
    assert named["cat@school.org"][0] is Reading.CONFIRMED
    with pytest.raises(TableError, match=r"responses\.csv: has no column 'Mail' \(given with --email-column\)"):
        report_for(tmp_path, export, email="Mail")


def test_a_microsoft_forms_workbook_with_dates_as_dates(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name", "Policy", "Version", "Code"])
    sheet.append([1, datetime(2026, 1, 15, 9), datetime(2026, 1, 15, 9, 5), "Cat@School.org", "Cat Lee",
                  "acceptable-use", "2.1", CURRENT])
    sheet.append([2, datetime(2026, 1, 14, 9), datetime(2026, 1, 14, 9, 5), "cat@school.org", "Cat Lee",
                  "acceptable-use", "2.0", EARLIER])  # earlier in time, later in the sheet
    sheet.append([3, datetime(2026, 1, 16, 9), datetime(2026, 1, 16, 9, 5), "bob@school.org", "Bob Jones",
                  "Safeguarding and Child Protection Policy", 1.0, text_hash(SAFEGUARDING)])  # a number
    workbook.save(tmp_path / "responses.xlsx")
    report = report_for(tmp_path, tmp_path / "responses.xlsx")
    assert readings(report, "acceptable-use")["cat@school.org"][0] is Reading.CONFIRMED
    assert readings(report, "safeguarding")["bob@school.org"][0] is Reading.CONFIRMED


@pytest.mark.parametrize("export", ["", "\n\n", "Email,Policy,Version\n"])
def test_an_empty_export_is_no_error_and_nobody_has_confirmed(tmp_path, export):
    report = report_for(tmp_path, export)
    assert {reading for policy in report.policies for reading, _ in readings(report, policy.policy.meta.id).values()} \
        == {Reading.NOT_CONFIRMED}


@pytest.mark.parametrize(
    ("export", "message"),
    [
        ("Email,Policy,Version\nann.smith@school.org,acceptable-use,2.1\n,acceptable-use,2.1\n",
         r"responses\.csv row 3: no e-mail address in column 'Email'"),
        ("Email,Policy,Version\nanonymous,acceptable-use,2.1\n",
         r"responses\.csv row 2: 'anonymous' in column 'Email' is not an e-mail address"),
        ("Email,Policy,Version\nann.smith@school.org,,2.1\n", r"responses\.csv row 2: no policy in column 'Policy'"),
        ("Email,Policy,Version,Timestamp\nann.smith@school.org,acceptable-use,2.1,next Tuesday-ish\n",
         r"responses\.csv row 2: 'next Tuesday-ish' in column 'Timestamp' is not a date and time"),
        ("Email,Policy\nann.smith@school.org,acceptable-use\n",
         r"responses\.csv row 1: no column holds the version or the text code"),
        ("Name,Policy,Version\nAnn,acceptable-use,2.1\n", r"responses\.csv row 1: no column holds the responder's"),
    ],
)
def test_a_bad_row_or_file_is_named_by_file_and_row(tmp_path, export, message):
    with pytest.raises(TableError, match=message):
        report_for(tmp_path, export)


@pytest.mark.parametrize(
    ("staff", "message"),
    [
        ("Name,Email,Role\nAnn,ann@school.org,staff\nBob,,staff\n", r"staff\.csv row 3: no e-mail address"),
        ("Name,Email\nAnn,ann@school.org\nAnn again,ANN@school.org\n",
         r"staff\.csv row 3: ANN@school.org is listed twice \(first on row 2\)"),
        ("Name,Role\nAnn,staff\n", r"staff\.csv row 1: no column holds e-mail addresses"),
    ],
)
def test_a_bad_staff_list_is_named_by_file_and_row(tmp_path, staff, message):
    with pytest.raises(TableError, match=message):
        report_for(tmp_path, "Email,Policy,Version\n", staff=staff)


def test_text_files_in_windows_1252_and_utf_16_are_read(tmp_path):
    text = "Email\tPolicy\tVersion\tName\ncat@school.org\tacceptable-use\t2.1\tSiân\n"
    for encoding in ("cp1252", "utf-16"):
        table = read_table(write(tmp_path / f"{encoding}.csv", text, encoding))
        assert table.header == ("Email", "Policy", "Version", "Name")
        assert table.rows[0].text(3) == "Siân"


def test_a_file_that_is_no_workbook_is_named(tmp_path):
    (tmp_path / "responses.xlsx").write_bytes(b"not a zip")
    with pytest.raises(TableError, match=r"responses\.xlsx: is not an Excel workbook that can be read"):
        read_table(tmp_path / "responses.xlsx")


# --- the command ----------------------------------------------------------------------------

ODD_STAFF = 'Name,Email,Role\n"<b>Eve & ""Co""</b>",eve@school.org,staff\n=HYPERLINK(1),f@school.org,staff\n'


def run(tmp_path: Path, *extra: str, export: str = "Email,Policy,Version\n", staff: str = ODD_STAFF) -> int:
    write(tmp_path / "responses.csv", export)
    write(tmp_path / "staff.csv", staff)
    return cli.main(["acknowledgements", str(tmp_path / "responses.csv"), "--staff", str(tmp_path / "staff.csv"),
                     "--policy-src", str(EXAMPLES), "--all-policies", *extra])


def test_the_command_prints_a_table_and_writes_html_escaped(tmp_path, capsys):
    export = f"Email,Policy,Version,Code\neve@school.org,acceptable-use,2.1,{CURRENT}\n"
    assert run(tmp_path, "--out", str(tmp_path / "report.html"), export=export) == 0
    printed = capsys.readouterr().out
    assert re.search(rf"Acceptable Use of IT Policy \(acceptable-use\), version 2\.1, code {CURRENT}: 1 of 2 "
                     "confirmed; 1 not confirmed", printed)
    assert re.search(r"confirmed\s+<b>Eve & \"Co\"</b>\s+eve@school\.org\s+staff", printed)
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<b>Eve" not in page
    assert "<td>&lt;b&gt;Eve &amp; &quot;Co&quot;&lt;/b&gt;</td>" in page


def test_the_command_writes_csv_a_spreadsheet_reads_safely(tmp_path):
    export = f"Email,Policy,Version,Code\neve@school.org,acceptable-use,2.0,{EARLIER}\n"
    assert run(tmp_path, "--out", str(tmp_path / "report.csv"), export=export) == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "report.csv").read_text(encoding="utf-8-sig"))))
    eve = [row for row in rows if row["email"] == "eve@school.org" and row["policy"] == "acceptable-use"]
    assert eve == [{
        "policy": "acceptable-use", "title": "Acceptable Use of IT Policy", "current_version": "2.1",
        "current_code": CURRENT, "status": "earlier version", "name": '<b>Eve & "Co"</b>', "email": "eve@school.org",
        "role": "staff", "confirmed_version": "2.0", "confirmed_code": EARLIER, "confirmed_at": "",
        "response_row": "2", "detail": "version 2.0",
    }]
    assert {row["name"] for row in rows if row["email"] == "f@school.org"} == {"'=HYPERLINK(1)"}


@pytest.mark.parametrize(
    ("extra", "export", "message"),
    [
        ((), "Email,Policy,Version\n,acceptable-use,2.1\n", r"^error: \S*responses\.csv row 2: no e-mail address"),
        (("--out", "report.pdf"), "Email,Policy,Version\n", r"^error: report\.pdf: write the report to a \.csv"),
    ],
)
def test_the_command_reports_errors_without_a_traceback(tmp_path, capsys, extra, export, message):
    assert run(tmp_path, *extra, export=export) == 1
    error = capsys.readouterr().err
    assert re.search(message, error), error
    assert "Traceback" not in error
