"""Read-and-acknowledge on the site: the form's template, the text code, the front-matter key, the
"Confirm you have read version X" link on policy pages and the My reading page."""

from __future__ import annotations

import hashlib
import html
import re
import xml.etree.ElementTree as etree
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from helpers import policy_source

from handbook.acknowledgements.form_link import (
    AcknowledgementForm,
    FormTemplateError,
    parse_template,
    published_text,
    text_hash,
)
from handbook.errors import PolicySourceError
from handbook.mkdocs_build import config as settings
from handbook.model import Handbook
from handbook.pages import policy_pages
from handbook.pages.my_reading import my_reading_page
from handbook.pages.paths import RESERVED_FOLDERS
from handbook.source.policy_file import parse_policy

TODAY = date(2026, 6, 1)
TEMPLATE = "https://forms.example.org/r?id=F1&p={policy}&v={version}&t={title}&h={hash}"


def policy(body: str = "1. First.\n2. Second.\n", **front_matter: str):
    return parse_policy(policy_source(body, **front_matter), Path("policy_src/test-policy/policy.md"))


def form(template: str = TEMPLATE, every_policy: bool = False) -> AcknowledgementForm:
    return AcknowledgementForm(parse_template(template), every_policy)


# --- the template ---------------------------------------------------------------------------


def test_each_placeholder_is_filled_and_percent_encoded():
    odd = policy(title="'Fish & \"Chips\" / Café Ysgol Ŵ'", version='"2.0 beta"')
    link = form().link(odd)
    assert link == (
        "https://forms.example.org/r?id=F1&p=test-policy&v=2.0%20beta"
        "&t=Fish%20%26%20%22Chips%22%20%2F%20Caf%C3%A9%20Ysgol%20%C5%B4&h=" + text_hash(odd)
    )


def test_a_mailto_template_encodes_spaces_as_percent_20_not_plus_and_keeps_literal_braces():
    odd = policy(title="'Health & Safety'")
    link = form("mailto:office@example.org?subject=Read%20{title}%20{{v{version}}}&body={hash}").link(odd)
    assert link == f"mailto:office@example.org?subject=Read%20Health%20%26%20Safety%20{{v1.0}}&body={text_hash(odd)}"
    assert "+" not in link


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("https://forms.example.org/r?p={who}", "unknown placeholder '{who}'; use {policy}, {version}, {title}"),
        ("https://forms.example.org/r?p={policy", "stray brace"),
        ("https://forms.example.org/r?p={policy!r}", "placeholder with a format"),
        ("https://forms.example.org/r?p={version:>5}", "placeholder with a format"),
        ("ftp://forms.example.org/{policy}", "is not an https://, http:// or mailto: address"),
        ("javascript:alert({policy})", "is not an https://, http:// or mailto: address"),
        ("forms.example.org/{policy}", "is not an https://, http:// or mailto: address"),
        ("https:///r?p={policy}", "names no site"),
        ("https://forms.example.org/r?p={policy} now", "holds a space"),
    ],
)
def test_a_bad_template_is_a_setting_error_naming_the_setting(template, message):
    with pytest.raises(FormTemplateError, match=re.escape(message)):
        parse_template(template)
    with pytest.raises(settings.SettingError, match=r"^extra\.handbook\.acknowledgement_form: .*" + re.escape(message)):
        settings.load({"acknowledgement_form": template}, None, {})
    with pytest.raises(settings.SettingError, match=re.escape("(from HANDBOOK_ACKNOWLEDGEMENT_FORM)")):
        settings.load({}, None, {"HANDBOOK_ACKNOWLEDGEMENT_FORM": template})


def test_the_settings_and_their_overrides():
    assert settings.load({}, None, {}).acknowledgement is None
    from_file = settings.load({"acknowledgement_form": TEMPLATE}, None, {}).acknowledgement
    assert from_file == AcknowledgementForm(parse_template(TEMPLATE), every_policy=False)
    overridden = settings.load({"acknowledgement_form": "https://old.example.org/{policy}"}, None,
                               {"HANDBOOK_ACKNOWLEDGEMENT_FORM": TEMPLATE, "HANDBOOK_ACKNOWLEDGE_ALL": "yes"})
    assert overridden.acknowledgement == AcknowledgementForm(parse_template(TEMPLATE), every_policy=True)
    with pytest.raises(settings.SettingError, match="HANDBOOK_ACKNOWLEDGE_ALL is 'maybe': write true or false"):
        settings.load({}, None, {"HANDBOOK_ACKNOWLEDGE_ALL": "maybe"})


# --- the text code --------------------------------------------------------------------------


def test_the_text_code_is_12_hex_of_the_sha256_of_the_published_text_and_follows_the_words_only():
    original = policy("# Rules\n\nIntro.\n\n1. First.\n2. Second.\n")
    code = text_hash(original)
    assert code == hashlib.sha256(published_text(original).encode("utf-8")).hexdigest()[:12]
    assert re.fullmatch(r"[0-9a-f]{12}", code)
    assert text_hash(policy("# Rules\n\nIntro.\n\n1. First.\n2. Second.\n", owner="Someone Else")) == code
    for changed in ("# Rules\n\nIntro.\n\n1. First.\n2. Second!\n", "# Rule\n\nIntro.\n\n1. First.\n2. Second.\n",
                    "# Rules\n\nIntro!\n\n1. First.\n2. Second.\n"):
        assert text_hash(policy(changed)) != code


# --- front matter ---------------------------------------------------------------------------


def test_acknowledge_is_read_from_front_matter_and_defaults_to_false():
    assert policy(acknowledge="true").meta.acknowledge is True
    assert policy(acknowledge="False").meta.acknowledge is False
    assert policy().meta.acknowledge is False


@pytest.mark.parametrize("value", ["maybe", "yes", "1", "[true]"])
def test_acknowledge_that_is_not_true_or_false_names_the_file_and_line(value):
    with pytest.raises(PolicySourceError) as raised:
        policy(acknowledge=value)
    assert re.match(r"policy_src/test-policy/policy\.md:13: 'acknowledge", str(raised.value)), str(raised.value)


# --- the policy page ------------------------------------------------------------------------


def rendered(page_markdown: str) -> etree.Element:
    body = re.sub(r"^---\n.*?\n---\n", "", page_markdown, flags=re.DOTALL)
    converted = markdown.Markdown(extensions=policy_pages.MARKDOWN_EXTENSIONS).convert(body)
    return etree.fromstring(f"<div>{converted}</div>")


def acknowledge_links(root: etree.Element) -> list[etree.Element]:
    return [a for a in root.iter("a") if "acknowledge-link" in a.get("class", "").split()]


def test_a_policy_that_asks_shows_the_filled_link_in_its_details_and_after_its_text():
    odd = policy(acknowledge="true", title="'Fish & \"Chips\"'")
    root = rendered(policy_pages.policy_page(odd, Handbook((odd,)), TODAY, acknowledgement=form()).markdown)
    links = acknowledge_links(root)
    assert len(links) == 2
    assert {a.get("href") for a in links} == {form().link(odd)}
    assert "t=Fish%20%26%20%22Chips%22" in links[0].get("href")
    assert all(a.get("rel") == "noreferrer" and "".join(a.itertext()) == "Confirm you have read version 1.0"
               for a in links)
    meta_box = root.find(".//div[@class='policy-meta']")
    assert acknowledge_links(meta_box), "the details box holds the link"
    after = root.find(".//div[@class='policy-acknowledge']")
    blocks = list(root)
    assert blocks.index(after) > blocks.index(root.find(".//div[@class='policy-body']")), "after the text"
    assert text_hash(odd) in "".join(after.itertext())


@pytest.mark.parametrize(
    ("front_matter", "acknowledgement"),
    [
        ({}, form()),  # the policy does not ask
        ({"acknowledge": "true"}, None),  # no form set
        ({"acknowledge": "true", "status": "draft"}, form()),  # not current
    ],
)
def test_no_link_when_the_policy_does_not_ask_there_is_no_form_or_it_is_not_current(front_matter, acknowledgement):
    item = policy(**front_matter)
    page = policy_pages.policy_page(item, Handbook((item,)), TODAY, acknowledgement=acknowledgement)
    assert acknowledge_links(rendered(page.markdown)) == []
    assert "Confirm you have read" not in page.markdown


def test_acknowledge_all_asks_for_every_current_policy():
    item = policy()
    page = policy_pages.policy_page(item, Handbook((item,)), TODAY, acknowledgement=form(every_policy=True))
    assert len(acknowledge_links(rendered(page.markdown))) == 2


# --- My reading -----------------------------------------------------------------------------


def test_my_reading_lists_current_policies_with_their_facts_and_roles():
    asks = policy(acknowledge="true", title="'<script>alert(1)</script> & Co'", applies_to="[staff, governors]")
    other = parse_policy(policy_source(id="other", title="Other", applies_to="[volunteers]", status="current"),
                         Path("policy_src/other/policy.md"))
    draft = parse_policy(policy_source(id="draft-one", status="draft"), Path("policy_src/draft-one/policy.md"))
    page = my_reading_page(Handbook((asks, other, draft)), form())
    assert page.path == "my-reading/index.md"
    assert "<script>alert" not in page.markdown
    elements = Elements()
    body = re.sub(r"^---\n.*?\n---\n", "", page.markdown, flags=re.DOTALL)
    elements.feed(markdown.Markdown(extensions=policy_pages.MARKDOWN_EXTENSIONS).convert(body))
    facts = {attrs["data-policy"]: attrs for tag, attrs in elements.found if attrs.get("class") == "my-reading-facts"}
    assert set(facts) == {"test-policy", "other"}, "drafts are not listed"
    assert facts["test-policy"]["data-hash"] == text_hash(asks)
    assert facts["test-policy"]["data-applies-to"] == '["staff", "governors"]'
    assert (facts["test-policy"]["data-required"], facts["other"]["data-required"]) == ("true", "false")
    links = [attrs["href"] for tag, attrs in elements.found if "acknowledge-link" in attrs.get("class", "")]
    assert links == [form().link(asks)]
    assert [attrs["value"] for tag, attrs in elements.found if tag == "option"] == ["", "governors", "staff",
                                                                                     "volunteers"]
    assert ("script", {"type": "module", "src": "../assets/my-reading.js", "async": None}) in elements.found
    assert html.escape("<script>") in page.markdown


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def test_no_policy_may_take_the_my_reading_address():
    assert "my-reading" in RESERVED_FOLDERS
