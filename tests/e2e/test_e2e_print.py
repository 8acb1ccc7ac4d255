"""PDFs and printing, as a reader uses them in Chromium: the download links and the print stylesheet."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import BrowserContext, Page, expect
from pypdf import PdfReader


def _download(context: BrowserContext, url: str) -> PdfReader:
    """Fetch ``url`` as the browser would and read it as a PDF."""
    response = context.request.get(url)
    assert response.status == 200, url
    assert response.headers["content-type"] == "application/pdf", response.headers
    return PdfReader(io.BytesIO(response.body()))


def test_policy_page_download_pdf_link_gives_the_policys_pdf(page: Page, context: BrowserContext, base_url: str):
    page.goto(f"{base_url}/social-media/")
    link = page.get_by_role("link", name="Download PDF")
    expect(link).to_be_visible()

    with page.expect_response(f"{base_url}/social-media/social-media.pdf") as response_info:
        link.click()
    expect(page).to_have_url(f"{base_url}/social-media/social-media.pdf")  # opened in the browser's PDF viewer
    response = response_info.value
    assert response.status == 200 and response.headers["content-type"] == "application/pdf"
    reader = _download(context, page.url)  # the viewer's page is not the file: fetch the file itself
    assert reader.metadata.title == "St Hugh's School Social Media Policy"
    assert "12. Before using social media" in " ".join(page.extract_text() for page in reader.pages)


def test_index_links_every_policys_pdf_and_the_handbook_pdf(page: Page, context: BrowserContext, example_url: str):
    page.goto(f"{example_url}/policies/")
    rows = page.locator("table tbody tr")
    expect(rows).to_have_count(3)
    for row in rows.all():
        title = row.locator("td").first.inner_text()
        link = row.get_by_role("link", name="Download PDF")
        reader = _download(context, link.evaluate("a => a.href"))
        assert reader.metadata.title == f"Example Academy {title}"

    handbook = page.get_by_role("link", name="Download the handbook as one PDF")
    expect(handbook).to_be_visible()
    reader = _download(context, handbook.evaluate("a => a.href"))
    assert reader.metadata.title == "Example Academy Staff Handbook"


def test_home_page_links_the_handbook_pdf(page: Page, context: BrowserContext, base_url: str):
    page.goto(f"{base_url}/")
    link = page.get_by_role("link", name="Download the handbook (PDF)")
    expect(link).to_be_visible()
    assert link.evaluate("a => a.href") == f"{base_url}/handbook.pdf"
    assert _download(context, f"{base_url}/handbook.pdf").metadata.title == "St Hugh's School Staff Handbook"


@pytest.mark.parametrize("path", ["/social-media/", "/"])
def test_printing_a_page_leaves_out_navigation_search_and_buttons(page: Page, base_url: str, path: str):
    page.goto(f"{base_url}{path}")
    chrome = [".md-header", ".md-search", ".md-sidebar--primary", ".md-footer", ".md-button"]
    expect(page.locator(".md-header")).to_be_visible()  # on screen, the site's navigation is there

    page.emulate_media(media="print")
    for selector in chrome:
        for element in page.locator(selector).all():
            expect(element).to_be_hidden()
    expect(page.locator(".md-content h1")).to_be_visible()


def test_printed_policy_keeps_its_clause_numbers_and_metadata(page: Page, base_url: str):
    page.goto(f"{base_url}/social-media/")
    page.locator("#clause-18 a.clause-number").hover()  # brings up the copy tools, which print must not show
    page.emulate_media(media="print")

    expect(page.locator(".policy-meta")).to_be_visible()
    expect(page.locator("#clause-18 a.clause-number")).to_be_visible()
    expect(page.locator(".clause-tools").first).to_be_hidden()

    # What comes out of the printer: Chromium's own print to PDF of the page.
    text = _printed_text(page)
    assert "Next review due" in text and "18. You are personally responsible" in text
    for screen_only in ("Download PDF", "Copy link", "Copy citation", "Search", "Table of contents"):
        assert screen_only not in text, screen_only


def _printed_text(page: Page) -> str:
    reader = PdfReader(io.BytesIO(page.pdf()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())
