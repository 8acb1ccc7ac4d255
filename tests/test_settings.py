"""The build's settings (handbook.mkdocs_build.config): mkdocs.yml's extra.handbook, then the environment."""

from __future__ import annotations

import re
from datetime import date

import pytest
from helpers import REPO

from handbook.mkdocs_build import config as settings
from handbook.source import environment


def test_defaults_then_mkdocs_yml_then_the_environment():
    assert settings.load({}, None, {}).pdf is True
    from_file = settings.load({"pdf": False, "pdf_timeout": 30}, None, {})
    assert (from_file.pdf, from_file.pdf_timeout) == (False, 30)
    overridden = settings.load({"pdf": False}, None, {"HANDBOOK_PDF": "yes", "HANDBOOK_POLICY_SRC": "elsewhere"})
    assert (overridden.pdf, overridden.policy_src) == (True, "elsewhere")


@pytest.mark.parametrize(
    ("options", "environ", "message"),
    [
        ({"pdf_timout": 5}, {}, "extra.handbook.pdf_timout: Unrecognised configuration name: pdf_timout"),
        ({"pdf": "maybe"}, {}, "extra.handbook.pdf: Expected type: <class 'bool'>"),
        ({}, {"HANDBOOK_PDF": "maybe"}, "HANDBOOK_PDF is 'maybe': write true or false"),
        ({}, {"HANDBOOK_PDF_TIMEOUT": "soon"}, "HANDBOOK_PDF_TIMEOUT is 'soon': write a number of seconds"),
        ({"pdf_timeout": 0}, {}, "extra.handbook.pdf_timeout is 0: give a number of seconds above 0"),
        ("yes", {}, "extra.handbook in mkdocs.yml must be a mapping"),
    ],
)
def test_a_bad_setting_is_named_with_its_fix(options, environ, message):
    with pytest.raises(settings.SettingError, match=re.escape(message)):
        settings.load(options, None, environ)


def test_build_date_comes_from_source_date_epoch_or_says_what_is_wrong():
    assert settings.build_date({"SOURCE_DATE_EPOCH": "1780000000"}) == date(2026, 5, 28)
    for bad in ("yesterday", "1e99", "99999999999999999999"):
        with pytest.raises(settings.SettingError, match=f"SOURCE_DATE_EPOCH is '{bad}': give the build's date"):
            settings.build_date({"SOURCE_DATE_EPOCH": bad})


def test_every_variable_is_documented_in_the_hosting_guide():
    guide = (REPO / "docs" / "hosting.md").read_text(encoding="utf-8")
    for name in [*environment.OVERRIDES, *environment.OTHER_VARIABLES]:
        assert f"`{name}`" in guide, name
