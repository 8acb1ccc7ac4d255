"""The front-matter facts an imported document states, as found: each value with where the document states it and its
words, what a person must fill in, and the dates that read two ways (handbook.importing.facts finds them)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import read_date

FACT_NAMES = ("title", "organisation", "version", "status", "owner", "approved_by", "approved_on", "effective_from",
              "review_every", "applies_to")


@dataclass(frozen=True)
class Fact:
    value: str | tuple[str, ...]
    place: str  # where the document states it: "line 4", "paragraph 2, 'Approved by...'", "Word's properties"
    words: str  # the document's words it was read from


@dataclass
class Facts:
    found: dict[str, Fact] = field(default_factory=dict)
    gaps: list[str] = field(default_factory=list)  # what a person must fill in, and why
    offered: dict[str, str] = field(default_factory=dict)  # a guess beside a TBC, for the person to confirm
    month_first: bool | None = False  # the document writes dates the American way: 09/02/2020 is 2 September
    # each date that reads two ways, read neither way: its words, place and line
    two_ways: dict[str, tuple[str, str, str]] = field(default_factory=dict)

    def value(self, name: str) -> str | tuple[str, ...]:
        return self.found[name].value if name in self.found else DEFAULTS.get(name, "TBC")

    def read_two_ways(self, month_first: bool) -> None:
        """Each date that reads two ways read the way the person importing says the document writes them."""
        for name, (words, place, line) in self.two_ways.items():
            if day := read_date(words, month_first):
                self.found[name] = Fact(day.isoformat(), f"{place} (read {'month' if month_first else 'day'} first, as "
                                        "--dates says)", line)
                self.gaps = [gap for gap in self.gaps if not gap.startswith(f"{name}:")]
        self.two_ways.clear()

    def report(self) -> list[str]:
        """Each fact found, with where and the words: "effective_from 2007-11-15 from line 4: 'Effective ...'"."""
        lines = []
        for name in FACT_NAMES:
            if fact := self.found.get(name):
                shown = ", ".join(fact.value) if isinstance(fact.value, tuple) else fact.value
                words = fact.words if len(fact.words) <= 80 else fact.words[:77] + "..."
                lines.append(f"{name} {shown} from {fact.place}: '{words}'")
        return lines


# What is written where a document does not state it: TBC, and applies_to is a list. An unstated
# version is TBC too (the format allows it while a policy has one version; a review asks for its number). A policy
# imported is the one in force unless it says it is a draft (handbook.importing.draft_status).
DEFAULTS: dict[str, str | tuple[str, ...]] = {"applies_to": ("TBC",), "status": "current"}
