"""The "Confirm you have read version X" link of a policy that asks for it, as a policy page shows it.

The link is a plain link to the school's form (handbook.acknowledgements.form_link): the page sends
nothing anywhere; the reader follows the link and sends the form. ``rel="noreferrer"`` keeps the
page's own address out of what the form service is told. The print stylesheet and the PDFs leave it out.
"""

from __future__ import annotations

import html

from ..acknowledgements.form_link import AcknowledgementForm, text_hash
from ..markdown_extensions.text import escape_markdown
from ..model import Policy
from . import theme
from .paths import MY_READING_PATH

LINK_CLASS = "acknowledge-link"
BLOCK_CLASS = "policy-acknowledge"


def link_text(policy: Policy) -> str:
    return f"Confirm you have read version {escape_markdown(policy.meta.version)}"


def link_html(policy: Policy, form: AcknowledgementForm, *classes: str) -> str:
    """The link as inline HTML (its href escaped), for Markdown to leave as it is."""
    attributes = f'class="{" ".join([*classes, LINK_CLASS])}" href="{html.escape(form.link(policy))}" rel="noreferrer"'
    return f"<a {attributes}>{link_text(policy)}</a>"


def after_text_block(policy: Policy, form: AcknowledgementForm) -> str:
    """The block after the policy's text, where a reader finishes reading."""
    version = escape_markdown(policy.meta.version)
    if form.template.scheme == "mailto":
        opens = "starts an e-mail to the school with this policy, its version and"
        then = "send the e-mail to confirm"
    else:
        opens = "opens the school's form with this policy, its version and"
        then = "send the form to confirm"
    return (
        f'<div class="{BLOCK_CLASS}" markdown>\n\n'
        f"**Have you read it?** The school asks everyone this policy applies to to confirm that they have read "
        f"version {version}. The button {opens} the code `{text_hash(policy)}` of this text filled in; {then}. "
        "This page sends nothing itself.\n\n"
        f"{link_html(policy, form, *theme.PRIMARY_BUTTON.split())}\n\n"
        f"[My reading]({theme.page_link(MY_READING_PATH)}) lists the policies for your role and keeps, "
        "on this device only if you ask, which you have read.\n\n"
        "</div>"
    )
