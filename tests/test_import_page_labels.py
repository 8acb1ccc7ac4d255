"""A directive's running footer whose page label changes form from part to part ("iv Enclosure (1)" on the front
matter, "1-5 Enclosure (1)" in a chapter, "A-1 Enclosure (1)" and "B-2 Enclosure (1)" in its appendices) is page
furniture everywhere, not a heading on the pages whose label is not a chapter's."""

from __future__ import annotations

from pathlib import Path

from handbook.importing import import_policy
from handbook.source.handbook_folder import load_handbook

_PARTS = [("front", "counter(page, lower-roman)", "Record of changes and the distribution of this order."),
          ("chapter", '"1-" counter(page)', "Personal property offices counsel every member before a move."),
          ("appendix-a", '"A-" counter(page)', "Acronyms used in this order are listed in this appendix."),
          ("appendix-b", '"B-" counter(page)', "Terms used in this order are defined in this appendix.")]


def _order_pdf(path: Path, footer_words: str) -> Path:
    from weasyprint import HTML

    pages = "".join(
        f"@page {name} {{ @bottom-center {{ content: {label} ' {footer_words}'; font-size: 9pt }} }} "
        f".{name} {{ page: {name} }} " for name, label, _ in _PARTS)
    style = ("@page { size: letter; margin: 1in } body { font-family: serif; font-size: 11pt } "
             "section { break-before: page } " + pages)
    body = "<h1>Personal Property Transportation Program</h1>" + "".join(
        f"<section class='{name}'>" + "".join(f"<p>{text} Paragraph {n} of this part.</p>" for n in range(1, 40))
        + f"</section><section class='{name}'><p>{text} The part goes on over a second page.</p></section>"
        for name, _, text in _PARTS)
    HTML(string=f"<html><head><style>{style}</style></head><body>{body}</body></html>").write_pdf(path)
    return path


def test_a_footer_whose_page_label_changes_form_is_removed_on_every_page(tmp_path):
    source = _order_pdf(tmp_path / "order.pdf", "Enclosure (1)")
    result = import_policy(source, "order", tmp_path / "src")
    body = result.path.read_text(encoding="utf-8")
    assert "Enclosure" not in body
    assert "Terms used in this order are defined in this appendix. The part goes on over a second page." in body
    assert "page headers, footers and page numbers were removed" in "\n".join(result.notes)
    load_handbook(tmp_path / "src")  # handbook check passes


def test_lines_at_the_foot_that_open_with_a_numeral_like_word_but_differ_are_kept(tmp_path):
    """A look-alike: "xl" and "ci" read as Roman numerals, but the words after them differ from page to page: notes at
    the foot of each page, not one running footer."""
    from weasyprint import HTML

    notes = ["xl fleece for the night walk", "ci tests run on every change", "iv bags for the first-aid kit"]
    style = "@page { size: letter; margin: 1in } body { font-family: serif; font-size: 11pt } " + "".join(
        f"@page note{n} {{ @bottom-left {{ content: '{note}'; font-size: 9pt }} }} .note{n} {{ page: note{n} }} "
        for n, note in enumerate(notes))
    body = "<h1>Kit List</h1>" + "".join(
        f"<section class='note{n}' style='break-before: page'><p>Pack item {n + 1} of the kit for the residential "
        "trip.</p></section>" for n in range(len(notes)))
    source = tmp_path / "kit.pdf"
    HTML(string=f"<html><head><style>{style}</style></head><body>{body}</body></html>").write_pdf(source)
    written = import_policy(source, "kit", tmp_path / "src").path.read_text(encoding="utf-8")
    assert all(note in written for note in notes)
