"""The review assistant's rules (handbook.versions.review_check): the package's, in ``review_rules.yml``
beside this module, changed by the organisation's ``policy_src/review_rules.yml`` (same keys, plus ``off``
and ``sector``), and the list of policies schools in England must have (``statutory_policies.yml``).

Both rule files are read by one reader, so a mistake in either names its file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from pathlib import Path

import yaml

from ..model import ReviewPeriod
from ..source.front_matter import review_period
from ..source.layout import REVIEW_RULES_FILE
from ..source.reading import read_source
from ..source.yaml_lines import YamlFile

PACKAGE_RULES = Path(__file__).with_name("review_rules.yml")
STATUTORY_LIST = Path(__file__).with_name("statutory_policies.yml")
# What `off:` may switch off: each a kind of finding.
RULES = ("superseded", "names", "documents", "acronyms", "long-sentences", "statutory")
_KEYS = ("long_sentence_words", "superseded", "editions", "names", "documents", "acronyms", "off", "sector")


@dataclass(frozen=True)
class Term:
    """A phrase or /regular expression/ as written in a rules file, and the pattern it is matched with.

    ``hint``: lower-case letters any match holds, so that a text without them is not searched (None: search all);
    a phrase's is its longest word (``hint_is_word``), a regular expression's may be part of a word. ``more_hints``:
    the other runs of letters every match holds (a phrase's other words), so that a passage holding the hint but
    not all of them is not searched either ("protection" is in every clause of a data protection policy,
    "child protection officer" in none).
    """

    text: str
    source: str = field(compare=False)  # the pattern's, and its flags: compiled when first matched
    flags: re.RegexFlag = field(compare=False)
    hint: str | None = field(default=None, compare=False)
    hint_is_word: bool = field(default=False, compare=False)
    more_hints: tuple[str, ...] = field(default=(), compare=False)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when first matched: a build whose review findings are all in its page cache matches none of
        the hundred-odd terms, and compiling them all took a tenth of a one-policy build's own work (issue 20)."""
        return re.compile(self.source, self.flags)


def term(text: str) -> Term:
    """A phrase matches whole words, any case (but a phrase in capitals only), any spacing or hyphens between
    its words; ``/.../`` is a regular expression, any case unless it says ``(?-i:...)``. Raises re.error (a
    regular expression is compiled here, to be refused where it is written; a phrase, escaped, cannot fail)."""
    if len(text) > 2 and text.startswith("/") and text.endswith("/"):
        hints = _regex_hints(text[1:-1])
        regex = Term(text, text[1:-1], re.IGNORECASE, hints[0] if hints else None, more_hints=hints[1:])
        regex.pattern  # noqa: B018 -- compiled now to raise re.error
        return regex
    words = re.split(r"[\s-]+", text.strip())
    pattern = r"[\s\u00a0-]+".join(re.escape(word) for word in words)
    flags = re.NOFLAG if text.upper() == text and any(c.isalpha() for c in text) else re.IGNORECASE
    letters = re.findall(r"[a-z]+", text.casefold())
    hints = _longest_first(letters)
    return Term(text, rf"(?<![\w-]){pattern}(?![\w-])", flags, hints[0] if hints else None, hint_is_word=True,
                more_hints=hints[1:])


def _longest_first(runs: list[str]) -> tuple[str, ...]:
    """Each run of letters once, the longest (the first of those as long) first."""
    if not runs:
        return ()
    longest = max(runs, key=len)
    return (longest, *dict.fromkeys(run for run in runs if run != longest))


def _regex_hints(source: str) -> tuple[str, ...]:
    """The runs of plain letters every match of a simple regular expression holds, the longest first (none if it
    has '|')."""
    if "|" in source:
        return ()
    plain = re.sub(r"\\.", " ", source)  # escapes: \s, \(, \b
    plain = re.sub(r"\(\?<?[=!][^()]*\)", " ", plain)  # lookarounds
    # what may be absent: "(new )?", "[Tt]", "s?", "s{0,1}" (and the quantifier's own letters); again until
    # nothing changes, so that a group inside an optional group goes with it: "((new )?policy)?"
    absent = re.compile(r"(?:\([^()]*\)|[A-Za-z])(?:[?*]|\{[^}]*\})|\[[^\]]*\][?*]?|\{[^}]*\}")
    while (shorter := absent.sub(" ", plain)) != plain:
        plain = shorter
    if re.search(r"\)[?*{]", plain):  # an optional group still there holds a group that must match: no hints
        return ()
    runs = re.findall(r"[A-Za-z]{3,}", re.sub(r"\(\?-?i:", " ", plain))
    return _longest_first([run.casefold() for run in runs])


@dataclass(frozen=True)
class Superseded:
    """Legislation, guidance or a body replaced or renamed: what replaced it, from when, and where that is said."""

    id: str
    terms: tuple[Term, ...]
    replaced_by: str
    since: date
    source: str


@dataclass(frozen=True)
class Edition:
    """Guidance published in yearly editions: ``current`` is the latest one the rules know of."""

    id: str
    name: str
    terms: tuple[Term, ...]
    current: int
    published: date
    source: str


@dataclass(frozen=True)
class NameGroup:
    """Names for one body or role; each name is a list of its forms ("senior leadership team", "SLT")."""

    id: str
    names: tuple[tuple[Term, ...], ...]


@dataclass(frozen=True)
class DocumentKind:
    """A document a policy may rely on: the words naming it, and the words of a policy title that would be it."""

    id: str
    terms: tuple[Term, ...]
    titles: tuple[str, ...]


@dataclass(frozen=True)
class StatutoryPolicy:
    name: str
    titles: tuple[str, ...]
    review: ReviewPeriod | None
    schools: str  # "all", "maintained" or "academy"


@dataclass(frozen=True)
class StatutorySource:
    """A DfE page listing the policies a kind of school must have."""

    title: str
    url: str


@dataclass(frozen=True)
class Sector:
    kinds: tuple[str, ...]  # the `for:` values of the entries that apply to it
    sources: tuple[StatutorySource, ...]  # the DfE pages that list them for it


@dataclass(frozen=True)
class StatutoryList:
    """The DfE's lists, the day they were last checked, and which entries (and pages) apply to each sector."""

    checked: str
    sectors: dict[str, Sector]
    policies: tuple[StatutoryPolicy, ...]

    def for_sector(self, sector: str | None) -> tuple[StatutoryPolicy, ...]:
        kinds = self.sectors[sector].kinds if sector in self.sectors else ()
        return tuple(p for p in self.policies if p.schools in kinds)

    def sources_for(self, sector: str | None) -> tuple[StatutorySource, ...]:
        return self.sectors[sector].sources if sector in self.sectors else ()


@dataclass(frozen=True)
class ReviewRules:
    superseded: tuple[Superseded, ...] = ()
    editions: tuple[Edition, ...] = ()
    names: tuple[NameGroup, ...] = ()
    documents: tuple[DocumentKind, ...] = ()
    known_acronyms: frozenset[str] = frozenset()
    emphasis: frozenset[str] = frozenset()
    long_sentence_words: int = 40
    off: frozenset[str] = frozenset()
    sector: str | None = None  # "school-england", ...: which statutory policies the handbook must have
    statutory: StatutoryList | None = None

    def on(self, rule: str) -> bool:
        return rule not in self.off


def load_review_rules(policy_src: Path | None) -> ReviewRules:
    """The package's rules with ``policy_src/review_rules.yml``'s changes, if there is such a file."""
    statutory = read_statutory(STATUTORY_LIST)
    rules = _Reader(YamlFile(PACKAGE_RULES), ()).read(read_source(PACKAGE_RULES), ReviewRules(statutory=statutory))
    path = policy_src / REVIEW_RULES_FILE if policy_src else None
    if path is None or (not path.exists() and not path.is_symlink()):
        return rules
    return _Reader(YamlFile(path), tuple(statutory.sectors)).read(read_source(path), rules)


@dataclass(frozen=True)
class _Reader:
    file: YamlFile
    sectors: tuple[str, ...]  # the sectors `sector:` may name (none in the package's own file)

    def read(self, text: str, rules: ReviewRules) -> ReviewRules:
        root = self.file.compose(text)
        if root is None:
            return rules
        fields = self.file.fields(root, _KEYS, not_a_mapping=f"must be a mapping with keys such as {', '.join(_KEYS)}")
        for key, (_, node) in fields.items():
            if key == "long_sentence_words":
                rules = replace(rules, long_sentence_words=self.count(node, key))
            elif key == "off":
                rules = replace(rules, off=frozenset(self.choices(node, RULES, "rule")))
            elif key == "sector":
                rules = replace(rules, sector=self.choices(self._as_list(node), self.sectors, "sector")[0])
            elif key == "acronyms":
                rules = self.acronyms(node, rules)
            else:
                read_one = {"superseded": self.superseded, "editions": self.edition, "names": self.name_group,
                            "documents": self.document}[key]
                kept = {entry.id: entry for entry in getattr(rules, key)}
                for item in self.file.items(node, f"'{key}' must be a list of rules, each starting '- id: ...'"):
                    entry = read_one(item)
                    kept[entry.id] = entry  # the same id replaces the package's rule
                rules = replace(rules, **{key: tuple(kept.values())})
        return rules

    def superseded(self, node: yaml.Node) -> Superseded:
        f = self.entry(node, ("id", "terms", "replaced_by", "since", "source"), "superseded")
        return Superseded(self.text(f["id"]), self.terms(f["terms"]), self.text(f["replaced_by"]),
                          self.date(f["since"]), self.text(f["source"]))

    def edition(self, node: yaml.Node) -> Edition:
        f = self.entry(node, ("id", "name", "terms", "current", "published", "source"), "editions")
        return Edition(self.text(f["id"]), self.text(f["name"]), self.terms(f["terms"]), self.count(f["current"],
                       "current"), self.date(f["published"]), self.text(f["source"]))

    def name_group(self, node: yaml.Node) -> NameGroup:
        f = self.entry(node, ("id", "names"), "names")
        names = tuple(self.terms(item) for item in self.file.items(f["names"]))
        if len(names) < 2:
            raise self.file.error(f["names"], "a group needs at least two names, each a list such as [senior "
                                  "leadership team, SLT]")
        return NameGroup(self.text(f["id"]), names)

    def document(self, node: yaml.Node) -> DocumentKind:
        f = self.entry(node, ("id", "terms", "titles"), "documents")
        titles = self.file.texts(f["titles"], "'titles' must be a list of words a policy's title would hold")
        return DocumentKind(self.text(f["id"]), self.terms(f["terms"]), tuple(t.casefold() for t in titles))

    def acronyms(self, node: yaml.Node, rules: ReviewRules) -> ReviewRules:
        fields = self.file.fields(node, ("known", "emphasis"), not_a_mapping="'acronyms' must be a mapping with "
                                  "'known' (acronyms not to flag) and/or 'emphasis' (capitals that are not acronyms)")
        for key, attribute in (("known", "known_acronyms"), ("emphasis", "emphasis")):
            if key in fields:
                added = self.file.texts(fields[key][1], f"'{key}' must be a list of words in capitals, such as [UK]")
                rules = replace(rules, **{attribute: getattr(rules, attribute) | set(added)})
        return rules

    # --- values ---------------------------------------------------------------------------

    def entry(self, node: yaml.Node, keys: tuple[str, ...], where: str) -> dict[str, yaml.Node]:
        fields = self.file.fields(node, keys, not_a_mapping=f"each rule of '{where}' is a mapping: id: ..., "
                                  f"{', '.join(keys[1:])}", where=f" in '{where}'")
        for key in keys:
            if key not in fields:
                raise self.file.error(node, f"this rule of '{where}' lacks '{key}' (each has {', '.join(keys)})")
        return {key: value for key, (_, value) in fields.items()}

    def text(self, node: yaml.Node) -> str:
        return self.file.text(node)

    def terms(self, node: yaml.Node) -> tuple[Term, ...]:
        found = []
        for text, item in zip(self.file.texts(self._as_list(node), "expected a list of words or /patterns/"),
                              self._as_list(node).value, strict=True):
            try:
                found.append(term(text))
            except re.error as error:
                raise self.file.error(item, f"'{text}' is not a valid regular expression: {error}") from None
        return tuple(found)

    def date(self, node: yaml.Node) -> date:
        value = self.text(node)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.file.error(node, f"'{value}' is not a date; write YYYY-MM-DD") from None

    def count(self, node: yaml.Node, key: str) -> int:
        value = self.text(node)
        if not value.isdigit() or int(value) == 0:
            raise self.file.error(node, f"'{key}: {value}' must be a whole number above 0")
        return int(value)

    def choices(self, node: yaml.Node, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
        values = self.file.texts(self._as_list(node), f"expected a list of {what}s: {', '.join(allowed)}")
        for value in values:
            if value not in allowed:
                raise self.file.error(node, f"'{value}' is not a {what}; write one of: {', '.join(allowed)}")
        return values

    def _as_list(self, node: yaml.Node) -> yaml.Node:
        """A single value where a list is expected, as a list of one."""
        if isinstance(node, yaml.ScalarNode):
            return yaml.SequenceNode("tag:yaml.org,2002:seq", [node], node.start_mark, node.end_mark)
        return node


def read_statutory(path: Path) -> StatutoryList:
    """The package's list of statutory policies (``statutory_policies.yml``); a mistake names its line."""
    file = YamlFile(path)
    root = file.compose(read_source(path))
    fields = {key: value for key, (_, value) in file.fields(root, ("checked", "sources", "sectors", "policies"),
                                                           not_a_mapping="must be a mapping").items()}
    sources = {}
    for key, node in file.pairs(fields["sources"], "'sources' must be a mapping of ids to {title, url}"):
        source = file.fields(node, ("title", "url"), not_a_mapping="a source is a mapping: title, url")
        sources[str(key.value)] = StatutorySource(file.text(source["title"][1]), file.text(source["url"][1]))
    sectors = {}
    for key, node in file.pairs(fields["sectors"], "'sectors' must be a mapping"):
        sector = file.fields(node, ("kinds", "sources"), not_a_mapping="a sector is a mapping: kinds, sources")
        named = file.texts(sector["sources"][1], "a list of ids from 'sources'")
        for name in named:
            if name not in sources:
                raise file.error(sector["sources"][1], f"'{name}' is not in 'sources'; write one of: "
                                 f"{', '.join(sources)}")
        sectors[str(key.value)] = Sector(file.texts(sector["kinds"][1], "a list of kinds of school"),
                                         tuple(sources[name] for name in named))
    kinds = {kind for sector in sectors.values() for kind in sector.kinds}
    policies = []
    for item in file.items(fields["policies"]):
        entry = file.fields(item, ("name", "titles", "review", "for"), not_a_mapping="a mapping")
        period = review_period(file.text(entry["review"][1])) if "review" in entry else None
        if "review" in entry and period is None:
            raise file.error(entry["review"][1], "not a period such as '1 year'")
        schools = file.text(entry["for"][1])
        if schools not in kinds:
            raise file.error(entry["for"][1], f"'{schools}' is no sector's kind; write one of: "
                             f"{', '.join(sorted(kinds))}")
        policies.append(StatutoryPolicy(file.text(entry["name"][1]),
                                        tuple(t.casefold() for t in file.texts(entry["titles"][1], "a list")),
                                        period, schools))
    return StatutoryList(file.text(fields["checked"]), sectors, tuple(policies))
