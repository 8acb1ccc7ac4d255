"""handbook.pdf after one policy changed, made from the last one (handbook.printing.compose), read back
as a reader would (see pdf_reading) and set beside a handbook.pdf laid out from scratch."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from helpers import BUILD_DAY, EXAMPLES, mkdocs_build
from pdf_reading import links, outline, read_pages, structure, words
from pypdf import PdfReader
from test_pdf import contents

ADDED = "Staff keep paper records in a locked cabinet and shred them when no longer needed."


def build(site: Path, source: Path, cache: Path):
    result = mkdocs_build(
        site, source, SOURCE_DATE_EPOCH=str(int(BUILD_DAY.timestamp())),
        HANDBOOK_PDF_CACHE=str(cache), HANDBOOK_PAGE_CACHE=str(cache.with_name(cache.name + "-pages")),
    )
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> tuple[Path, Path]:
    """The example handbook built once with PDFs: its site, and the caches it filled. Each test that
    rebuilds from it copies the caches first (copy_first), so this build is only read."""
    work = tmp_path_factory.mktemp("first")
    build(work / "site", EXAMPLES, work / "cache")
    return work / "site", work / "cache"


def copy_first(first: tuple[Path, Path], work: Path) -> Path:
    """The example handbook's source and the first build's caches, copied into ``work``; the source."""
    _, cache = first
    shutil.copytree(cache, work / "cache")
    shutil.copytree(cache.with_name(cache.name + "-pages"), work / "cache-pages")
    return shutil.copytree(EXAMPLES, work / "policy_src")


@pytest.fixture(scope="module")
def sites(first, tmp_path_factory) -> tuple[Path, Path]:
    """handbook.pdf after Data Protection's clause 1 gained a sentence: rebuilt with the first build's
    cache, and built afresh."""
    work = tmp_path_factory.mktemp("compose")
    source = copy_first(first, work)
    policy = source / "data-protection" / "policy.md"
    clause = "1. Personal data is processed lawfully, fairly and transparently."
    text = policy.read_text(encoding="utf-8")
    assert clause in text
    policy.write_text(text.replace(clause, f"{clause} {ADDED}"), encoding="utf-8")

    again = build(work / "again", source, work / "cache")
    assert "handbook.pdf: data-protection laid out again" in again.stderr, again.stderr
    build(work / "fresh", source, work / "fresh-cache")
    return work / "again" / "handbook.pdf", work / "fresh" / "handbook.pdf"


def test_the_changed_clause_is_in_the_handbook_made_from_the_last_one(sites):
    rebuilt, _ = sites
    printed = words("\n".join(page.text for page in read_pages(rebuilt)))
    added = words(ADDED)
    assert any(printed[i : i + len(added)] == added for i in range(len(printed))), "the new sentence is missing"


def test_contents_links_and_footers_still_give_the_right_pages(sites):
    rebuilt, _ = sites
    pages = read_pages(rebuilt)
    for title, number in contents(pages).items():
        assert pages[number - 1].lines[1] == title
    found = links(rebuilt)
    assert found and all(link.target_page is not None for link in found), "a link to nowhere"
    assert pages[next(k.target_page for k in found if k.target == "data-protection--clause-3")].text.count(
        "3. Staff report a data breach to the Data Protection Officer within 24 hours."
    ) == 1
    for number, page in enumerate(pages[1:], start=2):
        assert page.footer.endswith(f"Page {number} of {len(pages)}"), page.footer


def test_rebuilt_and_fresh_handbooks_read_the_same(sites):
    rebuilt, fresh = sites
    assert [page.lines for page in read_pages(rebuilt)] == [page.lines for page in read_pages(fresh)]
    assert [page.footer for page in read_pages(rebuilt)] == [page.footer for page in read_pages(fresh)]
    assert outline(rebuilt) == outline(fresh)
    assert sorted((k.page, k.target, k.target_page) for k in links(rebuilt)) == sorted(
        (k.page, k.target, k.target_page) for k in links(fresh)
    )


def test_rebuilt_handbook_stays_tagged_with_title_and_language(sites):
    rebuilt, fresh = sites
    catalog = PdfReader(rebuilt).trailer["/Root"]
    assert PdfReader(rebuilt).metadata.title == PdfReader(fresh).metadata.title == "Example Academy Staff Handbook"
    assert catalog["/Lang"] == "en"
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    # The same elements, on the same pages, marking the same content, as in the handbook laid out whole.
    assert structure(rebuilt) == structure(fresh)


def test_a_handbook_made_from_a_composed_one_reads_as_laid_out_whole_and_keeps_nothing_it_replaced(
    first, sites, tmp_path
):
    """The composed handbook.pdf is the next rebuild's last one. With the sentence taken out again, composing
    from it must give what the first build laid out whole, without the pages and elements it put aside."""
    rebuilt, _ = sites
    shutil.copytree(rebuilt.parent.parent / "cache", tmp_path / "cache")
    shutil.copytree(rebuilt.parent.parent / "cache-pages", tmp_path / "cache-pages")
    again = build(tmp_path / "again", EXAMPLES, tmp_path / "cache")
    assert "handbook.pdf: data-protection laid out again" in again.stderr, again.stderr

    twice, whole = tmp_path / "again" / "handbook.pdf", first[0] / "handbook.pdf"
    assert [page.lines for page in read_pages(twice)] == [page.lines for page in read_pages(whole)]
    assert [page.footer for page in read_pages(twice)] == [page.footer for page in read_pages(whole)]
    assert outline(twice) == outline(whole)
    assert sorted((k.page, k.target, k.target_page) for k in links(twice)) == sorted(
        (k.page, k.target, k.target_page) for k in links(whole)
    )
    assert structure(twice) == structure(whole)
    assert _objects_by_type(twice) == _objects_by_type(whole)


def _objects_by_type(path: Path) -> dict[str, int]:
    """How many pages, links and structure elements the file holds, reachable or not."""
    with pikepdf.open(path) as pdf:
        types = [str(o.get("/Type")) for o in pdf.objects if isinstance(o, pikepdf.Dictionary)]
    return {kind: types.count(kind) for kind in ("/Page", "/Annot", "/StructElem")}


def test_a_policy_that_grows_a_page_has_the_whole_handbook_laid_out_again(first, tmp_path):
    source = copy_first(first, tmp_path)
    policy = source / "safeguarding" / "policy.md"
    trips = "\n".join(
        f"3.{n} Before trip {n} the leader checks that each pupil's emergency contact is current and carries "
        "the list, with the DSL's number, for the whole visit."
        for n in range(1, 41)
    )
    text = policy.read_text(encoding="utf-8")
    text = text.replace("## APPENDIX A", f"## 3. SCHOOL TRIPS\n\n{trips}\n\n## APPENDIX A")
    policy.write_text(text, encoding="utf-8")

    again = build(tmp_path / "again", source, tmp_path / "cache")

    assert "handbook.pdf: safeguarding no longer fits its pages" in again.stderr, again.stderr
    build(tmp_path / "fresh", source, tmp_path / "fresh-cache")
    rebuilt, fresh = read_pages(tmp_path / "again" / "handbook.pdf"), read_pages(tmp_path / "fresh" / "handbook.pdf")
    assert len(rebuilt) > len(read_pages(first[0] / "handbook.pdf"))
    assert [page.lines for page in rebuilt] == [page.lines for page in fresh]


def test_a_layout_is_never_used_with_a_handbook_pdf_it_was_not_written_with(tmp_path):
    """Two builds sharing one PDF cache may save at once: one's handbook.pdf can land beside the other's
    layout. The layout must then be set aside (the whole handbook laid out), never used to cut pages."""
    from handbook.printing import compose

    layout = {"safeguarding": compose._Part("key of its article", 3, 2, ["data-protection-clause-4"])}
    spots = {"safeguarding": (3, 0.0, 841.0), "data-protection-clause-4": (7, 56.7, 400.5)}
    compose._save(tmp_path, b"%PDF-1.7 the first handbook", "key of its cover", layout, spots)
    assert compose._load(tmp_path) == ("key of its cover", layout, b"%PDF-1.7 the first handbook", spots)

    (tmp_path / "handbook.pdf").write_bytes(b"%PDF-1.7 another handbook, its layout not yet saved")

    assert compose._load(tmp_path) is None
    assert sorted(path.name for path in tmp_path.iterdir()) == ["handbook.pdf", "layout.json"]


def test_serve_takes_the_last_handbook_pdf_only_while_every_part_of_it_is_unchanged(first, tmp_path):
    """`mkdocs serve` serves the last handbook.pdf at once when nothing in it changed (handbook.printing.compose
    .unchanged); a changed policy, or another edition, sends it to be made after the pages."""
    from handbook.printing import compose
    from handbook.printing.print_documents import Edition, handbook_parts
    from handbook.source.handbook_folder import load_handbook

    site, cache = first
    edition = Edition(BUILD_DAY.date(), None, "en")
    parts = handbook_parts(load_handbook(EXAMPLES), edition)
    assert compose.unchanged(parts, edition, cache / "handbook") == (site / "handbook.pdf").read_bytes()

    next_day = Edition(date(2026, 6, 2), None, "en")
    assert compose.unchanged(handbook_parts(load_handbook(EXAMPLES), next_day), next_day, cache / "handbook") is None
    source = copy_first(first, tmp_path)
    policy = source / "data-protection" / "policy.md"
    policy.write_text(policy.read_text(encoding="utf-8").replace("lawfully, fairly", "lawfully and fairly"),
                      encoding="utf-8")
    assert compose.unchanged(handbook_parts(load_handbook(source), edition), edition, cache / "handbook") is None


def test_the_layout_file_keeps_the_destinations_the_composed_handbook_has(sites):
    """The next rebuild takes the destinations from the layout file, not from the PDF: they must be the
    composed PDF's own, page and place (read back here with pypdf, not with the code that composed it)."""
    from handbook.printing import compose

    rebuilt, _ = sites
    _, _, kept_pdf, kept = compose._load(rebuilt.parent.parent / "cache" / "handbook")
    assert kept_pdf == rebuilt.read_bytes()
    reader = PdfReader(rebuilt)
    read_back = {
        str(name): (reader.get_destination_page_number(destination) + 1, destination.left or 0, destination.top or 0)
        for name, destination in reader.named_destinations.items()
    }
    assert kept.keys() == read_back.keys() and len(kept) > 20
    for name, (page, left, top) in read_back.items():
        assert kept[name][0] == page and kept[name][1:] == pytest.approx((left, top), abs=0.01), name
