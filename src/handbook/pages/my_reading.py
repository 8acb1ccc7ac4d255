"""The "My reading" page (/my-reading/): the current policies for a reader's role, and what this browser
has confirmed.

As plain HTML it is a list of every current policy with whom it applies to, a link to it and, for a
policy that asks for it, the link to confirm a reading on the school's form. ``assets/my-reading.js``
(with ``kept-on-device.js``) then lets the reader choose a role, shows only that role's policies,
ticks those read, and flags those changed since (another version or text code than the one ticked).
Ticks are kept in this browser's localStorage only while "Remember on this device" is ticked;
the page sends nothing anywhere.
"""

from __future__ import annotations

import json

from ..acknowledgements.form_link import AcknowledgementForm, text_hash
from ..markdown_extensions.text import escape_markdown
from ..model import Handbook, Policy, Status
from . import acknowledgement_links, theme
from .formatting import html_attributes
from .paths import INDEX_PATH, MY_READING_PATH, policy_path
from .policy_pages import Page

TITLE = "My reading"
SCRIPT = "../assets/my-reading.js"  # the page is my-reading/index.md: one folder down from the site's root


def my_reading_page(handbook: Handbook, acknowledgement: AcknowledgementForm | None = None) -> Page:
    policies = [p for p in handbook.policies if p.meta.status is Status.CURRENT]
    roles = sorted({role for p in policies for role in p.meta.applies_to}, key=str.casefold)
    options = "\n".join(
        f"<option {html_attributes({'value': role})}>{escape_markdown(role)}</option>" for role in roles
    )
    items = "\n".join(_item(policy, acknowledgement) for policy in policies)
    listing = items or f"The handbook has no current policies yet: see [the policies]({theme.page_link(INDEX_PATH)})."
    required = "" if acknowledgement is None else (
        " A policy marked *confirmation required* asks you to confirm, on the school's form, that you have read "
        "its current version: the school keeps that record, not this site."
    )
    return Page(MY_READING_PATH, holds_policy_markup=False, markdown=f"""{theme.front_matter(TITLE)}

# {TITLE}

The current policies and whom each applies to; choose your role to see yours.{required}
{{ .my-reading-intro }}

<form class="my-reading" id="my-reading-form" method="dialog" hidden="hidden">
<p><label for="my-reading-role">My role</label>
<select id="my-reading-role">
<option value="">Every role</option>
{options}
</select></p>
<p class="my-reading-private">Tick each policy as you read it. Nothing is sent anywhere, and nothing is kept
unless you tick "Remember my role and what I have read on this device".</p>
<p><label><input type="checkbox" id="my-reading-remember"> Remember my role and what I have read on this
device</label>
<button type="button" class="{theme.BUTTON}" id="my-reading-forget">Forget what this device keeps</button></p>
<p class="my-reading-status" id="my-reading-status" role="status" aria-live="polite"></p>
</form>

<div class="my-reading-list" id="my-reading-list" markdown>

{listing}

</div>

<script type="module" src="{SCRIPT}" async></script>
""")


def _item(policy: Policy, acknowledgement: AcknowledgementForm | None) -> str:
    """One policy as a list item; its facts for the script ride on an empty span, since Markdown
    cannot put attributes on a list item."""
    meta = policy.meta
    required = acknowledgement is not None and acknowledgement.requires(policy)
    facts = {
        "class": "my-reading-facts",
        "data-policy": meta.id,
        "data-title": meta.title,
        "data-version": meta.version,
        "data-hash": text_hash(policy),
        "data-applies-to": json.dumps(list(meta.applies_to), ensure_ascii=False),
        "data-required": "true" if required else "false",
    }
    audience = ", ".join(map(escape_markdown, meta.applies_to))
    confirm = ""
    if acknowledgement is not None and required:
        confirm = f" *Confirmation required:* {acknowledgement_links.link_html(policy, acknowledgement)}."
    return (f"- [{escape_markdown(meta.title)}]({theme.page_link(policy_path(policy))}), "
            f"version {escape_markdown(meta.version)}, for {audience}.{confirm} <span {html_attributes(facts)}></span>")
