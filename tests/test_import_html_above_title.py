"""A web page whose theme puts the site's breadcrumb, name and strapline inside <main>, above the page's <h1>
(issue 18: set 12's government privacy page kept them above its title, the breadcrumb as three lists of one
item): left out and reported; text above the <h1> that is the page's own (a "Last updated" line) is kept."""

from __future__ import annotations

from helpers import imported_and_checked

_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Complaints policy - Harbourside District Council</title></head>
<body><header><a href="/">Harbourside District Council</a></header>
<main id="content">
  <div class="mobile-header"><a id="mobile-logo" href="/">Harbourside Council</a>
    <div id="tagline">Working together for a greener harbour</div></div>
  <nav-wrapper><div class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">
    <li><a href="/">Home</a></li><li><a href="/council">Your council</a></li><li>Complaints policy</li></ol></div>
  </nav-wrapper>
  <p class="page-meta">Last updated 3 May 2024</p>
  <div class="hero hero--with-logo"><h1>Complaints policy</h1></div>
  <p>This policy explains how residents can complain about a council service and how we respond.</p>
  <h2>How to complain</h2>
  <p>You can complain online, by telephone or in writing to the customer services team.</p>
</main>
<footer>Harbourside District Council</footer></body></html>
"""


def test_the_sites_breadcrumb_name_and_strapline_above_the_title_are_left_out_and_reported(tmp_path):
    (tmp_path / "complaints.html").write_text(_PAGE)

    result, _, body = imported_and_checked(tmp_path / "complaints.html", "complaints", tmp_path)

    for furniture in ("Your council", "Harbourside Council", "greener harbour"):
        assert furniture not in body, body
    assert body.startswith("Last updated 3 May 2024\n") or "\nLast updated 3 May 2024\n" in body, body
    assert "# Complaints policy" in body and "## How to complain" in body, body
    assert any("breadcrumb" in note and "strapline" in note and "name" in note for note in result.notes), result.notes


def test_a_page_without_theme_furniture_keeps_all_above_its_title(tmp_path):
    (tmp_path / "complaints.html").write_text(
        _PAGE.replace("govuk-breadcrumbs", "notice").replace('id="mobile-logo"', 'id="home"')
        .replace('id="tagline"', 'id="motto"'))

    result, _, body = imported_and_checked(tmp_path / "complaints.html", "complaints", tmp_path)

    assert "Your council" in body and "greener harbour" in body, body
    assert not any("above the page's title" in note for note in result.notes), result.notes
