"""The Markdown (mostly plain HTML) of a policy's self-check page.

The page works in layers. As plain HTML it shows every question with links to the clauses they
cite, so it reads well without JavaScript. ``assets/selfcheck.js``, a JavaScript module, then
enables the form and runs ``handbook.selfcheck.checker`` under Pyodide in a Web Worker; it imports
the page's other modules from beside it (``assets/selfcheck-worker-client.js``, ``-view.js`` and
``kept-on-device.js``). The form's method is "dialog", so even without JavaScript submitting it sends
nothing anywhere.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from ..markdown_extensions.text import escape_markdown
from ..pages import theme
from ..pages.formatting import json_script
from .checklist import PolicyChecklist
from .checklist_model import Platform

PAGE_NAME = "self-check.md"


def page_path(item: PolicyChecklist) -> str:
    """Beside the policy's page: ``social-media/self-check.md`` -> /social-media/self-check/."""
    return f"{item.policy.meta.id}/{PAGE_NAME}"


def page_markdown(
    item: PolicyChecklist, policy_md_path: str, policy_href: str, pyodide_href: str, script_href: str,
    service_worker_href: str = "", wheel_file: str = "",
) -> str:
    """The page. ``policy_href`` is the policy page's URL relative to this page ("../"),
    ``pyodide_href`` the folder holding Pyodide and the checker's wheel (``wheel_file``),
    ``script_href`` the page's script, ``service_worker_href`` the service worker that keeps them
    for the next visit and offline use (none when empty), relative likewise. The script comes right
    after the form rather than with the theme's scripts at the end, and is ``async`` (a module is
    otherwise run only once the whole page is read), so the form works and Pyodide starts loading
    as early as possible."""
    checklist = item.checklist
    rules = checklist.text_rules
    policy = item.policy
    messages = checklist.messages
    clause_links = {c.dotted: {"href": f"{policy_href}#{c.anchor}", "citation": policy.citation(c)}
                    for c in item.cited_clauses()}

    def cite(number: str) -> str:
        if not number:
            return f'<span class="selfcheck-guidance">{html.escape(messages["guidance"])}</span>'
        return f'<a href="{_attr(clause_links[number]["href"])}">{html.escape(messages["clause"])} {number}</a>'

    platforms = "\n".join(_platform_fieldset(p, cite) for p in checklist.platforms)
    data = json.dumps({"checklist": json.loads(checklist.to_json()), "clauses": clause_links}, ensure_ascii=False)
    looks_for = [f"for the school's name and for school roles ({cite(rules.identifying_clause)})"]
    if rules.disclaimer_clause:
        looks_for.append(f"for a disclaimer ({cite(rules.disclaimer_clause)})")
    post_clauses = sorted({c.clause for language in rules.languages for c in language.posts}
                          | ({rules.identifies_people_clause} - {""}), key=lambda n: tuple(map(int, n.split("."))))
    if post_clauses:
        cited = " and ".join(cite(n) for n in post_clauses)
        looks_for.append(f"in a post, for what {cited} {'are' if len(post_clauses) > 1 else 'is'} about")
    worker_attributes = ""
    if service_worker_href:
        worker_attributes = (f' data-service-worker="{_attr(service_worker_href)}"'
                             f' data-wheel="{_attr(wheel_file)}"')
    return f"""{theme.front_matter(checklist.title)}

# {escape_markdown(checklist.title)}

A private check against the [{escape_markdown(policy.meta.title)}]({policy_md_path}): paste a profile or
a post and answer a few questions about your privacy settings, and get a list of what to do.
{{ .selfcheck-intro }}

<form class="selfcheck" id="selfcheck" method="dialog" data-pyodide="{_attr(pyodide_href)}"{worker_attributes}
      novalidate>
<p class="selfcheck-private" id="selfcheck-private"><strong>Nothing you type or choose leaves this
browser.</strong> The check runs on your device, and nothing is kept unless you tick
"Remember my answers on this device".</p>
<noscript><p class="selfcheck-noscript">The check runs in your browser and needs JavaScript, which is
off. The questions and the clauses they come from are all below.</p></noscript>
<h2 id="profile-text-check">1. Profile text check</h2>
<p>Paste your profile bio or a draft post. The check looks {_listed(looks_for)}.
Where judgement is needed it says "consider": you know what you meant.</p>
<p><label for="selfcheck-text">Profile bio or draft post</label>
<textarea id="selfcheck-text" name="text" rows="5" spellcheck="false"></textarea></p>
<h2 id="privacy-settings">2. Privacy settings</h2>
<p>Answer for each platform you use; leave the others blank.</p>
{platforms}
<div class="selfcheck-actions" hidden>
<button type="submit" class="{theme.PRIMARY_BUTTON}" id="selfcheck-run">Check</button>
<label class="selfcheck-remember"><input type="checkbox" id="selfcheck-remember">
Remember my answers on this device</label>
<button type="button" class="{theme.BUTTON}" id="selfcheck-forget">Forget my saved answers</button>
</div>
<p class="selfcheck-status" id="selfcheck-status" role="status" aria-live="polite"></p>
</form>
<section class="selfcheck-result" id="selfcheck-result" aria-labelledby="selfcheck-result-title" tabindex="-1" hidden>
<h2 id="selfcheck-result-title">Your result</h2>
<div id="selfcheck-findings"></div>
<div class="selfcheck-result-tools">
<button type="button" class="{theme.BUTTON}" id="selfcheck-print">Print</button>
<button type="button" class="{theme.BUTTON}" id="selfcheck-copy">Copy result</button>
<button type="button" class="{theme.BUTTON}" id="selfcheck-save">Save as a text file</button>
</div>
</section>
{json_script("selfcheck-data", data)}
<script type="module" src="{_attr(script_href)}" async></script>
"""


def _platform_fieldset(platform: Platform, cite: Callable[[str], str]) -> str:
    questions = []
    for question in platform.questions:
        choices = "\n".join(
            f'<label><input type="radio" name="{_attr(question.key)}" value="{_attr(choice.id)}"> '
            f"{html.escape(choice.label)}</label>"
            for choice in question.choices
        )
        questions.append(
            f'<fieldset class="selfcheck-question"><legend>{html.escape(question.text)} '
            f'<span class="selfcheck-cites">({cite(question.clause)})</span></legend>\n{choices}\n</fieldset>'
        )
    body = "\n".join(questions)
    return f'<fieldset class="selfcheck-platform"><legend>{html.escape(platform.name)}</legend>\n{body}\n</fieldset>'


def _listed(parts: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)
