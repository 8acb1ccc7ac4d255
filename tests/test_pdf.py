"""The printable handbook, read back out of the PDFs a real build writes (see pdf_reading)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from helpers import BUILD_DAY, EXAMPLES, REPO, mkdocs_build
from pdf_reading import links, outline, read_pages, words
from PIL import Image
from pypdf import PdfReader
from test_build import seed_words

from handbook.model import Status
from handbook.source.handbook_folder import load_handbook


def build(site_dir: Path, policy_src: Path | None = None, **env: str) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` on the day BUILD_DAY."""
    return mkdocs_build(site_dir, policy_src, SOURCE_DATE_EPOCH=str(int(BUILD_DAY.timestamp())), **env)


def contents(pages) -> dict[str, int]:
    """The contents page's entries: policy title -> the page number printed beside it."""
    entries = {}
    for line in pages[1].lines[1:]:
        match = re.fullmatch(r"(?P<title>.+?) version \S+ [ .]*(?P<page>\d+)", line)
        assert match, f"not a contents entry: {line!r}"
        entries[match["title"]] = int(match["page"])
    return entries


# --- the text -------------------------------------------------------------------------------


@pytest.mark.parametrize("pdf", ["handbook.pdf", "social-media/social-media.pdf"])
def test_pdf_has_every_clause_of_the_seed_in_order_word_for_word(real_site, pdf):
    printed = words("\n".join(page.text for page in read_pages(real_site / pdf)))
    seed = seed_words()
    heading, body = seed[:6], seed[6:]  # organisation and title; the policy's own text
    assert heading == ["St", "Hugh's", "School", "Social", "Media", "Policy"]

    starts = [i for i in range(len(printed)) if printed[i : i + 6] == heading]
    assert starts, "the policy's organisation and title are not printed"
    after_title = printed[starts[-1] + 6 :]
    # Between the title and the text comes the metadata block, as on the site; nothing follows the text.
    assert after_title[:2] == ["Version", "1.0"], after_title[:10]
    assert after_title[-len(body) :] == body
    metadata = after_title[: -len(body)]
    assert metadata[-4:] == ["Applies", "to", "staff,", "governors"], metadata


def test_policy_pdf_says_when_it_was_made_and_that_it_may_be_out_of_date(real_site):
    first = " ".join(read_pages(real_site / "social-media" / "social-media.pdf")[0].text.split())
    assert "Edition of 1 June 2026." in first
    assert "A printed copy may be out of date" in first
    assert "on the staff handbook website" in first  # mkdocs.yml has no site_url


def test_cover_names_the_organisation_edition_and_where_the_current_copy_is(real_site):
    cover = read_pages(real_site / "handbook.pdf")[0]
    assert cover.lines[:3] == ("St Hugh's School", "Staff Handbook", "Edition of 1 June 2026")
    assert "A printed copy may be out of date" in cover.text
    assert cover.footer == ""


# --- contents, outline and links ------------------------------------------------------------


@pytest.mark.parametrize("which", ["real_site", "example_site"])
def test_contents_lists_each_current_policy_with_the_page_it_starts_on(which, request):
    site_dir = request.getfixturevalue(which)
    pages = read_pages(site_dir / "handbook.pdf")
    source = EXAMPLES if which == "example_site" else REPO / "policy_src"
    current = [p for p in load_handbook(source).policies if p.meta.status is Status.CURRENT]

    listed = contents(pages)
    assert list(listed) == [policy.meta.title for policy in current]
    for policy in current:
        start = pages[listed[policy.meta.title] - 1]
        assert start.lines[:2] == (policy.meta.organisation, policy.meta.title)
    # Each entry is a link to the page it names.
    targets = {link.target_page for link in links(site_dir / "handbook.pdf") if link.page == 1}
    assert targets == {number - 1 for number in listed.values()}


@pytest.mark.parametrize("which", ["real_site", "example_site"])
def test_outline_has_an_entry_for_each_policy_and_part_at_its_page(which, request):
    site_dir = request.getfixturevalue(which)
    pdf = site_dir / "handbook.pdf"
    pages = read_pages(pdf)
    source = EXAMPLES if which == "example_site" else REPO / "policy_src"
    current = [p for p in load_handbook(source).policies if p.meta.status is Status.CURRENT]

    entries = outline(pdf)
    top = [entry for entry in entries if entry.level == 1]
    assert [entry.title for entry in top] == ["Contents"] + [policy.meta.title for policy in current]
    for entry in top[1:]:
        assert entry.page + 1 == contents(pages)[entry.title]
    for policy in current:
        parts = [section.heading for section in policy.sections if section.heading]
        below = [entry for entry in entries if entry.level > 1 and entry.title in parts]
        assert [entry.title for entry in below] == parts
        for entry in below:
            assert entry.title in pages[entry.page].lines, f"{entry.title} is not on page {entry.page + 1}"


def test_cross_references_are_links_to_the_page_of_the_clause(example_site):
    pdf = example_site / "handbook.pdf"
    pages = read_pages(pdf)
    found = {link.target: link.target_page for link in links(pdf)}
    assert all(page is not None for page in found.values()), "a link to nowhere"

    # "see paragraph 2.1" in Acceptable Use; "clause 3 of the Data Protection Policy" links to the other policy.
    assert "2.1 Keep your password secret and change it when asked." in pages[found["acceptable-use--clause-2-1"]].lines
    assert "3. Staff report a data breach to the Data Protection Officer within 24 hours." in pages[
        found["data-protection--clause-3"]
    ].lines
    assert pages[found["data-protection"]].lines[1] == "Data Protection Policy"


def test_a_clause_others_refer_to_says_so_in_print_with_links_inside_the_handbook(example_site):
    # Data Protection's clause 3 is referred to by Acceptable Use's clause 3.2 and by its own clause 4.
    pdf = example_site / "handbook.pdf"
    pages = read_pages(pdf)
    found = links(pdf)
    clause_page = next(link.target_page for link in found if link.target == "data-protection--clause-3")
    printed = words(pages[clause_page].text)
    line = words("Referred to by: Acceptable Use of IT Policy, clause 3.2 (page")
    start = next((i for i in range(len(printed)) if printed[i : i + len(line)] == line), None)
    assert start is not None, pages[clause_page].text
    clause = words("3. Staff report a data breach to the Data Protection Officer within 24 hours.")
    assert printed[start - len(clause) : start] == clause  # right under the clause it is about
    # Each link leads inside the document, to the page of the referring clause (the page it prints).
    back = {link.target: link.target_page for link in found if link.page == clause_page}
    use_page = back["acceptable-use--clause-3-2"]
    assert "3.2 Personal data found while monitoring is handled as set out in" in pages[use_page].text
    assert printed[start + len(line)] == f"{use_page + 1});"
    assert pages[back["data-protection--clause-4"]].text.count("4. Every member of staff follows clauses 1 to 3.") == 1


def test_a_policys_own_pdf_links_only_inside_itself(example_site):
    pdf = example_site / "acceptable-use" / "acceptable-use.pdf"
    found = links(pdf)
    assert found and all(link.target.startswith("acceptable-use--") for link in found), found
    assert all(link.target_page is not None for link in found)
    # Without a site_url there is nowhere to send a link to another policy: it is printed as text.
    assert "as set out in clause 3 of the Data Protection Policy." in "\n".join(p.text for p in read_pages(pdf))


# --- footers, metadata, pictures ------------------------------------------------------------


def test_footers_carry_title_version_and_page_x_of_y(real_site):
    pages = read_pages(real_site / "handbook.pdf")
    assert pages[1].footer == f"Contents Page 2 of {len(pages)}"
    for number, page in enumerate(pages[2:], start=3):
        assert page.footer == f"Social Media Policy \N{MIDDLE DOT} Version 1.0 Page {number} of {len(pages)}"

    own = read_pages(real_site / "social-media" / "social-media.pdf")
    assert [page.footer for page in own] == [
        f"Social Media Policy \N{MIDDLE DOT} Version 1.0 Page {n} of {len(own)}" for n in range(1, len(own) + 1)
    ]


@pytest.mark.parametrize(
    ("pdf", "title"),
    [
        ("handbook.pdf", "St Hugh's School Staff Handbook"),
        ("social-media/social-media.pdf", "St Hugh's School Social Media Policy"),
    ],
)
def test_pdf_is_tagged_with_title_and_language(real_site, pdf, title):
    reader = PdfReader(real_site / pdf)
    catalog = reader.trailer["/Root"]
    assert reader.metadata.title == title
    assert catalog["/Lang"] == "en"
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalog
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])


def test_a_page_renders_to_a_picture_with_text_on_it(real_site, tmp_path):
    subprocess.run(
        ["pdftoppm", "-r", "50", "-f", "3", "-l", "3", "-png", str(real_site / "handbook.pdf"), str(tmp_path / "page")],
        check=True,
    )
    (picture,) = tmp_path.glob("page*.png")
    grey = Image.open(picture).convert("L")
    inked = sum(grey.histogram()[:128]) / (grey.width * grey.height)  # share of pixels darker than mid-grey
    assert grey.width < grey.height, "A4 portrait"
    assert 0.01 < inked < 0.5, f"{inked:.1%} of the page is ink"


# --- failures -------------------------------------------------------------------------------


def _last_good_site(site_dir: Path) -> None:
    site_dir.mkdir()
    (site_dir / "handbook.pdf").write_bytes(b"%PDF the last good build")


def test_a_pdf_step_that_overruns_fails_clearly_and_keeps_the_last_pdf(tmp_path):
    site_dir = tmp_path / "site"
    _last_good_site(site_dir)

    # its own empty cache: a PDF of the same text that another test made already would take no time at all
    result = build(site_dir, HANDBOOK_PDF_TIMEOUT="0.05", HANDBOOK_PDF_CACHE=str(tmp_path / "pdf-cache"))

    assert result.returncode != 0
    assert "writing the PDFs took longer than 0.05 s and was stopped" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert (site_dir / "handbook.pdf").read_bytes() == b"%PDF the last good build"


def test_a_pdf_that_would_fetch_from_another_site_fails_clearly_and_keeps_the_last_pdf(tmp_path):
    source = tmp_path / "policy_src"
    (source / "social-media").mkdir(parents=True)
    text = (REPO / "policy_src" / "social-media" / "policy.md").read_text(encoding="utf-8")
    image = "![logo](http://192.0.2.1/logo.png)"  # TEST-NET-1: nothing answers there, and nothing may ask
    (source / "social-media" / "policy.md").write_text(text.replace("## REVIEW", f"{image}\n\n## REVIEW"))
    site_dir = tmp_path / "site"
    _last_good_site(site_dir)

    result = build(site_dir, source)

    # Policy text may not show images from other sites (handbook.markdown_extensions.policy_markup): refused when read,
    # before any PDF is written. The PDFs' own guard (pdf.py's URL fetcher) stays behind it.
    assert result.returncode != 0
    message = r"social-media/policy.md:\d+: the image 'http://192\.0\.2\.1/logo\.png' is on another site"
    assert re.search(message, result.stderr), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert (site_dir / "handbook.pdf").read_bytes() == b"%PDF the last good build"


def test_a_deadline_that_is_not_a_number_is_a_clear_error(tmp_path):
    result = build(tmp_path / "site", HANDBOOK_PDF_TIMEOUT="soon")
    assert result.returncode != 0
    assert "HANDBOOK_PDF_TIMEOUT is 'soon': write a number of seconds" in result.stderr
    assert "Traceback" not in result.stderr


def test_pdfs_can_be_turned_off(tmp_path):
    result = build(tmp_path / "site", HANDBOOK_PDF="false")
    assert result.returncode == 0, result.stderr
    assert not list((tmp_path / "site").rglob("*.pdf"))
    assert "Download PDF" not in (tmp_path / "site" / "social-media" / "index.html").read_text(encoding="utf-8")
