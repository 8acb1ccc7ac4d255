"""Read a policy's self-check (``policy_src/<id>/checklist.yml``) into a ``selfcheck.Checklist``.

The file is data an author edits, so every mistake is reported as ``FILE:LINE: message`` like
the policy parser's: an unknown key, a missing question text, a cited clause the policy does not
have, a disclaimer example the policy does not say.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import PolicySourceError, unknown_key_hint
from .model import Clause, Handbook, Policy
from .reading import read_source
from .selfcheck import Checklist, Choice, Platform, Question, TextRules

CHECKLIST_FILE = "checklist.yml"  # beside the policy: policy_src/<id>/checklist.yml
_CLAUSE_NUMBER = re.compile(r"^\d{1,9}(?:\.\d{1,9})*$")  # as in handbook.parsing: 9 digits a part at most
_PLACEHOLDERS = {"platform", "contacts", "school"}
_TOP_KEYS = ("title", "serves", "profile_check", "platforms", "questions")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class PolicyChecklist:
    """A checklist and the policy it belongs to."""

    policy: Policy
    checklist: Checklist
    serves: tuple[Clause, ...]  # the clauses that link to the self-check
    source: Path

    def cited_clauses(self) -> tuple[Clause, ...]:
        """Every clause a question or finding cites, in policy order."""
        rules = self.checklist.text_rules
        numbers = {rules.identifying_clause, rules.disclaimer_clause}
        numbers |= {q.clause for p in self.checklist.platforms for q in p.questions}
        return tuple(c for c in self.policy.clauses if c.dotted in numbers)


def load_checklists(handbook: Handbook) -> tuple[PolicyChecklist, ...]:
    """The checklist of every policy kept as a folder with a ``checklist.yml`` beside its policy."""
    found = []
    for policy in handbook.policies:
        path = policy.source.parent / CHECKLIST_FILE
        # Anything by that name is read, so a folder or a broken link is reported rather than skipped.
        if policy.source.name == "policy.md" and (path.exists() or path.is_symlink()):
            found.append(load_checklist(path, policy))
    return tuple(found)


def load_checklist(path: Path, policy: Policy) -> PolicyChecklist:
    return _Reader(path, policy).checklist(read_source(path))


@dataclass
class _Reader:
    path: Path
    policy: Policy

    def error(self, node: yaml.Node, message: str) -> PolicySourceError:
        return PolicySourceError(self.path, node.start_mark.line + 1, message)

    # --- the file's parts -----------------------------------------------------------------

    def checklist(self, text: str) -> PolicyChecklist:
        try:
            root = yaml.compose(text, Loader=_YAML_LOADER)
        except yaml.MarkedYAMLError as error:
            line = error.problem_mark.line + 1 if error.problem_mark else None
            context = f" ({error.context} on line {error.context_mark.line + 1})" if error.context_mark else ""
            raise PolicySourceError(self.path, line, f"is not valid YAML: {error.problem}{context}") from None
        if root is None:
            raise PolicySourceError(self.path, 1, "is empty; see docs/authoring.md for what a checklist holds")
        top = self.mapping(root, "the checklist", required=_TOP_KEYS)
        platforms = [
            self.mapping(n, "a platform", required=("name", "contacts")) for n in self.sequence(top["platforms"])
        ]
        questions = [
            self.mapping(n, "a question", required=("id", "clause", "text", "choices"))
            for n in self.sequence(top["questions"])
        ]
        school = self.policy.meta.organisation
        checklist = Checklist(
            title=self.text(top["title"]),
            text_rules=self.text_rules(top["profile_check"], school),
            platforms=tuple(
                Platform(
                    name=self.text(platform["name"]),
                    questions=tuple(
                        self.question(q, {"platform": self.text(platform["name"]),
                                          "contacts": self.text(platform["contacts"]), "school": school})
                        for q in questions
                    ),
                )
                for platform in platforms
            ),
        )
        self.check_unique([self.text(p["name"]) for p in platforms], [p["name"] for p in platforms], "platform")
        self.check_unique([self.text(q["id"]) for q in questions], [q["id"] for q in questions], "question id")
        serves = tuple(self.clause(n) for n in self.sequence(top["serves"]))
        return PolicyChecklist(self.policy, checklist, serves, self.path)

    def text_rules(self, node: yaml.Node, school: str) -> TextRules:
        check = self.mapping(
            node, "profile_check", required=("school_names", "roles", "identifying_clause", "disclaimer")
        )
        disclaimer = self.mapping(
            check["disclaimer"],
            "disclaimer",
            required=("clause", "example", "personal_phrases", "not_representing_phrases"),
        )
        disclaimer_clause = self.clause(disclaimer["clause"])
        example = self.text(disclaimer["example"])
        if example not in disclaimer_clause.text:
            raise self.error(
                disclaimer["example"],
                f"the disclaimer example is not in clause {disclaimer_clause.dotted} word for word; "
                "copy it from the policy exactly",
            )
        return TextRules(
            school_names=(school, *self.texts(check["school_names"])),
            roles=self.texts(check["roles"]),
            personal_phrases=self.texts(disclaimer["personal_phrases"]),
            not_representing_phrases=self.texts(disclaimer["not_representing_phrases"]),
            identifying_clause=self.clause(check["identifying_clause"]).dotted,
            disclaimer_clause=disclaimer_clause.dotted,
            disclaimer=example[0].upper() + example[1:].rstrip(".") + ".",
        )

    def question(self, question: dict[str, yaml.Node], values: dict[str, str]) -> Question:
        question_id = self.slug(question["id"])
        choices = []
        for node in self.sequence(question["choices"]):
            choice = self.mapping(node, "a choice", required=("label",), optional=("action",))
            label = self.filled(choice["label"], values)
            action = self.filled(choice["action"], values) if "action" in choice else ""
            choices.append(Choice(id=_slug(label), label=label, action=action))
        self.check_unique([c.id for c in choices], self.sequence(question["choices"]), "choice")
        return Question(
            key=f"{_slug(values['platform'])}-{question_id}",
            text=self.filled(question["text"], values),
            clause=self.clause(question["clause"]).dotted,
            choices=tuple(choices),
        )

    # --- values ---------------------------------------------------------------------------

    def mapping(
        self, node: yaml.Node, what: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, f"{what} must be a list of 'key: value' lines ({', '.join(required)})")
        found: dict[str, yaml.Node] = {}
        known = (*required, *optional)
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key not in known:
                raise self.error(key_node, f"unknown key '{key}' in {what}: {unknown_key_hint(key, known)}")
            if key in found:
                raise self.error(key_node, f"'{key}' is given twice in {what}")
            found[key] = value_node
        if missing := [key for key in required if key not in found]:
            raise self.error(node, f"{what} lacks '{missing[0]}'")
        return found

    def sequence(self, node: yaml.Node) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            raise self.error(node, "expected a list with at least one item (lines starting '- ', or [a, b])")
        return list(node.value)

    def text(self, node: yaml.Node) -> str:
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            raise self.error(node, "expected some text here")
        return str(node.value).strip()

    def texts(self, node: yaml.Node) -> tuple[str, ...]:
        return tuple(self.text(item) for item in self.sequence(node))

    def slug(self, node: yaml.Node) -> str:
        value = self.text(node)
        if _slug(value) != value:
            raise self.error(node, f"'{value}' is not a valid id: use lower case letters, digits and hyphens")
        return value

    def filled(self, node: yaml.Node, values: dict[str, str]) -> str:
        """The text with {platform}, {contacts} and {school} filled in."""
        text = self.text(node)
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
        except ValueError as error:
            raise self.error(node, f"'{text}' has a stray brace ({error}); write {{{{ or }}}} for a brace") from None
        if unknown := names - _PLACEHOLDERS:
            known = ", ".join(f"{{{name}}}" for name in sorted(_PLACEHOLDERS))
            raise self.error(node, f"unknown placeholder {{{unknown.pop()}}}: use one of {known}")
        return text.format_map(values)

    def clause(self, node: yaml.Node) -> Clause:
        value = self.text(node)
        if not _CLAUSE_NUMBER.match(value):
            raise self.error(node, f"'{value}' is not a clause number such as 17 or 3.1.2")
        clause = self.policy.clause(tuple(int(part) for part in value.split(".")))
        if clause is None:
            raise self.error(node, f"cites clause {value}, which {self.policy.source.as_posix()} does not have")
        return clause

    def check_unique(self, values: list[str], nodes: list[yaml.Node], what: str) -> None:
        seen: set[str] = set()
        for value, node in zip(values, nodes, strict=True):
            if value in seen:
                raise self.error(node, f"{what} '{value}' is given twice; each must differ")
            seen.add(value)


def _slug(text: str) -> str:
    """A form-field-safe id from a label: "I don't know" -> "i-don-t-know"."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
