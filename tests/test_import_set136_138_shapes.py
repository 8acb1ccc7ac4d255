"""Shapes of held-out sets 136 to 138's first runs (issue 18), made here, each beside a look-alike: a software project's
policies speaking of another project's developers ("Sphinx developers should be given the chance to fix ..."); a page
whose first line is a link to a translation of it ("[English translation of Internet connection service provision
policy](https://...translate.goog/...)") over its heading; and Japanese pages dated "制定: 2024年3月1日" in a list at
their top and "制定日\uff1a2024年8月26日" (a full-width colon) at their foot."""

from __future__ import annotations

import pytest
from test_import_facts import facts_of, found

from handbook.importing import drafted
from handbook.importing.dates import read_date


def _policies(people: str) -> list[str]:
    """A project's policies, in its own "we", naming another project's or its own people."""
    return ["We follow the generic coding conventions, and our releases keep backwards compatibility.",
            "We maintain the reference implementation; our developers review each change.",
            f"{people} should be given the chance to fix or work around a DeprecationWarning before a new release.",
            f"We let {people.split()[0]} know before each release, and {people.split()[0]} tests it."]


def test_another_project_s_developers_do_not_make_it_the_organisation():
    assert found(facts_of(*_policies("Sphinx developers"), title="Project Policies"), "organisation") is None


def test_an_organisation_s_staff_named_after_it_still_make_it_the_organisation():
    lines = ["We keep restricted material apart, and our archivists note each restriction.",
             *["Kestrel Library staff will make access copies where they can; we sample our collections."] * 3]
    assert found(facts_of(*lines, title="Restriction Policies"), "organisation") == "Kestrel Library"


@pytest.mark.parametrize(("first_line", "title"), [
    ("[English translation of Internet connection service provision policy](https://www-pycon-jp.translate.goog/"
     "policies/internet-policy.html)", "インターネット接続サービス提供ポリシー"),
    ("Internet Connection Policy", "Internet Connection Policy"),  # a line naming the document, as titles stand
])
def test_a_link_alone_over_the_heading_is_not_the_title(tmp_path, first_line, title):
    (tmp_path / "internet-policy.md").write_text(
        f"{first_line}\n\n# インターネット接続サービス提供ポリシー\n\n当法人は、イベント参加者の利便性を向上するため、"
        "インターネット接続サービスを提供します。\n\n## 1. 目的\n\n円滑な発表をサポートします。\n", encoding="utf-8")

    assert drafted(tmp_path / "internet-policy.md").facts.value("title") == title


@pytest.mark.parametrize(("words", "day"), [
    ("2024年3月1日", "2024-03-01"), ("2024 年 8 月 26 日", "2024-08-26"), ("2024년 3월 1일", "2024-03-01"),
    ("2024年13月1日", None),  # no thirteenth month
])
def test_japanese_chinese_and_korean_dates_are_read(words, day):
    read = read_date(words)
    assert (read.isoformat() if read else None) == day


@pytest.mark.parametrize(("lines", "day"), [
    (["* 制定: 2024年3月1日", "* 一般社団法人PyCon JP Association"], "2024-03-01"),
    (["当法人はこのポリシーを遵守します。", "制定日\uff1a2024年8月26日"], "2024-08-26"),
    (["* 改定: 2024年3月1日"], None),  # revised, not enacted
])
def test_a_japanese_page_s_enactment_date_is_its_approval_date(lines, day):
    assert found(facts_of(*lines, title="プライバシーポリシー"), "approved_on") == day
