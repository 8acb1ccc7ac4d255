"""Shapes of held-out sets 142 to 144's first runs (issue 18), made here, each beside a look-alike: a Danish
association's statutes ("Vedtaget den 4. december 2017" under the title; its name clause, "Foreningens navn er '...'"
in curly single quotes, is tested with German and Swiss ones in test_import_set148_150_shapes); a company handbook's
page naming the company only where its people are ("Everyone at Converge needs to sign", "your best work at
Converge"); codes of conduct in Spanish and Portuguese saying whose the title's words are ("el Código de Conducta de
Python Perú", "As comunidades de Inovação Cívica (IC) da OKBR")."""

from __future__ import annotations

from datetime import date

import pytest
from test_import_facts import facts_of, found, organisation_of_page

from handbook.importing.dates import read_date


@pytest.mark.parametrize(("line", "approved_on"), [
    ("Vedtaget den 4. december 2017", "2017-12-04"),
    ("Vedtatt 1. mars 2021.", "2021-03-01"),
    # the founding meeting's adoption, told of in a sentence: not this version's
    ("Ovenstående vedtægter er vedtaget den 20. marts 1974 på den stiftende generalforsamling.", None),
])
def test_danish_and_norwegian_adoption_dates_are_read(line, approved_on):
    facts = facts_of(line, "§1 Navn", "Foreningens formål er at drive en roklub for medlemmerne.",
                     title="Vedtægter for Kildevæld Roklub")

    assert found(facts, "approved_on") == approved_on


@pytest.mark.parametrize(("words", "day"), [
    ("4. december 2017", date(2017, 12, 4)),
    ("1 maj 2020", date(2020, 5, 1)),
    ("12. oktober 2019", date(2019, 10, 12)),
    ("3 februari 2022", date(2022, 2, 3)),
])
def test_danish_norwegian_swedish_and_german_months_are_read(words, day):
    assert read_date(words) == day


def _handbook_page(where: str) -> str:
    return ("# Policy Changes\n\nWe want our policies to improve, so we will merge changes as they are ready. We will "
            "tag each version of our handbook.\n\n"
            f"{where}\n\nEvery employee will need to sign an acknowledgement when we change the handbook. If an "
            "employee does not sign it within one week, they may be asked to leave Wrenfield.\n\n"
            "Changes apply from the week after we merge them, at Wrenfield and for our contractors.\n")


@pytest.mark.parametrize(("where", "organisation"), [
    ("Everyone at Wrenfield needs to sign an acknowledgement of the handbook on their first day.", "Wrenfield"),
    ("Your best work at Wrenfield starts with knowing our policies, and they apply to all of us.", "Wrenfield"),
    # where its people are, but another name too: whose people the text addresses is not one name
    ("Everyone at Wrenfield and everyone at Kestrel Labs needs to sign an acknowledgement of the handbook.", None),
])
def test_a_company_named_where_its_people_are_is_the_organisation(tmp_path, where, organisation):
    assert organisation_of_page(tmp_path, _handbook_page(where)) == (organisation or "TBC")


@pytest.mark.parametrize(("closing", "organisation"), [
    ("Las políticas de aplicación enumeradas arriba se aplican a todos los lugares oficiales de Python Lima. Para "
     "otros proyectos que adopten el Código de Conducta de Python Lima, contacta a sus mantenedores.", "Python Lima"),
    # the code it was adapted from, not whose this one is
    ("Adaptado del Código de Conducta de Python Lima y de la Contributor Covenant, que agradecemos a Python Lima.",
     None),
])
def test_a_spanish_text_saying_whose_the_title_s_words_are_gives_the_organisation(tmp_path, closing, organisation):
    page = ("# Código de Conducta\n\nNos comprometemos a proporcionar un entorno amigable, seguro y acogedor para "
            f"todos.\n\nSé amable y cortés. No es necesario ser grosero o maleducado.\n\n{closing}\n")

    assert organisation_of_page(tmp_path, page) == (organisation or "TBC")


def test_a_portuguese_text_saying_whose_the_title_s_last_words_are_gives_the_organisation(tmp_path):
    page = ("# Código de Conduta das comunidades de Dados Abertos\n\nAs comunidades de Dados Abertos (DA) da ABDA "
            "devem promover ambientes amistosos e inclusivos, incluindo pessoas contribuidoras dos projetos da "
            "ABDA.\n\n"
            "1. Não é tolerado nenhum tipo de assédio;\n2. Toda pessoa presente está sujeita a estas regras.\n")

    assert organisation_of_page(tmp_path, page) == "ABDA"


@pytest.mark.parametrize(("title", "organisation"), [
    # a foundation's name heading the charter of a project it holds: the project's charter, not the foundation's policy
    ("The Kestrel Foundation Open Gannet Project Charter", None),
    ("The Kestrel Foundation Community Charter", "Kestrel Foundation"),
])
def test_a_title_headed_by_a_foundation_naming_its_project_is_not_the_foundation_s(title, organisation):
    facts = facts_of("1. The Kestrel Foundation supports the technical community of the project.",
                     "2. Participants shall abide by the policies of the Kestrel Foundation.", title=title)

    assert found(facts, "organisation") == organisation
