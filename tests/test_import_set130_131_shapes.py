"""Shapes of held-out sets 130 and 131's first runs (issue 18), made here, each beside a look-alike: Czech statutes in
reStructuredText whose points are lettered "a)", "b)" under numbered articles (refused as clause numbers used twice),
whose first article names the association ("Spolek s názvem Pyvec, z.s."); a web page whose <title> is the site's,
opening with the name of the logo that is its <h1>, over the page's own heading; and a company's policy whose first
sentence names the policy as the company's ("Kunai's PTO policy allows employees ...")."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found

from handbook.importing import drafted, import_policy

STATUTES = """Stanovy spolku
==============

I. Název a sídlo
^^^^^^^^^^^^^^^^

1.1.
\"\"\"\"

Spolek s názvem Pyvec, z.s. (dále jen “spolek”) je právnickou osobou. Sídlo spolku je v Praze.

II. Formy činnosti
^^^^^^^^^^^^^^^^^^

2.1.
\"\"\"\"

Formami činnosti spolku jsou zejména:

a)  podpora komunitního života programátorů,
b)  tvorba a správa zdarma veřejně přístupných materiálů,
c)  získávání finančních zdrojů pro výše zmíněné aktivity.
"""


def test_statutes_lettered_points_keep_their_letters(tmp_path):
    (tmp_path / "stanovy.rst").write_text(STATUTES, encoding="utf-8")

    import_policy(tmp_path / "stanovy.rst", "stanovy", tmp_path / "src")

    body = (tmp_path / "src" / "stanovy" / "policy.md").read_text(encoding="utf-8")
    assert "(a) podpora komunitního" in body and "(c) získávání finančních" in body


def test_a_list_numbered_by_its_own_count_stays_a_list(tmp_path):
    steps = "Postup\n======\n\nŽádost o grant:\n\n#. napište žádost,\n#. výbor ji odhlasuje,\n#. peníze pošleme.\n"
    (tmp_path / "kroky.rst").write_text(steps, encoding="utf-8")

    import_policy(tmp_path / "kroky.rst", "kroky", tmp_path / "src")

    body = (tmp_path / "src" / "kroky" / "policy.md").read_text(encoding="utf-8")
    assert "(a)" not in body and "1. napište žádost" in body


@pytest.mark.parametrize(("clause", "organisation"), [
    ("Spolek s názvem Pyvec, z.s. (dále jen “spolek”) je právnickou osobou.", "Pyvec, z.s."),
    ("Název spolku zní: „PyLadies CZ, z. s.“", "PyLadies CZ, z. s."),
])
def test_czech_statutes_name_clause_gives_the_association(clause, organisation):
    assert found(facts_of(clause, title="Stanovy"), "organisation") == organisation


def test_a_czech_sentence_naming_no_association_gives_none():
    assert found(facts_of("Spolek se zakládá na dobu neurčitou.", title="Stanovy"), "organisation") is None


def _page(title: str, h1: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='header'><h1>{h1}</h1>"
            "</div><div class='container'><h2 id='coc'>Kodex chování</h2><h2>Účel</h2><p>Na našich akcích chceme, "
            "aby se všichni cítili vítáni a v bezpečí, bez ohledu na pohlaví, věk, vzhled, původ, náboženství či "
            "úroveň znalostí programování. Tento kodex popisuje, jaké chování očekáváme.</p>"
            "<h3>Očekávané chování</h3><p>Buďte ohleduplní.</p>"
            "<h2>Řešení stížností</h2><p>Stížnosti řeší výbor spolku.</p></div></body></html>")


def test_a_site_s_title_over_its_logo_is_not_the_page_s(tmp_path):
    page = tmp_path / "coc.html"
    page.write_text(_page("Pyvec, neziskovka české Python komunity", "<a href='/cs/'><img src='/logo.svg' "
                          "alt='Pyvec'></a>"), encoding="utf-8")

    assert drafted(page).facts.value("title") == "Kodex chování"


def test_a_page_s_own_title_over_a_logo_of_another_name_is_its_title(tmp_path):
    page = tmp_path / "coc.html"
    page.write_text(_page("Code of Conduct", "<a href='/cs/'><img src='/logo.svg' alt='Pyvec'></a>"),
                    encoding="utf-8")

    assert drafted(page).facts.value("title") == "Code of Conduct"


@pytest.mark.parametrize(("opening", "organisation"), [
    ("Kunai's PTO policy allows employees to take as much vacation or sick leave as they need.", "Kunai"),
    # another company's policy the text speaks of is not its own
    ("Google's privacy policy applies to the calendar we use for bookings.", None),
])
def test_a_policy_named_as_the_company_s_in_its_opening_sentence_gives_the_company(opening, organisation):
    facts = facts_of(opening, "This policy is based on mutual trust between Kunai and its employees.",
                     "As employees do not accrue time off, Kunai will not compensate unused leave.",
                     title="Paid Time Off (PTO)")

    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("name", "text"), [
    ("stanovy.rst", STATUTES.replace("a)  ", "#. ").replace("b)  ", "#. ").replace("c)  ", "#. ")),
    ("stanovy.md", "# Stanovy\n\n## I. Název\n\n### 1.1.\n\nSpolek je právnickou osobou.\n\n## II. Formy\n\n"
                   "### 2.1.\n\nFormami činnosti jsou:\n\n1. podpora,\n2. tvorba,\n3. získávání.\n"),
])
def test_a_numbered_list_under_articles_numbered_i_ii_and_1_1_keeps_its_numbers_as_typed(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")

    import_policy(tmp_path / name, "stanovy", tmp_path / "src")  # not refused: "clause 1 is numbered twice"

    body = (tmp_path / "src" / "stanovy" / "policy.md").read_text(encoding="utf-8")
    assert "\n3\\. " in body and "\n3. " not in body
