"""Shapes of held-out set 47's documents (issue 18, stop 47), made here: a contract schedule whose pages state no
title, its name and version printed only in the running head on every page ("Call-Off Schedule 9 (Security) Direct
Award v3.0"), which import refused for want of a title, and a Word file's running head giving its version; a running
head naming the organisation alone stays no title."""

from __future__ import annotations

import pytest


def _schedule_pdf(path, head: str):
    from weasyprint import HTML

    sentences = "".join(f"<p>{n}. The Supplier shall keep the Buyer's data secure and report each breach at once, "
                        "within twenty-four hours, to the Buyer's security officer.</p>" for n in range(1, 60))
    HTML(string=f"<style>@page {{ @top-center {{ content: '{head}'; font-size: 9pt }} }}</style>{sentences}"
         ).write_pdf(path)
    return path


def test_a_pdf_whose_pages_state_no_title_is_named_by_its_running_head(tmp_path):
    # a contract schedule as a government buyer publishes it (set 47): its name and version only in the page header
    from handbook.importing import import_policy

    result = import_policy(_schedule_pdf(tmp_path / "s.pdf", "Call-Off Schedule 9 (Security) v3.0"), "security",
                           tmp_path / "src")
    front = result.path.read_text(encoding="utf-8").split("---\n")[1]
    assert "title: Call-Off Schedule 9 (Security)\n" in front and 'version: "3.0"' in front


def test_a_running_head_naming_the_organisation_alone_is_no_title(tmp_path):
    from handbook.importing import PolicyImportError, import_policy

    with pytest.raises(PolicyImportError, match="states no title"):
        import_policy(_schedule_pdf(tmp_path / "s.pdf", "Oakfield Primary School"), "security", tmp_path / "src")


@pytest.mark.parametrize("head", ["Joint Schedule 5 (Corporate Social Responsibility) v1.0",
                                  # a charity's header cells run together (set 36's Free UK Genealogy)
                                  "Security Policy v1.0 Essentials Guide to Security at Brightwell Trust |"])
def test_the_version_a_word_files_running_head_gives(tmp_path, head):
    import docx

    from handbook.importing import import_policy

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = head
    document.add_heading("Corporate Social Responsibility", level=1)
    document.add_paragraph("The Supplier shall meet the standards set out in this Schedule.")
    document.save(tmp_path / "csr.docx")
    front = import_policy(tmp_path / "csr.docx", "csr", tmp_path / "src").path.read_text().split("---\n")[1]
    assert 'version: "1.0"' in front
