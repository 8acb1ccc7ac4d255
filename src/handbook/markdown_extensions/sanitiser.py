"""Policy text never becomes markup: what is published passes through nh3 (Rust's ammonia, which parses
HTML as browsers do) keeping only the elements, attributes and addresses of an allow-list.

Two allow-lists, one a part of the other:

- ``POLICY_TEXT``: what the Markdown of policy text makes (paragraphs, lists, tables, links, images,
  admonitions, headings), an id and classes from an attribute list, and of raw HTML ``<br>``,
  ``<abbr title>``, ``<sup>`` and ``<sub>``. The check of each piece of text as it is read
  (handbook.markdown_extensions.policy_markup) uses it;
- ``PAGE``: that, and what the generated pages add around it (clause wrappers and their ``data-*`` for
  handbook.js and history.js, banners, the version form, the change log's redlines and menus). Every page
  built from policy files is published through it (handbook.pages.published_markup, the build, printing).

Derived from what the pages emit: every generated page of the seed and the example handbooks, rendered,
and the elements and attributes they hold collected (docs/authoring.md, "HTML in policy text").

Comments, CDATA, processing instructions, ``script``, ``style``, ``meta``, event handlers, ``style``
attributes (but for a table column's alignment) and addresses other than http(s), mailto, tel and this
site never survive. Images must be on this site.

What had to be removed is found soundly: the same HTML is also put through nh3 with everything allowed
(comments kept; a normalisation by the same parser), and the two results, parsed again, are compared
token by token. Anything the allow-list took away shows as a difference, described in ``Removal``.
"""

from __future__ import annotations

import difflib
import functools
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

from .addresses import read_address

RAW_HTML_ELEMENTS = ("br", "abbr", "sup", "sub")  # the raw HTML policy text may hold, as the guide says
_TABLE_ALIGNMENT = frozenset(f"text-align: {side};" for side in ("left", "center", "right"))


@dataclass(frozen=True, eq=False)  # compared (and cached) as the one object it is
class AllowList:
    attributes: Mapping[str, frozenset[str]]  # element -> attributes allowed with any value
    values: Mapping[str, Mapping[str, frozenset[str]]]  # element -> attribute -> the values allowed
    schemes: frozenset[str]  # of links; images are on this site only
    anywhere: frozenset[str] = frozenset({"id", "class"})  # attributes every element may have

    def extended(self, attributes: Mapping[str, set[str]], values: Mapping[str, Mapping[str, set[str]]]) -> AllowList:
        merged = {tag: self.attributes.get(tag, frozenset()) | names for tag, names in attributes.items()}
        merged_values = {tag: {**self.values.get(tag, {}), **{k: frozenset(v) for k, v in named.items()}}
                         for tag, named in values.items()}
        return AllowList({**self.attributes, **merged}, {**self.values, **merged_values}, self.schemes, self.anywhere)


_MARKDOWN_ELEMENTS = (
    "p", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "a", "img", "div",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd",
)  # fmt: skip

POLICY_TEXT = AllowList(
    attributes={
        **{tag: frozenset() for tag in (*_MARKDOWN_ELEMENTS, *RAW_HTML_ELEMENTS)},
        "a": frozenset({"href", "title"}),
        "img": frozenset({"src", "alt", "title"}),
        "ol": frozenset({"start"}),
        "abbr": frozenset({"title"}),
    },
    values={"th": {"style": _TABLE_ALIGNMENT}, "td": {"style": _TABLE_ALIGNMENT}},
    schemes=frozenset({"http", "https", "mailto", "tel", "policy"}),  # policy: before the page resolves it
)

# What policy text may write as HTML itself (the rest it writes in Markdown), as the authoring guide says.
RAW_HTML = AllowList(
    attributes={tag: POLICY_TEXT.attributes[tag] for tag in RAW_HTML_ELEMENTS},
    values={},
    schemes=frozenset(),
    anywhere=frozenset(),
)

_HIDDEN = frozenset({"hidden"})
PAGE = AllowList(POLICY_TEXT.attributes, POLICY_TEXT.values, POLICY_TEXT.schemes - {"policy"}).extended(
    attributes={
        "a": {"rel"},  # "external noopener": handbook.markdown_extensions.external_links
        "div": {"data-citation", "data-current-anchor", "data-current-version", "data-depth", "data-name",
                "data-review-due"},
        "li": {"data-citation"},
        "ol": {"data-kind"},
        "span": {"data-forward"},
        "p": set(), "del": set(), "ins": set(), "section": set(),
        "time": {"datetime"},
        "form": set(), "label": {"for"}, "input": {"name"}, "output": {"for"},
        "select": {"name"}, "option": {"value"}, "button": set(),
        "article": {"data-running"}, "aside": set(), "nav": set(),  # the print documents
    },
    values={
        "div": {"role": {"alert", "note"}, "hidden": _HIDDEN},
        "span": {"role": {"note"}},
        "form": {"hidden": _HIDDEN},
        "input": {"type": {"date"}},
        "output": {"aria-live": {"polite"}},
        "button": {"type": {"submit"}},
    },
)


@dataclass(frozen=True)
class Removal:
    """Something the allow-list took out of the HTML."""

    message: str  # what was found and what to write instead
    found: tuple[str, ...]  # text to look for in the policy's source, most telling first
    ids_before: tuple[str, ...]  # the ids of the elements before it, nearest last: which clause it is in


@dataclass(frozen=True)
class Sanitised:
    html: str
    removals: tuple[Removal, ...]


def sanitise(markup: str, allowed: AllowList = PAGE) -> str:
    """``markup`` with everything the allow-list does not name taken out."""
    return _cleaner(allowed).clean(markup)


def sanitised(markup: str, allowed: AllowList = PAGE) -> Sanitised:
    """``markup`` sanitised, and what that took out of it."""
    kept = sanitise(markup, allowed)
    everything = _normalised(markup)
    if kept == everything:
        return Sanitised(kept, ())
    return Sanitised(kept, tuple(_removals(_tokens(everything), _tokens(kept))))


# --- the two passes -------------------------------------------------------------------------------


@functools.cache
def _cleaner(allowed: AllowList) -> nh3.Cleaner:
    def judge_address(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in ("href", "src"):
            return value
        address = read_address(value)
        if address.invisible or (address.scheme and address.scheme not in allowed.schemes):
            return None
        if tag == "img" and address.off_site:
            return None
        return value

    return nh3.Cleaner(
        tags=set(allowed.attributes),
        attributes={"*": set(allowed.anywhere), **{tag: set(names) for tag, names in allowed.attributes.items()}},
        tag_attribute_values={
            tag: {name: set(values) for name, values in by_name.items()} for tag, by_name in allowed.values.items()
        },
        url_schemes=set(allowed.schemes),
        attribute_filter=judge_address,
        strip_comments=True,
        link_rel=None,
    )


# Over-approximations, to let the normalising pass keep everything: any name a tag could have
# ("<" and a letter, up to a space, "/" or ">") and any scheme an address could have.
_TAG_NAME = re.compile(r"</?([A-Za-z][^\t\n\f\r />]*)")
_BEFORE_COLON = re.compile(r":([A-Za-z0-9+.\-]*)")  # in the text read backwards: a colon, the characters before it


def _scheme_names(text: str) -> set[str]:
    """Every scheme an address in ``text`` could have: the scheme characters before each colon, from the
    first letter. Found from each colon back (a search for ":" is quick), not tried at each letter of the
    text (as ``[A-Za-z][A-Za-z0-9+.-]*(?=:)`` is, a third of a page's sanitising), with the same names."""
    runs = (run[::-1].lstrip("0123456789+.-") for run in _BEFORE_COLON.findall(text[::-1]))
    return {run.lower() for run in runs if run}


def _normalised(markup: str) -> str:
    """``markup`` as nh3 reads it, with nothing taken out: every element, attribute and comment kept."""
    tags = {name.lower() for name in _TAG_NAME.findall(markup)}
    readable = html.unescape(markup)
    unwrapped = readable.replace("\t", "").replace("\n", "").replace("\r", "")
    schemes = _scheme_names(markup) | _scheme_names(readable) | _scheme_names(unwrapped)
    return nh3.clean(
        markup,
        tags=tags | set(PAGE.attributes),
        clean_content_tags=set(),
        generic_attribute_prefixes={""},
        url_schemes=schemes | set(PAGE.schemes),
        strip_comments=False,
        link_rel=None,
    )


# --- what was taken out ---------------------------------------------------------------------------

_Token = tuple[str, str, tuple[tuple[str, str], ...]]  # ("start", tag, attributes), ("text", data, ()), ...


class _Tokens(HTMLParser):
    """The tokens of nh3's output, which is serialised so that Python's parser reads it as browsers do."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tokens: list[_Token] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tokens.append(("start", tag, tuple((name, value or "") for name, value in attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.tokens.append(("end", tag, ()))

    def handle_data(self, data: str) -> None:
        self.tokens.append(("text", data, ()))

    def handle_comment(self, data: str) -> None:
        self.tokens.append(("comment", data, ()))


def _tokens(markup: str) -> list[_Token]:
    parser = _Tokens()
    parser.feed(markup)
    parser.close()
    return parser.tokens


def _removals(everything: list[_Token], kept: list[_Token]) -> list[Removal]:
    found = []
    matcher = difflib.SequenceMatcher(None, everything, kept, autojunk=False)
    for operation, first, last, kept_first, kept_last in matcher.get_opcodes():
        if operation == "equal":
            continue
        ids = tuple(dict(token[2]).get("id", "") for token in everything[:first] if token[0] == "start")
        removal = _described(everything[first:last], kept[kept_first:kept_last], tuple(i for i in ids if i))
        if removal:
            found.append(removal)
    return found


def _described(taken: list[_Token], instead: list[_Token], ids: tuple[str, ...]) -> Removal | None:
    for kind, name, attributes in taken:
        if kind == "comment":
            return _comment(name, ids)
        if kind != "start":
            continue
        counterpart = next((t for t in instead if t[0] == "start" and t[1] == name), None)
        if counterpart is None:
            return _element(name, attributes, ids)
        left = [(n, v) for n, v in attributes if (n, v) not in counterpart[2]]
        if left:
            return _attribute(name, *left[0], ids)
    text = "".join(name for kind, name, _ in taken if kind == "text").strip()
    if text:
        return Removal(f"'{text[:60]}' is inside HTML that policy text may not hold", (text[:30],), ids)
    return None


def _comment(data: str, ids: tuple[str, ...]) -> Removal:
    if data.startswith("[CDATA["):
        what, found = "a CDATA section ('<![CDATA[')", ("<![CDATA[", "<!")
    elif data.startswith("?"):
        what, found = "a processing instruction ('<?')", ("<?",)
    else:
        what, found = "an HTML comment ('<!--')", ("<!--", "<!")
    return Removal(
        f"{what} is not allowed in policy text: browsers and the Markdown reader disagree on where some end "
        "('<!-->'), so they can hide HTML. Delete it; to show the characters themselves write \\< for <",
        found,
        ids,
    )


def _element(tag: str, attributes: tuple[tuple[str, str], ...], ids: tuple[str, ...]) -> Removal:
    written = "".join(f' {name}="{value}"' if value else f" {name}" for name, value in attributes)
    return Removal(
        f"'<{tag}{written}>' is HTML, which policy text may not hold (only <br>, <abbr>, <sup> and <sub>); "
        "write it in Markdown, or to show the characters themselves write \\< for <",
        (f"<{tag}",),
        ids,
    )


def _attribute(tag: str, name: str, value: str, ids: tuple[str, ...]) -> Removal:
    probes = (value,) if name in ("href", "src") else (name, value)
    if name in ("href", "src") and read_address(value).invisible:
        message = (f"the address {value!r} holds an invisible or control character, so it does not lead where "
                   "it reads; type it again")
    elif tag == "img" and name == "src":
        message = (f"the image '{value}' is on another site; the handbook requests "
                   "nothing from other sites, so put the image in docs/ and give its address on this site")
    elif name == "href":
        message = (f"the link to '{value}' is refused: links go to web pages (https:), e-mail (mailto:), "
                   "phones (tel:), other policies (policy:) or this site")
    elif tag in RAW_HTML_ELEMENTS:
        message = f"'{name}' is not allowed on <{tag}> in policy text"
    else:
        message = (f"'{name}' cannot be set on <{tag}> in policy text: write links and images in Markdown; an "
                   "attribute list { ... } may give an id and classes only")
    return Removal(message, probes, ids)
