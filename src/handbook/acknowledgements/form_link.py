"""The link to the school's acknowledgement form: a URL template filled in for one version of a policy.

The template (``extra.handbook.acknowledgement_form``) is the form's address with placeholders:

    https://forms.office.com/Pages/ResponsePage.aspx?id=FORM&rPolicy={policy}&rVersion={version}&rCode={hash}
    mailto:office@example.org?subject=Read%20{title}%20version%20{version}&body=Code%20{hash}

``{policy}`` is the policy's id, ``{version}`` its version, ``{title}`` its title and ``{hash}`` the
code of the exact text of that version (``text_hash``). Each value is percent-encoded as UTF-8
(RFC 3986; a space is ``%20``, never ``+``), which both web forms and ``mailto:`` (RFC 6068) read.
"""

from __future__ import annotations

import hashlib
import string
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from ..model import Policy

PLACEHOLDERS = ("policy", "version", "title", "hash")
SCHEMES = ("https", "http", "mailto")
HASH_LENGTH = 12  # hex digits of sha256: short enough to type, long enough never to collide by chance


class FormTemplateError(ValueError):
    """The template cannot make a link; the message says what to write instead."""


def published_text(policy: Policy) -> str:
    """The words of a version as its page shows them: title, headings, introductions, numbered clauses.

    Front matter (owner, dates, status) is left out: correcting an owner's name changes no one's reading."""
    parts = [policy.meta.title]
    for section in policy.sections:
        if section.heading is not None:
            parts.append(section.heading)
        if section.intro:
            parts.append(section.intro)
        parts += [f"{clause.label} {clause.text}" for clause in section.clauses]
    return "\n\n".join(parts)


def text_hash(policy: Policy) -> str:
    """The code of a version's exact text: the first 12 hex digits of the sha256 of ``published_text``."""
    return hashlib.sha256(published_text(policy).encode("utf-8")).hexdigest()[:HASH_LENGTH]


@dataclass(frozen=True)
class FormTemplate:
    """A checked template: ``fill`` cannot fail."""

    template: str

    def fill(self, values: dict[str, str]) -> str:
        encoded = {name: quote(values[name], safe="") for name in PLACEHOLDERS}
        return self.template.format_map(encoded)

    @property
    def scheme(self) -> str:
        return urlsplit(self.template).scheme.lower()


def parse_template(template: str) -> FormTemplate:
    """The template, checked: known placeholders only, an https, http or mailto address, no spaces."""
    template = template.strip()
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(template)
                  if name is not None]
    except ValueError as error:
        raise FormTemplateError(f"'{template}' has a stray brace ({error}); write '{{{{' or '}}}}' for a brace "
                                "itself, and placeholders as {policy}, {version}, {title} or {hash}") from None
    for name, spec, conversion in fields:
        if name not in PLACEHOLDERS:
            raise FormTemplateError(f"'{template}' has the unknown placeholder '{{{name}}}'; use "
                                    + ", ".join(f"{{{known}}}" for known in PLACEHOLDERS))
        if spec or conversion:
            raise FormTemplateError(f"'{template}' writes a placeholder with a format; write just {{{name}}}")
    if any(character.isspace() or ord(character) < 32 for character in template):
        raise FormTemplateError(f"'{template}' holds a space or line break; write a space as %20")
    parts = urlsplit(template)
    if parts.scheme.lower() not in SCHEMES:
        raise FormTemplateError(f"'{template}' is not an https://, http:// or mailto: address")
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        raise FormTemplateError(f"'{template}' names no site after '{parts.scheme}://'")
    return FormTemplate(template)


@dataclass(frozen=True)
class AcknowledgementForm:
    """The school's form, and which policies ask for it: those with ``acknowledge: true``, or all."""

    template: FormTemplate
    every_policy: bool = False

    def requires(self, policy: Policy) -> bool:
        return self.every_policy or policy.meta.acknowledge

    def link(self, policy: Policy) -> str:
        """The filled link for ``policy``'s version."""
        meta = policy.meta
        return self.template.fill(
            {"policy": meta.id, "version": meta.version, "title": meta.title, "hash": text_hash(policy)}
        )
