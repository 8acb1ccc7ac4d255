"""A policy file's front matter: the YAML between its two '---' lines, read into ``PolicyMeta``."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml

from ..errors import PolicySourceError
from ..model import PolicyMeta, ReviewPeriod, Status, is_decimal
from .reading import INVISIBLE, describe_invisible, split_lines
from .syntax import MAX_POLICY_ID_LENGTH, POLICY_ID
from .yaml_lines import YamlFile

_REVIEW_PERIOD = re.compile(r"^(?P<amount>\d+)\s+(?P<unit>years?|months?)$", re.IGNORECASE)
_TBC = {"tbc", "to be confirmed"}
_FIRST_LINE = 2  # the front matter starts after its opening '---'


def split_front_matter(text: str, path: Path) -> tuple[str, list[str], int]:
    """The YAML text, the body lines and the file line the body starts on."""
    lines = split_lines(text)
    if lines[0].strip() != "---":
        raise PolicySourceError(path, 1, "a policy starts with front matter: a '---' line, YAML, then '---'")
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            return "\n".join(lines[1:index]), lines[index + 1 :], index + 2
    raise PolicySourceError(path, 1, "the front matter is not closed: add a '---' line after it")


def read_front_matter(front_matter: str, path: Path) -> tuple[PolicyMeta, dict[str, int]]:
    """The policy's metadata, and the file line of each key (so later checks can point at it)."""
    source = YamlFile(path, _FIRST_LINE)
    root = source.compose(front_matter, what="the front matter ")
    not_a_mapping = "the front matter must be a list of 'key: value' lines"
    if not isinstance(root, yaml.MappingNode):
        raise source.error(_FIRST_LINE, not_a_mapping)
    nodes = source.fields(root, _FIELDS, not_a_mapping=not_a_mapping, unknown="unknown front matter key")
    values = {}
    for key, (convert, required) in _FIELDS.items():
        if key in nodes:
            values[key] = convert(nodes[key][1], key, source)
        elif required:
            raise source.error(1, f"the front matter lacks '{key}'; {_FIELD_HELP[key]}")
    if "statutory_review" in nodes and not values.get("statutory"):
        raise source.error(nodes["statutory_review"][0], "'statutory_review' is the period the law sets for a "
                           "statutory policy: add 'statutory: true', or take it out")
    return PolicyMeta(**values), {key: source.line(key_node) for key, (key_node, _) in nodes.items()}


def check_next_review_is_a_date(meta: PolicyMeta, path: Path, line: int | None) -> None:
    """The next review (last review + period) must fall before the calendar's end, the year 9999."""
    try:
        meta.next_review_due  # noqa: B018 (computed only to see that it can be)
        meta.statutory_review_due  # noqa: B018
    except (OverflowError, ValueError):
        raise PolicySourceError(
            path, line, f"the next review, {meta.review_every} after {meta.last_reviewed}, would fall after the "
            "year 9999; check the date and the review period"
        ) from None


# --- each key's value -----------------------------------------------------------------------


def _scalar(node: yaml.Node, key: str, source: YamlFile) -> str:
    """The value exactly as typed: "1.0" stays "1.0" rather than becoming a float."""
    value = source.text(node, f"'{key}' needs a single value; {_FIELD_HELP[key]}")
    check_one_line_text(node, key, source)
    return value


def check_one_line_text(node: yaml.Node, key: str, source: YamlFile) -> None:
    """A value shown on one line: no invisible character, no line break (also reviews.yml's)."""
    _refuse_invisible(node, key, source)
    _refuse_line_break(node, key, source)


def _refuse_invisible(node: yaml.Node, key: str, source: YamlFile) -> None:
    """A YAML escape such as "\\x01" or "\\u202e" can put an invisible character in a value; it would
    reach every page."""
    if found := INVISIBLE.search(str(node.value)):
        message = f"'{key}' holds the invisible character {describe_invisible(found[0])} (it is written as a " \
            "YAML escape in quotes, such as \\u200b)"
        raise source.error(node, message)


def _refuse_line_break(node: yaml.Node, key: str, source: YamlFile) -> None:
    """Every value is shown on one line (a row of the policies index, of the details box, of the
    version table, the browser tab): a line break, from a quoted "\\n" or a '|' or '>' block,
    would split that row or forge another."""
    value = str(node.value).strip()
    if "\n" in value or "\r" in value:
        raise source.error(
            node, f"'{key}' holds a line break, but it is shown on one line; write the value on one line "
            "(without '\\n', '|' or '>')"
        )


def _text_or_tbc(node: yaml.Node, key: str, source: YamlFile) -> str | None:
    value = _scalar(node, key, source)
    return None if value.casefold() in _TBC else value


def _title(node: yaml.Node, key: str, source: YamlFile) -> str:
    """A title must be known: it names the page, the browser tab, the PDF and every citation."""
    value = _scalar(node, key, source)
    if value.casefold() in _TBC or not value.strip():
        raise source.error(
            node, f"'{key}: {value}' is not a title: the page, the PDF and every citation are named by it; "
            "write the title the document gives itself, such as 'Safeguarding Policy'",
        )
    return value


def _policy_id(node: yaml.Node, key: str, source: YamlFile) -> str:
    value = _scalar(node, key, source)
    if not POLICY_ID.match(value):
        raise source.error(node, f"'{key}: {value}' is not a valid id; {_FIELD_HELP[key]}")
    if len(value) > MAX_POLICY_ID_LENGTH:
        raise source.error(
            node, f"'{key}' is {len(value)} characters long; an id has at most {MAX_POLICY_ID_LENGTH} (it names the "
            "policy's folder, files and page address): choose a shorter one, such as 'social-media'",
        )
    return value


def _status(node: yaml.Node, key: str, source: YamlFile) -> Status:
    value = _scalar(node, key, source)
    try:
        return Status(value.casefold())
    except ValueError:
        raise source.error(node, f"'{key}: {value}' is not a status; {_FIELD_HELP[key]}") from None


def _date_or_tbc(node: yaml.Node, key: str, source: YamlFile) -> date | None:
    value = _scalar(node, key, source)
    if value.casefold() in _TBC:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise source.error(node, f"'{key}: {value}' is not a date; {_FIELD_HELP[key]}") from None


def review_period(value: str) -> ReviewPeriod | None:
    """ "3 years", "18 months", "1 year" as a ReviewPeriod; None if it is not one."""
    match = _REVIEW_PERIOD.match(value.strip())
    if not match or len(match["amount"]) > 4 or int(match["amount"]) == 0:
        return None
    unit = "years" if match["unit"].casefold().startswith("year") else "months"
    return ReviewPeriod(**{unit: int(match["amount"])})


def _review_period(node: yaml.Node, key: str, source: YamlFile) -> ReviewPeriod:
    value = _scalar(node, key, source)
    period = review_period(value)
    if period is None:
        raise source.error(node, f"'{key}: {value}' is not a period; {_FIELD_HELP[key]}")
    return period


def _review_period_or_tbc(node: yaml.Node, key: str, source: YamlFile) -> ReviewPeriod | None:
    if _scalar(node, key, source).casefold() in _TBC:
        return None
    return _review_period(node, key, source)


def _names(node: yaml.Node, key: str, source: YamlFile) -> tuple[str, ...]:
    names = source.texts(node, f"'{key}' must be a list; {_FIELD_HELP[key]}")
    for item in node.value:
        check_one_line_text(item, key, source)
    return names


def _policy_ids(node: yaml.Node, key: str, source: YamlFile) -> tuple[str, ...]:
    ids = _names(node, key, source)
    for policy_id in ids:
        if not POLICY_ID.match(policy_id):
            raise source.error(node, f"'{policy_id}' in '{key}' is not a policy id")
    return ids


def _clause_numbers(node: yaml.Node, key: str, source: YamlFile) -> tuple[str, ...]:
    numbers = _names(node, key, source)
    for number in numbers:
        if not is_decimal(number):
            raise source.error(node, f"'{number}' in '{key}' is not a clause number; {_FIELD_HELP[key]}")
    return tuple(number.rstrip(".") for number in numbers)


def _chapter_number(node: yaml.Node, key: str, source: YamlFile) -> int:
    value = _scalar(node, key, source)
    if not value.isdigit() or int(value) == 0:
        raise source.error(node, f"'{key}: {value}' is not a chapter number; {_FIELD_HELP[key]}")
    return int(value)


def _true_or_false(node: yaml.Node, key: str, source: YamlFile) -> bool:
    value = _scalar(node, key, source)
    if value.casefold() not in ("true", "false"):
        raise source.error(node, f"'{key}: {value}' is not true or false; {_FIELD_HELP[key]}")
    return value.casefold() == "true"


_Converter = Callable[[yaml.Node, str, YamlFile], object]

# Every key a policy may have: how to read it, and whether it must be present. The order is the
# order of PolicyMeta's fields and of the error message listing known keys.
_FIELDS: dict[str, tuple[_Converter, bool]] = {
    "id": (_policy_id, True),
    "title": (_title, True),
    "organisation": (_scalar, True),
    "version": (_scalar, True),
    "status": (_status, True),
    "owner": (_text_or_tbc, True),
    "approved_by": (_text_or_tbc, True),
    "approved_on": (_date_or_tbc, True),
    "effective_from": (_date_or_tbc, True),
    "review_every": (_review_period_or_tbc, True),
    "applies_to": (_names, True),
    "related": (_policy_ids, False),
    "summary": (_scalar, False),
    "acknowledge": (_true_or_false, False),
    "statutory": (_true_or_false, False),
    "statutory_review": (_review_period, False),
    "skipped_numbers": (_clause_numbers, False),
    "chapter": (_chapter_number, False),
}

_FIELD_HELP = {
    "id": "write a short slug used in the page address, such as 'social-media' (lower case, digits, hyphens)",
    "title": "write the policy's title, such as 'Social Media Policy'",
    "organisation": "write the organisation's name, such as 'St Hugh's School'",
    "version": "write the version, such as '1.0' (or TBC until it is known; a review asks for it)",
    "status": "write one of: draft, current, superseded",
    "owner": "write who owns the policy, or TBC if not known yet",
    "approved_by": "write who approved it, or TBC if not known yet",
    "approved_on": "write a date as YYYY-MM-DD, or TBC if not known yet",
    "effective_from": "write a date as YYYY-MM-DD, or TBC if not known yet",
    "review_every": "write a period such as '3 years' or '18 months', or TBC if not known yet",
    "applies_to": "write a list of audiences, such as [staff, governors]",
    "related": "write a list of other policies' ids, such as [safeguarding]",
    "summary": "write in one line what this version changed",
    "acknowledge": "write true if staff must confirm they have read each version, else false (or leave it out)",
    "statutory": "write true if the law or statutory guidance requires the policy, else false (or leave it out)",
    "statutory_review": "write the review period the law or guidance sets, such as '1 year' (with statutory: true)",
    "skipped_numbers": "write a list of the clause numbers the policy leaves out on purpose, such as [11, '4.3']",
    "chapter": "write the number of the chapter the policy is in a numbered set, such as 19 (its clauses are 19.1, "
               "19.2, ...), or leave it out",
}
