"""The organisation of a policy imported into a handbook whose other policies already give it (issue 18: facts,
never guesses). A school imports its policies one after another; most name the school only in passing ("the St
Hugh's School finance office"), which no rule reads as whose the policy is, so each came in as organisation TBC with
a guess beside it. Where the handbook's policies give the organisation and the document names it, it is taken, with
where the document names it; where the document names none of them, or two, it is not."""

from __future__ import annotations

from helpers import policy_source

from handbook.importing import import_policy

_EXPENSES = """Expenses Policy

Claims are made monthly on the claim form.

Receipts go to the ST HUGH\u2019S SCHOOL finance office by the last Friday of the month.
"""


def _handbook(tmp_path, *organisations: str):
    for number, organisation in enumerate(organisations):
        folder = tmp_path / "src" / f"policy-{number}"
        folder.mkdir(parents=True)
        (folder / "policy.md").write_text(policy_source(id=f"policy-{number}", organisation=organisation))
    return tmp_path / "src"


def _imported(tmp_path, policy_src, text: str = _EXPENSES):
    (source := tmp_path / "expenses.txt").write_text(text, encoding="utf-8")
    result = import_policy(source, "expenses", policy_src)
    front = result.path.read_text().split("---\n")[1]
    return next(line for line in front.splitlines() if line.startswith("organisation:")), result.notes


def test_the_handbooks_organisation_named_in_the_document_is_its_organisation(tmp_path):
    line, notes = _imported(tmp_path, _handbook(tmp_path, "St Hugh's School", "St Hugh's School"))

    assert line == "organisation: St Hugh's School"
    assert any(note.startswith(
        "front matter organisation St Hugh's School from line 5, which names the organisation of the handbook's other "
        "policies: 'Receipts go to the ST HUGH\u2019S SCHOOL finance office") for note in notes), notes


def test_into_an_empty_handbook_the_same_document_states_no_organisation(tmp_path):
    line, _ = _imported(tmp_path, tmp_path / "src")

    assert line.startswith("organisation: TBC")


def test_a_document_that_does_not_name_the_handbooks_organisation_is_not_given_it(tmp_path):
    line, _ = _imported(tmp_path, _handbook(tmp_path, "Oakfield Academy"))

    assert line.startswith("organisation: TBC")


def test_a_document_naming_two_of_a_trusts_schools_is_for_a_person_to_place(tmp_path):
    text = _EXPENSES + "\nStaff of Oakfield Academy use the same form.\n"

    line, _ = _imported(tmp_path, _handbook(tmp_path, "St Hugh's School", "Oakfield Academy"), text)

    assert line.startswith("organisation: TBC")


def test_a_policy_still_tbc_or_one_that_does_not_read_gives_no_organisation(tmp_path):
    policy_src = _handbook(tmp_path, "TBC")
    (policy_src / "broken.md").write_text("---\ntitle: [unclosed\n---\n")

    line, _ = _imported(tmp_path, policy_src, _EXPENSES.replace("ST HUGH\u2019S SCHOOL", "TBC"))

    assert line.startswith("organisation: TBC")
