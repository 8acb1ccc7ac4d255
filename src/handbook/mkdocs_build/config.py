"""The handbook's settings: ``extra.handbook`` in mkdocs.yml, then the environment, validated once.

Declared with MkDocs' ``config_options``, as Material's plugins declare theirs. Every environment
variable the build reads is named in handbook.source.environment (``OVERRIDES``, ``OTHER_VARIABLES``)
and read here; the commands read only the policy folder's, there too.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig

from ..acknowledgements.form_link import AcknowledgementForm, FormTemplateError, parse_template
from ..printing.pdf import DEFAULT_TIMEOUT_S
from ..source.environment import DEFAULT_POLICY_SRC, OVERRIDES


class HandbookConfig(Config):
    policy_src = c.Type(str, default=DEFAULT_POLICY_SRC)  # relative to mkdocs.yml
    pdf = c.Type(bool, default=True)  # handbook.pdf, a PDF per policy, and their links
    pdf_timeout = c.Type((int, float), default=DEFAULT_TIMEOUT_S)  # seconds the PDFs may take
    pdf_cache = c.Type(str, default=".cache/pdf")  # PDFs kept by the hash of what they are made from
    # Rendered pages kept by the hash of what they are made from (handbook.mkdocs_build.page_cache); "": none.
    page_cache = c.Type(str, default=".cache/handbook")
    # The school's form for "I have read this version": a URL template (handbook.acknowledgements.form_link).
    acknowledgement_form = c.Type(str, default="")
    acknowledge_all = c.Type(bool, default=False)  # every policy asks for it, not only those with acknowledge: true

    @property
    def acknowledgement(self) -> AcknowledgementForm | None:
        """The form and the policies that ask for it; None when the handbook has no form."""
        if not self.acknowledgement_form.strip():
            return None
        return AcknowledgementForm(parse_template(self.acknowledgement_form), self.acknowledge_all)


_TRUE, _FALSE = {"true", "yes", "on", "1"}, {"false", "no", "off", "0"}
_TRUE_OR_FALSE = ("pdf", "acknowledge_all")


class SettingError(Exception):
    """A setting in mkdocs.yml or the environment is wrong; the message names it and the fix."""


def from_environment(options: Mapping[str, object], environ: Mapping[str, str]) -> dict[str, object]:
    """``options`` (``extra.handbook``) with the environment's overrides, each turned into its type."""
    merged = dict(options)
    for name, setting in OVERRIDES.items():
        raw = environ.get(name)
        if raw is None:
            continue
        if setting in _TRUE_OR_FALSE:
            if raw.strip().lower() not in _TRUE | _FALSE:
                raise SettingError(f"{name} is '{raw}': write true or false")
            merged[setting] = raw.strip().lower() in _TRUE
        elif setting == "pdf_timeout":
            merged["pdf_timeout"] = _seconds(name, raw)
        else:
            merged[setting] = raw
    return merged


def load(
    options: Mapping[str, object], config_file: str | None, environ: Mapping[str, str] = os.environ
) -> HandbookConfig:
    """The validated settings, or SettingError naming every problem."""
    if not isinstance(options, Mapping):
        raise SettingError(f"extra.handbook in mkdocs.yml must be a mapping of settings, not '{options}'")
    config = HandbookConfig(config_file_path=config_file)
    config.load_dict(from_environment(options, environ))
    errors, warnings = config.validate()
    problems = [f"extra.handbook.{key}: {error}" for key, error in [*errors, *warnings]]
    if not problems and config.pdf_timeout <= 0:
        problems.append(f"extra.handbook.pdf_timeout is {config.pdf_timeout}: give a number of seconds above 0")
    if not problems:
        try:
            config.acknowledgement  # noqa: B018 (read only to check the template)
        except FormTemplateError as error:
            overridden = " (from HANDBOOK_ACKNOWLEDGEMENT_FORM)" if "HANDBOOK_ACKNOWLEDGEMENT_FORM" in environ else ""
            problems.append(f"extra.handbook.acknowledgement_form{overridden}: {error}")
    if problems:
        raise SettingError("; ".join(problems))
    return config


def build_date(environ: Mapping[str, str] = os.environ) -> date:
    """Today, or the day of SOURCE_DATE_EPOCH (the reproducible-builds convention) when it is set."""
    raw = environ.get("SOURCE_DATE_EPOCH")
    if raw is None:
        return datetime.now(UTC).date()
    try:
        return datetime.fromtimestamp(int(raw), UTC).date()
    except (ValueError, OverflowError, OSError):
        raise SettingError(
            f"SOURCE_DATE_EPOCH is '{raw}': give the build's date as whole seconds since 1970-01-01 UTC "
            "(for example $(date +%s)), or unset it"
        ) from None


def site_text(config: MkDocsConfig, environ: Mapping[str, str] = os.environ) -> None:
    """The site's name and description, as the environment overrides them."""
    config.site_name = environ.get("HANDBOOK_SITE_NAME") or config.site_name
    config.site_description = environ.get("HANDBOOK_SITE_DESCRIPTION") or config.site_description


def _seconds(name: str, raw: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise SettingError(f"{name} is '{raw}': write a number of seconds") from None
