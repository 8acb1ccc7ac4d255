"""No invented title (issue 18): whatever a reader takes as the title, a page's furniture ("Page 1 of 9"), a
status or protective marking alone ("DRAFT", "OFFICIAL-SENSITIVE"), a program's placeholder ("Untitled
document", Word's "Document1") or a sentence is never one; the import is refused with what to do instead.
Look-alikes that are titles ("Draft Guidance on Home Working", "Version Control Policy") stay titles."""

from __future__ import annotations

import docx
import pytest

from handbook.importing import PolicyImportError, import_policy

BODY = "This procedure sets out how staff request annual leave.\n\nStaff ask their line manager first.\n"


def _title_of(source) -> str:
    result = import_policy(source, "leave", source.parent / "src")
    front = result.path.read_text(encoding="utf-8").split("---\n")[1]
    return next(line for line in front.splitlines() if line.startswith("title:")).removeprefix("title:").strip()


@pytest.mark.parametrize(("name", "text"), [
    ("notes.md", f"DRAFT\n\n{BODY}"),
    ("notes.md", f"Page 1 of 9\n\n{BODY}"),
    ("notes.txt", f"OFFICIAL-SENSITIVE\n\n{BODY}"),
    ("notes.md", BODY),  # its first line is a sentence
    ("notes.html", f"<html><head><title>Page 1 of 9</title></head><body><p>{BODY}</p></body></html>"),
    ("notes.html", f"<html><head><title>DRAFT</title></head><body><p>{BODY}</p></body></html>"),
    ("notes.html", f"<html><head><title>Untitled document</title></head><body><p>{BODY}</p></body></html>"),
    ("notes.html", f"<html><body><h1>Home</h1><p>{BODY}</p></body></html>"),  # a documentation site's home page
])
def test_furniture_markings_placeholders_and_sentences_are_never_a_title(tmp_path, name, text):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyImportError, match="states no title"):
        import_policy(source, "leave", tmp_path / "src")


def test_words_default_document_name_is_never_a_title(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Document1"
    for line in BODY.split("\n\n"):
        document.add_paragraph(line.strip())
    document.save(source := tmp_path / "notes.docx")
    with pytest.raises(PolicyImportError, match="states no title"):
        import_policy(source, "leave", tmp_path / "src")


@pytest.mark.parametrize(("name", "text", "title"), [
    ("notes.md", f"# Draft Guidance on Home Working\n\n{BODY}", "Draft Guidance on Home Working"),
    ("notes.md", f"# Version Control Policy\n\n{BODY}", "Version Control Policy"),
    ("notes.md", f"# Home Working Policy\n\n{BODY}", "Home Working Policy"),
    ("notes.txt", f"Annual Leave Procedure\n\n{BODY}", "Annual Leave Procedure"),
    ("notes.html", f"<html><head><title>Confidential Reporting Policy</title></head><body><p>{BODY}</p></body></html>",
     "Confidential Reporting Policy"),
])
def test_titles_that_start_like_a_marking_stay_titles(tmp_path, name, text, title):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    assert _title_of(source) == title


def test_a_title_the_document_does_not_state_is_given_on_the_command_line(tmp_path, capsys):
    # a company's on-call guide as its MkDocs site keeps it (set 36): the title lives in the site's menu, not the file
    from handbook.cli import main

    source = tmp_path / "notes.md"
    source.write_text("---\ndescription: What being on call means here.\n---\n" + BODY, encoding="utf-8")
    assert main(["import", str(source), "--id", "leave", "--policy-src", str(tmp_path / "src")]) == 1
    assert "--title" in capsys.readouterr().err  # the refusal says how
    assert not (tmp_path / "src").exists()
    assert main(["import", str(source), "--id", "leave", "--policy-src", str(tmp_path / "src"),
                 "--title", "Being On-Call"]) == 0
    assert _title_of_written(tmp_path / "src" / "leave" / "policy.md") == "Being On-Call"
    assert "title Being On-Call from the command line (--title)" in capsys.readouterr().out


def test_a_title_given_on_the_command_line_wins_over_the_documents(tmp_path):
    source = tmp_path / "notes.md"
    source.write_text(f"# Leave\n\n{BODY}", encoding="utf-8")
    result = import_policy(source, "leave", tmp_path / "src", title="Annual Leave Procedure")
    assert _title_of_written(result.path) == "Annual Leave Procedure"


def _title_of_written(path) -> str:
    front = path.read_text(encoding="utf-8").split("---\n")[1]
    return next(line for line in front.splitlines() if line.startswith("title:")).removeprefix("title:").strip()
