"""Who has confirmed what: for each policy that asks for it, each person it applies to, by their latest response.

A response counts for the version its text code names (the words the reader had in front of
them), else for the version it names. That is the current version: confirmed; an earlier one: an
earlier version; neither (a code or version never published, or neither given): text differs.
Staff are matched by e-mail address, case and spaces aside; of several responses by one person
for one policy, the latest counts (by time, else the later row).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ..model import Handbook, Policy, Status
from .form_link import text_hash
from .responses import Response
from .staff import StaffMember


class Reading(enum.StrEnum):
    NOT_CONFIRMED = "not confirmed"
    EARLIER_VERSION = "earlier version"
    TEXT_DIFFERS = "text differs"
    CONFIRMED = "confirmed"


@dataclass(frozen=True)
class PersonReading:
    person: StaffMember
    reading: Reading
    response: Response | None = None
    detail: str = ""  # what an earlier or different confirmation named


@dataclass(frozen=True)
class PolicyReport:
    policy: Policy
    code: str  # text_hash of the current version
    people: tuple[PersonReading, ...]  # those to chase first

    def count(self, reading: Reading) -> int:
        return sum(entry.reading is reading for entry in self.people)


@dataclass(frozen=True)
class Report:
    policies: tuple[PolicyReport, ...]
    not_on_staff_list: tuple[Response, ...]  # the latest response of each such person and policy
    unknown_policy: tuple[Response, ...]  # responses naming no policy of the handbook


def policies_to_confirm(handbook: Handbook, every_policy: bool = False) -> list[Policy]:
    """The current policies that ask for a confirmation: ``acknowledge: true``, or all of them."""
    return [p for p in handbook.policies if p.meta.status is Status.CURRENT and (every_policy or p.meta.acknowledge)]


class PolicyNames:
    """Which policy a response names: its id or its title, case and spaces aside."""

    def __init__(self, handbook: Handbook) -> None:
        self._by_name = {}
        for policy in handbook.policies:
            for name in (policy.meta.title, policy.meta.id):
                self._by_name[_key(name)] = policy
        self._versions = {v.meta.version for p in handbook.policies for v in handbook.history(p).versions}

    def policy(self, name: str) -> Policy | None:
        return self._by_name.get(_key(name))

    def is_policy(self, name: str) -> bool:
        return self.policy(name) is not None

    def is_version(self, text: str) -> bool:
        return text.strip() in self._versions


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def build_report(
    handbook: Handbook, staff: Iterable[StaffMember], responses: Iterable[Response], every_policy: bool = False
) -> Report:
    names = PolicyNames(handbook)
    staff = list(staff)
    on_list = {person.email for person in staff}
    latest: dict[tuple[str, str], Response] = {}
    unknown = []
    for response in responses:
        policy = names.policy(response.policy)
        if policy is None:
            unknown.append(response)
            continue
        key = (response.email, policy.meta.id)
        if key not in latest or _order(response) >= _order(latest[key]):
            latest[key] = response
    reports = []
    for policy in policies_to_confirm(handbook, every_policy):
        people = [_reading(person, latest.get((person.email, policy.meta.id)), policy, handbook)
                  for person in staff if person.must_read(policy.meta.applies_to)]
        people.sort(key=lambda entry: (list(Reading).index(entry.reading), entry.person.name.casefold()))
        reports.append(PolicyReport(policy, text_hash(policy), tuple(people)))
    strangers = sorted((r for r in latest.values() if r.email not in on_list), key=lambda r: r.row)
    return Report(tuple(reports), tuple(strangers), tuple(unknown))


def _order(response: Response) -> tuple[datetime, int]:
    return (response.when or datetime.min, response.row)


def _reading(person: StaffMember, response: Response | None, policy: Policy, handbook: Handbook) -> PersonReading:
    if response is None:
        return PersonReading(person, Reading.NOT_CONFIRMED)
    versions = handbook.history(policy).versions
    by_code = {text_hash(v): v for v in versions}.get(response.code)  # the current last: it wins a tie
    by_version = {v.meta.version: v for v in versions}.get(response.version)
    if not response.code and not response.version:
        return PersonReading(person, Reading.TEXT_DIFFERS, response, "the response names no version or text code")
    if response.code and by_code is None:
        detail = f"code {response.code} matches no published version"
        return PersonReading(person, Reading.TEXT_DIFFERS, response, detail)
    read = by_code or by_version  # the code says which words were read; a version typed into a sheet may be "1"
    if read is None:
        return PersonReading(person, Reading.TEXT_DIFFERS, response, f"version {response.version} was never published")
    if read is policy:
        return PersonReading(person, Reading.CONFIRMED, response)
    return PersonReading(person, Reading.EARLIER_VERSION, response, f"version {read.meta.version}")
