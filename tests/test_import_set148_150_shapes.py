"""Shapes of held-out sets 148 to 150's first runs (issue 18), made here, each beside a look-alike: German statutes and
rules stating their adoption and entry into force in sentences ("Diese Statuten wurden an der Generalversammlung vom
10. November 2012 beschlossen", "Diese Datenschutzordnung trat gemäß Beschluss der Mitgliederversammlung am
31.01.2010 in Kraft", "beschließt der Vorstand ... am 02.11.2021 ... das vorliegende Präventionskonzept"), a Swiss
co-operative's name clause ('Unter der Firma "..." besteht ... eine Genossenschaft', tested beside set 144's Danish
ones), dates written with dots in a sentence ("takes effect from 31.01.2010"), and a Norwegian broadcaster's
procedure naming it where "we" are ("Hos NRK bruker vi MIT")."""

from __future__ import annotations

from datetime import date

import pytest
from test_import_facts import facts_of, found, organisation_of_page

from handbook.importing.dates import read_date


@pytest.mark.parametrize(("sentence", "approved_by", "approved_on"), [
    ("Diese Statuten wurden an der Gründungs-Generalversammlung vom 10. November 2012 beschlossen und genehmigt und "
     "treten mit dem Eintrag ins Handelsregister in Kraft.", "Gründungs-Generalversammlung", "2012-11-10"),
    ("In Anbetracht unserer Verantwortung beschließt der Vorstand des HTV auf seiner Sitzung am 02.11.2021 in Homburg "
     "das vorliegende Präventionskonzept mit dem Ziel, die Prävention zu verbessern.", "Vorstand", "2021-11-02"),
    # what the general meeting adopted is not this document
    ("Die Anträge wurden an der Generalversammlung vom 10. November 2012 angenommen.", None, None),
    ("Am 02.11.2021 beschließt der Vorstand des HTV die Beiträge für das kommende Jahr.", None, None),
])
def test_german_statutes_say_who_adopted_them_and_when(sentence, approved_by, approved_on):
    facts = facts_of("Artikel 1", "Der Verein hat seinen Sitz in Homburg.", sentence, title="Statuten")

    assert (found(facts, "approved_by"), found(facts, "approved_on")) == (approved_by, approved_on)


@pytest.mark.parametrize(("sentence", "effective_from", "approved_by"), [
    ("Diese Datenschutzordnung trat gemäß Beschluss der HTV-Mitgliederversammlung am 31.01.2010 in Kraft und wurde "
     "zuletzt bei der HTV-Mitgliederversammlung am 18.01.2015 geändert.", "2010-01-31", "HTV-Mitgliederversammlung"),
    ("Diese Datenschutzordnung tritt am 01.03.2020 in Kraft.", "2020-03-01", None),
    # a law's entry into force, not this document's
    ("Das Bundesdatenschutzgesetz trat am 25.05.2018 in Kraft.", None, None),
])
def test_german_rules_say_when_they_came_into_force(sentence, effective_from, approved_by):
    facts = facts_of("1 Erfassung von Daten", "Der Verband erfasst Daten seiner Mitglieder.", sentence,
                     title="Datenschutzordnung")

    assert (found(facts, "effective_from"), found(facts, "approved_by")) == (effective_from, approved_by)


@pytest.mark.parametrize(("clause", "organisation"), [
    ('Unter der Firma "holunder genossenschaft" besteht auf unbestimmte Dauer in Bern eine Genossenschaft.',
     "holunder genossenschaft"),
    ('Unter dem Namen "Holunder Bern" besteht ein Verein mit Sitz in Bern.', "Holunder Bern"),
    # a name in quotes, but not the one the statutes give the body
    ('Unter dem Stichwort "Holunder" sammelt die Genossenschaft Spenden.', None),
    # set 144's Danish statutes, the name in curly single quotes or double ones
    ("Foreningens navn er \u2018Kildevæld Roklub\u2019. Hjemsted er Aarhus.", "Kildevæld Roklub"),
    ("Foreningens navn er \u201cKildevæld Roklub\u201d. Hjemsted er Aarhus.", "Kildevæld Roklub"),
    ("Foreningen kaldes i daglig tale \u2018Kantinen\u2019. Hjemsted er Aarhus.", None),
])
def test_swiss_german_and_danish_statutes_name_the_body_they_set_up(clause, organisation):
    facts = facts_of("Artikel 1", clause, "Artikel 2", "Der Zweck ist, die Mitglieder zu fördern.", title="Statuten")

    assert found(facts, "organisation") == organisation


@pytest.mark.parametrize(("line", "effective_from"), [
    ("This policy takes effect from 31.01.2010.", "2010-01-31"),
    ("This policy takes effect from 31 January 2010.", "2010-01-31"),
])
def test_a_date_written_with_dots_in_a_sentence_is_read(line, effective_from):
    assert found(facts_of(line, title="Data Protection Rules"), "effective_from") == effective_from


def test_german_month_names_with_umlauts_are_read():
    assert read_date("13. März 2013") == date(2013, 3, 13)


@pytest.mark.parametrize(("initials", "organisation"), [
    ("NKR", "NKR"),
    # two letters are a department's ("HR"), not the organisation's
    ("HR", "TBC"),
])
def test_a_norwegian_text_names_its_organisation_where_we_are(tmp_path, initials, organisation):
    page = (f"# Prosedyre for deling av åpen kildekode\n\nProsedyren omfatter kildekode laget av {initials} som blir "
            "delt under en åpen lisens.\n\n## Lisens\n\n"
            f"Hos {initials} bruker vi MIT for lisensiering av åpen kildekode.\n\nKildekode delt av {initials} skal ha "
            "SPDX-markører. Vi deler kode når vi kan, og vi svarer på spørsmål.\n")

    assert organisation_of_page(tmp_path, page) == organisation
