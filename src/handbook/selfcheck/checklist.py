"""Read a policy's self-check (``policy_src/<id>/checklist.yml``) into a ``selfcheck.Checklist``.

The file is data an author edits, so every mistake is reported as ``FILE:LINE: message`` like
the policy parser's: an unknown key, a missing question text, a cited clause the policy does not
have, a disclaimer example the policy does not say. What the file leaves out comes from
``defaults.yml`` beside this module: the messages, and the words of the languages the
handbook ships (English and Welsh); the file may reword a message or add a language.
"""

from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass, fields
from pathlib import Path

import yaml

from ..model import Clause, Handbook, Policy
from ..source.layout import CHECKLIST_FILE, POLICY_FILE
from ..source.reading import read_source
from ..source.syntax import DOTTED_NUMBER
from ..source.yaml_lines import LOADER, YamlFile
from .checklist_model import (
    Checklist,
    Choice,
    DisclaimerWords,
    IdentifyingWords,
    Language,
    Platform,
    PostCheck,
    Question,
    TextRules,
)

DEFAULTS_FILE = Path(__file__).with_name("defaults.yml")
_PLACEHOLDERS = {"platform", "contacts", "school"}
_TOP_KEYS = ("title", "serves", "profile_check", "platforms", "questions")
_OPTIONAL_TOP_KEYS = ("languages", "vocabulary", "post_check", "messages")
_IDENTIFIES_PEOPLE = "identifies-people"  # a post check of its own, from the languages' "identifying" words
_LANGUAGE_KEYS = ("disclaimer", "posts", "identifying")
_WORD_LISTS = {
    "disclaimer": tuple(f.name for f in fields(DisclaimerWords)),
    "identifying": tuple(f.name for f in fields(IdentifyingWords)),
}


@functools.cache
def shipped_defaults() -> dict:
    """The messages and the shipped languages' words (defaults.yml)."""
    return yaml.load(DEFAULTS_FILE.read_text(encoding="utf-8"), Loader=LOADER)


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
        numbers = {rules.identifying_clause, rules.disclaimer_clause, rules.identifies_people_clause}
        numbers |= {check.clause for language in rules.languages for check in language.posts}
        numbers |= {q.clause for p in self.checklist.platforms for q in p.questions}
        return tuple(c for c in self.policy.clauses if c.dotted in numbers)


def load_checklists(handbook: Handbook) -> tuple[PolicyChecklist, ...]:
    """The checklist of every policy kept as a folder with a ``checklist.yml`` beside its policy."""
    found = []
    for policy in handbook.policies:
        path = policy.source.parent / CHECKLIST_FILE
        # Anything by that name is read, so a folder or a broken link is reported rather than skipped.
        if policy.source.name == POLICY_FILE and (path.exists() or path.is_symlink()):
            found.append(load_checklist(path, policy))
    return tuple(found)


def load_checklist(path: Path, policy: Policy) -> PolicyChecklist:
    return _Reader(YamlFile(path), policy).checklist(read_source(path))


@dataclass
class _Reader:
    file: YamlFile
    policy: Policy

    # --- the file's parts -----------------------------------------------------------------

    def checklist(self, text: str) -> PolicyChecklist:
        root = self.file.compose(text)
        if root is None:
            raise self.file.error(1, "is empty; see docs/authoring.md for what a checklist holds")
        top = self.mapping(root, "the checklist", required=_TOP_KEYS, optional=_OPTIONAL_TOP_KEYS)
        platforms = [
            self.mapping(n, "a platform", required=("name", "contacts")) for n in self.file.items(top["platforms"])
        ]
        platform_names = [self.file.text(p["name"]) for p in platforms]
        self.check_unique(platform_names, [p["name"] for p in platforms], "platform")
        questions = [
            self.mapping(n, "a question", required=("id", "text", "choices"),
                         optional=("clause", "guidance", "platforms"))
            for n in self.file.items(top["questions"])
        ]
        asked_on = [self.asked_on(q, platform_names) for q in questions]
        messages = self.messages(top.get("messages"))
        school = self.policy.meta.organisation
        checklist = Checklist(
            title=self.file.text(top["title"]),
            text_rules=self.text_rules(top, school),
            platforms=tuple(
                Platform(
                    name=name,
                    questions=tuple(
                        self.question(q, {"platform": name, "contacts": self.file.text(platform["contacts"]),
                                          "school": school})
                        for q, platforms_asked in zip(questions, asked_on, strict=True) if name in platforms_asked
                    ),
                )
                for name, platform in zip(platform_names, platforms, strict=True)
            ),
            messages=messages,
        )
        self.check_unique([self.file.text(q["id"]) for q in questions], [q["id"] for q in questions], "question id")
        serves = tuple(self.clause(n) for n in self.file.items(top["serves"]))
        return PolicyChecklist(self.policy, checklist, serves, self.file.path)

    def text_rules(self, top: dict[str, yaml.Node], school: str) -> TextRules:
        check = self.mapping(
            top["profile_check"], "profile_check", required=("school_names", "roles", "identifying_clause"),
            optional=("abbreviations", "not_the_school", "disclaimer"),
        )
        disclaimer_clause, example = "", ""
        if "disclaimer" in check:
            disclaimer = self.mapping(check["disclaimer"], "disclaimer", required=("clause",), optional=("example",))
            clause = self.clause(disclaimer["clause"])
            disclaimer_clause = clause.dotted
            if "example" in disclaimer:
                example = self.file.text(disclaimer["example"])
                if _same_quotes(example) not in _same_quotes(clause.text):
                    raise self.file.error(
                        disclaimer["example"],
                        f"the disclaimer example is not in clause {clause.dotted} word for word; "
                        "copy it from the policy exactly",
                    )
                example = example[0].upper() + example[1:].rstrip(".") + "."
        post_clauses = self.post_clauses(top.get("post_check"))
        return TextRules(
            school_names=(school, *self.texts(check["school_names"])),
            abbreviations=self.texts(check["abbreviations"]) if "abbreviations" in check else (),
            not_the_school=self.texts(check["not_the_school"]) if "not_the_school" in check else (),
            roles=self.texts(check["roles"], allow_empty=True),
            identifying_clause=self.clause(check["identifying_clause"]).dotted,
            disclaimer_clause=disclaimer_clause,
            disclaimer=example,
            identifies_people_clause=post_clauses.pop(_IDENTIFIES_PEOPLE, ""),
            languages=self.languages(top.get("languages"), top.get("vocabulary"), post_clauses),
        )

    def post_clauses(self, node: yaml.Node | None) -> dict[str, str]:
        """Which post findings the self-check gives, and the clause each cites."""
        if node is None:
            return {}
        kinds = (*sorted({k for words in shipped_defaults()["languages"].values() for k in words.get("posts", {})}),
                 _IDENTIFIES_PEOPLE)
        found = self.mapping(node, "post_check", required=(), optional=kinds)
        return {kind: self.clause(value).dotted for kind, value in found.items()}

    def languages(self, codes: yaml.Node | None, vocabulary: yaml.Node | None,
                  post_clauses: dict[str, str]) -> tuple[Language, ...]:
        """The languages the text check reads: the shipped words of each, plus the file's own."""
        shipped = shipped_defaults()["languages"]
        own = {}
        if vocabulary is not None:
            for key_node, value_node in self.mapping_items(vocabulary, "vocabulary"):
                own[self.slug(key_node)] = self.vocabulary(value_node)
        code_nodes = self.file.items(codes) if codes is not None else []
        languages = []
        for node in code_nodes or [None]:
            code = self.slug(node) if node is not None else "en"
            if code not in shipped and code not in own:
                raise self.file.error(node, f"the handbook does not ship the words of language '{code}' "
                                 f"(it ships {', '.join(sorted(shipped))}); give them under 'vocabulary: {code}:'")
            languages.append(_language(code, _merged(shipped.get(code, {}), own.get(code, {})), post_clauses))
        return tuple(languages)

    def vocabulary(self, node: yaml.Node) -> dict:
        """A language's words, as the file gives them (checked key by key)."""
        parts = self.mapping(node, "a language's words", required=(), optional=("name", *_LANGUAGE_KEYS))
        words: dict = {"name": self.file.text(parts["name"])} if "name" in parts else {}
        for part in ("disclaimer", "identifying"):
            if part in parts:
                lists = self.mapping(parts[part], part, required=(), optional=_WORD_LISTS[part])
                words[part] = {key: list(self.texts(value)) for key, value in lists.items()}
        if "posts" in parts:
            words["posts"] = {}
            for kind_node, check_node in self.mapping_items(parts["posts"], "posts"):
                check = self.mapping(check_node, "a post check", required=("all_of",), optional=("scope", "except"))
                scope = self.file.text(check["scope"]) if "scope" in check else "sentence"
                if scope not in ("sentence", "text"):
                    raise self.file.error(check["scope"], f"scope '{scope}' must be 'sentence' or 'text'")
                groups = [list(self.texts(group)) for group in self.file.items(check["all_of"])]
                excepted = list(self.texts(check["except"])) if "except" in check else []
                words["posts"][self.slug(kind_node)] = {"scope": scope, "all_of": groups, "except": excepted}
        return words

    def messages(self, node: yaml.Node | None) -> dict[str, str]:
        messages = dict(shipped_defaults()["messages"])
        if node is not None:
            overrides = self.mapping(node, "messages", required=(), optional=tuple(messages))
            messages |= {key: self.file.text(value) for key, value in overrides.items()}
        return messages

    def asked_on(self, question: dict[str, yaml.Node], platform_names: list[str]) -> list[str]:
        """The platforms a question is asked for: all, unless it lists some."""
        if "platforms" not in question:
            return platform_names
        names = []
        for node in self.file.items(question["platforms"]):
            name = self.file.text(node)
            if name not in platform_names:
                raise self.file.error(node, f"platform '{name}' is not in the list of platforms "
                                 f"({', '.join(platform_names)})")
            names.append(name)
        return names

    def question(self, question: dict[str, yaml.Node], values: dict[str, str]) -> Question:
        question_id = self.slug(question["id"])
        guidance = "guidance" in question and self.flag(question["guidance"])
        if guidance == ("clause" in question):
            raise self.file.error(question["id"], "a question either cites the clause that supports it ('clause: 19') "
                             "or is the school's own guidance ('guidance: true'), not both or neither")
        choices = []
        for node in self.file.items(question["choices"]):
            choice = self.mapping(node, "a choice", required=("label",), optional=("action",))
            label = self.filled(choice["label"], values)
            action = self.filled(choice["action"], values) if "action" in choice else ""
            choices.append(Choice(id=_slug(label), label=label, action=action))
        self.check_unique([c.id for c in choices], self.file.items(question["choices"]), "choice")
        return Question(
            key=f"{_slug(values['platform'])}-{question_id}",
            text=self.filled(question["text"], values),
            clause="" if guidance else self.clause(question["clause"]).dotted,
            choices=tuple(choices),
        )

    # --- values ---------------------------------------------------------------------------

    def mapping(
        self, node: yaml.Node, what: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, yaml.Node]:
        found = self.file.fields(
            node, (*required, *optional), where=f" in {what}",
            not_a_mapping=f"{what} must be a list of 'key: value' lines ({', '.join(required)})",
        )  # fmt: skip
        if missing := [key for key in required if key not in found]:
            raise self.file.error(node, f"{what} lacks '{missing[0]}'")
        return {key: value for key, (_, value) in found.items()}

    def mapping_items(self, node: yaml.Node, what: str) -> list[tuple[yaml.Node, yaml.Node]]:
        return self.file.pairs(node, f"{what} must be a list of 'key: value' lines")

    def flag(self, node: yaml.Node) -> bool:
        value = self.file.text(node)
        if value not in ("true", "false"):
            raise self.file.error(node, f"expected true or false, not '{value}'")
        return value == "true"

    def texts(self, node: yaml.Node, allow_empty: bool = False) -> tuple[str, ...]:
        return tuple(self.file.text(item) for item in self.file.items(node, allow_empty=allow_empty))

    def slug(self, node: yaml.Node) -> str:
        value = self.file.text(node)
        if _slug(value) != value:
            raise self.file.error(node, f"'{value}' is not a valid id: use lower case letters, digits and hyphens")
        return value

    def filled(self, node: yaml.Node, values: dict[str, str]) -> str:
        """The text with {platform}, {contacts} and {school} filled in."""
        text = self.file.text(node)
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
        except ValueError as error:
            message = f"'{text}' has a stray brace ({error}); write {{{{ or }}}} for a brace"
            raise self.file.error(node, message) from None
        if unknown := names - _PLACEHOLDERS:
            known = ", ".join(f"{{{name}}}" for name in sorted(_PLACEHOLDERS))
            raise self.file.error(node, f"unknown placeholder {{{unknown.pop()}}}: use one of {known}")
        return text.format_map(values)

    def clause(self, node: yaml.Node) -> Clause:
        value = self.file.text(node)
        if not DOTTED_NUMBER.match(value):
            raise self.file.error(node, f"'{value}' is not a clause number such as 17 or 3.1.2")
        clause = self.policy.clause(tuple(int(part) for part in value.split(".")))
        if clause is None:
            raise self.file.error(node, f"cites clause {value}, which {self.policy.source.as_posix()} does not have")
        return clause

    def check_unique(self, values: list[str], nodes: list[yaml.Node], what: str) -> None:
        seen: set[str] = set()
        for value, node in zip(values, nodes, strict=True):
            if value in seen:
                raise self.file.error(node, f"{what} '{value}' is given twice; each must differ")
            seen.add(value)


def _same_quotes(text: str) -> str:
    """Apostrophes and quotation marks made one, so that a curly apostrophe equals a straight one."""
    return text.translate(_QUOTES)


_QUOTES = str.maketrans({**dict.fromkeys("\u2018\u2019\u201b\u02bc`\u00b4", "'"),
                         **dict.fromkeys("\u201c\u201d\u201e", '"')})


def _merged(shipped: dict, own: dict) -> dict:
    """A language's shipped words with the file's added: lists are joined, the rest replaced."""
    merged = dict(shipped)
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merged(merged[key], value)
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = [*merged[key], *value]
        else:
            merged[key] = value
    return merged


def _language(code: str, words: dict, post_clauses: dict[str, str]) -> Language:
    def lists(part: str, kind: type) -> object:
        given = words.get(part, {})
        return kind(**{name: tuple(given.get(name, ())) for name in _WORD_LISTS[part]})

    posts = tuple(
        PostCheck(kind, post_clauses[kind], check.get("scope", "sentence"), tuple(tuple(g) for g in check["all_of"]),
                  tuple(check.get("except", ())))
        for kind, check in words.get("posts", {}).items() if kind in post_clauses
    )
    return Language(code, words.get("name", code), lists("disclaimer", DisclaimerWords), posts,
                    lists("identifying", IdentifyingWords))


def _slug(text: str) -> str:
    """A form-field-safe id from a label: "I don't know" -> "i-don-t-know"."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
